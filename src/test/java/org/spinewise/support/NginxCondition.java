package org.spinewise.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link EnabledWithNginx}. */
class NginxCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Nginx.installed()) {
            return ConditionEvaluationResult.enabled(Nginx.EXECUTABLE + " and " + Nginx.OPENSSL + " are installed");
        }
        if (PostgresDatabase.inCi()) {
            return ConditionEvaluationResult.enabled(
                    "CI=true: reverse proxy tests must run (and fail without " + Nginx.EXECUTABLE + ")");
        }
        return ConditionEvaluationResult.disabled("Reverse proxy tests skipped: " + Nginx.EXECUTABLE + " or "
                + Nginx.OPENSSL + " is missing. Install Debian's nginx and openssl packages "
                + "(apt-get install nginx openssl) to run them; CI always runs them.");
    }
}
