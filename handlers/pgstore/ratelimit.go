package pgstore

import (
	"context"
	"fmt"
	"time"
)

// CountQuestion counts one question of user in the current minute of the
// database's clock (the same for every replica), with one INSERT … ON
// CONFLICT DO UPDATE that adds one, and returns the count and the time
// left in the minute. It is not retried: the caller falls back on its own
// count at once, as a question waits for it. Counts of past minutes are
// purged once a minute.
func (db *DB) CountQuestion(ctx context.Context, team, user string) (int, time.Duration, error) {
	if err := checkKey("team", team, "user", user); err != nil {
		return 0, 0, err
	}
	db.purgeCounts(ctx)
	var n int
	var left float64
	err := db.pool.QueryRow(ctx, `INSERT INTO question_counts (team_id, user_id, minute, n)
		VALUES ($1, $2, date_trunc('minute', now()), 1)
		ON CONFLICT (team_id, user_id, minute) DO UPDATE SET n = question_counts.n + 1
		RETURNING n, 60 - extract(epoch FROM now() - date_trunc('minute', now()))`, team, user).Scan(&n, &left)
	db.observe(err)
	if err != nil {
		return 0, 0, fmt.Errorf("count question: %w", err)
	}
	return n, time.Duration(left * float64(time.Second)), nil
}

// purgeCounts deletes the counts of past minutes, at most once a
// purgeEvery per handle; a failure is left for the next time.
func (db *DB) purgeCounts(ctx context.Context) {
	if db.due(&db.countsPurged) {
		_, err := db.pool.Exec(ctx, `DELETE FROM question_counts WHERE minute < date_trunc('minute', now())`)
		db.observe(err)
	}
}
