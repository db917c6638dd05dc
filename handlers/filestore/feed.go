package filestore

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// feedFile is a team's feed state: the items handled for good, by key,
// and the items being imported.
type feedFile struct {
	Items  map[string]handledItem `json:"items"`
	Claims map[string]claim       `json:"claims,omitempty"`
}

// handledItem is the form older versions wrote too.
type handledItem struct {
	Handled time.Time `json:"handled"`
	Result  string    `json:"result"`
}

const feedName = "feeds"

// updateFeeds runs f on the team's feed state under its lock and writes
// the state back when f reports a change.
func (s *Store) updateFeeds(ctx context.Context, team, key string, f func(*feedFile) bool) error {
	if key == "" {
		return fmt.Errorf("%w: empty feed item key", handlers.ErrBadKey)
	}
	dir, err := s.teamDir(team)
	if err != nil {
		return err
	}
	return locked(ctx, dir, feedName, func() error {
		var st feedFile
		path := filepath.Join(dir, feedName+".json")
		ok, err := readJSON(path, &st)
		if err == nil && !ok {
			_, err = readJSON(filepath.Join(s.dir, feedName+".json"), &st)
		}
		if err != nil {
			return fmt.Errorf("read feed state: %w", err)
		}
		if st.Items == nil {
			st.Items = map[string]handledItem{}
		}
		if st.Claims == nil {
			st.Claims = map[string]claim{}
		}
		if !f(&st) {
			return nil
		}
		return writeJSON(path, st)
	})
}

// ClaimFeedItem implements handlers.Store.
func (s *Store) ClaimFeedItem(ctx context.Context, team, key, owner string, lease time.Duration) (handlers.ClaimStatus, error) {
	if owner == "" {
		return 0, errors.New("claim feed item: no owner")
	}
	var out handlers.ClaimStatus
	err := s.updateFeeds(ctx, team, key, func(st *feedFile) bool {
		if _, done := st.Items[key]; done {
			out = handlers.ClaimDone
			return false
		}
		c, held := st.Claims[key]
		switch {
		case !held || c.Owner == owner:
			out = handlers.ClaimGranted
		case s.stale(c):
			out = handlers.ClaimTakenOver
		default:
			out = handlers.ClaimHeld
			return false
		}
		st.Claims[key] = claim{Owner: owner, Until: s.now().Add(lease)}
		return true
	})
	if err != nil {
		return 0, fmt.Errorf("claim feed item: %w", err)
	}
	return out, nil
}

// RecordFeedItem implements handlers.Store.
func (s *Store) RecordFeedItem(ctx context.Context, team, key, owner, result string) error {
	err := s.updateFeeds(ctx, team, key, func(st *feedFile) bool {
		st.Items[key] = handledItem{Handled: s.now().UTC(), Result: result}
		delete(st.Claims, key)
		return true
	})
	if err != nil {
		return fmt.Errorf("record feed item: %w", err)
	}
	return nil
}

// ReleaseFeedItem implements handlers.Store.
func (s *Store) ReleaseFeedItem(ctx context.Context, team, key, owner string) error {
	err := s.updateFeeds(ctx, team, key, func(st *feedFile) bool {
		if c, ok := st.Claims[key]; !ok || c.Owner != owner {
			return false
		}
		delete(st.Claims, key)
		return true
	})
	if err != nil {
		return fmt.Errorf("release feed item: %w", err)
	}
	return nil
}
