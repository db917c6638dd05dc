package index

// The Library is the live set of coverage the bot answers from: the
// documents embedded in the binary, those in the corpus folder and those
// shared by replicas in a database, kept in step with the index. It loads and tags the documents, hands the index
// only what changed, watches the folder so that added, changed and deleted
// files reach the index within seconds, and tells which documents it holds
// and which files it had to skip.

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// indexer is what the library needs of an index.
type indexer interface {
	Sync(ctx context.Context, docs []Doc, progress Progress) (SyncStats, error)
	Manifest() map[string]string
	Sources() (Sources, error)
	PutSources(Sources) error
}

// LibraryOptions say where the coverage is and how to treat it.
type LibraryOptions struct {
	Dir      string                 // the corpus folder; "" for none
	Shared   Shared                 // documents kept elsewhere, like a database several replicas share; nil for none
	SharedAs string                 // the prefix of the Path of each shared document, e.g. "database:"
	Embedded bool                   // include the coverage embedded in the binary
	Tag      func([]corpus.Passage) // sets each passage's Topics before indexing (called concurrently, a document a call); nil leaves them empty
	Log      *slog.Logger           // nil: discard
	Debounce time.Duration          // quiet time after a change before Watch reloads; 0: 300 ms
	// Synced, when set, is told after each successful reload how many
	// documents and passages the coverage holds, how many documents were
	// written, and how long it took (for metrics).
	Synced func(documents, passages, written int, took time.Duration)
	// Pipeline identifies the parser and tagger (the program's build):
	// at the first reload, a file the index was built from by the same
	// pipeline is neither parsed nor tagged again (see warm.go). "" parses
	// and tags every file.
	Pipeline string
}

// Shared reads the current documents of a store shared by several
// replicas, as files. When it fails, the library keeps the documents it
// last read from it.
type Shared func(ctx context.Context) (fs.FS, error)

// EmbeddedPrefix starts the Path of every embedded document.
const EmbeddedPrefix = "embedded:"

// Library holds the current coverage. Its methods are safe for concurrent
// use; reloads run one at a time.
type Library struct {
	ix   indexer
	opts LibraryOptions

	reload   sync.Mutex // held by a reload, guards what follows
	embedded corpus.Loader
	folder   corpus.Loader
	shared   corpus.Loader
	lastFS   fs.FS                // what Shared last returned
	tagged   map[string]taggedDoc // by document id
	reported map[corpus.Skipped]bool
	known    map[string]Source // by path: files the index holds, at the first reload (see warm.go)
	written  Sources           // the sources last put

	mu       sync.RWMutex
	docs     []corpus.Document
	skipped  []corpus.Skipped
	deferred bool // some docs are not parsed yet (see warm.go)
}

// taggedDoc caches the tagged passages of one version of a document.
type taggedDoc struct {
	hash     string
	passages []corpus.Passage
	// A document restored from the index at a warm restart has no
	// passages in memory: the fingerprint and number of those indexed.
	fingerprint string
	count       int
}

// NewLibrary returns a library that indexes into ix. It holds nothing until the
// first Reload.
func NewLibrary(ix indexer, opts LibraryOptions) *Library {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Debounce <= 0 {
		opts.Debounce = 300 * time.Millisecond
	}
	l := &Library{ix: ix, opts: opts, tagged: map[string]taggedDoc{}, reported: map[corpus.Skipped]bool{}}
	l.embedded.Known = l.knownAs(l.embeddedPath)
	l.folder.Known = l.knownAs(l.folderPath)
	l.shared.Known = l.knownAs(l.sharedPath)
	return l
}

// Documents returns the documents the index holds, by id, and the files
// that were skipped, each with its path and the reason.
func (l *Library) Documents() ([]corpus.Document, []corpus.Skipped) {
	l.mu.RLock()
	deferred := l.deferred
	l.mu.RUnlock()
	if deferred {
		l.parseDeferred()
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	return slices.Clone(l.docs), slices.Clone(l.skipped)
}

// Scan reads the coverage opts describe without indexing it, for a
// listing while another process serves the index.
func Scan(ctx context.Context, opts LibraryOptions) ([]corpus.Document, []corpus.Skipped) {
	return NewLibrary(nil, opts).load(ctx)
}

// Reload reads the coverage again and brings the index in step: only the
// documents whose passages changed are written. Files that cannot be used
// are skipped and logged once each. progress (may be nil) follows the
// writing. When the index cannot be written, the library keeps serving
// what it had and returns the error.
func (l *Library) Reload(ctx context.Context, progress Progress) (SyncStats, error) {
	l.reload.Lock()
	defer l.reload.Unlock()
	start := time.Now()
	if len(l.tagged) == 0 {
		l.known = l.restorable()
	}
	docs, skipped := l.load(ctx)
	for _, s := range skipped {
		if !l.reported[s] {
			l.opts.Log.Warn("skipped a document", slog.String("path", s.Path), slog.String("reason", s.Reason))
		}
	}
	l.reported = make(map[corpus.Skipped]bool, len(skipped))
	for _, s := range skipped {
		l.reported[s] = true
	}

	next := l.tag(ctx, docs)
	if err := ctx.Err(); err != nil {
		return SyncStats{}, err // stopped while tagging: next is incomplete
	}
	work := make([]Doc, 0, len(docs))
	for _, d := range docs {
		t := next[d.ID]
		work = append(work, Doc{ID: d.ID, Passages: t.passages, Fingerprint: t.fingerprint})
	}
	stats, err := l.ix.Sync(ctx, work, progress)
	if err != nil {
		return stats, fmt.Errorf("update index: %w", err)
	}
	l.tagged = next
	if len(l.known) > 0 {
		l.logRestored(ctx, docs, next)
	}
	l.known = nil
	l.recordSources(docs, next)
	l.mu.Lock()
	l.docs, l.skipped = docs, skipped
	l.deferred = l.embedded.Deferred()+l.folder.Deferred()+l.shared.Deferred() > 0
	l.mu.Unlock()
	level := slog.LevelDebug
	if stats.Indexed()+stats.Removed > 0 {
		level = slog.LevelInfo
	}
	if l.opts.Synced != nil {
		passages := 0
		for _, t := range next {
			passages += len(t.passages) + t.count
		}
		l.opts.Synced(len(docs), passages, stats.Indexed(), time.Since(start))
	}
	l.opts.Log.Log(ctx, level, "coverage loaded",
		slog.Int("documents", len(docs)), slog.Int("skipped", len(skipped)),
		slog.Int("added", stats.Added), slog.Int("changed", stats.Changed), slog.Int("removed", stats.Removed),
		slog.Duration("took", time.Since(start).Round(time.Millisecond)))
	return stats, nil
}

// tag cuts the documents that are new or changed since the last reload
// into tagged passages, on every CPU, and returns the tagged passages of
// all docs by id; once ctx ends it stops tagging, and what it returns is
// incomplete.
func (l *Library) tag(ctx context.Context, docs []corpus.Document) map[string]taggedDoc {
	out := make(map[string]taggedDoc, len(docs))
	var todo []int
	for i, d := range docs {
		if t, ok := l.tagged[d.ID]; ok && t.hash == d.Hash {
			out[d.ID] = t
		} else if t, ok := l.restored(d); ok {
			out[d.ID] = t
		} else {
			todo = append(todo, i)
		}
	}
	tagged := make([]taggedDoc, len(todo))
	parallel(len(todo), func(j int) {
		if ctx.Err() != nil {
			return // the caller gives up; see Reload
		}
		d := docs[todo[j]]
		t := taggedDoc{hash: d.Hash, passages: d.Passages()}
		if l.opts.Tag != nil {
			l.opts.Tag(t.passages)
		}
		tagged[j] = t
	})
	for j, i := range todo {
		out[docs[i].ID] = tagged[j]
	}
	return out
}

// load reads the embedded coverage, the folder and the shared documents.
// A document whose id an earlier one has is skipped as a duplicate.
// Shared documents that cannot be read now are those read last time.
func (l *Library) load(ctx context.Context) ([]corpus.Document, []corpus.Skipped) {
	var docs []corpus.Document
	var skipped []corpus.Skipped
	where := map[string]string{}
	add := func(ds []corpus.Document, ss []corpus.Skipped, path func(string) string) {
		for _, s := range ss {
			skipped = append(skipped, corpus.Skipped{Path: path(s.Path), Reason: s.Reason})
		}
		for _, d := range ds {
			d.Path = path(d.Path)
			if prev, dup := where[d.ID]; dup {
				skipped = append(skipped, corpus.Skipped{Path: d.Path, Reason: fmt.Sprintf("duplicate id %q (also in %s)", d.ID, prev)})
				continue
			}
			where[d.ID] = d.Path
			docs = append(docs, d)
		}
	}
	if l.opts.Embedded {
		ds, ss := l.embedded.Load(corpus.Embedded())
		add(ds, ss, l.embeddedPath)
	}
	if l.opts.Dir != "" {
		if _, err := os.Stat(l.opts.Dir); err != nil {
			skipped = append(skipped, corpus.Skipped{Path: l.opts.Dir, Reason: err.Error()})
		} else {
			ds, ss := l.folder.Load(os.DirFS(l.opts.Dir))
			add(ds, ss, l.folderPath)
		}
	}
	if l.opts.Shared != nil {
		fsys, err := l.opts.Shared(ctx)
		switch {
		case err == nil:
			l.lastFS = fsys
		case l.lastFS != nil:
			l.opts.Log.Warn("shared documents not read; keeping those read before", slog.Any("err", err))
		default:
			l.opts.Log.Warn("shared documents not read", slog.Any("err", err))
		}
		if l.lastFS != nil {
			ds, ss := l.shared.Load(l.lastFS)
			add(ds, ss, l.sharedPath)
		}
	}
	slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(skipped, func(a, b corpus.Skipped) int { return strings.Compare(a.Path, b.Path) })
	return docs, skipped
}

// The Path of a document is where its loader read it, made plain to a
// reader: these turn the loaders' paths into it.
func (l *Library) embeddedPath(p string) string { return EmbeddedPrefix + p }
func (l *Library) folderPath(p string) string {
	return filepath.Join(l.opts.Dir, filepath.FromSlash(p))
}
func (l *Library) sharedPath(p string) string { return l.opts.SharedAs + p }

// folders lists the corpus folder and its subfolders, leaving out hidden
// ones as the loader does.
func (l *Library) folders() []string {
	var dirs []string
	filepath.WalkDir(l.opts.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != l.opts.Dir && isHidden(p) {
			return fs.SkipDir
		}
		dirs = append(dirs, p)
		return nil
	})
	return dirs
}
