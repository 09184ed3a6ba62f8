package org.spinewise.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that belong to no feature: the home page. */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }

    /** What this browser keeps of an anonymous person; the page fills itself from localStorage. */
    @GetMapping("/history")
    String history() {
        return "site/history";
    }
}
