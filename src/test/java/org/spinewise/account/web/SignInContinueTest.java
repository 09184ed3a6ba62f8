package org.spinewise.account.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After signing in on the page a person goes back where they were sent to sign in from, when that is a page
 * of this site, and to {@code /me} otherwise: never to another site, however the address is dressed up.
 */
class SignInContinueTest extends ApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CONTINUE = Pattern.compile("name=\"continue\" value=\"([^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/me/checkin?day=2026-11-02", "/me/cracks", "/clinic"})
    void aLocalAddressIsFollowed(String page) throws Exception {
        MockHttpServletResponse anonymous =
                mvc.perform(MockMvcRequestBuilders.get(page)).andReturn().getResponse();

        assertThat(signInFrom(anonymous.getRedirectedUrl(), null)).isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "//evil.example/me",
                "/\\evil.example",
                "/\\/evil.example",
                "https://evil.example/",
                "javascript:alert(1)",
                "evil.example",
                "/\t/evil.example",
                "/ /evil.example",
                "/me/{x}",
                ""
            })
    void anyOtherAddressGoesToMe(String address) throws Exception {
        String page = "/signin?continue=" + URLEncoder.encode(address, StandardCharsets.UTF_8);

        assertThat(signInFrom(page, address)).isEqualTo("/me");
    }

    /** Opens the sign-in page, signs in with its form (and {@code continue}, when given), and says where to. */
    private String signInFrom(String signInPage, String continueField) throws Exception {
        ApiPerson account = ApiPerson.signUp(mvc, "UTC");
        int n = ADDRESSES.getAndIncrement();
        ApiPerson visitor = ApiPerson.from(mvc, "10.9." + (n / 250) + "." + (n % 250 + 1));
        // a URI, which MockMvc takes as it is (a String would be encoded once more)
        String form = visitor.perform(MockMvcRequestBuilders.get(URI.create(signInPage)))
                .body();
        Matcher token = FORM_TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        Matcher carried = CONTINUE.matcher(form);
        String sent =
                continueField != null ? continueField : carried.find() ? HtmlUtils.htmlUnescape(carried.group(1)) : "";
        MockHttpServletResponse signedIn = visitor.performRaw(MockMvcRequestBuilders.post("/signin")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("email=" + encode(account.email()) + "&password=" + encode(account.password()) + "&continue="
                        + encode(sent) + "&_csrf=" + encode(token.group(1))));
        assertThat(signedIn.getStatus()).isEqualTo(302);
        return signedIn.getRedirectedUrl();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
