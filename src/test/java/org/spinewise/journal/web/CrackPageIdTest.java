package org.spinewise.journal.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cracking log page reads its {@code {id}} as the API does ({@code @PathId}): an id that is not a UUID
 * is as missing as an unknown one, so deleting either answers the 404 error page, never a server error.
 */
class CrackPageIdTest extends ApiTest {

    @Test
    void deletingAnIdThatIsNotAUuidOrIsUnknownAnswers404() {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");

        for (String id : List.of("nope", "1-1-1-1-1", UUID.randomUUID().toString())) {
            // With the page's own form token, as a browser submits it (the pages take it masked, in the form).
            Answer answer = ann.submitForm("/me/cracks", "/me/cracks/" + id + "/delete", "");
            assertThat(answer.status()).as("deleting crack %s", id).isEqualTo(404);
        }
    }
}
