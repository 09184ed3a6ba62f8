package org.spinewise.export.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import tools.jackson.databind.JsonNode;

/**
 * The HL7 validator (HAPI FHIR's, with the R4 core definitions and no terminology server), made once for
 * the test run since loading the core package takes seconds; and the reference check the clinic adds.
 */
final class FhirValidation {

    private static final FhirValidator VALIDATOR = validator();

    private FhirValidation() {}

    private static FhirValidator validator() {
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }

    /** Every message of severity error or fatal, with where it points, for an assertion to print. */
    static List<String> errors(String json) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message :
                VALIDATOR.validateWithResult(json).getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(message.getLocationString() + ": " + message.getMessage());
            }
        }
        return errors;
    }

    /** Every {@code reference} in the bundle, wherever it sits. */
    static List<String> references(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    static Set<String> fullUrls(JsonNode bundle) {
        Set<String> urls = new HashSet<>();
        bundle.path("entry").forEach(entry -> urls.add(entry.path("fullUrl").asString()));
        return urls;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("reference") && field.getValue().isString()) {
                    found.add(field.getValue().asString());
                } else {
                    collect(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }
}
