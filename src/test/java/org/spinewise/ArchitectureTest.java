package org.spinewise;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import com.tngtech.archunit.lang.syntax.elements.ClassesThat;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The safety core (screening rules and planner) is plain Java: it can be
 * read, tested and reused without Spring, a servlet container or a JSON
 * library. Only their {@code web} packages speak HTTP. A package's
 * {@code package-info} (its Spring Modulith module declaration) is metadata, not code.
 */
@AnalyzeClasses(packages = "org.spinewise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SAFETY_CORE = {
        "org.spinewise.screening", "org.spinewise.screening.data", "org.spinewise.planner"
    };
    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson.."
    };
    private static final String[] FRAMEWORKS_AND_HTTP = {
        "org.springframework..",
        "jakarta.servlet..",
        "jakarta.persistence..",
        "tools.jackson..",
        "com.fasterxml.jackson..",
        "org.spinewise..web..",
        "org.spinewise.api.."
    };

    @ArchTest
    static final ArchRule safetyCoreIsPlainJava = noneOf(SAFETY_CORE)
            .resideInAnyPackage(FRAMEWORKS_AND_HTTP)
            .as("the safety core (screening, planner) uses no Spring, web or JSON types");

    @ArchTest
    static final ArchRule libraryModelIsPlainJava = noneOf("org.spinewise.library")
            .resideInAnyPackage(FRAMEWORKS)
            .as("the library's model, which the planner reads, is plain Java");

    @ArchTest
    static final ArchRule searchIsPlainJava = noneOf("org.spinewise.search")
            .resideInAnyPackage(FRAMEWORKS_AND_HTTP)
            .as("the library search is plain Java over Lucene; only search.web speaks HTTP");

    private static final String[] HAPI_FHIR = {"ca.uhn..", "org.hl7.."};

    /**
     * HAPI FHIR's structures take a while to load and most people never export FHIR, so they load on the
     * first FHIR export: no bean (which Spring loads and inspects at start) touches them; only the mapping
     * classes behind {@code FhirExport} do.
     */
    @ArchTest
    static final ArchRule noBeanTouchesHapiFhir = noClasses()
            .that()
            .areMetaAnnotatedWith(org.springframework.stereotype.Component.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(HAPI_FHIR)
            .as("no Spring bean uses a HAPI FHIR type, so HAPI FHIR loads on the first FHIR export, not at start");

    @ArchTest
    static final ArchRule onlyTheFhirMappingUsesHapiFhir = noClasses()
            .that()
            .resideOutsideOfPackage("org.spinewise.export.fhir")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(HAPI_FHIR)
            .as("only export.fhir uses HAPI FHIR");

    /** No class of exactly these packages (their module declarations aside) depends on the types that follow. */
    private static ClassesThat<ClassesShouldConjunction> noneOf(String... packages) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages)
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat();
    }

    @ArchTest
    static final ArchRule contentFilesAreReadThroughDataFile = noClasses()
            .that()
            .resideOutsideOfPackage("org.spinewise.datafile")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson.dataformat..")
            .as("YAML content is read through org.spinewise.datafile");

    /**
     * NullAway checks only null-marked code, and a package's {@code @NullMarked} does not reach its
     * sub-packages: a package without its own mark would silently go unchecked.
     */
    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes()
            .should(new ArchCondition<>("reside in a @NullMarked package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                        events.add(SimpleConditionEvent.violated(
                                type,
                                type.getPackageName() + " has no @NullMarked package-info, so NullAway skips "
                                        + type.getName()));
                    }
                }
            });
}
