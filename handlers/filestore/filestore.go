// Package filestore keeps the bot's shared state (handlers.Store) in a
// directory, for any number of dealbot processes on one machine: each
// read-modify-write of a key runs under an exclusive lock (flock) on a
// lock file for that key, and every file is replaced atomically, so a
// crash at any moment leaves the old state or the new one.
//
// The layout, under the state directory:
//
//	teams/TEAM/digest-CHANNEL.json  a channel's last digest and current claim
//	teams/TEAM/feeds.json           the feed items handled and claimed
//	teams/TEAM/events/HASH          one empty file per event id; its time is the claim's
//
// Older versions kept digest-CHANNEL.json and feeds.json at the top of the
// directory, for one team; they are read when a team has no file yet.
package filestore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// Store is a handlers.Store in a directory.
type Store struct {
	dir  string
	host string
	now  func() time.Time

	mu        sync.Mutex
	lastPurge map[string]time.Time // team → when its expired events were last removed
}

// Open returns the store in dir, creating dir when needed.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open state store: no directory")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open state store: %w", err)
	}
	host, _ := os.Hostname()
	return &Store{dir: dir, host: host, now: time.Now, lastPurge: map[string]time.Time{}}, nil
}

// Close does nothing: the store holds nothing open between calls.
func (s *Store) Close() error { return nil }

var (
	teamPattern    = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)
	channelPattern = regexp.MustCompile(`^[A-Za-z0-9]{1,64}$`)
	datePattern    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func (s *Store) teamDir(team string) (string, error) {
	if !teamPattern.MatchString(team) {
		return "", fmt.Errorf("%w: team %q", handlers.ErrBadKey, team)
	}
	d := filepath.Join(s.dir, "teams", team)
	if err := os.MkdirAll(d, 0o700); err != nil {
		return "", fmt.Errorf("create state dir: %w", err)
	}
	return d, nil
}

// claim is a claim as stored.
type claim struct {
	Date  string    `json:"date,omitempty"` // digests only
	Owner string    `json:"owner"`
	Until time.Time `json:"until"` // the lease's end
}

// stale reports whether c's owner has let its lease run out or has died.
func (s *Store) stale(c claim) bool {
	return !s.now().Before(c.Until) || s.ownerDead(c.Owner)
}

// ownerDead reports whether owner (as made by handlers.NewOwner) is a
// process of this host that no longer runs. Owners of other forms, and
// of other hosts, are judged by their lease alone.
func (s *Store) ownerDead(owner string) bool {
	parts := strings.Split(owner, ":")
	if len(parts) != 3 || parts[0] != s.host || s.host == "" {
		return false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

// locked runs f while holding the exclusive lock on dir/name.lock.
func locked(ctx context.Context, dir, name string, f func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	lf, err := os.OpenFile(filepath.Join(dir, name+".lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open lock: %w", err)
	}
	defer lf.Close() // closing releases the lock
	for {
		err = syscall.Flock(int(lf.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("lock %s: %w", name, err)
	}
	return f()
}

// errCorrupt marks a state file that is not what this package writes:
// edited by hand, or written by something else.
var errCorrupt = errors.New("corrupt state file")

// readJSON reads path into v; a missing file leaves v as it is and
// reports false.
func readJSON(path string, v any) (bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("read %s: %w: %w", path, errCorrupt, err)
	}
	return true, nil
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(data, '\n'))
}

// hashKey makes a file name of any key.
func hashKey(k string) string {
	h := sha256.Sum256([]byte(k))
	return hex.EncodeToString(h[:16])
}
