package org.spinewise.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What Spinewise keeps, in plain words. */
@Controller
class PrivacyPageController {

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }
}
