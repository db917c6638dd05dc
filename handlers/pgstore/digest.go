package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dealbot/dealbot/handlers"
)

// day parses a digest date, "2006-01-02".
func day(date string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: date %q", handlers.ErrBadKey, date)
	}
	return d, nil
}

// ClaimDigest implements handlers.Store on the row (team, channel, date)
// of the digests table.
func (db *DB) ClaimDigest(ctx context.Context, team, channel, date, owner string, lease time.Duration) (handlers.DigestClaim, error) {
	if err := checkKey("team", team, "channel", channel, "owner", owner); err != nil {
		return handlers.DigestClaim{}, err
	}
	if _, err := day(date); err != nil {
		return handlers.DigestClaim{}, err
	}
	status, holder, err := db.claim(ctx, digestClaims, []string{team, channel, date}, owner, lease)
	if err != nil {
		return handlers.DigestClaim{}, fmt.Errorf("claim digest: %w", err)
	}
	out := handlers.DigestClaim{Status: status}
	switch status {
	case handlers.ClaimHeld:
		out.Owner = holder
	case handlers.ClaimDone:
		rec, err := db.readDigest(ctx, `SELECT day, ts, covered FROM digests
			WHERE team_id = $1 AND channel_id = $2 AND day = $3`, team, channel, date)
		if err != nil {
			return handlers.DigestClaim{}, fmt.Errorf("claim digest: %w", err)
		}
		out.Record = rec
	}
	return out, nil
}

// RecordDigest implements handlers.Store: it sets the row's ts and
// covered documents, whoever holds the claim, creating the row if a
// claim was lost.
func (db *DB) RecordDigest(ctx context.Context, team, channel, date, owner string, rec handlers.DigestRecord) error {
	if err := checkKey("team", team, "channel", channel, "message ts", rec.TS); err != nil {
		return err
	}
	if _, err := day(date); err != nil {
		return err
	}
	covered := rec.Covered
	if covered == nil {
		covered = []string{}
	}
	err := db.retry(ctx, "record digest", false, func(ctx context.Context) error {
		_, err := db.pool.Exec(ctx, `INSERT INTO digests (team_id, channel_id, day, owner, lease_until, ts, covered, recorded_at)
			VALUES ($1, $2, $3, $4, now(), $5, $6, now())
			ON CONFLICT (team_id, channel_id, day) DO UPDATE SET ts = EXCLUDED.ts, covered = EXCLUDED.covered, recorded_at = now()`,
			team, channel, date, owner, rec.TS, covered)
		return err
	})
	if err != nil {
		return fmt.Errorf("record digest: %w", err)
	}
	return nil
}

// ReleaseDigest implements handlers.Store.
func (db *DB) ReleaseDigest(ctx context.Context, team, channel, date, owner string) error {
	if _, err := day(date); err != nil {
		return err
	}
	if err := db.release(ctx, digestClaims, []string{team, channel, date}, owner); err != nil {
		return fmt.Errorf("release digest: %w", err)
	}
	return nil
}

// LastDigest implements handlers.Store: the latest day recorded.
func (db *DB) LastDigest(ctx context.Context, team, channel string) (handlers.DigestRecord, error) {
	rec, err := db.readDigest(ctx, `SELECT day, ts, covered FROM digests
		WHERE team_id = $1 AND channel_id = $2 AND ts IS NOT NULL ORDER BY day DESC LIMIT 1`, team, channel)
	if errors.Is(err, pgx.ErrNoRows) {
		return handlers.DigestRecord{}, nil
	}
	if err != nil {
		return handlers.DigestRecord{}, fmt.Errorf("read the last digest: %w", err)
	}
	return rec, nil
}

func (db *DB) readDigest(ctx context.Context, query string, args ...any) (handlers.DigestRecord, error) {
	var rec handlers.DigestRecord
	err := db.retry(ctx, "read digest", false, func(ctx context.Context) error {
		var d time.Time
		var ts *string
		if err := db.pool.QueryRow(ctx, query, args...).Scan(&d, &ts, &rec.Covered); err != nil {
			return err
		}
		rec.Date = d.Format(time.DateOnly)
		if ts != nil {
			rec.TS = *ts
		}
		return nil
	})
	return rec, err
}
