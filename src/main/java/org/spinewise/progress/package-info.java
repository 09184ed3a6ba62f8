/**
 * A signed-in person's progress: whether stiffness improves with stretching
 * ({@link org.spinewise.progress.StiffnessTrend}, plain Java, fed by
 * {@link org.spinewise.progress.ProgressReports} from the journal's check-ins and the
 * session module's routine runs). Its {@code web} package serves {@code GET /api/v1/progress}
 * (account-api.md, "Progress") and the progress page {@code /me/progress} with charts drawn
 * on the server as SVG.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "api", "journal", "library", "session", "system"})
@NullMarked
package org.spinewise.progress;

import org.jspecify.annotations.NullMarked;
