-- Whether a signed-in person lets the safety check page keep their checks in
-- their history (the choice on that page, remembered as its next default).
-- Off until they give it: a check is kept only with their consent.
ALTER TABLE account ADD COLUMN keep_checks BOOLEAN DEFAULT FALSE NOT NULL;
