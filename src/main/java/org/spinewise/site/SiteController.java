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
}
