package org.spinewise.export.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.spinewise.history.ScreeningRecord;
import tools.jackson.databind.JsonNode;

/**
 * Each kept screening as a {@code QuestionnaireResponse} to the questionnaire of its rules version, and its
 * result as a {@code RiskAssessment} based on it.
 */
final class ScreeningMapping {

    static final String RESPONSE = "QuestionnaireResponse";
    static final String ASSESSMENT = "RiskAssessment";

    private ScreeningMapping() {}

    static void screenings(List<ScreeningRecord> screenings, Mapping mapping) {
        List<ScreeningRecord> oldestFirst = new ArrayList<>(screenings);
        Collections.reverse(oldestFirst);
        Map<String, List<JsonNode>> requestsByVersion = new LinkedHashMap<>();
        for (ScreeningRecord record : oldestFirst) {
            requestsByVersion
                    .computeIfAbsent(record.rulesVersion(), v -> new ArrayList<>())
                    .add(mapping.sources().json().readTree(record.request()));
        }
        Map<String, List<String>> questions = new LinkedHashMap<>();
        requestsByVersion.forEach(
                (version, requests) -> questions.put(version, QuestionnaireMapping.add(version, requests, mapping)));
        for (ScreeningRecord record : oldestFirst) {
            Reference response = response(record, questions.getOrDefault(record.rulesVersion(), List.of()), mapping);
            assessment(record, response, mapping);
        }
    }

    private static Reference response(ScreeningRecord record, List<String> questions, Mapping mapping) {
        JsonNode request = mapping.sources().json().readTree(record.request());
        QuestionnaireResponse response = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire(mapping.sources().canonicals().questionnaire() + "|" + record.rulesVersion())
                .setSubject(mapping.subject())
                .setAuthoredElement(Times.at(record.at()))
                .setIdentifier(PersonMapping.identifier(
                        mapping, "screening", record.id().toString()));
        response.addItem()
                .setLinkId(QuestionnaireMapping.AGE)
                .addAnswer()
                .setValue(new IntegerType(request.path("age").asInt()));
        response.addItem()
                .setLinkId(QuestionnaireMapping.PAIN)
                .addAnswer()
                .setValue(new IntegerType(request.path("painLevel").asInt()));
        if (!request.path("conditions").isEmpty()) {
            var conditions = response.addItem().setLinkId(QuestionnaireMapping.CONDITIONS);
            request.path("conditions")
                    .forEach(condition -> conditions
                            .addAnswer()
                            .setValue(QuestionnaireMapping.condition(condition.asString(), mapping)));
        }
        JsonNode onset = request.path("onsetHours");
        if (onset.isNumber()) {
            response.addItem()
                    .setLinkId(QuestionnaireMapping.ONSET)
                    .addAnswer()
                    .setValue(new DecimalType(onset.decimalValue()));
        }
        JsonNode answers = request.path("answers");
        questions.stream()
                .filter(answers::has)
                .forEach(id -> response.addItem()
                        .setLinkId(id)
                        .addAnswer()
                        .setValue(new BooleanType(answers.path(id).asBoolean())));
        return mapping.entries().add(RESPONSE, record.id(), response);
    }

    /** The disposition first, then each fired rule with its message; the source and restrictions as notes. */
    private static void assessment(ScreeningRecord record, Reference response, Mapping mapping) {
        JsonNode result = mapping.sources().json().readTree(record.result());
        Codes codes = mapping.codes();
        String disposition = result.path("disposition").asString();
        RiskAssessment assessment = new RiskAssessment()
                .setStatus(RiskAssessment.RiskAssessmentStatus.FINAL)
                .setSubject(mapping.subject())
                .setOccurrence(Times.at(record.at()))
                .setCode(codes.concept("screening-result", "Safety screening result"));
        assessment.addIdentifier(
                PersonMapping.identifier(mapping, "screening", record.id().toString()));
        assessment.addBasis(response);
        assessment
                .addPrediction()
                .setOutcome(codes.concept(disposition, PersonMapping.words(disposition)))
                .setRationale("Disposition under rules version " + record.rulesVersion());
        for (JsonNode rule : result.path("firedRules")) {
            String id = rule.path("id").asString();
            assessment
                    .addPrediction()
                    .setOutcome(codes.concept(id, id))
                    .setRationale(rule.path("message").asString());
            assessment.addNote(new Annotation()
                    .setText(id + " ("
                            + (rule.path("disposition").isString()
                                    ? rule.path("disposition").asString()
                                    : "restriction only")
                            + "): "
                            + rule.path("message").asString() + " Source: "
                            + rule.path("source").asString()));
        }
        assessment.addNote(new Annotation().setText("Restrictions: " + result.path("restrictions")));
        if (result.path("therapy").isObject()) {
            assessment.addNote(new Annotation().setText("Heat or cold: " + result.path("therapy")));
        }
        mapping.entries().add(ASSESSMENT, record.id(), assessment);
    }
}
