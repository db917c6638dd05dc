// Package pgtest gives tests a database of their own on the PostgreSQL
// server that .ci/run starts (DEALBOT_TEST_DATABASE_URL).
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable that points the tests at a server.
const EnvURL = "DEALBOT_TEST_DATABASE_URL"

var made atomic.Int64

// URL creates an empty database for the test and returns its URL; the
// database is dropped when the test ends. Without DEALBOT_TEST_DATABASE_URL
// the test is skipped, or fails under CI (CI=true), where .ci/run always
// provides a server.
func URL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: .ci/run starts a PostgreSQL server and sets it", EnvURL)
		}
		tb.Skipf("needs PostgreSQL: set %s (e.g. postgres://dealbot@127.0.0.1:5432/postgres), as .ci/run does", EnvURL)
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", EnvURL, err)
	}
	name := fmt.Sprintf("dealbot_t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, made.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("create database %s: %v", name, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("connect to drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// Exec runs statements on the database at dbURL, for a test that sets up
// or breaks something by hand.
func Exec(tb testing.TB, dbURL string, sql ...string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	for _, s := range sql {
		if _, err := conn.Exec(ctx, s); err != nil {
			tb.Fatalf("%s: %v", strings.Fields(s)[0], err)
		}
	}
}

// Eventually runs a query of one boolean on the database at dbURL until
// it is true, for a test that waits out the server's own asynchrony
// (pg_terminate_backend signals a backend and returns before it is gone),
// and fails the test after 10 seconds.
func Eventually(tb testing.TB, dbURL, query string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	for {
		var ok bool
		if err := conn.QueryRow(ctx, query).Scan(&ok); err != nil {
			tb.Fatalf("%s: %v", query, err)
		}
		if ok {
			return
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("still false after 10s: %s", query)
		case <-time.After(20 * time.Millisecond):
		}
	}
}
