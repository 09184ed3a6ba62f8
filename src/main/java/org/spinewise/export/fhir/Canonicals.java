package org.spinewise.export.fhir;

/**
 * The absolute addresses a bundle names: Spinewise's code system, the screening questionnaire (one per
 * rules version, told apart by {@code version}) and the systems of Spinewise's own identifiers.
 */
record Canonicals(String codeSystem, String questionnaire, String site) {

    String identifierSystem(String kind) {
        return site + "/fhir/id/" + kind;
    }
}
