package org.spinewise.support;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON write sent through a browser tab's request context with its CSRF header, as the page scripts send it. */
public final class JsonWrites {

    private JsonWrites() {}

    /** Sends {@code body} and checks the server took it (200 or 201), naming the request when it did not. */
    public static void send(APIRequestContext api, String method, String url, String token, String body) {
        APIResponse response = api.fetch(
                url,
                RequestOptions.create()
                        .setMethod(method)
                        .setHeader("Content-Type", "application/json")
                        .setHeader("X-XSRF-TOKEN", token)
                        .setData(body));
        assertThat(response.status())
                .as("%s %s: %s", method, url, response.text())
                .isIn(200, 201);
    }
}
