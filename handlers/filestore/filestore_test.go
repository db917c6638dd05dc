package filestore_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		dir := t.TempDir()
		return func(t testing.TB) handlers.Store {
			s, err := filestore.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
	})
}

// claimerEnv makes the test binary a process that claims a digest in the
// store named by its value and exits without recording or releasing it:
// a poster that died half-way.
const claimerEnv = "FILESTORE_TEST_CLAIM_AND_DIE"

func TestMain(m *testing.M) {
	if dir := os.Getenv(claimerEnv); dir != "" {
		s, err := filestore.Open(dir)
		if err == nil {
			_, err = s.ClaimDigest(context.Background(), "T1", "C1", "2026-04-02", handlers.NewOwner(), time.Hour)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestDeadOwner: a claim whose owner process has died is stale at once,
// though its lease runs for an hour; one of a live process is held.
func TestDeadOwner(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), claimerEnv+"="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("claimer: %v\n%s", err, out)
	}
	s, err := filestore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	me := handlers.NewOwner()
	c, err := s.ClaimDigest(ctx, "T1", "C1", "2026-04-02", me, time.Hour)
	if err != nil || c.Status != handlers.ClaimTakenOver {
		t.Fatalf("claim after the owner died = %v, %v; want taken over", c.Status, err)
	}
	c, err = s.ClaimDigest(ctx, "T1", "C1", "2026-04-02", handlers.NewOwner(), time.Hour)
	if err != nil || c.Status != handlers.ClaimHeld || c.Owner != me {
		t.Fatalf("claim while a live process holds it = %+v, %v; want held by %s", c, err, me)
	}
}

// TestOlderStateFiles: the single-team files of older versions are read
// for a team that has none of its own.
func TestOlderStateFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "digest-C1.json"), []byte(`{"date":"2026-04-01","ts":"1.000001","covered":["a"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "feeds.json"), []byte(`{"items":{"guid-1":{"link":"https://x.example/1","handled":"2026-04-01T00:00:00Z","result":"imported a.md"}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := filestore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	last, err := s.LastDigest(ctx, "T1", "C1")
	if err != nil || last.Date != "2026-04-01" || last.TS != "1.000001" {
		t.Errorf("LastDigest = %+v, %v; want the older file's record", last, err)
	}
	st, err := s.ClaimFeedItem(ctx, "T1", "guid-1", "a", time.Hour)
	if err != nil || st != handlers.ClaimDone {
		t.Errorf("ClaimFeedItem of an item the older file lists = %v, %v; want done", st, err)
	}
}
