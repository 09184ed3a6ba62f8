package org.spinewise.system.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinewise.system.DatabaseOutage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store the request filter uses: Spring Session's JDBC store, except that a session whose only
 * change in a request is its last-access time is not worth failing the request for when the database has
 * just gone away.
 *
 * <p>Spring Session saves the session at the very end of a request, after the request's own transaction
 * committed. If the database goes away in between, failing there turns a write that is stored into a 503
 * ("nothing was saved, try again", so the client writes it twice) or, once the answer has started, into a
 * 201 with a problem glued to its body. Losing one last-access time costs at most an earlier expiry,
 * counted from the request before. A session that did change (signed in, signed out, a new id, new
 * attributes) still fails the request, since answering as if it were kept would be a lie.
 *
 * <p>It also holds every session to its {@link SessionLifetimes} by the application's clock: a session that sat
 * unused too long, or began too long ago, is deleted when it is next asked for, so the request goes on as
 * anonymous (a page sends the person to sign in, the API answers 401). The last-access time it keeps is the
 * application clock's too.
 *
 * <p>It wraps the store Spring Boot configures ({@link SessionStoreConfiguration}), so the store keeps
 * every setting Boot gives it.
 */
final class OutageTolerantSessionRepository
        implements FindByIndexNameSessionRepository<OutageTolerantSessionRepository.TrackedSession>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessionRepository.class);

    /** When the session began, by the application's clock (the store's creation time is the system's). */
    static final String BEGUN = "spinewise.session.begun";

    private final FindByIndexNameSessionRepository<Session> store;
    private final JdbcIndexedSessionRepository lifecycle;
    private final Clock clock;
    private final SessionLifetimes lifetimes;

    @SuppressWarnings("unchecked") // its session type is private; it only ever gets back the sessions it made
    OutageTolerantSessionRepository(JdbcIndexedSessionRepository store, Clock clock, SessionLifetimes lifetimes) {
        this.store = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store;
        this.lifecycle = store;
        this.clock = clock;
        this.lifetimes = lifetimes;
    }

    /** In the store's place as a bean, so its shutdown (stopping its expired-session clean-up) comes here. */
    @Override
    public void destroy() {
        lifecycle.destroy();
    }

    @Override
    public TrackedSession createSession() {
        Session session = store.createSession();
        Instant now = clock.instant();
        session.setAttribute(BEGUN, now);
        session.setLastAccessedTime(now);
        return new TrackedSession(session, true, clock);
    }

    @Override
    public void save(TrackedSession session) {
        try {
            store.save(session.stored);
        } catch (RuntimeException failure) {
            if (!session.onlyTouched() || !DatabaseOutage.caused(failure)) {
                throw failure;
            }
            log.warn(
                    "Database unavailable: the last access of an unchanged session was not saved ({})",
                    failure.getMessage());
        }
    }

    @Override
    public @Nullable TrackedSession findById(String id) {
        Session found = store.findById(id);
        if (found == null) {
            return null;
        }
        Instant begun = found.getAttribute(BEGUN);
        if (lifetimes.over(
                begun == null ? found.getCreationTime() : begun, found.getLastAccessedTime(), clock.instant())) {
            store.deleteById(id);
            return null;
        }
        return new TrackedSession(found, false, clock);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TrackedSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new TrackedSession(session, false, clock)));
        return found;
    }

    /** A stored session that remembers whether anything but its last-access time was changed. */
    static final class TrackedSession implements Session {

        private final Session stored;
        private final boolean isNew;
        private final Clock clock;
        private boolean changed;

        private TrackedSession(Session stored, boolean isNew, Clock clock) {
            this.stored = stored;
            this.isNew = isNew;
            this.clock = clock;
        }

        boolean onlyTouched() {
            return !isNew && !changed;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        /** The request filter passes the system's time; the idle timeout is counted by the application's clock. */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(clock.instant());
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
