package org.spinewise.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** See {@link OnEachDatabase}: one run of the class per database, each handing its tests that database. */
class EachDatabase implements ClassTemplateInvocationContextProvider {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Run(TestDatabase.h2(), null), new Run(TestDatabase.postgres(), new PostgresCondition()));
    }

    /** One run of the class on one database, which it drops when the run ends. */
    private record Run(TestDatabase database, PostgresCondition condition)
            implements ClassTemplateInvocationContext, ParameterResolver, AfterClassTemplateInvocationCallback {

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            List<Extension> extensions = new ArrayList<>(List.of(this));
            if (condition != null) {
                extensions.add(condition);
            }
            return extensions;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public TestDatabase resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return database;
        }

        @Override
        public void afterClassTemplateInvocation(ExtensionContext context) throws Exception {
            database.close();
        }
    }
}
