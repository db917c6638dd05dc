-- The state replicas share (handlers.Store). Every key starts with the
-- Slack team id. Times are the database's clock, the same for every replica.

-- Slack event ids answered; a row whose expiry passed may be claimed
-- again, and is purged.
CREATE TABLE events (
    team_id    text NOT NULL,
    event_id   text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, event_id)
);
CREATE INDEX events_expires_at ON events (expires_at);

-- One row per channel and day: claimed by owner until lease_until, then
-- recorded (ts set) once posted.
CREATE TABLE digests (
    team_id     text NOT NULL,
    channel_id  text NOT NULL,
    day         date NOT NULL,
    owner       text NOT NULL,
    lease_until timestamptz NOT NULL,
    ts          text,            -- the message posted; NULL while only claimed
    covered     text[] NOT NULL DEFAULT '{}',
    recorded_at timestamptz,
    PRIMARY KEY (team_id, channel_id, day)
);

-- Feed items: claimed while being imported, recorded (result set) once
-- handled for good.
CREATE TABLE feed_items (
    team_id     text NOT NULL,
    item_key    text NOT NULL,   -- the item's GUID, or its link
    owner       text NOT NULL,
    lease_until timestamptz NOT NULL,
    result      text,            -- "imported FILE" or why not; NULL while only claimed
    recorded_at timestamptz,
    PRIMARY KEY (team_id, item_key)
);
