package org.spinewise.library;

import java.util.List;

/** One headed part of an education page. */
public record EducationSection(String heading, List<String> paragraphs, List<String> bullets) {}
