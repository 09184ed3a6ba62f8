package org.spinewise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.spinewise.support.ApiDocContract;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one MockMvc client of the tests, as a browser or script is: it keeps the cookies it is given (the
 * session and the {@code XSRF-TOKEN}) and sends them back, comes from its own remote address when given one
 * (so that one test's sign-in throttling never reaches another), and sends the CSRF token in
 * {@code X-XSRF-TOKEN} on every change. It fetches that token from {@code GET /api/v1/csrf} before its first
 * change and again whenever the server changed the token's cookie (at sign-up and sign-in), as the contract
 * asks. Page forms go instead with the {@code _csrf} field the page rendered. (The tests never use Spring
 * Security's {@code csrf()} post-processor: it swaps the filter's cookie token store for a session one for the
 * rest of the shared test context, which breaks every later real token flow.)
 */
public final class ApiPerson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XSRF_COOKIE = "XSRF-TOKEN";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SCREENING_FIELD = Pattern.compile("name=\"screening\" value=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final String address;
    private final Map<String, Cookie> cookies;
    /** False for the view {@link #withoutCsrf()} gives: its changes leave the X-XSRF-TOKEN header out. */
    private final boolean sendsCsrf;

    private String email;
    private String password;
    private String csrfToken;

    private ApiPerson(MockMvc mvc, String address) {
        this(mvc, address, new LinkedHashMap<>(), true);
    }

    private ApiPerson(MockMvc mvc, String address, Map<String, Cookie> cookies, boolean sendsCsrf) {
        this.mvc = mvc;
        this.address = address;
        this.cookies = cookies;
        this.sendsCsrf = sendsCsrf;
    }

    /** An anonymous client, from MockMvc's own address, that holds a CSRF token. */
    public static ApiPerson anonymous(MockMvc mvc) {
        ApiPerson client = new ApiPerson(mvc, null);
        client.refreshCsrf();
        return client;
    }

    /** An anonymous client from {@code address} that holds nothing yet (no cookie, no token). */
    public static ApiPerson from(MockMvc mvc, String address) {
        return new ApiPerson(mvc, address);
    }

    /** Signs a new account up (with a unique email) and stays signed in as it. */
    public static ApiPerson signUp(MockMvc mvc, String timeZone) {
        String id = UUID.randomUUID().toString();
        ApiPerson person = new ApiPerson(mvc, null);
        ApiTest.Answer answer = person.signUp("person-" + id + "@example.org", "spine-" + id, timeZone);
        assertThat(answer.status()).as("sign-up answer: %s", answer.body()).isEqualTo(201);
        person.refreshCsrf();
        return person;
    }

    /** Signs an account up through the API (in the default time zone); this client is signed in as it if that worked. */
    public ApiTest.Answer signUp(String email, String password) {
        return signUp(email, password, null);
    }

    /** Signs an account up through the API; this client is signed in as it if that worked. */
    public ApiTest.Answer signUp(String email, String password, String timeZone) {
        ObjectNode body = credentials(email, password);
        if (timeZone != null) {
            body.put("timeZone", timeZone);
        }
        return signedInBy(postJson("/api/v1/account", JSON.writeValueAsString(body)), 201, email, password);
    }

    /** Signs in through the API; this client is signed in as the account if that worked. */
    public ApiTest.Answer signIn(String email, String password) {
        return signedInBy(
                postJson("/api/v1/session", JSON.writeValueAsString(credentials(email, password))),
                200,
                email,
                password);
    }

    private static ObjectNode credentials(String email, String password) {
        ObjectNode body = JSON.createObjectNode();
        body.put("email", email);
        body.put("password", password);
        return body;
    }

    private ApiTest.Answer signedInBy(ApiTest.Answer answer, int success, String email, String password) {
        if (answer.status() == success) {
            this.email = email;
            this.password = password;
        }
        return answer;
    }

    /** The email this client signed up or in with, or null. */
    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * The CSRF token this client sends in X-XSRF-TOKEN: fetched from {@code GET /api/v1/csrf} when it holds
     * none yet or the server changed the token's cookie since.
     */
    public String csrfToken() {
        if (csrfToken == null || !csrfToken.equals(cookie(XSRF_COOKIE))) {
            refreshCsrf();
        }
        return csrfToken;
    }

    public ApiTest.Answer get(String path) {
        return perform(MockMvcRequestBuilders.get(path));
    }

    public ApiTest.Answer postJson(String path, String body) {
        return change(json(MockMvcRequestBuilders.post(path), body));
    }

    public ApiTest.Answer putJson(String path, String body) {
        return change(json(MockMvcRequestBuilders.put(path), body));
    }

    public ApiTest.Answer delete(String path) {
        return change(MockMvcRequestBuilders.delete(path));
    }

    /** A delete with a JSON body (deleting the account takes the password). */
    public ApiTest.Answer deleteJson(String path, String body) {
        return change(json(MockMvcRequestBuilders.delete(path), body));
    }

    /**
     * This client as a forged cross-site request would use it: the same cookies, but its changes
     * ({@code postJson}, {@code putJson}, {@code delete}, {@code deleteJson}) carry no X-XSRF-TOKEN header.
     */
    public ApiPerson withoutCsrf() {
        return new ApiPerson(mvc, address, cookies, false);
    }

    private ApiTest.Answer change(MockHttpServletRequestBuilder request) {
        return sendsCsrf ? performWithCsrf(request) : perform(request);
    }

    /** Submits a page's form with the CSRF field that page rendered, as a browser does. */
    public ApiTest.Answer submitForm(String pagePath, String action, String form) {
        Matcher token = FORM_TOKEN.matcher(get(pagePath).body());
        assertThat(token.find()).as("%s renders a CSRF field", pagePath).isTrue();
        String field = "_csrf=" + encode(token.group(1));
        return perform(form(action, form.isEmpty() ? field : form + "&" + field));
    }

    /** Submits the routine form of a result page, with the screening and CSRF fields it carries. */
    public ApiTest.Answer submitRoutine(String resultPage, String choices) {
        Matcher screening = SCREENING_FIELD.matcher(resultPage);
        Matcher token = FORM_TOKEN.matcher(resultPage);
        assertThat(screening.find() && token.find())
                .as("the result page carries the routine form")
                .isTrue();
        String json = HtmlUtils.htmlUnescape(screening.group(1));
        // as a browser sends the form's hidden fields: "no" when the check it plans from was not kept
        String kept = resultPage.contains("name=\"checkKept\" value=\"no\"") ? "&checkKept=no" : "";
        return perform(
                form("/routine", choices + "&screening=" + encode(json) + "&_csrf=" + encode(token.group(1)) + kept));
    }

    /** Answers the safety check page with {@code checkForm}, then sends its result page's routine form with {@code choices}. */
    public ApiTest.Answer planOnThePages(String checkForm, String choices) {
        return submitRoutine(submitForm("/screening", "/screening", checkForm).body(), choices);
    }

    /** Any request, with this client's CSRF token in X-XSRF-TOKEN (and its cookies and address). */
    public ApiTest.Answer performWithCsrf(MockHttpServletRequestBuilder request) {
        return perform(request.header("X-XSRF-TOKEN", csrfToken()));
    }

    /** Any request as it stands, with this client's cookies and address but no CSRF header. */
    public ApiTest.Answer perform(MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response = performRaw(request);
        try {
            return new ApiTest.Answer(
                    response.getStatus(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** The response itself, for answers that are not text (a zip). */
    public MockHttpServletResponse performRaw(MockHttpServletRequestBuilder request) {
        if (address != null) {
            request.with(sent -> {
                sent.setRemoteAddr(address);
                return sent;
            });
        }
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            ApiDocContract.check(mvc, result);
            MockHttpServletResponse response = result.getResponse();
            for (Cookie cookie : response.getCookies()) {
                if (cookie.getMaxAge() == 0
                        || cookie.getValue() == null
                        || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), new Cookie(cookie.getName(), cookie.getValue()));
                }
            }
            return response;
        } catch (Exception e) {
            throw new AssertionError("MockMvc failed to perform the request", e);
        }
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder form(String action, String body) {
        return MockMvcRequestBuilders.post(action)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void refreshCsrf() {
        ApiTest.Answer answer = get("/api/v1/csrf");
        assertThat(answer.status()).as("csrf answer: %s", answer.body()).isEqualTo(200);
        csrfToken = answer.json().path("token").asString();
        assertThat(csrfToken).isNotBlank();
        assertThat(cookie(XSRF_COOKIE))
                .as("the XSRF-TOKEN cookie after GET /api/v1/csrf")
                .isEqualTo(csrfToken);
    }
}
