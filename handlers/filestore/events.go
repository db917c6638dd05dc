package filestore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// purgeEvery is how often a process removes the expired event files of a
// team.
const purgeEvery = 10 * time.Minute

// ClaimEvent implements handlers.Store. An event is an empty file named by
// a hash of its id; the file's modification time is the claim's. The
// first claim is one exclusive create and takes no lock; only renewing an
// expired claim and purging run under the team's events lock.
func (s *Store) ClaimEvent(ctx context.Context, team, id string, ttl time.Duration) (bool, error) {
	if id == "" {
		return false, fmt.Errorf("%w: empty event id", handlers.ErrBadKey)
	}
	tdir, err := s.teamDir(team)
	if err != nil {
		return false, err
	}
	dir := filepath.Join(tdir, "events")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, fmt.Errorf("claim event: %w", err)
	}
	s.purgeEvents(ctx, tdir, dir, ttl)
	path := filepath.Join(dir, hashKey(id))
	for range 3 {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			return true, f.Close()
		}
		if !errors.Is(err, fs.ErrExist) {
			return false, fmt.Errorf("claim event: %w", err)
		}
		fi, err := os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // purged meanwhile: create again
		}
		if err != nil {
			return false, fmt.Errorf("claim event: %w", err)
		}
		if s.now().Sub(fi.ModTime()) < ttl {
			return false, nil
		}
		first := false
		err = locked(ctx, tdir, "events", func() error {
			fi, err := os.Stat(path)
			if err != nil || s.now().Sub(fi.ModTime()) < ttl {
				return err // gone (try creating again) or renewed by another
			}
			first = true
			now := s.now()
			return os.Chtimes(path, now, now)
		})
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return false, fmt.Errorf("claim event: %w", err)
		}
		return first, nil
	}
	return false, errors.New("claim event: the claim file keeps disappearing")
}

// purgeEvents removes the event files older than ttl, at most once every
// purgeEvery per team and process. Failing to purge only costs disk space.
func (s *Store) purgeEvents(ctx context.Context, tdir, dir string, ttl time.Duration) {
	team := filepath.Base(tdir)
	s.mu.Lock()
	due := s.now().Sub(s.lastPurge[team]) >= purgeEvery
	if due {
		s.lastPurge[team] = s.now()
	}
	s.mu.Unlock()
	if !due {
		return
	}
	_ = locked(ctx, tdir, "events", func() error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && s.now().Sub(fi.ModTime()) >= ttl {
				os.Remove(filepath.Join(dir, e.Name()))
			}
		}
		return nil
	})
}
