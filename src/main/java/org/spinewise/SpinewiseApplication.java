package org.spinewise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SpinewiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpinewiseApplication.class, args);
    }
}
