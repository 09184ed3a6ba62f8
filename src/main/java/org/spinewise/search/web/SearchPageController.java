package org.spinewise.search.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.spinewise.search.LibrarySearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a question in, the pages that answer it out. */
@Controller
@RequiredArgsConstructor
class SearchPageController {

    private static final int RESULTS = 10;

    private final SearchIndexes searches;

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
        String query = q.length() > LibrarySearch.MAX_QUERY_LENGTH ? q.substring(0, LibrarySearch.MAX_QUERY_LENGTH) : q;
        model.addAttribute("query", query);
        model.addAttribute("hits", searches.in(locale).search(query, RESULTS));
        return "search/results";
    }
}
