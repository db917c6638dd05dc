package handlers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"
)

// Store is the state the bot's processes share, so that work done once by
// one of them is not done again by another: the events answered, the
// digests posted and the feed items imported. handlers/filestore keeps it
// in files for the processes of one machine; a database store keeps it for
// several machines. Both pass the contract tests in handlers/storetest.
//
// Every key starts with the Slack team (workspace) id, so one store can
// serve several workspaces.
//
// A claim says "I am doing this now". It has an owner (an id unique to one
// process, see NewOwner) and a lease: a claim not recorded or released
// within its lease is stale, because its owner died or hung. A store may
// also find a claim stale sooner when it can tell that the owner is dead
// (the file store checks the process id). A stale claim is not free: its
// owner may have done the work before dying, so whoever takes it over is
// told so (ClaimTakenOver) and must look (in the channel's history) before
// doing the work again. A record says "this is done"; once recorded, a key
// is never claimed again. A release gives a claim up without recording
// it, after the work failed, so another process may try at once.
//
// Every method is atomic across all the processes using the same store:
// of any number of concurrent claims on one free key exactly one gets
// ClaimGranted or ClaimTakenOver.
type Store interface {
	// ClaimEvent claims Slack event id of team for ttl, and reports
	// whether the caller is the first to claim it within ttl. A claim
	// older than ttl has expired: the id may be claimed again, and the
	// store may forget it.
	ClaimEvent(ctx context.Context, team, id string, ttl time.Duration) (bool, error)

	// ClaimDigest claims the digest of channel for date ("2006-01-02").
	// An owner claiming again what it holds gets ClaimGranted again and
	// its lease renewed.
	ClaimDigest(ctx context.Context, team, channel, date, owner string, lease time.Duration) (DigestClaim, error)
	// RecordDigest records that the digest of channel for date was posted
	// as message ts, covering the documents covered. It records whoever
	// holds the claim, since the post happened all the same.
	RecordDigest(ctx context.Context, team, channel, date, owner string, rec DigestRecord) error
	// ReleaseDigest gives up owner's claim on channel's digest for date;
	// it does nothing to a claim owner does not hold or to a record.
	ReleaseDigest(ctx context.Context, team, channel, date, owner string) error
	// LastDigest returns the latest digest recorded for channel, or the
	// zero record when there is none.
	LastDigest(ctx context.Context, team, channel string) (DigestRecord, error)

	// ClaimFeedItem claims the import of a feed item by its key (its GUID,
	// or its link). A recorded item is ClaimDone.
	ClaimFeedItem(ctx context.Context, team, key, owner string, lease time.Duration) (ClaimStatus, error)
	// RecordFeedItem records that the item was handled for good (imported,
	// or refused for a reason that will not pass), with what happened.
	RecordFeedItem(ctx context.Context, team, key, owner, result string) error
	// ReleaseFeedItem gives up owner's claim on an item whose import
	// failed for a reason that may pass, so a later poll tries again.
	ReleaseFeedItem(ctx context.Context, team, key, owner string) error

	// Close releases what the store holds open; claims stay as they are.
	Close() error
}

// ClaimStatus says what a claim found.
type ClaimStatus int

// The results of a claim.
const (
	ClaimGranted   ClaimStatus = iota + 1 // nobody held it: the caller holds it now
	ClaimTakenOver                        // its owner's lease ran out: the caller holds it now, but must look whether the work was done before doing it
	ClaimHeld                             // another owner holds it and its lease runs: leave the work to it
	ClaimDone                             // the work is recorded as done
)

// String names a status for logs and test failures.
func (s ClaimStatus) String() string {
	switch s {
	case ClaimGranted:
		return "granted"
	case ClaimTakenOver:
		return "taken over"
	case ClaimHeld:
		return "held"
	case ClaimDone:
		return "done"
	}
	return "unknown"
}

// Mine reports whether the caller holds the claim and should do the work.
func (s ClaimStatus) Mine() bool { return s == ClaimGranted || s == ClaimTakenOver }

// DigestClaim is the answer to a digest claim.
type DigestClaim struct {
	Status ClaimStatus
	Owner  string       // who holds it, when Held
	Record DigestRecord // what was posted, when Done
}

// DigestRecord is what is remembered of a digest posted.
type DigestRecord struct {
	Date    string   `json:"date"`    // local day, "2006-01-02"
	TS      string   `json:"ts"`      // its message timestamp
	Covered []string `json:"covered"` // the documents it covered: the rest is new next time
}

// ErrBadKey is returned for a key part that is empty or could not be
// stored safely (a team, channel or date with a path separator, say).
var ErrBadKey = errors.New("bad store key")

// NewOwner returns an owner id for this process's claims: its host, its
// process id and a random part, so that no two processes share one, and a
// store on the same host can tell when the owner has died.
func NewOwner() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	var b [6]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}
