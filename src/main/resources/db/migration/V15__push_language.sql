-- The language a browser subscribed in, so that the scheduler's breaks speak it (it answers no request).
ALTER TABLE push_subscription ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
