package pgstore_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
	"github.com/dealbot/dealbot/handlers/storetest"
)

// TestContract runs the store contract that the file store also keeps;
// each handle is a pool of its own, as each replica's would be.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		url := pgtest.URL(t)
		return func(t testing.TB) handlers.Store {
			db, err := pgstore.Open(context.Background(), url, nil)
			if err != nil {
				t.Fatal(err)
			}
			return db
		}
	})
}

// TestDeadOwnerTakenOver: the claim of an owner whose process is gone
// (its connections closed, as after kill -9) is taken over at once,
// without waiting out its lease; a live owner's is held.
func TestDeadOwnerTakenOver(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	openDB := func() *pgstore.DB {
		db, err := pgstore.Open(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	dying, other := openDB(), openDB()
	defer other.Close()
	for _, key := range []string{"C0ALIVE", "C0DEAD"} {
		if c, err := dying.ClaimDigest(ctx, "T1", key, "2026-04-02", "dying", time.Hour); err != nil || c.Status != handlers.ClaimGranted {
			t.Fatalf("first claim of %s: %v, %v", key, c.Status, err)
		}
	}
	if c, err := other.ClaimDigest(ctx, "T1", "C0ALIVE", "2026-04-02", "other", time.Hour); err != nil || c.Status != handlers.ClaimHeld {
		t.Errorf("claim of a live owner's digest: %v, %v; want held", c.Status, err)
	}
	dying.Close()
	// The server ends the closed session, and releases its locks, a
	// moment after the client left: claim as a poster waiting does.
	var c handlers.DigestClaim
	var err error
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		c, err = other.ClaimDigest(ctx, "T1", "C0DEAD", "2026-04-02", "other", time.Hour)
		if err != nil || c.Status != handlers.ClaimHeld {
			break
		}
	}
	if err != nil || c.Status != handlers.ClaimTakenOver {
		t.Errorf("claim of a dead owner's digest: %v, %v; want taken over", c.Status, err)
	}
	if s, err := other.ClaimFeedItem(ctx, "T1", "item", "other", time.Hour); err != nil || s != handlers.ClaimGranted {
		t.Errorf("feed item: %v, %v", s, err)
	}
}

// TestCountQuestion: questions are counted per team and user in the
// current minute, the same through every handle (replica).
func TestCountQuestion(t *testing.T) {
	db, url := open(t)
	other := openHandle(t, url)
	ctx := context.Background()
	for attempt := range 3 {
		u1, u2 := fmt.Sprintf("U1A%d", attempt), fmt.Sprintf("U2A%d", attempt)
		start := time.Now()
		var got []int
		for _, c := range []struct {
			db         *pgstore.DB
			team, user string
		}{{db, "T1", u1}, {other, "T1", u1}, {db, "T1", u1}, {other, "T1", u2}, {db, "T2", u1}} {
			n, left, err := c.db.CountQuestion(ctx, c.team, c.user)
			if err != nil {
				t.Fatal(err)
			}
			if left <= 0 || left > time.Minute {
				t.Errorf("time left in the minute: %v", left)
			}
			got = append(got, n)
		}
		if start.Truncate(time.Minute) != time.Now().Truncate(time.Minute) {
			continue // a new minute began meanwhile: try again with other users
		}
		if want := []int{1, 2, 3, 1, 1}; !slices.Equal(got, want) {
			t.Errorf("counts %v, want %v", got, want)
		}
		return
	}
	t.Fatal("three attempts each straddled a minute")
}

// TestOwnerLockRetaken: when the server drops the connection that keeps
// an owner's lock (a restart, an administrator), the owner's next claim
// takes the lock again, so its claims do not look dead to the others.
func TestOwnerLockRetaken(t *testing.T) {
	db, url := open(t)
	other := openHandle(t, url)
	ctx := context.Background()
	if c, err := db.ClaimDigest(ctx, "T1", "C0ONE", "2026-04-02", "alive", time.Hour); err != nil || c.Status != handlers.ClaimGranted {
		t.Fatalf("first claim: %v, %v", c.Status, err)
	}
	// End every session holding an advisory lock: the owner's.
	pgtest.Exec(t, url, `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
	// The backends end after the call returns: wait until their locks are
	// gone, or the owner's next claim may find its connection still alive.
	pgtest.Eventually(t, url, `SELECT NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`)
	if c, err := db.ClaimDigest(ctx, "T1", "C0TWO", "2026-04-02", "alive", time.Hour); err != nil || c.Status != handlers.ClaimGranted {
		t.Fatalf("claim after the lock was lost: %v, %v", c.Status, err)
	}
	for _, ch := range []string{"C0ONE", "C0TWO"} {
		if c, err := other.ClaimDigest(ctx, "T1", ch, "2026-04-02", "other", time.Hour); err != nil || c.Status != handlers.ClaimHeld {
			t.Errorf("%s: another owner's claim of a live owner's digest: %v, %v; want held", ch, c.Status, err)
		}
	}
}
