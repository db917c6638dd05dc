// Package index keeps passages in a Bleve index (scorch backend, BM25
// scoring, English analysis) and searches them. Bleve types stay inside
// this package: callers pass corpus.Passage in and get Hits out.
package index

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/dealbot/dealbot/corpus"
)

// Index is a searchable set of passages.
type Index struct {
	bleve   bleve.Index
	dir     string
	tempDir string // the directory Open made for dir and Close removes, or ""
	rebuilt string // why Open replaced a damaged index, or ""

	mu       sync.Mutex        // serialises writes
	manifest map[string]string // document id → fingerprint of its indexed passages (see Sync)

	read    paragraphCache                 // paragraphs searches returned, decoded
	counts  versionCache[countKey, uint64] // postings counted, by term (see versioncache.go)
	matches versionCache[string, bool]     // whether a query matches any paragraph (see Matches)
	version atomic.Uint64                  // see Version

	persistErrs <-chan error // failed writes to disk (see persistErrors)
	unwatch     func()
}

// Open creates a scorch index in dir, or in a new temporary directory when
// dir is "". An index already in dir is opened as it is, unless it cannot
// be read or was built with another mapping: then it is replaced by an
// empty one (see Rebuilt). An index another process has open gives
// ErrLocked at once.
func Open(dir string) (*Index, error) {
	var temp string
	if dir == "" {
		d, err := os.MkdirTemp("", "dealbot-index-")
		if err != nil {
			return nil, fmt.Errorf("create index dir: %w", err)
		}
		temp, dir = d, filepath.Join(d, "index")
	}
	bi, manifest, rebuilt, err := openPersistent(dir)
	if err != nil {
		if temp != "" {
			os.RemoveAll(temp) // nothing of it is kept: the error is the one to report
		}
		return nil, err
	}
	errs, unwatch := watchPersistErrors(dir)
	return &Index{bleve: bi, dir: dir, tempDir: temp, rebuilt: rebuilt, manifest: manifest, persistErrs: errs, unwatch: unwatch}, nil
}

// Close releases the index, removing it when it was temporary.
func (ix *Index) Close() error {
	ix.unwatch()
	err := ix.bleve.Close()
	if ix.tempDir != "" {
		if rmErr := os.RemoveAll(ix.tempDir); rmErr != nil && err == nil {
			err = rmErr
		}
	}
	return err
}

// The index holds one record per paragraph, not per passage: a passage
// is a sentence, and indexing each with its paragraph as context analysed
// and stored every paragraph once for each of its sentences, which was
// most of the cost of indexing and of searching. A record indexes the
// paragraph's text once and stores its sentences, each with its own
// topics and aliases; a search finds paragraphs and returns their
// sentences as hits (see Search).

// Field names of an indexed paragraph. Only fieldStored is stored: a
// search reads one stored field of each paragraph it returns, which Bleve
// does far faster than nine.
const (
	fieldText    = "text" // the paragraph
	fieldTitle   = "title"
	fieldSection = "section"
	fieldDocID   = "doc_id"
	fieldEdition = "edition"
	fieldTopics  = "topics"  // the topics of its sentences, once for each tagged sentence
	fieldAliases = "aliases" // what any of its sentences defines
	fieldStored  = "stored"  // its citation, text and sentences (JSON of storedParagraph)
)

// synonymSource names the Bleve synonym source (and its collection) that
// expands query words on the text fields; see PutSynonyms.
const synonymSource = "thesaurus"

// aliasSep joins an alias's name and meaning in the indexed field.
const aliasSep = " = "

// record is the indexed form of a paragraph.
type record struct {
	Text    string   `json:"text"`
	Title   string   `json:"title"`
	Section string   `json:"section"`
	DocID   string   `json:"doc_id"`
	Edition string   `json:"edition"`
	Topics  []string `json:"topics"`
	Aliases []string `json:"aliases"`
	Stored  string   `json:"stored"` // JSON of storedParagraph
}

// storedParagraph is what a search returns of a paragraph.
type storedParagraph struct {
	corpus.Citation
	Text      string     `json:"text"`
	Before    string     `json:"before,omitempty"` // see corpus.Passage.Before
	After     string     `json:"after,omitempty"`  // see corpus.Passage.After
	Sentences []sentence `json:"sentences"`
}

// sentence is the stored form of a passage within its paragraph.
type sentence struct {
	ID      string         `json:"id"`
	N       int            `json:"n"`
	Text    string         `json:"text"`
	Topics  []string       `json:"topics,omitempty"`
	Aliases []corpus.Alias `json:"aliases,omitempty"`
}

// newMapping is how paragraphs are indexed. Only what searches use is
// built: positions (term vectors) for the paragraph text, which phrase
// queries need, and for no other field; no doc values, since hits are
// ordered by score and id, never by a field. Both would cost indexing
// time and memory for nothing. The searched fields are not stored: all a
// search returns is in fieldStored.
// englishAnalyzer analyses every text field and the queries on them:
// Bleve's English analyser ("en": Unicode word boundaries, possessives
// dropped, lower case, English stop words, Porter stems) after folding
// letters to ASCII, so that "Hürlimann" and "São Paulo" are found as a
// reader types them, "Hurlimann" and "Sao Paulo".
const englishAnalyzer = "en_folded"

// englishAnalyzerConfig defines englishAnalyzer for the mapping.
var englishAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"char_filters":  []string{asciifolding.Name},
	"tokenizer":     unicode.Name,
	"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, porter.Name},
}

func newMapping() mapping.IndexMapping {
	english := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = englishAnalyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		f.SynonymSource = synonymSource
		return f
	}
	keywordField := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false
	text := english()
	text.IncludeTermVectors = true // phrase queries
	aliases := english()
	aliases.SynonymSource = ""
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldTitle, english())
	doc.AddFieldMappingsAt(fieldSection, english())
	doc.AddFieldMappingsAt(fieldDocID, keywordField())
	doc.AddFieldMappingsAt(fieldEdition, keywordField())
	doc.AddFieldMappingsAt(fieldTopics, keywordField())
	doc.AddFieldMappingsAt(fieldAliases, aliases)
	doc.AddFieldMappingsAt(fieldStored, stored)

	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(englishAnalyzer, englishAnalyzerConfig); err != nil {
		panic(err) // a static configuration that cannot fail
	}
	// The source's analyzer must be the fields' analyzer, so that a
	// synonym is stemmed the way the words it stands for are.
	if err := m.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymSource,
		"analyzer":   englishAnalyzer,
	}); err != nil {
		panic(err) // a static configuration that cannot fail
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = englishAnalyzer
	m.ScoringModel = bleveindex.BM25Scoring
	return m
}

// Put replaces every passage of the documents named in ps's doc ids with
// ps, in one batch, so a search sees either the old or the new version.
// Put records no fingerprint: an index kept with Sync is changed by Sync.
func (ix *Index) Put(ctx context.Context, docIDs []string, ps []corpus.Passage) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	w := ix.newBatchWriter()
	for _, id := range docIDs {
		old, err := ix.recordIDs(ctx, id)
		if err != nil {
			return err
		}
		for _, pid := range old {
			w.batch.Delete(pid)
		}
	}
	for _, para := range paragraphs(ps) {
		if err := w.index(para); err != nil {
			return err
		}
	}
	err := ix.bleve.Batch(w.batch)
	ix.changed()
	if err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// recordIDs lists the ids of a document's indexed paragraphs.
func (ix *Index) recordIDs(ctx context.Context, docID string) ([]string, error) {
	q := bleve.NewTermQuery(docID)
	q.SetField(fieldDocID)
	var ids []string
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list paragraphs of %s: %w", docID, err)
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}

// Count returns the number of indexed paragraphs. Bleve counts synonym
// definitions as documents too; PutSynonyms records how many there are.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.bleve.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count passages: %w", err)
	}
	syn, err := ix.synonymCount()
	if err != nil {
		return 0, err
	}
	if uint64(syn) > n {
		return 0, nil
	}
	return n - uint64(syn), nil
}

// synonymsKey is the internal key holding how many synonym definitions
// the index has.
var synonymsKey = []byte("dealbot.synonyms")

// synonymsSumKey is the internal key holding the checksum of the synonym
// groups last written (see synonymsSum).
var synonymsSumKey = []byte("dealbot.synonyms.sum")

// synonymsSum is a checksum of synonym groups.
func synonymsSum(groups [][]string) string {
	h := sha256.New()
	for _, g := range groups {
		for _, w := range g {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		h.Write([]byte{1})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (ix *Index) synonymCount() (int, error) {
	v, err := ix.bleve.GetInternal(synonymsKey)
	if err != nil {
		return 0, fmt.Errorf("read synonym count: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, fmt.Errorf("read synonym count %q: %w", v, err)
	}
	return n, nil
}

// toRecord makes the record of a paragraph from its passages, which share
// its citation and context.
func toRecord(ps []corpus.Passage) record {
	p := ps[0]
	r := record{Text: p.Context, Title: p.Title, Section: p.Section, DocID: p.DocID, Edition: p.Edition}
	st := storedParagraph{Citation: p.Citation, Text: p.Context, Before: p.Before, After: p.After, Sentences: make([]sentence, len(ps))}
	for i, p := range ps {
		st.Sentences[i] = sentence{ID: p.ID, N: p.Sentence, Text: p.Text, Topics: p.Topics, Aliases: p.Aliases}
		// A topic once for each sentence tagged with it: a paragraph
		// mostly about the topic scores higher on it (BM25).
		r.Topics = append(r.Topics, p.Topics...)
		for _, a := range p.Aliases {
			r.Aliases = append(r.Aliases, a.Name+aliasSep+a.Meaning)
		}
	}
	data, _ := json.Marshal(st) // strings and numbers cannot fail to encode
	r.Stored = string(data)
	return r
}

// paragraphID is the id of the record of p's paragraph.
func paragraphID(p corpus.Passage) string {
	return p.DocID + "#p" + strconv.Itoa(p.Paragraph)
}

// paragraphs cuts passages into runs of one paragraph each, in order.
func paragraphs(ps []corpus.Passage) [][]corpus.Passage {
	var out [][]corpus.Passage
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].DocID == ps[i].DocID && ps[j].Paragraph == ps[i].Paragraph {
			j++
		}
		out = append(out, ps[i:j])
		i = j
	}
	return out
}

// reset replaces the index with an empty one in the same folder.
func (ix *Index) reset() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.bleve.Close(); err != nil {
		return fmt.Errorf("close index to rebuild it: %w", err)
	}
	if err := removeIndexFiles(ix.dir); err != nil {
		return fmt.Errorf("remove index to rebuild it: %w", err)
	}
	bi, err := create(ix.dir, indexConfig())
	if err != nil {
		return err
	}
	ix.bleve, ix.manifest, ix.rebuilt = bi, map[string]string{}, "the thesaurus changed"
	ix.changed()
	ix.read.mu.Lock()
	ix.read.byRecord = nil
	ix.read.mu.Unlock()
	return nil
}

// PutSynonyms replaces the thesaurus that expands query words: each group
// lists words that mean the same thing. The same thesaurus again writes
// nothing; another one starts the index over (see reset), so call it
// before Sync and before searching. Bleve's synonym search handles
// single words (a synonym scores at half the weight of the word itself);
// members that analyse to more than one word are ignored here, so callers
// expand phrases in their queries themselves.
func (ix *Index) PutSynonyms(ctx context.Context, groups [][]string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sum := synonymsSum(groups)
	if v, err := ix.bleve.GetInternal(synonymsSumKey); err != nil {
		return fmt.Errorf("read synonyms: %w", err)
	} else if string(v) == sum {
		// Unchanged: writing them again would replace every definition,
		// and Bleve fails to merge a segment whose synonyms are all
		// replaced ("no synonyms found"), for good.
		return nil
	}
	had, err := ix.synonymCount()
	if err != nil {
		return err
	}
	if had > 0 {
		// Another thesaurus: replacing its definitions in place would
		// leave segments Bleve cannot merge, so the index starts over
		// and the next Sync indexes every document again.
		if err := ix.reset(); err != nil {
			return err
		}
		had = 0
	}
	id := func(i int) string { return fmt.Sprintf("%s#%d", synonymSource, i) }
	batch := ix.bleve.NewBatch()
	for i, g := range groups {
		if err := batch.IndexSynonym(id(i), synonymSource, &bleve.SynonymDefinition{Synonyms: g}); err != nil {
			return fmt.Errorf("index synonyms %s: %w", id(i), err)
		}
	}
	for i := len(groups); i < had; i++ {
		batch.Delete(id(i)) // a shorter thesaurus than last time
	}
	batch.SetInternal(synonymsKey, []byte(strconv.Itoa(len(groups))))
	batch.SetInternal(synonymsSumKey, []byte(sum))
	err = ix.bleve.Batch(batch)
	ix.changed()
	if err != nil {
		return fmt.Errorf("index synonyms: %w", err)
	}
	return nil
}

// reader opens a snapshot of the index for reading its terms; the caller
// closes it.
func (ix *Index) reader() (bleveindex.IndexReader, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("open reader: %w", err)
	}
	return r, nil
}

// TermCounts returns, for each word, how many paragraphs contain it after
// English analysis (stemming) in their text, or failing that in their
// section heading or title; -1 for a word the analysis drops (a stop
// word). It tells callers which question words the coverage knows at all,
// and how rare they are.
func (ix *Index) TermCounts(ctx context.Context, words []string) ([]int, error) {
	version := ix.Version()
	r, err := ix.reader()
	if err != nil {
		return nil, fmt.Errorf("term counts: %w", err)
	}
	defer r.Close()
	pc := postingCounter{ctx: ctx, r: r, cache: &ix.counts, version: version}
	an := ix.bleve.Mapping().AnalyzerNamed(englishAnalyzer)
	out := make([]int, len(words))
	for i, w := range words {
		toks := an.Analyze([]byte(w))
		if len(toks) == 0 {
			out[i] = -1
			continue
		}
		// A word the analyser splits ("U.S.", "75-year-old") counts by
		// its rarest part.
		n := -1
		for _, t := range toks {
			c := 0
			for _, field := range []string{fieldText, fieldSection, fieldTitle} {
				n, err := pc.term(field, string(t.Term))
				if err != nil {
					return nil, fmt.Errorf("term counts: %w", err)
				}
				if c = int(n); c > 0 {
					break
				}
			}
			if n < 0 || c < n {
				n = c
			}
		}
		out[i] = n
	}
	return out, nil
}

// Clause is one part of a query: text matched against a field ("" means
// the passage text), either as words or as an exact phrase, with a boost.
// The fields are "text" (the paragraph), "title", "section", "aliases"
// (what its sentences define), and the exact-match fields "topics",
// "doc_id" and "edition"; a search on any other field is an error.
type Clause struct {
	Field    string
	Text     string
	Phrase   bool
	Boost    float64
	Required bool // a passage must match this clause; it still adds to the score
}

// Query is a disjunction of clauses: a paragraph matching more of them,
// and rarer words, scores higher (BM25). When some clauses are Required,
// only paragraphs matching all of those are returned, ranked by all
// clauses.
//
// On a large index a search does not score every paragraph that holds a
// common word (see prune.go): set Exhaustive to score them all, as one
// plain Bleve query does.
type Query struct {
	Clauses []Clause
	// Within, when set, keeps the search to the paragraphs that match a
	// clause of each group; they add nothing to the score (see within.go).
	Within     [][]Clause
	Size       int // how many paragraphs to return (10 if 0): the hits are their sentences
	Exhaustive bool
}

// Hit is a passage found by a search, with the score of its paragraph.
type Hit struct {
	corpus.Passage
	Score float64
}

// Search runs q and returns the sentences of up to q.Size paragraphs,
// best paragraph first, each scored as its paragraph; paragraphs with
// equal scores (the same one in two editions) come in id order, and the
// sentences of a paragraph in their order.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	top, err := ix.query(ctx, q)
	if err != nil {
		return nil, err
	}
	if top == nil {
		return nil, nil
	}
	size := q.Size
	if size <= 0 {
		size = 10
	}
	found, err := ix.top(ctx, top, size)
	if err != nil {
		return nil, err
	}
	paras := make([][]corpus.Passage, len(found))
	n := 0
	for i, h := range found {
		stored, _ := h.Fields[fieldStored].(string)
		ps, err := ix.read.passages(h.ID, stored)
		if err != nil {
			return nil, err
		}
		paras[i] = ps
		n += len(ps)
	}
	if n == 0 {
		return nil, nil
	}
	hits := make([]Hit, 0, n)
	for i, ps := range paras {
		for _, p := range ps {
			hits = append(hits, Hit{Passage: p, Score: found[i].Score})
		}
	}
	return hits, nil
}

// Matches reports whether any paragraph matches q, as Search would find
// it, without reading or scoring the paragraphs: whether a document says
// something anywhere. The same check comes back question after question
// on one subject, so its result is kept until the index changes.
func (ix *Index) Matches(ctx context.Context, q Query) (bool, error) {
	version := ix.Version()
	key := fmt.Sprint(q)
	if found, ok := ix.matches.get(version, key); ok {
		return found, nil
	}
	top, err := ix.query(ctx, q)
	if err != nil || top == nil {
		return false, err
	}
	req := bleve.NewSearchRequestOptions(top, 0, 0, false)
	req.Score = bleve.ScoreNone
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return false, fmt.Errorf("search: %w", err)
	}
	ix.matches.put(version, key, res.Total > 0)
	return res.Total > 0, nil
}

// query is the Bleve query of q: its clauses, kept within its groups.
func (ix *Index) query(ctx context.Context, q Query) (query.Query, error) {
	p, err := ix.plan(ctx, q)
	if err != nil {
		return nil, err
	}
	top := p.query()
	if len(q.Within) > 0 {
		required := slices.ContainsFunc(q.Clauses, func(c Clause) bool { return c.Required })
		if top, err = withinQuery(q.Within, top, required); err != nil {
			return nil, err
		}
	}
	return top, nil
}

// tieSlack is how many paragraphs past the size asked for a search reads,
// so that a run of tied paragraphs at the cut is cut in id order.
const tieSlack = 8

// top returns the size best paragraphs matching q, by score, ties in id
// order, with their stored records. Bleve orders by score alone, ties in
// the index's internal order, which differs between two builds of one
// coverage (each replica builds its own) and changes when segments merge:
// the same paragraph in two editions could make the cut in one and not
// the other, and an answer's excerpts differ from run to run. So
// tieSlack more are read, put in id order among ties and cut at size;
// only when the ties run through all of them is the search run again in
// score-then-id order, which reads the id of every match (why Bleve's
// own order is asked for first).
func (ix *Index) top(ctx context.Context, q query.Query, size int) (search.DocumentMatchCollection, error) {
	run := func(n int, sortBy ...string) (search.DocumentMatchCollection, error) {
		req := bleve.NewSearchRequestOptions(q, n, 0, false)
		req.Fields = []string{fieldStored}
		if len(sortBy) > 0 {
			req.SortBy(sortBy)
		}
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		return res.Hits, nil
	}
	found, err := run(size + tieSlack)
	if err == nil && len(found) == size+tieSlack && found[size-1].Score == found[len(found)-1].Score {
		found, err = run(size, "-_score", "_id")
	}
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(found, func(a, b *search.DocumentMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return found[:min(len(found), size)], nil
}

// maxParagraphs bounds the paragraphs an index keeps decoded: a few
// megabytes.
const maxParagraphs = 2048

// paragraphCache keeps the passages of the paragraphs searches return,
// by their stored record: the same paragraphs come back search after
// search, and decoding them again was a tenth of the cost of an answer.
// A paragraph indexed anew has a new record, so entries never go stale.
// When full, it starts over. Safe for concurrent use; its passages are
// shared, and only read.
type paragraphCache struct {
	mu       sync.Mutex
	byRecord map[string][]corpus.Passage
}

// passages returns the passages of the paragraph with id and stored
// record.
func (c *paragraphCache) passages(id, stored string) ([]corpus.Passage, error) {
	c.mu.Lock()
	ps, ok := c.byRecord[stored]
	c.mu.Unlock()
	if ok {
		return ps, nil
	}
	var st storedParagraph
	if err := json.Unmarshal([]byte(stored), &st); err != nil {
		return nil, fmt.Errorf("read paragraph %s: %w", id, err)
	}
	ps = make([]corpus.Passage, len(st.Sentences))
	for i, s := range st.Sentences {
		ps[i] = corpus.Passage{
			ID: s.ID, Citation: st.Citation, Sentence: s.N, Text: s.Text, Context: st.Text, Before: st.Before, After: st.After,
			Topics: s.Topics, Aliases: s.Aliases,
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.byRecord) >= maxParagraphs || c.byRecord == nil {
		c.byRecord = make(map[string][]corpus.Passage)
	}
	c.byRecord[stored] = ps
	return ps, nil
}
