-- A signed-in person's heat and cold sessions, timed by the coach page.
CREATE TABLE therapy_session (
    id         UUID                     NOT NULL,
    account_id UUID                     NOT NULL,
    kind       VARCHAR(12)              NOT NULL,
    minutes    INTEGER                  NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished   BOOLEAN                  NOT NULL,
    CONSTRAINT therapy_session_pk PRIMARY KEY (id),
    CONSTRAINT therapy_session_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT therapy_session_kind CHECK (kind IN ('HEAT', 'COLD', 'ALTERNATE')),
    CONSTRAINT therapy_session_minutes CHECK (minutes BETWEEN 1 AND 20),
    CONSTRAINT therapy_session_times CHECK (ended_at >= started_at)
);
CREATE INDEX therapy_session_account_started ON therapy_session (account_id, started_at);
