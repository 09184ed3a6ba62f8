package org.spinewise.site;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What Spinewise keeps, in plain words, with the limits the server is configured with. */
@Controller
class PrivacyPageController {

    private final PrivacyLimits limits;

    // The settings themselves, not their owners' records: those are internal to the system and account modules.
    PrivacyPageController(
            @Value("${spinewise.session.idle-timeout}") Duration idleTimeout,
            @Value("${spinewise.session.absolute-lifetime}") Duration absoluteLifetime,
            @Value("${spinewise.sign-in.window}") Duration signInWindow) {
        this.limits = new PrivacyLimits(idleTimeout, absoluteLifetime, signInWindow);
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("limits", limits);
        return "site/privacy";
    }
}
