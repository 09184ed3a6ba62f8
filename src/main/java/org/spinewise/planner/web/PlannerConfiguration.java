package org.spinewise.planner.web;

import org.spinewise.library.Library;
import org.spinewise.planner.AssignedRoutines;
import org.spinewise.planner.Planner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlannerConfiguration {

    @Bean
    Planner planner(Library library) {
        return new Planner(library.exercises());
    }

    @Bean
    AssignedRoutines assignedRoutines(Library library) {
        return new AssignedRoutines(library.exercises());
    }
}
