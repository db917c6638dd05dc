package pgstore_test

import (
	"context"
	"net"
	neturl "net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
)

// open opens a fresh database for the test.
func open(t *testing.T) (*pgstore.DB, string) {
	t.Helper()
	url := pgtest.URL(t)
	return openHandle(t, url), url
}

// openHandle opens another handle (a pool of its own, as a replica's) on
// the database at url, closed when the test ends.
func openHandle(t *testing.T, url string) *pgstore.DB {
	t.Helper()
	db, err := pgstore.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenUnreachableNamesHostNotPassword(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err = pgstore.Open(ctx, "postgres://dealbot:s3cret-pw@"+addr+"/coverage", nil)
	if err == nil {
		t.Fatal("Open succeeded with no server")
	}
	msg := err.Error()
	if !strings.Contains(msg, addr+"/coverage") || !strings.Contains(msg, "DEALBOT_DATABASE_URL") {
		t.Errorf("error %q does not name %s/coverage and the setting", msg, addr)
	}
	if strings.Contains(msg, "s3cret-pw") {
		t.Errorf("error %q shows the password", msg)
	}
}

func TestOpenBadURL(t *testing.T) {
	_, err := pgstore.Open(context.Background(), "postgres://dealbot:s3cret-pw@host:notaport/db", nil)
	if err == nil {
		t.Fatal("Open accepted a URL with a bad port")
	}
	if strings.Contains(err.Error(), "s3cret-pw") || !strings.Contains(err.Error(), "DEALBOT_DATABASE_URL") {
		t.Errorf("error %q: want the setting named and no password", err)
	}
}

// Replicas that start together all migrate: each migration must be
// applied once and every Open succeed.
func TestMigrateConcurrently(t *testing.T) {
	url := pgtest.URL(t)
	const replicas = 8
	var wg sync.WaitGroup
	errs := make([]error, replicas)
	for i := range replicas {
		wg.Go(func() {
			db, err := pgstore.Open(context.Background(), url, nil)
			if err == nil {
				db.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("replica %d: %v", i, err)
		}
	}
	db, err := pgstore.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(context.Background()); err != nil {
		t.Errorf("Migrate on an up-to-date database: %v", err)
	}
	pgtest.Exec(t, url, `DO $$ BEGIN
		IF (SELECT count(*) FROM schema_migrations) <> (SELECT count(DISTINCT version) FROM schema_migrations) THEN
			RAISE 'a migration was recorded twice';
		END IF;
		IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 1) THEN
			RAISE 'migration 1 not recorded';
		END IF;
	END $$`)
}

func TestHealth(t *testing.T) {
	db, url := open(t)
	if err := db.Health(context.Background()); err != nil {
		t.Fatalf("Health on a live database: %v", err)
	}
	// Drop the database under the pool: every new connection fails.
	db.Close()
	db2 := openHandle(t, url)
	u, _ := neturl.Parse(url)
	name := strings.TrimPrefix(u.Path, "/")
	u.Path = "/postgres"
	pgtest.Exec(t, u.String(), "DROP DATABASE "+name+" WITH (FORCE)")
	err := db2.Health(context.Background())
	if err == nil {
		t.Fatal("Health says ok with the database gone")
	}
	if !strings.Contains(err.Error(), "unreachable since") || !strings.Contains(err.Error(), db2.Where()) {
		t.Errorf("Health = %q, want where and since when", err)
	}
}
