package org.spinewise.fuzz;

import java.nio.charset.StandardCharsets;

import org.spinewise.ApiTest;
import org.spinewise.fuzz.EntryPointContract.Response;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Base of the fuzz tests: sends each input through the real HTTP layer
 * (security filters, controller, exception handler) of the shared API test
 * context. An exception escaping MockMvc is a finding like a 500.
 */
abstract class EntryPointFuzzTest extends ApiTest {

    static final String SCREENINGS = "/api/v1/screenings";
    static final String PLANS = "/api/v1/plans";

    Response post(String path, byte[] body) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(MockMvcRequestBuilders.post(path)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse();
            return new Response(
                    response.getStatus(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("An exception escaped " + path + "\n" + EntryPointContract.describe(body), e);
        }
    }
}
