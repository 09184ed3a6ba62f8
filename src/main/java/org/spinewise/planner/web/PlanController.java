package org.spinewise.planner.web;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.spinewise.screening.RuleBooks;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Screens and plans in one call. Stores nothing. */
@RestController
@RequiredArgsConstructor
class PlanController {

    private final PlanRequestReader reader;
    private final Planner planner;
    private final RuleBooks books;

    @PostMapping(
            path = "/api/v1/plans",
            consumes = "!application/x-www-form-urlencoded",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    PlanResponse plan(InputStream body, Locale locale) {
        JsonFields fields = JsonBody.parseObject(body);
        PlanRequest request = reader.read(fields);
        fields.throwIfInvalid();
        Plan plan = planner.plan(Objects.requireNonNull(request, "read without errors"));
        return PlanResponse.of(plan, books.show(plan.screening(), locale));
    }
}
