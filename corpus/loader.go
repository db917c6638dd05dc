package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
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
// reusing the documents of files that have not changed.
func (l *Loader) Load(fsys fs.FS) (docs []Document, skipped []Skipped) {
	next := make(map[string]parsed, len(l.cache))
	seen := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, Skipped{Path: p, Reason: err.Error()})
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !Supported(p) {
			return nil
		}
		doc, err := l.read(fsys, p, next)
		if err != nil {
			skipped = append(skipped, Skipped{Path: p, Reason: err.Error()})
			return nil
		}
		if prev, dup := seen[doc.ID]; dup {
			skipped = append(skipped, Skipped{Path: p, Reason: fmt.Sprintf("duplicate id %q (also in %s)", doc.ID, prev)})
			return nil
		}
		seen[doc.ID] = p
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		skipped = append(skipped, Skipped{Path: ".", Reason: err.Error()})
	}
	l.cache = next
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, skipped
}

// read parses one file, or returns what the last Load made of the same bytes.
func (l *Loader) read(fsys fs.FS, name string, next map[string]parsed) (Document, error) {
	data, err := readLimited(fsys, name)
	if err != nil {
		return Document{}, err
	}
	hash := ContentHash(data)
	if c, ok := l.cache[name]; ok && c.hash == hash {
		next[name] = c
		return c.doc, c.err
	}
	doc, err := Parse(name, data)
	next[name] = parsed{hash: hash, doc: doc, err: err}
	return doc, err
}
