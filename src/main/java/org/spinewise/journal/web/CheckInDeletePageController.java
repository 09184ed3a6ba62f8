package org.spinewise.journal.web;

import java.time.LocalDate;
import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting one check-in from the check-in page: the row's Delete button posts here and is answered with a page
 * that asks again (a deleted day cannot be brought back, and this works without script); only the confirming
 * post deletes. Another person's day, a day without a check-in and a text that is no day all answer 404 alike.
 */
@Controller
@RequiredArgsConstructor
class CheckInDeletePageController {

    /** The confirming form's field: without it, the post only asks. */
    static final String CONFIRMED = "confirmed";

    private final CheckIns checkIns;

    @PostMapping("/me/checkin/{day}/delete")
    String delete(
            @SignedIn SignedInPerson person,
            @PathVariable("day") String dayText,
            @RequestParam(name = CONFIRMED, required = false) @Nullable String confirmed,
            Model model,
            RedirectAttributes redirect) {
        LocalDate day = Days.parse(CheckIns.DAY, dayText, new ArrayList<>());
        CheckIn checkIn =
                (day == null ? null : checkIns.find(person.accountId(), day).orElse(null));
        if (day == null || checkIn == null) {
            throw new ResourceNotFoundException("check-in", dayText);
        }
        if (!"true".equals(confirmed)) {
            model.addAttribute("row", CheckInPageController.row(checkIn));
            model.addAttribute("dayLabel", JournalPages.longDay(day));
            return "journal/checkinDelete";
        }
        checkIns.delete(person.accountId(), day);
        redirect.addFlashAttribute("removed", JournalPages.longDay(day));
        return "redirect:/me/checkin";
    }
}
