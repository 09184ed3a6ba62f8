package org.spinewise.library.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spinewise.datafile.DataFile;
import org.spinewise.datafile.Violations;
import org.spinewise.library.EducationPage;
import org.spinewise.library.EducationSection;
import org.spinewise.library.Source;
import org.spinewise.library.data.LibraryFiles.EducationFile;

/** Checks {@code education.yaml}: each page's texts, sections, related exercises and citation. */
final class EducationChecks {

    private EducationChecks() {}

    static List<EducationPage> validate(
            DataFile<EducationFile> file, Map<String, String> headings, Set<String> exerciseIds) {
        var check = new Violations(file.location());
        check.text(file.content().version(), "version");
        List<EducationPage> pages = file.content().pages();
        List<EducationPage> result = new ArrayList<>();
        if (check.required(pages, "pages")) {
            var seen = Violations.newIdSet();
            for (int i = 0; i < pages.size(); i++) {
                EducationPage page = pages.get(i);
                String path = "pages[" + i + "]";
                check.text(page.id(), path + ".id");
                check.unique(page.id(), seen, path + ".id");
                check.text(page.title(), path + ".title");
                check.text(page.summary(), path + ".summary");
                check.texts(page.keywords(), 1, path + ".keywords");
                validateSections(page.sections(), path + ".sections", check);
                if (check.required(page.relatedExercises(), path + ".relatedExercises")) {
                    for (int r = 0; r < page.relatedExercises().size(); r++) {
                        check.oneOf(page.relatedExercises().get(r), exerciseIds, path + ".relatedExercises[" + r + "]");
                    }
                }
                Source source = LibraryLoader.resolve(page.source(), headings, path + ".source", check);
                result.add(new EducationPage(
                        page.id(),
                        page.title(),
                        page.summary(),
                        page.sections(),
                        page.keywords(),
                        page.relatedExercises(),
                        source));
            }
        }
        check.throwIfAny();
        return result;
    }

    private static void validateSections(List<EducationSection> sections, String path, Violations check) {
        if (!check.required(sections, path)) {
            return;
        }
        check.check(!sections.isEmpty(), path, "needs at least one section");
        for (int s = 0; s < sections.size(); s++) {
            EducationSection section = sections.get(s);
            check.text(section.heading(), path + "[" + s + "].heading");
            check.texts(section.paragraphs(), 1, path + "[" + s + "].paragraphs");
            check.texts(section.bullets(), 0, path + "[" + s + "].bullets");
        }
    }
}
