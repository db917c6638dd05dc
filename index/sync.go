package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"

	"github.com/dealbot/dealbot/corpus"
)

// Doc is one document as it should be indexed: its id and all its passages.
type Doc struct {
	ID       string
	Passages []corpus.Passage
	// Fingerprint, when set, is the Fingerprint of the passages, known
	// from an earlier Sync: a document whose fingerprint the index holds
	// needs no passages (a warm restart does not cut or tag it again).
	Fingerprint string
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
	old := ix.manifest // replaced, never changed, as batches are written
	select {
	case <-ix.persistErrs: // an earlier write's failure, retried since
	default:
	}
	// The records a fingerprint is made from are made again when a document
	// is indexed: keeping them raised the peak memory of 10,000 documents
	// by 80 MiB and saved no measurable time.
	fps := make([]string, len(docs))
	parallel(len(docs), func(i int) {
		if fps[i] = docs[i].Fingerprint; fps[i] == "" {
			fps[i] = Fingerprint(docs[i].Passages)
		}
	})
	var stats SyncStats
	want := make(map[string]bool, len(docs))
	var work []Doc
	var prints []string
	for i, d := range docs {
		want[d.ID] = true
		fp, indexed := old[d.ID]
		switch {
		case !indexed && d.Passages == nil && d.Fingerprint != "":
			return stats, fmt.Errorf("document %s: its passages are needed, the index does not hold it", d.ID)
		case !indexed:
			stats.Added++
		case d.Passages == nil && d.Fingerprint != "" && fp != fps[i]:
			return stats, fmt.Errorf("document %s: its passages are needed, the index holds another version", d.ID)
		case fp != fps[i]:
			stats.Changed++
		default:
			stats.Unchanged++
			continue
		}
		work = append(work, d)
		prints = append(prints, fps[i])
	}
	var removed []string
	for id := range old {
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

	manifest := maps.Clone(old)
	w := ix.newBatchWriter()
	out := ix.startWriting(progress, total)
	done, pending := 0, 0
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
		done += pending
		if err := out.write(ctx, w.batch, maps.Clone(manifest), done); err != nil {
			return err
		}
		pending = 0
		// A new batch, not Reset: Bleve may still read the old one's
		// operations in the background.
		w = ix.newBatchWriter()
		return nil
	}
	deleteDoc := func(id string) error {
		ids, err := ix.recordIDs(ctx, id)
		if err != nil {
			return err
		}
		for _, rid := range ids {
			w.batch.Delete(rid)
		}
		return nil
	}
	err := func() error {
		for _, id := range removed {
			if err := deleteDoc(id); err != nil {
				return err
			}
			delete(manifest, id)
			pending++
		}
		for start := 0; start < len(work); {
			// The next batch: its records are built on every CPU.
			end, n := start, 0
			for end < len(work) && pending+end-start < batchDocs && n < batchPassages {
				n += len(work[end].Passages)
				end++
			}
			chunk := work[start:end]
			records := make([][]*document.Document, len(chunk))
			errs := make([]error, len(chunk))
			parallel(len(chunk), func(j int) { records[j], errs[j] = w.documents(chunk[j].Passages) })
			if err := errors.Join(errs...); err != nil {
				return err
			}
			for j, d := range chunk {
				if _, indexed := old[d.ID]; indexed {
					// A document the manifest does not list has no passages in
					// the index: they are written in the same batch.
					if err := deleteDoc(d.ID); err != nil {
						return err
					}
				}
				for _, doc := range records[j] {
					if err := w.batch.IndexAdvanced(doc); err != nil {
						return fmt.Errorf("index paragraph %s: %w", doc.ID(), err)
					}
				}
				manifest[d.ID] = prints[start+j]
				pending++
			}
			start = end
			if err := flush(); err != nil {
				return err
			}
		}
		if pending > 0 {
			return flush()
		}
		return nil
	}()
	if err := out.close(err); err != nil {
		return stats, err
	}
	// Snapshots are written in order: the last batch on disk means all are.
	select {
	case err := <-persisted:
		if err != nil {
			return stats, fmt.Errorf("write index to disk: %w", err)
		}
	case err := <-ix.persistErrs:
		return stats, fmt.Errorf("write index to disk: %w", err)
	case <-ctx.Done():
		return stats, ctx.Err()
	}
	return stats, nil
}

// batchSink writes a Sync's batches on one goroutine, in order, while the
// next is built: building one (mapping records) and writing the last
// (analysis, segment building) then share the CPUs.
type batchSink struct {
	ix       *Index
	jobs     chan batchJob
	result   chan error    // the writer's first error, or nil once all are written
	failed   chan struct{} // closed when a write fails
	progress Progress
	total    int
}

type batchJob struct {
	batch    *bleve.Batch
	manifest map[string]string // the manifest once it is written
	done     int               // documents done once it is written
}

func (ix *Index) startWriting(progress Progress, total int) *batchSink {
	out := &batchSink{ix: ix, jobs: make(chan batchJob, 1), result: make(chan error, 1), failed: make(chan struct{}), progress: progress, total: total}
	go out.run()
	return out
}

func (out *batchSink) run() {
	for j := range out.jobs {
		err := out.ix.bleve.Batch(j.batch)
		out.ix.changed() // a failed batch may have changed something too
		if err != nil {
			out.result <- fmt.Errorf("index batch: %w", err)
			close(out.failed)
			for range out.jobs {
			}
			return
		}
		// The Sync holding ix.mu owns the manifest; this goroutine works
		// for it.
		out.ix.manifest = j.manifest
		if out.progress != nil {
			out.progress(j.done, out.total)
		}
	}
	out.result <- nil
}

// write queues a batch, waiting while another is queued.
func (out *batchSink) write(ctx context.Context, b *bleve.Batch, manifest map[string]string, done int) error {
	select {
	case <-out.failed:
		return errWriteFailed
	default:
	}
	select {
	case out.jobs <- batchJob{batch: b, manifest: manifest, done: done}:
		return ctx.Err()
	case <-out.failed:
		return errWriteFailed
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errWriteFailed stops a Sync whose writer failed; close returns why.
var errWriteFailed = errors.New("an earlier batch failed")

// close waits for the queued batches and returns the first error: the
// writer's, else err (why building stopped).
func (out *batchSink) close(err error) error {
	close(out.jobs)
	if werr := <-out.result; werr != nil {
		return werr
	}
	return err
}

// parallel runs f(0) … f(n-1) on every CPU.
func parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
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
	for _, para := range paragraphs(ps) {
		// The stored form holds all a record is made of.
		h.Write([]byte(paragraphID(para[0])))
		h.Write([]byte{0})
		h.Write([]byte(toRecord(para).Stored))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
