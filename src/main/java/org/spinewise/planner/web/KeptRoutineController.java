package org.spinewise.planner.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.spinewise.library.EmergencySigns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /routine}: the routine this browser kept from its last planning, with its player, online and
 * offline (pocket.md, "Offline"). The page holds no routine and nothing of the person: its script reads the
 * kept one from the browser, so the service worker may keep the page for anyone.
 */
@Controller
@RequiredArgsConstructor
class KeptRoutineController {

    private final EmergencySigns signs;

    @GetMapping("/routine")
    String kept(Model model, Locale locale) {
        model.addAttribute("warningSigns", signs.emergencySigns(locale));
        return "planner/kept";
    }
}
