package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// ContentHash is the hex SHA-256 of a file's bytes: two files with the same
// hash hold the same document.
func ContentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Loader loads a folder of documents again and again, parsing only the
// files whose bytes changed since its last Load (by ContentHash). The zero
// Loader is ready to use; it is not safe for concurrent use.
type Loader struct {
	cache map[string]parsed // by path

	// Known, when set, is asked about each file not parsed before, with its
	// path and ContentHash: when the caller already holds what that file
	// makes (a warm restart over an index built from it), it returns the
	// document's id and the file is not parsed. Load then returns a
	// Document with only ID, Path and Hash, until ParseDeferred. It is
	// called from several goroutines at once.
	Known func(path, hash string) (id string, ok bool)
}

// parsed is the outcome of parsing one version of a file.
type parsed struct {
	hash     string
	doc      Document
	err      error
	deferred bool // not parsed: Known knew it
}

// Load reads every supported file under fsys like the package's Load,
// reusing the documents of files that have not changed. Files are parsed
// in parallel, one worker a CPU.
func (l *Loader) Load(fsys fs.FS) (docs []Document, skipped []Skipped) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			skipped = append(skipped, Skipped{Path: p, Reason: err.Error()})
		case d.IsDir() && p != "." && strings.HasPrefix(d.Name(), "."):
			return fs.SkipDir
		case !d.IsDir() && Supported(p):
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		skipped = append(skipped, Skipped{Path: ".", Reason: err.Error()})
	}

	results := make([]parsed, len(paths))
	parallel(len(paths), func(i int) { results[i] = l.read(fsys, paths[i]) })

	cache := make(map[string]parsed, len(paths))
	seen := map[string]string{}
	for i, p := range paths {
		r := results[i]
		if r.hash != "" {
			cache[p] = r
		}
		switch prev, dup := seen[r.doc.ID]; {
		case r.err != nil:
			skipped = append(skipped, Skipped{Path: p, Reason: r.err.Error()})
		case dup:
			skipped = append(skipped, Skipped{Path: p, Reason: fmt.Sprintf("duplicate id %q (also in %s)", r.doc.ID, prev)})
		default:
			seen[r.doc.ID] = p
			docs = append(docs, r.doc)
		}
	}
	l.cache = cache
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, skipped
}

// parallel runs f(0) … f(n-1), one worker a CPU.
func parallel(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// read parses one file, or returns what the last Load made of the same
// bytes. It only reads l.cache, so workers may call it together.
func (l *Loader) read(fsys fs.FS, name string) parsed {
	data, err := readLimited(fsys, name)
	if err != nil {
		return parsed{err: err}
	}
	hash := ContentHash(data)
	if c, ok := l.cache[name]; ok && c.hash == hash {
		return c
	}
	if l.Known != nil {
		if id, ok := l.Known(name, hash); ok {
			return parsed{hash: hash, doc: Document{ID: id, Path: name, Hash: hash}, deferred: true}
		}
	}
	doc, err := Parse(name, data)
	return parsed{hash: hash, doc: doc, err: err}
}

// Deferred is how many documents of the last Load were not parsed (see
// Known).
func (l *Loader) Deferred() int {
	n := 0
	for _, c := range l.cache {
		if c.deferred {
			n++
		}
	}
	return n
}

// ParseDeferred parses the files the last Load left unparsed, in
// parallel, and returns their documents by id; the next Load returns
// them too. A file that changed or no longer parses since is left for the
// next Load.
func (l *Loader) ParseDeferred(fsys fs.FS) map[string]Document {
	var names []string
	for name, c := range l.cache {
		if c.deferred {
			names = append(names, name)
		}
	}
	results := make([]parsed, len(names))
	parallel(len(names), func(i int) {
		data, err := readLimited(fsys, names[i])
		if err != nil || ContentHash(data) != l.cache[names[i]].hash {
			return
		}
		doc, err := Parse(names[i], data)
		results[i] = parsed{hash: l.cache[names[i]].hash, doc: doc, err: err}
	})
	out := make(map[string]Document, len(names))
	for i, name := range names {
		r := results[i]
		if r.hash == "" || r.err != nil || r.doc.ID != l.cache[name].doc.ID {
			continue
		}
		l.cache[name] = r
		out[r.doc.ID] = r.doc
	}
	return out
}
