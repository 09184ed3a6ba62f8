package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests that arrive at once: one code makes one link, one request moves one way. */
class ClinicRacesApiTest extends ClinicApiTest {

    private static final int RACERS = 6;

    ClinicRacesApiTest() {
        super("Race Clinic");
    }

    @Test
    void peopleRacingForOneCodeMakeExactlyOneLink() throws Exception {
        String code = Clinics.invite(clinician);
        List<ApiPerson> people = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            people.add(ApiPerson.signUp(mvc, "UTC"));
        }
        List<Integer> statuses = race(people.stream()
                .map(person ->
                        (Callable<Integer>) () -> Clinics.link(person, code).status())
                .toList());
        assertThat(statuses).containsOnly(201, 400);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        assertThat(clinician.get("/api/v1/clinic/patients").json().path("items"))
                .hasSize(1);
    }

    @Test
    void twoCliniciansClosingOneRequestAtOnceCloseItOnceWithTheWinnersReply() throws Exception {
        ApiPerson second = clinics.clinician(clinicId);
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        for (int round = 0; round < 5; round++) {
            String id = Clinics.contactRequest(person, clinicId, "Hi");
            String path = "/api/v1/clinic/contact-requests/" + id;
            List<Integer> statuses = race(List.of(
                    () -> Clinics.patch(clinician, path, "{\"status\": \"CLOSED\", \"reply\": \"A\"}")
                            .status(),
                    () -> Clinics.patch(second, path, "{\"status\": \"CLOSED\", \"reply\": \"B\"}")
                            .status()));
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            String reply = person.get("/api/v1/me/contact-requests")
                    .json()
                    .path("items")
                    .get(0)
                    .path("reply")
                    .asString();
            assertThat(reply).isEqualTo(statuses.get(0) == 200 ? "A" : "B");
        }
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
