package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"
)

// ErrLocked is returned by Open when another process has the index open.
// Bleve holds an exclusive file lock for as long as an index is open; Open
// waits lockWait for it, then gives up rather than hang.
var ErrLocked = errors.New("index is in use by another process (is another dealbot running on the same DEALBOT_INDEX_DIR?)")

// lockWait is how long Open waits for another process's lock to go.
const lockWait = "200ms"

// formatVersion names how passages are stored; change it when record or
// the way documents are fingerprinted changes, so that indexes built by an
// older dealbot are rebuilt rather than misread.
const formatVersion = "dealbot-index-4" // 2: one record per paragraph; 3: only its JSON stored; 4: the next paragraph's first sentence

// Internal keys of the index (Bleve's internal storage, beside the passages).
var (
	formatKey   = []byte("dealbot.format")   // fingerprint of the mapping and formatVersion
	manifestKey = []byte("dealbot.manifest") // JSON: document id → fingerprint of its passages
)

// Bleve writes snapshots to disk in the background and, when that fails,
// retries without calling the batch's persisted callback; it reports the
// failure only to a callback registered by name. persistErrors routes
// those reports to the open index they belong to (by store path), so that
// a Sync waiting for the disk fails instead of waiting for ever.
var persistErrors sync.Map // store path → chan error

const persistErrorCallback = "dealbot.persist"

func init() {
	scorch.RegistryAsyncErrorCallbacks[persistErrorCallback] = func(err error, path string) {
		if !errors.Is(err, scorch.ErrPersist) {
			return // merges and clean-ups are retried and only slow things down
		}
		if ch, ok := persistErrors.Load(filepath.Clean(path)); ok {
			select {
			case ch.(chan error) <- err:
			default: // one unread error is enough
			}
		}
	}
}

// watchPersistErrors returns the channel on which the index in dir hears
// of failed writes to disk, and a function that stops listening.
func watchPersistErrors(dir string) (<-chan error, func()) {
	key := filepath.Join(dir, "store")
	ch := make(chan error, 1)
	persistErrors.Store(key, ch)
	return ch, func() { persistErrors.Delete(key) }
}

// openPersistent opens the index in dir, creating it when there is none,
// and rebuilding it (empty) when it cannot be read or was built with
// another mapping. It returns why it rebuilt, or "".
func indexConfig() map[string]interface{} {
	return map[string]interface{}{"bolt_timeout": lockWait, "unsafe_batch": true,
		"asyncErrorCallbackName": persistErrorCallback}
}

func openPersistent(dir string) (bleve.Index, map[string]string, string, error) {
	// unsafe_batch: a batch returns once searchable, not once on disk, so
	// indexing goes on while the last batch is written (Sync waits for
	// the disk at its end). A crash loses only batches not yet written,
	// each whole, with the manifest that lists them: the next Sync redoes
	// them.
	config := indexConfig()
	bi, err := openRecovering(dir, config)
	rebuilt := ""
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, nil, "", fmt.Errorf("open index %s: %w", dir, ErrLocked)
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing) && !holdsIndexFiles(dir):
		if empty, _ := isEmptyDir(dir); !empty && !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
			return nil, nil, "", fmt.Errorf("open index %s: the folder holds other files and no index; choose an empty or new folder", dir)
		}
	case err != nil:
		rebuilt = fmt.Sprintf("index could not be opened (%s)", firstLine(err))
	default:
		manifest, why := readState(bi)
		if why == "" {
			return bi, manifest, "", nil
		}
		bi.Close()
		rebuilt = why
	}
	if rebuilt != "" {
		if err := removeIndexFiles(dir); err != nil {
			return nil, nil, "", fmt.Errorf("remove corrupt index %s: %w", dir, err)
		}
	}
	bi, err = create(dir, config)
	if err != nil {
		return nil, nil, "", err
	}
	return bi, map[string]string{}, rebuilt, nil
}

// create makes a new, empty index in dir.
func create(dir string, config map[string]interface{}) (bleve.Index, error) {
	bi, err := bleve.NewUsing(dir, newMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, config)
	if errors.Is(err, bleve.ErrorIndexPathExists) || errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("create index %s: %w", dir, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	if err := bi.SetInternal(formatKey, []byte(formatFingerprint())); err != nil {
		bi.Close()
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	return bi, nil
}

// openRecovering opens an existing index, turning a panic of a reader
// that met a damaged file into an error.
func openRecovering(dir string, config map[string]interface{}) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("damaged index files: %v", r)
		}
	}()
	return bleve.OpenUsing(dir, config)
}

// readState reads the format fingerprint and the manifest of an open
// index; a reason to rebuild it when either is missing or unreadable.
func readState(bi bleve.Index) (map[string]string, string) {
	format, err := bi.GetInternal(formatKey)
	if err != nil {
		return nil, fmt.Sprintf("index could not be read (%s)", firstLine(err))
	}
	if string(format) != formatFingerprint() {
		return nil, "index was built by another version of dealbot"
	}
	manifest := map[string]string{}
	data, err := bi.GetInternal(manifestKey)
	if err != nil {
		return nil, fmt.Sprintf("index manifest could not be read (%s)", firstLine(err))
	}
	if data != nil {
		if err := json.Unmarshal(data, &manifest); err != nil {
			return nil, fmt.Sprintf("index manifest is damaged (%s)", firstLine(err))
		}
	}
	return manifest, ""
}

// formatFingerprint identifies the mapping and storage format.
func formatFingerprint() string {
	m, err := json.Marshal(newMapping())
	if err != nil {
		panic(err) // the mapping is a constant structure
	}
	sum := sha256.Sum256(append([]byte(formatVersion+"\n"), m...))
	return hex.EncodeToString(sum[:])
}

// indexFiles are what Bleve keeps in an index folder; a rebuild removes
// these and nothing else, so a mistaken DEALBOT_INDEX_DIR loses no file.
var indexFiles = []string{"index_meta.json", "index_meta.json_temp", "store"}

func holdsIndexFiles(dir string) bool {
	for _, name := range indexFiles {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

func removeIndexFiles(dir string) error {
	for _, name := range indexFiles {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

func isEmptyDir(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	return len(entries) == 0, err
}

// firstLine of an error: Bleve appends whole files to some messages.
func firstLine(err error) string {
	line, _, _ := strings.Cut(err.Error(), "\n")
	return line
}
