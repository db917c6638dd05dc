package filestore

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// digestFile is one channel's digest state.
type digestFile struct {
	handlers.DigestRecord        // the last digest posted
	Claim                 *claim `json:"claim,omitempty"`
}

func (s *Store) digestPaths(team, channel string) (dir, name string, err error) {
	if !channelPattern.MatchString(channel) {
		return "", "", fmt.Errorf("%w: channel %q", handlers.ErrBadKey, channel)
	}
	dir, err = s.teamDir(team)
	return dir, "digest-" + channel, err
}

// readDigest reads a channel's state; a team without one falls back to the
// single-team file of older versions.
func (s *Store) readDigest(dir, name string) (digestFile, error) {
	var f digestFile
	ok, err := readJSON(filepath.Join(dir, name+".json"), &f)
	if err == nil && !ok {
		_, err = readJSON(filepath.Join(s.dir, name+".json"), &f.DigestRecord)
	}
	if err != nil {
		return digestFile{}, fmt.Errorf("read digest state: %w", err)
	}
	return f, nil
}

// ClaimDigest implements handlers.Store.
func (s *Store) ClaimDigest(ctx context.Context, team, channel, date, owner string, lease time.Duration) (handlers.DigestClaim, error) {
	var out handlers.DigestClaim
	if !datePattern.MatchString(date) || owner == "" {
		return out, fmt.Errorf("%w: date %q, owner %q", handlers.ErrBadKey, date, owner)
	}
	err := s.editDigest(ctx, team, channel, func(f *digestFile, err error) (bool, error) {
		corrupt := errors.Is(err, errCorrupt)
		if err != nil && !corrupt {
			return false, err
		}
		c := f.Claim
		switch {
		case corrupt:
			// Whatever the file said is lost: claim, but as one whose
			// work may have been done.
			*f = digestFile{}
			out.Status = handlers.ClaimTakenOver
		case f.Date == date:
			out = handlers.DigestClaim{Status: handlers.ClaimDone, Record: f.DigestRecord}
			return false, nil
		case c == nil || c.Date != date || c.Owner == owner:
			out.Status = handlers.ClaimGranted
		case s.stale(*c):
			out.Status = handlers.ClaimTakenOver
		default:
			out = handlers.DigestClaim{Status: handlers.ClaimHeld, Owner: c.Owner}
			return false, nil
		}
		f.Claim = &claim{Date: date, Owner: owner, Until: s.now().Add(lease)}
		return true, nil
	})
	if err != nil {
		return handlers.DigestClaim{}, fmt.Errorf("claim digest: %w", err)
	}
	return out, nil
}

// RecordDigest implements handlers.Store.
func (s *Store) RecordDigest(ctx context.Context, team, channel, date, owner string, rec handlers.DigestRecord) error {
	err := s.editDigest(ctx, team, channel, func(f *digestFile, err error) (bool, error) {
		if err != nil {
			// The record replaces the whole state; an unreadable file
			// must not stop recording a post that happened.
			*f = digestFile{}
		}
		rec.Date = date
		f.DigestRecord = rec
		if f.Claim != nil && f.Claim.Date == date {
			f.Claim = nil
		}
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("record digest: %w", err)
	}
	return nil
}

// ReleaseDigest implements handlers.Store.
func (s *Store) ReleaseDigest(ctx context.Context, team, channel, date, owner string) error {
	err := s.editDigest(ctx, team, channel, func(f *digestFile, err error) (bool, error) {
		if err != nil {
			return false, err
		}
		if f.Claim == nil || f.Claim.Date != date || f.Claim.Owner != owner {
			return false, nil
		}
		f.Claim = nil
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("release digest: %w", err)
	}
	return nil
}

// LastDigest implements handlers.Store.
func (s *Store) LastDigest(ctx context.Context, team, channel string) (handlers.DigestRecord, error) {
	var last handlers.DigestRecord
	err := s.editDigest(ctx, team, channel, func(f *digestFile, err error) (bool, error) {
		last = f.DigestRecord
		return false, err
	})
	return last, err
}

// editDigest reads a channel's state under its lock, lets edit change it
// (edit is given the read error, and the zero state with it), and writes
// it back when edit says so.
func (s *Store) editDigest(ctx context.Context, team, channel string, edit func(f *digestFile, readErr error) (write bool, err error)) error {
	dir, name, err := s.digestPaths(team, channel)
	if err != nil {
		return err
	}
	return locked(ctx, dir, name, func() error {
		f, err := s.readDigest(dir, name)
		write, err := edit(&f, err)
		if err != nil || !write {
			return err
		}
		return writeJSON(filepath.Join(dir, name+".json"), f)
	})
}
