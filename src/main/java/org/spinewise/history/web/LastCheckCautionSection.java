package org.spinewise.history.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardOrder;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.RuleBooks;
import org.spinewise.system.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import static org.spinewise.system.Messages.t;

/**
 * Heads the person's page when their latest kept safety check sent them to a doctor or an emergency
 * department: everything below it offers exercise, which must not read as permission until a new check
 * (the account's counterpart of the browser's {@code screening/lastCheckCaution.jte}). It reads one record.
 */
@Component
@Order(DashboardOrder.CAUTION)
@RequiredArgsConstructor
class LastCheckCautionSection implements DashboardSections {

    private final ScreeningRecordRepository screenings;
    private final RuleBooks ruleBooks;
    private final ObjectMapper json;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        return screenings.latest(person.accountId(), 1).stream()
                .findFirst()
                .flatMap(record -> caution(record, person))
                .stream()
                .toList();
    }

    private Optional<Section> caution(ScreeningRecord record, SignedInPerson person) {
        Optional<Disposition> disposition = disposition(record);
        if (disposition.isEmpty() || disposition.get().allowsSelfGuidedExercise()) {
            return Optional.empty();
        }
        DispositionAdvice advice = ruleBooks.in(Messages.locale()).advice(disposition.get());
        String day = DateTimeFormatter.ofPattern(t("lastRoutine.dateFormat"), Messages.locale())
                .format(record.at().atZone(person.timeZone()));
        Entry entry = new Entry(
                advice.headline(),
                List.of(t("dashboard.caution.when", day), advice.action(), t("dashboard.caution.first")),
                new Link(t("dashboard.caution.again"), "/screening"));
        return Optional.of(
                new Section("last-check", t("dashboard.caution.title"), "", List.of(entry), List.of(), Look.CAUTION));
    }

    /** The kept result's disposition; a record this version cannot read is no reason for alarm. */
    private Optional<Disposition> disposition(ScreeningRecord record) {
        String name = json.readTree(record.result()).path("disposition").asString("");
        try {
            return Optional.of(Disposition.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
