package bot

// The answer cache: teams ask the same few questions ("/deal tariffs",
// "who decides"), and an answer depends only on the question, the topic
// and the coverage. An answer is kept under its normalised question, its
// topic and the index's version, which every change of the coverage moves
// on, so a cached answer is never older than the coverage; entries of
// older versions are never asked for again and age out. It wraps the bot
// rather than living in it, so the answer engine stays free of it and a
// one-shot command (ask, eval) goes without.

import (
	linked "container/list"
	"context"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dealbot/dealbot/corpus"
)

// asker answers questions; *Bot does.
type asker interface {
	AskTopic(ctx context.Context, topic, question string) (Answer, error)
}

// versioner tells the version of the coverage answers come from;
// *index.Index does (see index.Index.Version).
type versioner interface {
	Version() uint64
}

// CacheOptions bound an AnswerCache. Zero values take the defaults.
type CacheOptions struct {
	MaxEntries int // answers kept; default 4,096
	MaxBytes   int // their text and citations, roughly; default 16 MiB
}

// AnswerCache answers from memory a question asked before on the same
// coverage, and asks the bot otherwise. Concurrent askers of the same
// question wait for one answer. Safe for concurrent use.
type AnswerCache struct {
	bot     asker
	version versioner
	opts    CacheOptions

	mu      sync.Mutex
	entries map[cacheKey]*linked.Element // of *cacheEntry
	lru     linked.List                  // front: most recently used
	bytes   int

	hits, misses atomic.Uint64
}

type cacheKey struct {
	version         uint64
	topic, question string
}

type cacheEntry struct {
	key   cacheKey
	ready chan struct{} // closed once ans and err are set
	ans   Answer
	err   error
	size  int
}

// NewAnswerCache returns a cache of b's answers, keyed by v's version.
func NewAnswerCache(b asker, v versioner, opts CacheOptions) *AnswerCache {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = 4096
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 16 << 20
	}
	return &AnswerCache{bot: b, version: v, opts: opts, entries: map[cacheKey]*linked.Element{}}
}

// Ask answers a question from the whole coverage, as Bot.Ask does.
func (c *AnswerCache) Ask(ctx context.Context, question string) (Answer, error) {
	return c.AskTopic(ctx, "", question)
}

// AskTopic answers as Bot.AskTopic does the normalised question (see
// normaliseQuestion), from the cache when the same question was answered
// on the same coverage. The answer's Question is the question as asked.
func (c *AnswerCache) AskTopic(ctx context.Context, topic, question string) (Answer, error) {
	// The version is read before the bot searches: an answer made while
	// the coverage changes is kept under the older version, where no
	// later question looks for it.
	key := cacheKey{version: c.version.Version(), topic: topic, question: normaliseQuestion(question)}
	c.mu.Lock()
	if el, ok := c.entries[key]; ok {
		c.lru.MoveToFront(el)
		e := el.Value.(*cacheEntry)
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			return Answer{}, ctx.Err()
		}
		if e.err == nil {
			c.hits.Add(1)
			return e.ans.asked(question), nil
		}
		// The first asker failed (its deadline, say): ask for this one.
		c.misses.Add(1)
		ans, err := c.bot.AskTopic(ctx, topic, key.question)
		if err != nil {
			return Answer{}, err
		}
		return ans.asked(question), nil
	}
	e := &cacheEntry{key: key, ready: make(chan struct{})}
	c.entries[key] = c.lru.PushFront(e)
	c.mu.Unlock()

	c.misses.Add(1)
	e.ans, e.err = c.bot.AskTopic(ctx, topic, key.question)
	if e.err == nil {
		e.size = answerSize(e.ans)
	}
	close(e.ready)
	c.mu.Lock()
	defer c.mu.Unlock()
	el := c.entries[key]
	switch {
	case el == nil || el.Value != e:
		// Evicted while answering.
	case e.err != nil:
		c.remove(el)
	default:
		c.bytes += e.size
		c.trim()
	}
	if e.err != nil {
		return Answer{}, e.err
	}
	return e.ans.asked(question), nil
}

// trim evicts the least recently used answers past the bounds.
func (c *AnswerCache) trim() {
	for c.lru.Len() > c.opts.MaxEntries || c.bytes > c.opts.MaxBytes {
		c.remove(c.lru.Back())
	}
}

func (c *AnswerCache) remove(el *linked.Element) {
	e := el.Value.(*cacheEntry)
	c.lru.Remove(el)
	delete(c.entries, e.key)
	select {
	case <-e.ready:
		if e.err == nil {
			c.bytes -= e.size
		}
	default: // still being answered: its size was never added
	}
}

// CacheStats says how an AnswerCache has done since it was made.
type CacheStats struct {
	Hits, Misses   uint64 // questions answered from memory, and by the bot
	Entries, Bytes int    // answers kept now, and their size
}

// Stats returns the cache's counts, for metrics.
func (c *AnswerCache) Stats() CacheStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return CacheStats{Hits: c.hits.Load(), Misses: c.misses.Load(), Entries: c.lru.Len(), Bytes: c.bytes}
}

// normaliseQuestion is a question as the cache keys it and the bot is
// asked it: trimmed, clipped, and with runs of spaces made one, so that
// "who  decides" is "who decides". Case and punctuation stay: the bot reads
// them ("US" is not "us", a question mark makes a question).
func normaliseQuestion(q string) string {
	q = clip(strings.TrimSpace(q), MaxQuestion)
	if strings.Contains(q, "  ") || strings.ContainsAny(q, "\t\n\r") {
		q = strings.Join(strings.Fields(q), " ")
	}
	return q
}

// asked is a copy of the answer for another asker of the same question:
// its own Question, and slices of its own.
func (a Answer) asked(question string) Answer {
	a.Question = clip(strings.TrimSpace(question), MaxQuestion)
	a.Excerpts = slices.Clone(a.Excerpts)
	a.More = slices.Clone(a.More)
	return a
}

// answerSize is about how many bytes an answer holds.
func answerSize(a Answer) int {
	const overhead = 256 // the structs, the map entry, the list element
	n := overhead + len(a.Question) + len(a.Topic) + len(a.Text)
	for _, ex := range slices.Concat(a.Excerpts, a.More) {
		n += overhead + len(ex.Text) + citationSize(ex.Citation)
		for _, c := range ex.AlsoIn {
			n += citationSize(c)
		}
	}
	return n
}

func citationSize(c corpus.Citation) int {
	return 64 + len(c.DocID) + len(c.Title) + len(c.Publisher) + len(c.Edition) + len(c.Section) + len(c.URL) + len(c.Published)
}
