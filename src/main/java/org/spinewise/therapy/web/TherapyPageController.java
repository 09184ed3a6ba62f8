package org.spinewise.therapy.web;

import org.spinewise.library.Exercise;
import org.spinewise.screening.RuleBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The heat and cold coach. The timer runs in the browser; its limits come
 * from the library's therapy items, the single source of those numbers.
 */
@Controller
class TherapyPageController {

    private final Exercise heat;
    private final Exercise cold;

    TherapyPageController(RuleBook rules) {
        this.heat = rules.heatTherapy();
        this.cold = rules.coldTherapy();
    }

    @GetMapping("/therapy")
    String coach(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("heat", heat);
        model.addAttribute("cold", cold);
        model.addAttribute("recommended", "COLD".equals(kind) ? "COLD" : "HEAT".equals(kind) ? "HEAT" : null);
        return "therapy/coach";
    }
}
