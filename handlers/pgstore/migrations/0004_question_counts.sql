-- Questions asked per user and clock minute, across every replica, for
-- the per-user question limit. Rows of past minutes are purged.
CREATE TABLE question_counts (
    team_id text NOT NULL,
    user_id text NOT NULL,
    minute  timestamptz NOT NULL,
    n       integer NOT NULL,
    PRIMARY KEY (team_id, user_id, minute)
);
CREATE INDEX question_counts_minute ON question_counts (minute);
