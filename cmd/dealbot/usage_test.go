package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestHelp: "dealbot help CMD" and "CMD --help" print the command's usage
// with an example and succeed, without doing the work.
func TestHelp(t *testing.T) {
	for cmd := range commandHelp {
		for _, args := range [][]string{{"help", cmd}, {cmd, "--help"}, {cmd, "-h"}} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				indexDir := filepath.Join(t.TempDir(), "index")
				out, errOut, err := runEnv(t, config{IndexDir: indexDir}, args...)
				if err != nil {
					t.Fatalf("err = %v, stderr %q", err, errOut)
				}
				if !strings.HasPrefix(out, "Usage: dealbot "+cmd) || !regexp.MustCompile(`Examples?:\n  dealbot|Examples?:\n  [A-Z_]+=\S+ dealbot`).MatchString(out) {
					t.Errorf("usage of %s:\n%s", cmd, out)
				}
				if _, err := os.Stat(indexDir); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%v built an index: it must only print the usage", args)
				}
			})
		}
	}
	t.Run("Dealbot", func(t *testing.T) {
		out, _, err := runEnv(t, config{}, "help")
		if err != nil || !strings.Contains(out, "dealbot help [COMMAND]") {
			t.Errorf("dealbot help = %q, %v", out, err)
		}
	})
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"ask", "--bogus", "question"},
		{"index", "--force"},
		{"sources", "extra"},
		{"digest", "--post=maybe"},
		{"frobnicate"},
		{"help", "frobnicate"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			_, errOut, err := runEnv(t, config{}, args...)
			var usage usageError
			if !errors.As(err, &usage) || !strings.Contains(errOut, "Usage:") {
				t.Errorf("err = %v, stderr %q; want a usage error that shows the usage", err, errOut)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		out, _, err := runEnv(t, config{LogLevel: "not even checked"}, arg)
		if err != nil || !strings.HasPrefix(out, "dealbot ") || !strings.Contains(out, "go1.") {
			t.Errorf("%s = %q, %v", arg, out, err)
		}
	}
}

func TestIndexDirDefault(t *testing.T) {
	for _, tt := range []struct {
		env         string
		want        string
		wantDefault bool
	}{
		{"DEALBOT_INDEX_DIR=/srv/idx XDG_CACHE_HOME=/xdg HOME=/home/ann", "/srv/idx", false},
		{"XDG_CACHE_HOME=/xdg HOME=/home/ann", "/xdg/dealbot/index", true},
		{"XDG_CACHE_HOME=relative HOME=/home/ann", "/home/ann/.cache/dealbot/index", true},
		{"", "", false},
	} {
		vars := map[string]string{}
		for _, kv := range strings.Fields(tt.env) {
			k, v, _ := strings.Cut(kv, "=")
			vars[k] = v
		}
		c := configFrom(func(k string) string { return vars[k] })
		if c.IndexDir != filepath.FromSlash(tt.want) || c.IndexDirDefault != tt.wantDefault {
			t.Errorf("%s: index dir %q (default %v), want %q (%v)", tt.env, c.IndexDir, c.IndexDirDefault, tt.want, tt.wantDefault)
		}
	}
}

// TestIndexDirDefaultUnusable: when the default index folder cannot be
// used, dealbot says so and answers from a temporary index.
func TestIndexDirDefaultUnusable(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "cache")
	writeFile(t, blocked, "a file where the cache folder should be")
	env := config{IndexDir: filepath.Join(blocked, "dealbot", "index"), IndexDirDefault: true, LogLevel: "info"}
	out, errOut, err := runEnv(t, env, "ask", "How big is the investment framework?")
	if err != nil || !strings.Contains(out, "$550 billion") {
		t.Fatalf("ask: %v\n%s\n%s", err, out, errOut)
	}
	if !strings.Contains(errOut, "building a temporary one") {
		t.Errorf("no log line about the temporary index:\n%s", errOut)
	}
}

// TestHelpNamesEveryFlag: each command's help text names every flag it
// takes (a flag it does not name shows up under "Other flags").
func TestHelpNamesEveryFlag(t *testing.T) {
	for cmd := range commandHelp {
		_, errOut, _ := runEnv(t, config{}, cmd, "--no-such-flag")
		if strings.Contains(errOut, "Other flags:") {
			t.Errorf("dealbot help %s does not name every flag:\n%s", cmd, errOut)
		}
	}
}
