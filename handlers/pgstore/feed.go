package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// ClaimFeedItem implements handlers.Store on the row (team, key) of the
// feed_items table.
func (db *DB) ClaimFeedItem(ctx context.Context, team, key, owner string, lease time.Duration) (handlers.ClaimStatus, error) {
	if err := checkKey("team", team, "feed item key", key, "owner", owner); err != nil {
		return 0, err
	}
	status, _, err := db.claim(ctx, feedClaims, []string{team, key}, owner, lease)
	if err != nil {
		return 0, fmt.Errorf("claim feed item: %w", err)
	}
	return status, nil
}

// RecordFeedItem implements handlers.Store.
func (db *DB) RecordFeedItem(ctx context.Context, team, key, owner, result string) error {
	if err := checkKey("team", team, "feed item key", key); err != nil {
		return err
	}
	err := db.retry(ctx, "record feed item", false, func(ctx context.Context) error {
		_, err := db.pool.Exec(ctx, `INSERT INTO feed_items (team_id, item_key, owner, lease_until, result, recorded_at)
			VALUES ($1, $2, $3, now(), $4, now())
			ON CONFLICT (team_id, item_key) DO UPDATE SET result = EXCLUDED.result, recorded_at = now()`,
			team, key, owner, result)
		return err
	})
	if err != nil {
		return fmt.Errorf("record feed item: %w", err)
	}
	return nil
}

// ReleaseFeedItem implements handlers.Store.
func (db *DB) ReleaseFeedItem(ctx context.Context, team, key, owner string) error {
	if err := db.release(ctx, feedClaims, []string{team, key}, owner); err != nil {
		return fmt.Errorf("release feed item: %w", err)
	}
	return nil
}
