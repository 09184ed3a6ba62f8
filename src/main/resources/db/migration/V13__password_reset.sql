-- Password-reset links: only a SHA-256 hash of each token is kept, so a read of this table lets nobody
-- reset a password. A token is used once (its row is deleted), expires, and every token of a person goes
-- when their password changes or their account is deleted (ON DELETE CASCADE).
CREATE TABLE password_reset (
    token_hash CHAR(64)                 NOT NULL,
    account_id UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT password_reset_pk PRIMARY KEY (token_hash),
    CONSTRAINT password_reset_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX password_reset_account ON password_reset (account_id);
CREATE INDEX password_reset_expires_at ON password_reset (expires_at);
