package org.spinewise.export.fhir;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.spinewise.screening.DiagnosedCondition;
import org.spinewise.screening.RuleBook;
import tools.jackson.databind.JsonNode;

/**
 * The screening questionnaire of one rules version: every question, then age, pain, conditions and onset.
 * The running rules give the questions of their own version; an older version's are the answers its
 * screenings hold, named with today's text where the question still exists.
 */
final class QuestionnaireMapping {

    static final String AGE = "age";
    static final String PAIN = "painLevel";
    static final String CONDITIONS = "conditions";
    static final String ONSET = "onsetHours";

    private QuestionnaireMapping() {}

    /** @return the question ids in the questionnaire's order, which a response's items follow */
    static List<String> add(String version, List<JsonNode> requests, Mapping mapping) {
        RuleBook rules = mapping.sources().rules();
        boolean current = rules.version().equals(version);
        Map<String, String> questions = new LinkedHashMap<>();
        if (current) {
            rules.questions().forEach(q -> questions.put(q.id(), q.text()));
        } else {
            Map<String, String> known = new LinkedHashMap<>();
            rules.questions().forEach(q -> known.put(q.id(), q.text()));
            requests.forEach(r ->
                    r.path("answers").propertyNames().forEach(id -> questions.put(id, known.getOrDefault(id, id))));
        }
        Questionnaire questionnaire = new Questionnaire()
                .setUrl(mapping.sources().canonicals().questionnaire())
                .setVersion(version)
                .setName("SpinewiseScreening")
                .setTitle("Spinewise safety screening")
                .setStatus(current ? Enumerations.PublicationStatus.ACTIVE : Enumerations.PublicationStatus.RETIRED);
        questionnaire.addSubjectType("Patient");
        questionnaire
                .addItem()
                .setLinkId(AGE)
                .setText("Age in years (1-120)")
                .setType(Questionnaire.QuestionnaireItemType.INTEGER)
                .setRequired(true);
        questionnaire
                .addItem()
                .setLinkId(PAIN)
                .setText("Pain now, 0 (none) to 10 (worst imaginable)")
                .setType(Questionnaire.QuestionnaireItemType.INTEGER)
                .setRequired(true);
        var conditions = questionnaire
                .addItem()
                .setLinkId(CONDITIONS)
                .setText("Diagnosed spinal conditions")
                .setType(Questionnaire.QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        conditionIds(rules, requests).forEach(id -> conditions.addAnswerOption().setValue(condition(id, mapping)));
        questionnaire
                .addItem()
                .setLinkId(ONSET)
                .setText("Hours since this episode began")
                .setType(Questionnaire.QuestionnaireItemType.DECIMAL);
        questions.forEach((id, text) -> questionnaire
                .addItem()
                .setLinkId(id)
                .setText(text)
                .setType(Questionnaire.QuestionnaireItemType.BOOLEAN)
                .setRequired(current));
        mapping.entries().add("Questionnaire", version, questionnaire);
        return List.copyOf(questions.keySet());
    }

    static Coding condition(String id, Mapping mapping) {
        String label = mapping.sources().rules().conditions().stream()
                .filter(c -> c.id().equals(id))
                .map(DiagnosedCondition::label)
                .findFirst()
                .orElse(id);
        return mapping.codes().coding(id, label);
    }

    private static Set<String> conditionIds(RuleBook rules, List<JsonNode> requests) {
        Set<String> ids = new LinkedHashSet<>();
        rules.conditions().forEach(c -> ids.add(c.id()));
        requests.forEach(r -> r.path(CONDITIONS).forEach(c -> ids.add(c.asString())));
        return ids;
    }
}
