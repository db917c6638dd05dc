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
	dir, name, err := s.digestPaths(team, channel)
	if err != nil {
		return out, err
	}
	err = locked(ctx, dir, name, func() error {
		f, err := s.readDigest(dir, name)
		corrupt := errors.Is(err, errCorrupt)
		if err != nil && !corrupt {
			return err
		}
		c := f.Claim
		switch {
		case corrupt:
			// Whatever the file said is lost: claim, but as one whose
			// work may have been done.
			f = digestFile{}
			out.Status = handlers.ClaimTakenOver
		case f.Date == date:
			out = handlers.DigestClaim{Status: handlers.ClaimDone, Record: f.DigestRecord}
			return nil
		case c == nil || c.Date != date || c.Owner == owner:
			out.Status = handlers.ClaimGranted
		case s.stale(*c):
			out.Status = handlers.ClaimTakenOver
		default:
			out = handlers.DigestClaim{Status: handlers.ClaimHeld, Owner: c.Owner}
			return nil
		}
		f.Claim = &claim{Date: date, Owner: owner, Until: s.now().Add(lease)}
		return writeJSON(filepath.Join(dir, name+".json"), f)
	})
	if err != nil {
		return handlers.DigestClaim{}, fmt.Errorf("claim digest: %w", err)
	}
	return out, nil
}

// RecordDigest implements handlers.Store.
func (s *Store) RecordDigest(ctx context.Context, team, channel, date, owner string, rec handlers.DigestRecord) error {
	dir, name, err := s.digestPaths(team, channel)
	if err != nil {
		return err
	}
	err = locked(ctx, dir, name, func() error {
		f, err := s.readDigest(dir, name)
		if err != nil {
			// The record replaces the whole state; an unreadable file
			// must not stop recording a post that happened.
			f = digestFile{}
		}
		rec.Date = date
		f.DigestRecord = rec
		if f.Claim != nil && f.Claim.Date == date {
			f.Claim = nil
		}
		return writeJSON(filepath.Join(dir, name+".json"), f)
	})
	if err != nil {
		return fmt.Errorf("record digest: %w", err)
	}
	return nil
}

// ReleaseDigest implements handlers.Store.
func (s *Store) ReleaseDigest(ctx context.Context, team, channel, date, owner string) error {
	dir, name, err := s.digestPaths(team, channel)
	if err != nil {
		return err
	}
	err = locked(ctx, dir, name, func() error {
		f, err := s.readDigest(dir, name)
		if err != nil {
			return err
		}
		if f.Claim == nil || f.Claim.Date != date || f.Claim.Owner != owner {
			return nil
		}
		f.Claim = nil
		return writeJSON(filepath.Join(dir, name+".json"), f)
	})
	if err != nil {
		return fmt.Errorf("release digest: %w", err)
	}
	return nil
}

// LastDigest implements handlers.Store.
func (s *Store) LastDigest(ctx context.Context, team, channel string) (handlers.DigestRecord, error) {
	dir, name, err := s.digestPaths(team, channel)
	if err != nil {
		return handlers.DigestRecord{}, err
	}
	var f digestFile
	err = locked(ctx, dir, name, func() error {
		f, err = s.readDigest(dir, name)
		return err
	})
	return f.DigestRecord, err
}
