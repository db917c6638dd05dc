package handlers

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// digestState is what is remembered about one channel's digest.
type digestState struct {
	Date    string   `json:"date"`    // local day of the last digest posted, "2006-01-02"
	TS      string   `json:"ts"`      // its message timestamp
	Covered []string `json:"covered"` // the documents it covered: the rest is new next time
}

func digestStatePath(dir, channel string) string {
	return filepath.Join(dir, "digest-"+channel+".json")
}

// loadDigestState reads a channel's state; a channel never posted to has
// the zero state.
func loadDigestState(dir, channel string) (digestState, error) {
	var st digestState
	data, err := os.ReadFile(digestStatePath(dir, channel))
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read digest state: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return digestState{}, fmt.Errorf("read digest state %s: %w", digestStatePath(dir, channel), err)
	}
	return st, nil
}

// saveDigestState writes a channel's state atomically.
func saveDigestState(dir, channel string, st digestState) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create state dir: %w", err)
	}
	if err := writeFileAtomic(digestStatePath(dir, channel), append(data, '\n')); err != nil {
		return fmt.Errorf("save digest state: %w", err)
	}
	return nil
}

// writeFileAtomic replaces path with data so that a crash at any moment
// leaves either the old file or the new one, never a mix: it writes a
// temporary file in the same directory, syncs it, renames it over path
// and syncs the directory so the rename itself is durable.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
