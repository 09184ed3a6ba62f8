package org.spinewise.screening;

/** A heading the questionnaire groups its questions under. */
public record QuestionGroup(String id, String title) {}
