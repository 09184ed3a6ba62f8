-- Guided routine runs: when a person ran a routine, what they completed (in
-- order), pain before and after, and why they stopped early, if they did.
-- Runs go with their account, items with their run (ON DELETE CASCADE).
CREATE TABLE routine_run (
    id          UUID                     NOT NULL,
    account_id  UUID                     NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    pain_before INTEGER                  NOT NULL,
    pain_after  INTEGER,
    stop_reason VARCHAR(40),
    CONSTRAINT routine_run_pk PRIMARY KEY (id),
    CONSTRAINT routine_run_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT routine_run_ended_after_start CHECK (ended_at >= started_at),
    CONSTRAINT routine_run_pain_before_range CHECK (pain_before BETWEEN 0 AND 10),
    CONSTRAINT routine_run_pain_after_range CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10)
);
CREATE INDEX routine_run_account_started ON routine_run (account_id, started_at);

CREATE TABLE routine_run_item (
    run_id      UUID         NOT NULL,
    position    INTEGER      NOT NULL,
    exercise_id VARCHAR(100) NOT NULL,
    CONSTRAINT routine_run_item_pk PRIMARY KEY (run_id, position),
    CONSTRAINT routine_run_item_run_fk FOREIGN KEY (run_id) REFERENCES routine_run (id) ON DELETE CASCADE
);
