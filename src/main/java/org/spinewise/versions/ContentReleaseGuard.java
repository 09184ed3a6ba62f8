package org.spinewise.versions;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Records each content version the first time it is served, and refuses a
 * version whose content changed since: a rulesVersion must always name one
 * set of rules, or past screenings could no longer be explained.
 */
public class ContentReleaseGuard {

    private static final Logger log = LoggerFactory.getLogger(ContentReleaseGuard.class);

    private final ContentReleaseRepository releases;
    private final Clock clock;

    public ContentReleaseGuard(ContentReleaseRepository releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    /** @throws IllegalStateException when a served version's content changed */
    public void check(List<ContentRelease> serving) {
        for (ContentRelease release : serving) {
            ContentRelease recorded =
                    releases.find(release.kind(), release.version()).orElseGet(() -> record(release));
            if (!recorded.checksum().equals(release.checksum())) {
                throw new IllegalStateException("The " + release.kind() + " content changed but its version '"
                        + release.version() + "' was already served on " + recorded.firstServedAt()
                        + " with other content. Give the changed file a new version.");
            }
        }
    }

    private ContentRelease record(ContentRelease release) {
        ContentRelease stamped =
                new ContentRelease(release.kind(), release.version(), release.checksum(), clock.instant());
        try {
            releases.insert(stamped);
            log.info("Serving new {} content version {}", release.kind(), release.version());
            return stamped;
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            return releases.find(release.kind(), release.version()).orElseThrow();
        }
    }
}
