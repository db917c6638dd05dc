package index

import (
	"encoding/json"
	"fmt"
)

// Sources are the files the indexed documents were read from, so that a
// restart neither parses nor tags a file the index already holds (see
// LibraryOptions.Pipeline). The library writes them after each Sync.
type Sources struct {
	// Pipeline identifies the program that parsed and tagged the files;
	// another one must read them again.
	Pipeline string `json:"pipeline"`
	// Files by path, as the library reports it.
	Files map[string]Source `json:"files"`
}

// Source is one file and what the index holds of it.
type Source struct {
	Hash        string `json:"hash"`        // corpus.ContentHash of the file
	ID          string `json:"id"`          // the document it makes
	Fingerprint string `json:"fingerprint"` // of its passages, as the manifest had it
	Passages    int    `json:"passages"`
}

// sourcesKey is the internal key holding the Sources, as JSON.
var sourcesKey = []byte("dealbot.sources")

// Sources returns the sources last put, or none.
func (ix *Index) Sources() (Sources, error) {
	var s Sources
	data, err := ix.bleve.GetInternal(sourcesKey)
	if err != nil {
		return s, fmt.Errorf("read sources: %w", err)
	}
	if data == nil {
		return s, nil
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return Sources{}, fmt.Errorf("read sources: %w", err)
	}
	return s, nil
}

// PutSources records the sources of the documents the index holds, and
// returns once they are on disk.
func (ix *Index) PutSources(s Sources) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	b := ix.bleve.NewBatch()
	b.SetInternal(sourcesKey, data)
	persisted := make(chan error, 1)
	b.SetPersistedCallback(func(err error) { persisted <- err })
	if err := ix.bleve.Batch(b); err != nil {
		return fmt.Errorf("write sources: %w", err)
	}
	select {
	case err = <-persisted:
	case err = <-ix.persistErrs:
	}
	if err != nil {
		return fmt.Errorf("write sources to disk: %w", err)
	}
	return nil
}
