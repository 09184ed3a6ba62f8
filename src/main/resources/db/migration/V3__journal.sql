-- A person's journal: one daily check-in per calendar day (the day in the
-- account's time zone, as the person names it) and a log of back cracks.
-- Both go with the account (ON DELETE CASCADE). DAY is a keyword in H2, so the
-- column is always written quoted, "day" (the same lower-case name on PostgreSQL).
CREATE TABLE checkin (
    account_id    UUID          NOT NULL,
    "day"         DATE          NOT NULL,
    pain          INTEGER       NOT NULL,
    stiffness     INTEGER       NOT NULL,
    sitting_hours NUMERIC(4, 2) NOT NULL,
    -- The API allows 2000 characters (code points); H2 counts UTF-16 units, so room for 2000 emoji.
    note          VARCHAR(4000),
    CONSTRAINT checkin_pk PRIMARY KEY (account_id, "day"),
    CONSTRAINT checkin_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT checkin_pain_range CHECK (pain BETWEEN 0 AND 10),
    CONSTRAINT checkin_stiffness_range CHECK (stiffness BETWEEN 0 AND 10),
    CONSTRAINT checkin_sitting_hours_range CHECK (sitting_hours BETWEEN 0 AND 24)
);
-- The primary key (account_id, "day") serves the per-person day-range queries.

CREATE TABLE crack (
    id         UUID                     NOT NULL,
    account_id UUID                     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    technique  VARCHAR(64)              NOT NULL,
    forced     BOOLEAN                  NOT NULL,
    painful    BOOLEAN                  NOT NULL,
    CONSTRAINT crack_pk PRIMARY KEY (id),
    CONSTRAINT crack_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
-- Per-person time ranges (lists, the daily count) and the latest cracks up to a time.
CREATE INDEX crack_account_at ON crack (account_id, at);
