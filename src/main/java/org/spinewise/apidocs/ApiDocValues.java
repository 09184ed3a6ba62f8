package org.spinewise.apidocs;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.spinewise.account.EmailAddresses;
import org.spinewise.account.PasswordPolicy;
import org.spinewise.account.Role;
import org.spinewise.clinic.AccessAction;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Clinic;
import org.spinewise.clinic.ContactRequest;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.clinic.PatientFlag;
import org.spinewise.journal.Advice;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.Crack;
import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import org.spinewise.planner.AssignedItem;
import org.spinewise.planner.Goal;
import org.spinewise.planner.LeftOutReason;
import org.spinewise.planner.PlanRequest;
import org.spinewise.progress.ProgressAdvice;
import org.spinewise.reminders.Reminders;
import org.spinewise.reminders.Schedule;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Question;
import org.spinewise.screening.Rule;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.search.LibrarySearch;
import org.spinewise.search.SearchHit;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.StopReason;
import org.spinewise.therapy.TherapyMode;

/**
 * What the API document takes from the code, by the name its YAML uses ({@code '${dispositions}'}): every
 * enum from its Java enum, the rule book or the library in force, every limit from the constant its request
 * reader checks.
 */
final class ApiDocValues {

    private ApiDocValues() {}

    static Map<String, Object> of(RuleBook rules, Library library) {
        Map<String, Object> values = new HashMap<>();
        enums(values, rules, library);
        limits(values, rules);
        return Map.copyOf(values);
    }

    private static void enums(Map<String, Object> values, RuleBook rules, Library library) {
        values.put("dispositions", names(Disposition.values()));
        values.put("dispositionsOrNull", orNull(names(Disposition.values())));
        values.put("ruleIds", rules.rules().stream().map(Rule::id).toList());
        values.put("questionIds", rules.questions().stream().map(Question::id).toList());
        values.put(
                "conditionIds",
                rules.conditions().stream().map(DiagnosedCondition::id).toList());
        values.put("therapyKinds", names(org.spinewise.screening.TherapyKind.values()));
        values.put("exerciseIds", library.exercises().stream().map(Exercise::id).toList());
        values.put("assignableIds", ids(library, Category.STRETCH, Category.CRACK));
        values.put(
                "crackTechniques",
                Stream.concat(ids(library, Category.CRACK).stream(), Stream.of(Crack.OTHER))
                        .toList());
        values.put("positions", names(Position.values()));
        values.put("planPositions", names(PlanRequest.CHOOSABLE_POSITIONS.toArray(Position[]::new)));
        values.put("movements", names(Movement.values()));
        values.put("categories", names(Category.values()));
        values.put("goals", names(Goal.values()));
        values.put("leftOutReasonsOrNull", orNull(names(LeftOutReason.values())));
        values.put("roles", names(Role.values()));
        values.put("stopReasons", names(StopReason.values()));
        values.put("therapyModes", names(TherapyMode.values()));
        values.put("adviceCodes", List.of(Advice.DAILY_LIMIT, Advice.FORCED, Advice.PERSISTENT_PAIN));
        values.put("progressAdviceCodes", List.of(ProgressAdvice.STIFFNESS_NOT_IMPROVING));
        values.put("contactStatuses", names(ContactStatus.values()));
        values.put("accessActions", names(AccessAction.values()));
        values.put("patientFlags", names(PatientFlag.values()));
        values.put("searchKinds", names(SearchHit.Kind.values()));
        values.put(
                "weekDays",
                Arrays.stream(DayOfWeek.values())
                        .map(day ->
                                day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT))
                        .toList());
    }

    private static void limits(Map<String, Object> values, RuleBook rules) {
        values.put("age.min", ScreeningInput.MIN_AGE);
        values.put("age.max", ScreeningInput.MAX_AGE);
        values.put("pain.min", RoutineRun.MIN_PAIN);
        values.put("pain.max", RoutineRun.MAX_PAIN);
        values.put("plan.minutes.min", PlanRequest.MIN_MINUTES);
        values.put("plan.minutes.max", PlanRequest.MAX_MINUTES);
        values.put("checkin.score.max", CheckIn.MAX_SCORE);
        values.put("checkin.note.max", CheckIn.MAX_NOTE);
        values.put("email.max", EmailAddresses.MAX_LENGTH);
        values.put("password.min", PasswordPolicy.MIN_LENGTH);
        values.put("password.max", PasswordPolicy.MAX_LENGTH);
        values.put(
                "therapy.minutes.max",
                Math.min(
                        rules.heatTherapy().therapy().maxMinutes(),
                        rules.coldTherapy().therapy().maxMinutes()));
        values.put("clinic.name.max", Clinic.MAX_NAME);
        values.put("assignment.title.max", Assignment.MAX_TITLE);
        values.put("assignment.note.max", Assignment.MAX_NOTE);
        values.put("assignment.items.max", Assignment.MAX_ITEMS);
        values.put("assignment.reps.max", AssignedItem.MAX_REPS);
        values.put("assignment.sets.max", AssignedItem.MAX_SETS);
        values.put("assignment.hold.max", AssignedItem.MAX_HOLD_SECONDS);
        values.put("contact.message.max", ContactRequest.MAX_MESSAGE);
        values.put("contact.preferred.max", ContactRequest.MAX_PREFERRED_CONTACT);
        values.put("contact.reply.max", ContactRequest.MAX_REPLY);
        values.put("interval.min", Schedule.MIN_INTERVAL);
        values.put("interval.max", Schedule.MAX_INTERVAL);
        values.put("reminders.next", Reminders.NEXT);
        values.put("search.limit.max", LibrarySearch.MAX_LIMIT);
        values.put("search.limit.default", LibrarySearch.DEFAULT_LIMIT);
    }

    private static List<String> ids(Library library, Category... categories) {
        List<Category> wanted = List.of(categories);
        return library.exercises().stream()
                .filter(exercise -> wanted.contains(exercise.category()))
                .map(Exercise::id)
                .toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /** An enum whose value may be null (JSON Schema lists null among the values). */
    private static List<@Nullable String> orNull(List<String> names) {
        List<@Nullable String> values = new ArrayList<>(names);
        values.add(null);
        return values;
    }
}
