package bot

import (
	"sync"
	"sync/atomic"
)

// wordCache keeps the results of a pure function of a word, for concurrent
// use: the coverage and the questions reuse a vocabulary of some
// thousands of words. It stops growing at max entries, so odd input
// cannot fill memory; a word beyond them is worked out each time.
type wordCache[V any] struct {
	max  int64
	m    sync.Map // word → V
	size atomic.Int64
}

// get returns f(w), worked out once while the cache has room.
func (c *wordCache[V]) get(w string, f func(string) V) V {
	if v, ok := c.m.Load(w); ok {
		return v.(V)
	}
	v := f(w)
	if c.size.Load() < c.max {
		if _, loaded := c.m.LoadOrStore(w, v); !loaded {
			c.size.Add(1)
		}
	}
	return v
}
