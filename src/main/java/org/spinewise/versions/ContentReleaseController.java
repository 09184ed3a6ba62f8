package org.spinewise.versions;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.Items;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which rules and library versions this installation has served, newest first. */
@RestController
@RequiredArgsConstructor
class ContentReleaseController {

    private final ContentReleaseRepository releases;

    @GetMapping(
            path = "/api/v1/content-releases",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Items<ContentRelease> releases() {
        return new Items<>(releases.all());
    }
}
