package index

import "sync"

// Before it searches, the bot asks how many paragraphs say each question
// word (TermCounts), and a search on a large index asks it again of each
// word and synonym it may prune (plan): each a look-up in the term
// dictionary of every segment, a tenth of an answer's cost at 10,000
// documents. It also asks whether a document names the question's
// subject anywhere (Matches). The same words and documents come back
// question after question, so what was found is kept until the index
// changes.

// maxKept bounds the entries a versionCache keeps: a megabyte or two.
const maxKept = 1 << 15

// versionCache keeps values (how many records hold a term in a field,
// whether a query matches any) for one Version of the index. Safe for
// concurrent use.
type versionCache[K comparable, V any] struct {
	mu      sync.Mutex
	version uint64
	kept    map[K]V
}

// countKey is a term in a field, with or without its synonyms.
type countKey struct {
	field, term string
	synonyms    bool
}

// get returns the value kept for k at version, if any.
func (c *versionCache[K, V]) get(version uint64, k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		var zero V
		return zero, false
	}
	v, ok := c.kept[k]
	return v, ok
}

// put keeps v for k, found at version (read before the reader that found
// it was opened, so that a value from older coverage is never kept for a
// newer version). Values of another version, and a full cache, are
// dropped.
func (c *versionCache[K, V]) put(version uint64, k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return
	}
	if version != c.version || len(c.kept) >= maxKept || c.kept == nil {
		c.version, c.kept = version, make(map[K]V)
	}
	c.kept[k] = v
}
