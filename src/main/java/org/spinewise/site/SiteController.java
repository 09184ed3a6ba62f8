package org.spinewise.site;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.spinewise.library.EmergencySigns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that belong to no feature: the home page. */
@Controller
@RequiredArgsConstructor
class SiteController {

    /** The emergency signs, from the rule book that the safety check runs on. */
    private final EmergencySigns emergencySigns;

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("emergencySigns", emergencySigns.emergencySigns(locale));
        return "site/home";
    }

    /** What this browser keeps of an anonymous person; the page fills itself from localStorage. */
    @GetMapping("/history")
    String history() {
        return "site/history";
    }
}
