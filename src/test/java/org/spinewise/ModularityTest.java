package org.spinewise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module that reaches another only through its
 * public API (its top package, or a named interface such as screening's
 * {@code web}). The documentation of the structure lands in
 * {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SpinewiseApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
