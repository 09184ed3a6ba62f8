-- Routines a signed-in person planned on the routine page: what they asked
-- for and what was planned (items, exclusions and why), as JSON text.
CREATE TABLE routine_plan (
    id         UUID                     NOT NULL,
    account_id UUID                     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    request    TEXT                     NOT NULL,
    plan       TEXT                     NOT NULL,
    CONSTRAINT routine_plan_pk PRIMARY KEY (id),
    CONSTRAINT routine_plan_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX routine_plan_account_at ON routine_plan (account_id, at);
