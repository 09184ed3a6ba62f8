-- Throttling that holds under concurrency: an attempt is reserved (a row in
-- sign_in_failure) and the limit checked in one transaction holding the row
-- lock of each key it counts against, so concurrent attempts for one email or
-- address, on any app node, are checked one after the other.
CREATE TABLE sign_in_guard (
    kind       VARCHAR(16)              NOT NULL,
    guard_key  VARCHAR(254)             NOT NULL,
    touched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_guard_pk PRIMARY KEY (kind, guard_key)
);
CREATE INDEX sign_in_guard_touched_at ON sign_in_guard (touched_at);

-- What a failure counts against: signing in, or confirming an account's
-- deletion with its password (its own counter, so a guessing thief with a
-- session does not lock the person out of signing in).
ALTER TABLE sign_in_failure ADD COLUMN purpose VARCHAR(16) DEFAULT 'SIGN_IN' NOT NULL;
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
