package org.spinewise.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link EnabledWithPostgres}. */
class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresDatabase.configured()) {
            return ConditionEvaluationResult.enabled("PG_URL is set");
        }
        if (PostgresDatabase.inCi()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run (and fail without PG_URL)");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: PG_URL is not set. Start PostgreSQL and "
                + "set PG_URL, PG_USER and PG_PASSWORD to run them (see .ci/run); CI always runs them.");
    }
}
