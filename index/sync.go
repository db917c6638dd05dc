package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"sort"

	"github.com/dealbot/dealbot/corpus"
)

// Doc is one document as it should be indexed: its id and all its passages.
type Doc struct {
	ID       string
	Passages []corpus.Passage
}

// SyncStats says what a Sync changed.
type SyncStats struct {
	Added, Changed, Removed, Unchanged int
}

// Indexed is how many documents were written (added or changed).
func (s SyncStats) Indexed() int { return s.Added + s.Changed }

// Progress is told, after each batch of a Sync, how many of the documents
// to write or remove are done.
type Progress func(done, total int)

// Batch limits: a batch is written when it holds this many documents or
// passages, so that a large first build shows progress and bounded memory.
// Larger batches index faster (fewer segments to write and merge); these
// keep a batch to a few megabytes.
const (
	batchDocs     = 250
	batchPassages = 5000
)

// Sync makes the index hold exactly docs: documents whose passages changed
// since they were indexed (by fingerprint) are replaced, new ones added,
// those no longer in docs removed, and the rest left alone, so reopening an
// index over an unchanged corpus writes nothing. Each document changes in
// one batch together with the manifest of fingerprints, so a search never
// sees half a document and the manifest always matches the passages.
// Sync may run while searches do; Syncs run one at a time.
func (ix *Index) Sync(ctx context.Context, docs []Doc, progress Progress) (SyncStats, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var stats SyncStats
	want := make(map[string]bool, len(docs))
	var work []Doc
	var prints []string
	for _, d := range docs {
		want[d.ID] = true
		fp := Fingerprint(d.Passages)
		old, ok := ix.manifest[d.ID]
		switch {
		case !ok:
			stats.Added++
		case old != fp:
			stats.Changed++
		default:
			stats.Unchanged++
			continue
		}
		work = append(work, d)
		prints = append(prints, fp)
	}
	var removed []string
	for id := range ix.manifest {
		if !want[id] {
			removed = append(removed, id)
		}
	}
	sort.Strings(removed)
	stats.Removed = len(removed)
	total := len(work) + len(removed)
	if progress != nil {
		progress(0, total)
	}
	if total == 0 {
		return stats, nil
	}

	manifest := maps.Clone(ix.manifest)
	w := ix.newBatchWriter()
	done, pending, passages := 0, 0, 0
	var persisted chan error // the last batch is on disk
	flush := func() error {
		data, err := json.Marshal(manifest)
		if err != nil {
			return err
		}
		w.batch.SetInternal(manifestKey, data)
		persisted = make(chan error, 1)
		ch := persisted
		w.batch.SetPersistedCallback(func(err error) { ch <- err })
		if err := ix.bleve.Batch(w.batch); err != nil {
			return fmt.Errorf("index batch: %w", err)
		}
		ix.manifest = maps.Clone(manifest)
		done += pending
		pending, passages = 0, 0
		// A new batch, not Reset: Bleve may still read the old one's
		// operations in the background.
		w = ix.newBatchWriter()
		if progress != nil {
			progress(done, total)
		}
		return ctx.Err()
	}
	deleteDoc := func(id string) error {
		old, err := ix.recordIDs(ctx, id)
		if err != nil {
			return err
		}
		for _, pid := range old {
			w.batch.Delete(pid)
		}
		return nil
	}
	for _, id := range removed {
		if err := deleteDoc(id); err != nil {
			return stats, err
		}
		delete(manifest, id)
		pending++
	}
	for i, d := range work {
		if _, indexed := ix.manifest[d.ID]; indexed {
			// A document the manifest does not list has no passages in
			// the index: they are written in the same batch.
			if err := deleteDoc(d.ID); err != nil {
				return stats, err
			}
		}
		for _, para := range paragraphs(d.Passages) {
			if err := w.index(para); err != nil {
				return stats, err
			}
		}
		manifest[d.ID] = prints[i]
		pending++
		passages += len(d.Passages)
		if pending >= batchDocs || passages >= batchPassages {
			if err := flush(); err != nil {
				return stats, err
			}
		}
	}
	if pending > 0 {
		if err := flush(); err != nil {
			return stats, err
		}
	}
	// Snapshots are written in order: the last batch on disk means all are.
	select {
	case err := <-persisted:
		if err != nil {
			return stats, fmt.Errorf("write index to disk: %w", err)
		}
	case <-ctx.Done():
		return stats, ctx.Err()
	}
	return stats, nil
}

// Manifest returns the fingerprint of every document Sync has indexed, by
// document id.
func (ix *Index) Manifest() map[string]string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return maps.Clone(ix.manifest)
}

// Rebuilt says why Open replaced the index in its folder with an empty one
// (it could not be read, or an older dealbot built it), or "" when it did
// not. The caller refills it with Sync.
func (ix *Index) Rebuilt() string {
	return ix.rebuilt
}

// Fingerprint identifies a document's passages exactly as they would be
// stored (text, citation, topics), so a change of the file, of the
// parser or of the topic tagger all count as a change.
func Fingerprint(ps []corpus.Passage) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, para := range paragraphs(ps) {
		// Encoding strings and numbers cannot fail.
		_ = enc.Encode(struct {
			ID string
			record
		}{paragraphID(para[0]), toRecord(para)})
	}
	return hex.EncodeToString(h.Sum(nil))
}
