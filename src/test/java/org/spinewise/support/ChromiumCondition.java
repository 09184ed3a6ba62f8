package org.spinewise.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link EnabledWithChromium}. */
class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled(Chromium.EXECUTABLE + " is installed");
        }
        if (PostgresDatabase.inCi()) {
            return ConditionEvaluationResult.enabled(
                    "CI=true: browser tests must run (and fail without " + Chromium.EXECUTABLE + ")");
        }
        return ConditionEvaluationResult.disabled(
                "Browser tests skipped: " + Chromium.EXECUTABLE + " is missing. Install "
                        + "Debian's chromium package (apt-get install chromium) to run them; CI always runs them.");
    }
}
