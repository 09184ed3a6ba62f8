-- Which content (rules, library) this installation has served, so a
-- screening's rulesVersion can always be traced to the exact rules behind it.
CREATE TABLE content_release (
    kind            VARCHAR(40)              NOT NULL,
    version         VARCHAR(100)             NOT NULL,
    checksum        CHAR(64)                 NOT NULL,
    first_served_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT content_release_pk PRIMARY KEY (kind, version)
);
