package org.spinewise.site;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What Spinewise keeps, in plain words, with the limits the server is configured with (the account module
 * makes them from the session and sign-in settings, which this module cannot see).
 */
@Controller
@RequiredArgsConstructor
class PrivacyPageController {

    private final PrivacyLimits limits;

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("limits", limits);
        return "site/privacy";
    }
}
