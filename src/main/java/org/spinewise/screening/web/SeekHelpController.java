package org.spinewise.screening.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves "when to seek help" at the education page's own addresses, which
 * these exact paths take over from the library's {@code {id}} mappings.
 */
@Controller
class SeekHelpController {

    private final SeekHelpPage page;

    SeekHelpController(SeekHelpPage page) {
        this.page = page;
    }

    @GetMapping("/learn/" + SeekHelpPage.ID)
    String page(Model model) {
        model.addAttribute("page", page);
        return "screening/seek-help";
    }

    @GetMapping(
            path = "/api/v1/education/" + SeekHelpPage.ID,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    SeekHelpPage json() {
        return page;
    }
}
