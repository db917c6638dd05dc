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
}

// parsed is the outcome of parsing one version of a file.
type parsed struct {
	hash string
	doc  Document
	err  error
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
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = l.read(fsys, paths[i])
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

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
	doc, err := Parse(name, data)
	return parsed{hash: hash, doc: doc, err: err}
}
