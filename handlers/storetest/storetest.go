// Package storetest is the contract every handlers.Store keeps, as tests
// that any implementation runs on itself:
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) storetest.Opener {
//			dir := t.TempDir()
//			return func(t testing.TB) handlers.Store { s, err := filestore.Open(dir); … ; return s }
//		})
//	}
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// Opener opens a handle on one store's state. Every handle an Opener opens
// sees the same state, as the handles of two processes would; the tests
// close them.
type Opener func(t testing.TB) handlers.Store

// Run runs the contract tests. fresh returns an Opener on new, empty
// state, once for each test.
func Run(t *testing.T, fresh func(t *testing.T) Opener) {
	t.Run("Events", func(t *testing.T) { testEvents(t, fresh) })
	t.Run("Digest", func(t *testing.T) { testDigest(t, fresh) })
	t.Run("FeedItems", func(t *testing.T) { testFeedItems(t, fresh) })
}

// open opens a handle and closes it when the test ends.
func open(t *testing.T, o Opener) handlers.Store {
	t.Helper()
	s := o(t)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

const (
	team  = "T0TEAM01"
	team2 = "T0TEAM02"
	long  = time.Hour
	short = 30 * time.Millisecond // a lease or ttl the tests wait out
)

// outlive sleeps until a claim made with the short lease has run out.
func outlive() { time.Sleep(3 * short) }

// concurrently runs f n times at once, over handles of its own, and
// returns what each run returned.
func concurrently[T any](t *testing.T, o Opener, n int, f func(s handlers.Store, i int) (T, error)) []T {
	t.Helper()
	handles := make([]handlers.Store, 4)
	for i := range handles {
		handles[i] = open(t, o)
	}
	out := make([]T, n)
	errs := make([]error, n)
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			out[i], errs[i] = f(handles[i%len(handles)], i)
		}()
	}
	start.Done()
	done.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	return out
}

func testEvents(t *testing.T, fresh func(t *testing.T) Opener) {
	ctx := context.Background()
	claim := func(t *testing.T, s handlers.Store, team, id string, ttl time.Duration, want bool) {
		t.Helper()
		got, err := s.ClaimEvent(ctx, team, id, ttl)
		if err != nil {
			t.Fatalf("ClaimEvent(%s, %s): %v", team, id, err)
		}
		if got != want {
			t.Errorf("ClaimEvent(%s, %s) = %v, want %v", team, id, got, want)
		}
	}
	t.Run("FirstOnly", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, "Ev01", long, true)
		claim(t, s, team, "Ev01", long, false)
		claim(t, s, team, "Ev02", long, true)
	})
	t.Run("OtherHandle", func(t *testing.T) {
		o := fresh(t)
		claim(t, open(t, o), team, "Ev01", long, true)
		claim(t, open(t, o), team, "Ev01", long, false)
	})
	t.Run("TeamsApart", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, "Ev01", long, true)
		claim(t, s, team2, "Ev01", long, true)
	})
	t.Run("ExpiresByAge", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, "Ev01", short, true)
		outlive()
		claim(t, s, team, "Ev01", short, true)
		claim(t, s, team, "Ev01", long, false)
	})
	t.Run("ManyIDs", func(t *testing.T) {
		// Not capped by count: the first of 2,000 ids is still known.
		s := open(t, fresh(t))
		for i := range 2000 {
			claim(t, s, team, fmt.Sprintf("Ev%05d", i), long, true)
		}
		claim(t, s, team, "Ev00000", long, false)
	})
	t.Run("Concurrent", func(t *testing.T) {
		got := concurrently(t, fresh(t), 16, func(s handlers.Store, _ int) (bool, error) {
			return s.ClaimEvent(ctx, team, "Ev01", long)
		})
		if n := count(got, true); n != 1 {
			t.Errorf("%d of %d concurrent claims won, want 1", n, len(got))
		}
	})
	t.Run("ConcurrentExpired", func(t *testing.T) {
		o := fresh(t)
		claim(t, open(t, o), team, "Ev01", short, true)
		// The new claims last half a second, the old one is a second old:
		// with the short ttl, a claim that ran 30 ms after the winner (on
		// a loaded machine, under the race detector) would rightly find
		// the winner's claim expired too.
		time.Sleep(time.Second)
		got := concurrently(t, o, 16, func(s handlers.Store, _ int) (bool, error) {
			return s.ClaimEvent(ctx, team, "Ev01", 500*time.Millisecond)
		})
		if n := count(got, true); n != 1 {
			t.Errorf("%d of %d concurrent claims of an expired id won, want 1", n, len(got))
		}
	})
	t.Run("EmptyKey", func(t *testing.T) {
		s := open(t, fresh(t))
		if _, err := s.ClaimEvent(ctx, "", "Ev01", long); err == nil {
			t.Error("ClaimEvent with no team: no error")
		}
		if _, err := s.ClaimEvent(ctx, team, "", long); err == nil {
			t.Error("ClaimEvent with no id: no error")
		}
	})
}

func count[T comparable](xs []T, x T) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

func testDigest(t *testing.T, fresh func(t *testing.T) Opener) {
	ctx := context.Background()
	const ch, day, next = "C0CHAN01", "2026-04-02", "2026-04-03"
	claim := func(t *testing.T, s handlers.Store, team, date, owner string, lease time.Duration, want handlers.ClaimStatus) handlers.DigestClaim {
		t.Helper()
		got, err := s.ClaimDigest(ctx, team, ch, date, owner, lease)
		if err != nil {
			t.Fatalf("ClaimDigest(%s, %s, %s): %v", team, date, owner, err)
		}
		if got.Status != want {
			t.Errorf("ClaimDigest(%s, %s, %s) = %v, want %v", team, date, owner, got.Status, want)
		}
		return got
	}
	record := func(t *testing.T, s handlers.Store, date, owner, ts string) {
		t.Helper()
		if err := s.RecordDigest(ctx, team, ch, date, owner, handlers.DigestRecord{TS: ts, Covered: []string{"a.md", "b.md"}}); err != nil {
			t.Fatalf("RecordDigest: %v", err)
		}
	}
	t.Run("GrantedThenHeld", func(t *testing.T) {
		o := fresh(t)
		claim(t, open(t, o), team, day, "a", long, handlers.ClaimGranted)
		got := claim(t, open(t, o), team, day, "b", long, handlers.ClaimHeld)
		if got.Owner != "a" {
			t.Errorf("held by %q, want %q", got.Owner, "a")
		}
		claim(t, open(t, o), team, day, "a", long, handlers.ClaimGranted)
	})
	t.Run("RecordedIsDone", func(t *testing.T) {
		o := fresh(t)
		s := open(t, o)
		claim(t, s, team, day, "a", long, handlers.ClaimGranted)
		record(t, s, day, "a", "1700000000.000100")
		got := claim(t, open(t, o), team, day, "b", long, handlers.ClaimDone)
		if got.Record.TS != "1700000000.000100" || got.Record.Date != day {
			t.Errorf("done with record %+v, want ts 1700000000.000100 on %s", got.Record, day)
		}
		claim(t, s, team, day, "a", long, handlers.ClaimDone)
		last, err := open(t, o).LastDigest(ctx, team, ch)
		if err != nil {
			t.Fatal(err)
		}
		want := handlers.DigestRecord{Date: day, TS: "1700000000.000100", Covered: []string{"a.md", "b.md"}}
		if last.Date != want.Date || last.TS != want.TS || !slices.Equal(last.Covered, want.Covered) {
			t.Errorf("LastDigest = %+v, want %+v", last, want)
		}
		claim(t, s, team, next, "b", long, handlers.ClaimGranted)
	})
	t.Run("NothingRecorded", func(t *testing.T) {
		last, err := open(t, fresh(t)).LastDigest(ctx, team, ch)
		if err != nil {
			t.Fatal(err)
		}
		if last.Date != "" || last.TS != "" || len(last.Covered) != 0 {
			t.Errorf("LastDigest of a new store = %+v, want the zero record", last)
		}
	})
	t.Run("Release", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, day, "a", long, handlers.ClaimGranted)
		if err := s.ReleaseDigest(ctx, team, ch, day, "b"); err != nil {
			t.Fatal(err)
		}
		claim(t, s, team, day, "c", long, handlers.ClaimHeld)
		if err := s.ReleaseDigest(ctx, team, ch, day, "a"); err != nil {
			t.Fatal(err)
		}
		claim(t, s, team, day, "c", long, handlers.ClaimGranted)
	})
	t.Run("StaleTakenOver", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, day, "a", short, handlers.ClaimGranted)
		outlive()
		claim(t, s, team, day, "b", long, handlers.ClaimTakenOver)
		claim(t, s, team, day, "a", long, handlers.ClaimHeld)
	})
	t.Run("DaysAndTeamsApart", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, day, "a", long, handlers.ClaimGranted)
		claim(t, s, team2, day, "b", long, handlers.ClaimGranted)
		claim(t, s, team, next, "b", long, handlers.ClaimGranted)
	})
	t.Run("Concurrent", func(t *testing.T) {
		got := concurrently(t, fresh(t), 16, func(s handlers.Store, i int) (handlers.ClaimStatus, error) {
			c, err := s.ClaimDigest(ctx, team, ch, day, fmt.Sprintf("owner%d", i), long)
			return c.Status, err
		})
		if n := count(got, handlers.ClaimGranted); n != 1 || count(got, handlers.ClaimHeld) != len(got)-1 {
			t.Errorf("concurrent claims gave %v, want one granted and the rest held", got)
		}
	})
	t.Run("ConcurrentTakeOver", func(t *testing.T) {
		o := fresh(t)
		claim(t, open(t, o), team, day, "dead", short, handlers.ClaimGranted)
		outlive()
		got := concurrently(t, o, 16, func(s handlers.Store, i int) (handlers.ClaimStatus, error) {
			c, err := s.ClaimDigest(ctx, team, ch, day, fmt.Sprintf("owner%d", i), long)
			return c.Status, err
		})
		if n := count(got, handlers.ClaimTakenOver); n != 1 || count(got, handlers.ClaimHeld) != len(got)-1 {
			t.Errorf("concurrent claims of a stale claim gave %v, want one taken over and the rest held", got)
		}
	})
	t.Run("EmptyKey", func(t *testing.T) {
		s := open(t, fresh(t))
		if _, err := s.ClaimDigest(ctx, "", ch, day, "a", long); err == nil {
			t.Error("ClaimDigest with no team: no error")
		}
		if _, err := s.ClaimDigest(ctx, team, "", day, "a", long); err == nil {
			t.Error("ClaimDigest with no channel: no error")
		}
	})
}

func testFeedItems(t *testing.T, fresh func(t *testing.T) Opener) {
	ctx := context.Background()
	const item = "https://news.example/2026/04/trade-deal?id=1"
	claim := func(t *testing.T, s handlers.Store, team, owner string, lease time.Duration, want handlers.ClaimStatus) {
		t.Helper()
		got, err := s.ClaimFeedItem(ctx, team, item, owner, lease)
		if err != nil {
			t.Fatalf("ClaimFeedItem(%s, %s): %v", team, owner, err)
		}
		if got != want {
			t.Errorf("ClaimFeedItem(%s, %s) = %v, want %v", team, owner, got, want)
		}
	}
	t.Run("Lifecycle", func(t *testing.T) {
		o := fresh(t)
		s := open(t, o)
		claim(t, s, team, "a", long, handlers.ClaimGranted)
		claim(t, open(t, o), team, "b", long, handlers.ClaimHeld)
		claim(t, s, team2, "b", long, handlers.ClaimGranted)
		if err := s.ReleaseFeedItem(ctx, team, item, "a"); err != nil {
			t.Fatal(err)
		}
		claim(t, open(t, o), team, "b", long, handlers.ClaimGranted)
		if err := s.RecordFeedItem(ctx, team, item, "b", "imported 2026-04-02-trade-deal.md"); err != nil {
			t.Fatal(err)
		}
		claim(t, open(t, o), team, "c", long, handlers.ClaimDone)
		claim(t, s, team2, "b", long, handlers.ClaimGranted)
	})
	t.Run("StaleTakenOver", func(t *testing.T) {
		s := open(t, fresh(t))
		claim(t, s, team, "a", short, handlers.ClaimGranted)
		outlive()
		claim(t, s, team, "b", long, handlers.ClaimTakenOver)
		claim(t, s, team, "a", long, handlers.ClaimHeld)
	})
	t.Run("Concurrent", func(t *testing.T) {
		got := concurrently(t, fresh(t), 16, func(s handlers.Store, i int) (handlers.ClaimStatus, error) {
			return s.ClaimFeedItem(ctx, team, item, fmt.Sprintf("owner%d", i), long)
		})
		if n := count(got, handlers.ClaimGranted); n != 1 || count(got, handlers.ClaimHeld) != len(got)-1 {
			t.Errorf("concurrent claims gave %v, want one granted and the rest held", got)
		}
	})
}
