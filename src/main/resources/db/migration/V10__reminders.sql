-- Movement breaks (reminders-api.md). Everything of a person goes with the account (ON DELETE CASCADE).

-- The person's one schedule. changed_at: only breaks after it are sent (the missed-break rule);
-- last_sent: the latest break claimed for sending, so no break is sent twice across app nodes.
CREATE TABLE reminder_schedule (
    account_id       UUID                     NOT NULL,
    enabled          BOOLEAN                  NOT NULL,
    days             VARCHAR(64)              NOT NULL,
    from_time        TIME                     NOT NULL,
    to_time          TIME                     NOT NULL,
    interval_minutes INTEGER                  NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reminder_schedule_pk PRIMARY KEY (account_id),
    CONSTRAINT reminder_schedule_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT reminder_schedule_interval CHECK (interval_minutes BETWEEN 30 AND 180),
    CONSTRAINT reminder_schedule_window CHECK (to_time > from_time)
);
-- The sender walks the enabled schedules.
CREATE INDEX reminder_schedule_enabled ON reminder_schedule (enabled);

-- The secret of the person's calendar feed address: posting again replaces it, deleting removes it.
CREATE TABLE calendar_feed (
    account_id UUID                     NOT NULL,
    secret     VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_pk PRIMARY KEY (account_id),
    CONSTRAINT calendar_feed_secret UNIQUE (secret),
    CONSTRAINT calendar_feed_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- The server's one VAPID key pair (RFC 8292), made once, the same on every node: base64url, P-256.
CREATE TABLE push_key (
    id          INTEGER      NOT NULL,
    public_key  VARCHAR(128) NOT NULL,
    private_key VARCHAR(128) NOT NULL,
    CONSTRAINT push_key_pk PRIMARY KEY (id),
    CONSTRAINT push_key_one CHECK (id = 1)
);

-- A browser's push subscription. origin: the site address the person subscribed on, for the payload's
-- link when spinewise.public-url is not set (the scheduler has no request to take it from).
CREATE TABLE push_subscription (
    id         UUID                     NOT NULL,
    account_id UUID                     NOT NULL,
    endpoint   VARCHAR(2048)            NOT NULL,
    p256dh     VARCHAR(128)             NOT NULL,
    auth       VARCHAR(32)              NOT NULL,
    origin     VARCHAR(512)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT push_subscription_pk PRIMARY KEY (id),
    CONSTRAINT push_subscription_endpoint UNIQUE (account_id, endpoint),
    CONSTRAINT push_subscription_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Test notifications asked for, to allow a few a minute per person on every node together.
CREATE TABLE push_test (
    account_id UUID                     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT push_test_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX push_test_account_at ON push_test (account_id, at);

-- db-scheduler 16's table (its PostgreSQL script, with VARCHAR keys so that H2 takes it as well).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(250)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(250),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    CONSTRAINT scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
