package org.spinewise.library;

/** A section of the clinic's article that content cites by id. */
public record ArticleSection(String id, String heading) {}
