package org.spinewise.site.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The service worker, with this release's version and the addresses it keeps written in, and the page it
 * shows offline in place of any page that needs the network.
 */
@Controller
class ServiceWorkerController {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final String worker;

    ServiceWorkerController(OfflinePages pages, ObjectMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
            this.worker = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__RELEASE__", pages.version())
                    .replace("__PRECACHE__", json.writeValueAsString(pages.urls()));
        }
    }

    /** Never from a cache on the way: a browser must see a new release's worker as soon as it checks. */
    @GetMapping("/sw.js")
    ResponseEntity<String> worker() {
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(CacheControl.noCache())
                .body(worker);
    }

    @GetMapping("/offline")
    String offline() {
        return "site/offline";
    }
}
