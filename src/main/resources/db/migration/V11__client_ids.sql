-- Offline clients send a run or a heat and cold session again when they cannot tell whether it arrived
-- (pocket.md, "Offline"). The UUID they made for it is kept, at most once per person: the unique constraint
-- is what holds when two copies arrive at the same moment. Records without one (NULL) never clash.
ALTER TABLE routine_run ADD COLUMN client_id UUID;
ALTER TABLE routine_run ADD CONSTRAINT routine_run_client_id_unique UNIQUE (account_id, client_id);

ALTER TABLE therapy_session ADD COLUMN client_id UUID;
ALTER TABLE therapy_session ADD CONSTRAINT therapy_session_client_id_unique UNIQUE (account_id, client_id);
