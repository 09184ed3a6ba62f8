package org.spinewise;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The safety core (screening rules and planner) is plain Java: it can be
 * read, tested and reused without Spring, a servlet container or a JSON
 * library. Only their {@code web} packages speak HTTP.
 */
@AnalyzeClasses(packages = "org.spinewise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SAFETY_CORE = {
        "org.spinewise.screening", "org.spinewise.screening.data", "org.spinewise.planner"
    };

    @ArchTest
    static final ArchRule safetyCoreIsPlainJava = noClasses()
            .that()
            .resideInAnyPackage(SAFETY_CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.servlet..",
                    "jakarta.persistence..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "org.spinewise..web..",
                    "org.spinewise.api..")
            .as("the safety core (screening, planner) uses no Spring, web or JSON types");

    @ArchTest
    static final ArchRule libraryModelIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.spinewise.library")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson..")
            .as("the library's model, which the planner reads, is plain Java");

    @ArchTest
    static final ArchRule searchIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.spinewise.search")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.servlet..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "org.spinewise..web..",
                    "org.spinewise.api..")
            .as("the library search is plain Java over Lucene; only search.web speaks HTTP");

    @ArchTest
    static final ArchRule contentFilesAreReadThroughDataFile = noClasses()
            .that()
            .resideOutsideOfPackage("org.spinewise.datafile")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson.dataformat..")
            .as("YAML content is read through org.spinewise.datafile");
}
