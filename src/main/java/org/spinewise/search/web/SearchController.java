package org.spinewise.search.web;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.search.LibrarySearch;
import org.spinewise.search.SearchHit;
import org.spinewise.system.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search over the exercises and education pages. */
@JsonApiController("/api/v1")
@RequiredArgsConstructor
class SearchController {

    static final int DEFAULT_LIMIT = LibrarySearch.DEFAULT_LIMIT;

    private final SearchIndexes searches;

    /**
     * The best hits for {@code q}, best first. A missing or blank {@code q}
     * finds nothing; {@code limit} (default {@value #DEFAULT_LIMIT}) must be a
     * whole number from 1 to {@value LibrarySearch#MAX_LIMIT}.
     */
    @GetMapping("/search")
    Items<SearchHit> search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "limit", required = false) String limit,
            Locale locale) {
        int max = limit(limit);
        if (q == null || q.isBlank()) {
            return new Items<>(List.of());
        }
        return new Items<>(searches.in(locale).search(q, max));
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        String trimmed = limit.strip();
        if (trimmed.length() <= 2 && !trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int value = Integer.parseInt(trimmed);
            if (value >= 1 && value <= LibrarySearch.MAX_LIMIT) {
                return value;
            }
        }
        throw new InvalidRequestException(
                List.of(new FieldError("limit", Messages.t("api.field.wholeRange", 1, LibrarySearch.MAX_LIMIT))));
    }
}
