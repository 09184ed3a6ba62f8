-- A successful sign-in clears its email's count but not its address's:
-- the row stays, marked, so the per-address limit still counts it.
ALTER TABLE sign_in_failure ADD COLUMN email_cleared BOOLEAN DEFAULT FALSE NOT NULL;
