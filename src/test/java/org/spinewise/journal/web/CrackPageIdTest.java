package org.spinewise.journal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cracking log page reads its {@code {id}} as the API does ({@code @PathId}): an id that is not a UUID
 * is as missing as an unknown one, so deleting either answers the 404 error page, never a server error.
 */
class CrackPageIdTest extends ApiTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @Test
    void deletingAnIdThatIsNotAUuidOrIsUnknownAnswers404() throws Exception {
        Person ann = Person.signUp(mvc, "UTC");
        // The page's own form token, as a browser submits it (the pages take it masked, in the form).
        MockHttpServletResponse page = mvc.perform(ann.withoutToken(MockMvcRequestBuilders.get("/me/cracks")))
                .andReturn()
                .getResponse();
        Cookie cookie = page.getCookie("XSRF-TOKEN");
        Matcher token = FORM_TOKEN.matcher(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).as("the page's CSRF field").isTrue();

        for (String id : List.of("nope", "1-1-1-1-1", UUID.randomUUID().toString())) {
            Answer answer = perform(ann.withoutToken(MockMvcRequestBuilders.post("/me/cracks/" + id + "/delete"))
                    .cookie(cookie)
                    .param("_csrf", token.group(1)));
            assertThat(answer.status()).as("deleting crack %s", id).isEqualTo(404);
        }
    }
}
