package org.spinewise.screening.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.spinewise.library.Localized;
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
@RequiredArgsConstructor
class SeekHelpController {

    private final Localized<SeekHelpPage> pages;

    @GetMapping("/learn/" + SeekHelpPage.ID)
    String page(Model model, Locale locale) {
        model.addAttribute("page", pages.in(locale));
        return "screening/seek-help";
    }

    @GetMapping(
            path = "/api/v1/education/" + SeekHelpPage.ID,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    SeekHelpPage json(Locale locale) {
        return pages.in(locale);
    }
}
