package index

import "sync"

// Before it searches, the bot asks how many paragraphs say each question
// word (TermCounts), and a search on a large index asks it again of each
// word and synonym it may prune (plan): each a look-up in the term
// dictionary of every segment, a tenth of an answer's cost at 10,000
// documents. The same words come back question after question, so their
// counts are kept until the index changes.

// maxCounts bounds the counts kept: a megabyte or two.
const maxCounts = 1 << 15

// countCache keeps how many records hold a term in a field (with or
// without its synonyms), for one Version of the index. Safe for
// concurrent use.
type countCache struct {
	mu      sync.Mutex
	version uint64
	counts  map[countKey]uint64
}

type countKey struct {
	field, term string
	synonyms    bool
}

// get returns the count kept for k at version, if any.
func (c *countCache) get(version uint64, k countKey) (uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return 0, false
	}
	n, ok := c.counts[k]
	return n, ok
}

// put keeps n for k, counted at version (read before the reader that
// counted it was opened, so that a count of older coverage is never kept
// for a newer version). Counts of another version, and a full cache, are
// dropped.
func (c *countCache) put(version uint64, k countKey, n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return
	}
	if version != c.version || len(c.counts) >= maxCounts || c.counts == nil {
		c.version, c.counts = version, make(map[countKey]uint64)
	}
	c.counts[k] = n
}
