// Package index keeps passages in a Bleve index (scorch backend, BM25
// scoring, English analysis) and searches them. Bleve types stay inside
// this package: callers pass corpus.Passage in and get Hits out.
package index

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/dealbot/dealbot/corpus"
)

// Index is a searchable set of passages.
type Index struct {
	bleve   bleve.Index
	dir     string
	tempDir bool   // dir was made by Open and is removed by Close
	rebuilt string // why Open replaced a damaged index, or ""

	mu       sync.Mutex        // serialises writes
	manifest map[string]string // document id → fingerprint of its indexed passages (see Sync)
}

// Open creates a scorch index in dir, or in a new temporary directory when
// dir is "". An index already in dir is opened as it is, unless it cannot
// be read or was built with another mapping: then it is replaced by an
// empty one (see Rebuilt). An index another process has open gives
// ErrLocked at once.
func Open(dir string) (*Index, error) {
	temp := dir == ""
	if temp {
		d, err := os.MkdirTemp("", "dealbot-index-")
		if err != nil {
			return nil, fmt.Errorf("create index dir: %w", err)
		}
		dir = d + "/index"
	}
	bi, manifest, rebuilt, err := openPersistent(dir)
	if err != nil {
		return nil, err
	}
	return &Index{bleve: bi, dir: dir, tempDir: temp, rebuilt: rebuilt, manifest: manifest}, nil
}

// Close releases the index, removing it when it was temporary.
func (ix *Index) Close() error {
	err := ix.bleve.Close()
	if ix.tempDir {
		if rmErr := os.RemoveAll(ix.dir + "/.."); rmErr != nil && err == nil {
			err = rmErr
		}
	}
	return err
}

// Field names of an indexed passage.
const (
	fieldText      = "text"
	fieldContext   = "context"
	fieldTitle     = "title"
	fieldSection   = "section"
	fieldDocID     = "doc_id"
	fieldPublisher = "publisher"
	fieldEdition   = "edition"
	fieldURL       = "url"
	fieldParagraph = "paragraph"
	fieldSentence  = "sentence"
	fieldTopics    = "topics"
	fieldAliases   = "aliases"
)

// synonymSource names the Bleve synonym source (and its collection) that
// expands query words on the text fields; see PutSynonyms.
const synonymSource = "thesaurus"

// aliasSep joins an alias's name and meaning in the stored field.
const aliasSep = " = "

// record is the stored form of a passage.
type record struct {
	Text      string   `json:"text"`
	Context   string   `json:"context"`
	Title     string   `json:"title"`
	Section   string   `json:"section"`
	DocID     string   `json:"doc_id"`
	Publisher string   `json:"publisher"`
	Edition   string   `json:"edition"`
	URL       string   `json:"url"`
	Paragraph float64  `json:"paragraph"`
	Sentence  float64  `json:"sentence"`
	Topics    []string `json:"topics"`
	Aliases   []string `json:"aliases"`
}

// newMapping is how passages are indexed. Only what searches use is
// built: positions (term vectors) for the passage text, which phrase
// queries need, and for no other field; no doc values, since hits are
// ordered by score and id, never by a field. Both would cost indexing
// time and memory for nothing.
// englishAnalyzer analyses every text field and the queries on them.
const englishAnalyzer = en.AnalyzerName

func newMapping() mapping.IndexMapping {
	english := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = englishAnalyzer
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		f.SynonymSource = synonymSource
		return f
	}
	keywordField := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	number := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Index = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	text := english(true)
	text.IncludeTermVectors = true // phrase queries
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldContext, english(true))
	doc.AddFieldMappingsAt(fieldTitle, english(true))
	doc.AddFieldMappingsAt(fieldSection, english(true))
	doc.AddFieldMappingsAt(fieldDocID, keywordField())
	doc.AddFieldMappingsAt(fieldEdition, keywordField())
	doc.AddFieldMappingsAt(fieldTopics, keywordField())
	aliases := english(true)
	aliases.SynonymSource = ""
	doc.AddFieldMappingsAt(fieldAliases, aliases)
	doc.AddFieldMappingsAt(fieldPublisher, stored())
	doc.AddFieldMappingsAt(fieldURL, stored())
	doc.AddFieldMappingsAt(fieldParagraph, number())
	doc.AddFieldMappingsAt(fieldSentence, number())

	m := bleve.NewIndexMapping()
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
		old, err := ix.passageIDs(ctx, id)
		if err != nil {
			return err
		}
		for _, pid := range old {
			w.batch.Delete(pid)
		}
	}
	for _, p := range ps {
		if err := w.index(p); err != nil {
			return err
		}
	}
	if err := ix.bleve.Batch(w.batch); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	return nil
}

// passageIDs lists the ids of a document's indexed passages.
func (ix *Index) passageIDs(ctx context.Context, docID string) ([]string, error) {
	q := bleve.NewTermQuery(docID)
	q.SetField(fieldDocID)
	var ids []string
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list passages of %s: %w", docID, err)
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}

// Count returns the number of indexed passages. Bleve counts synonym
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

func toRecord(p corpus.Passage) record {
	var aliases []string
	for _, a := range p.Aliases {
		aliases = append(aliases, a.Name+aliasSep+a.Meaning)
	}
	return record{
		Text: p.Text, Context: p.Context, Title: p.Title, Section: p.Section,
		DocID: p.DocID, Publisher: p.Publisher, Edition: p.Edition, URL: p.URL,
		Paragraph: float64(p.Paragraph), Sentence: float64(p.Sentence), Topics: p.Topics,
		Aliases: aliases,
	}
}

// PutSynonyms replaces the thesaurus that expands query words: each group
// lists words that mean the same thing. Bleve's synonym search handles
// single words (a synonym scores at half the weight of the word itself);
// members that analyse to more than one word are ignored here, so callers
// expand phrases in their queries themselves.
func (ix *Index) PutSynonyms(ctx context.Context, groups [][]string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	had, err := ix.synonymCount()
	if err != nil {
		return err
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
	if err := ix.bleve.Batch(batch); err != nil {
		return fmt.Errorf("index synonyms: %w", err)
	}
	return nil
}

// TermCounts returns, for each word, how many passages contain it after
// English analysis (stemming) in their text, or failing that in their
// section heading or title; -1 for a word the analysis drops (a stop
// word). It tells callers which question words the coverage knows at all,
// and how rare they are.
func (ix *Index) TermCounts(ctx context.Context, words []string) ([]int, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, fmt.Errorf("term counts: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("term counts: open reader: %w", err)
	}
	defer r.Close()
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
				tfr, err := r.TermFieldReader(ctx, t.Term, field, false, false, false)
				if err != nil {
					return nil, fmt.Errorf("term counts %q: %w", t.Term, err)
				}
				c = int(tfr.Count())
				tfr.Close()
				if c > 0 {
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
// The fields are "text", "context" (the paragraph), "title", "section",
// "aliases" (what the passage defines), and the exact-match fields
// "topics", "doc_id" and "edition".
type Clause struct {
	Field    string
	Text     string
	Phrase   bool
	Boost    float64
	Required bool // a passage must match this clause; it still adds to the score
}

// Query is a disjunction of clauses: a passage matching more of them, and
// rarer words, scores higher (BM25). When some clauses are Required, only
// passages matching all of those are returned, ranked by all clauses.
//
// On a large index a search does not score every passage that holds a
// common word (see prune): set Exhaustive to score them all, as one plain
// Bleve query does.
type Query struct {
	Clauses    []Clause
	Size       int
	Exhaustive bool
}

// Hit is a passage found by a search with its score.
type Hit struct {
	corpus.Passage
	Score float64
}

// Search runs q and returns up to q.Size hits, best first; hits with equal
// scores (the same sentence in two editions) come in passage id order.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	p, err := ix.plan(ctx, q)
	if err != nil {
		return nil, err
	}
	top := p.query()
	if top == nil {
		return nil, nil
	}
	size := q.Size
	if size <= 0 {
		size = 10
	}
	// Bleve's default order, by score alone: ordering ties by id as well
	// made it read the id of every matching passage. Ties are put in id
	// order below, among the hits returned.
	req := bleve.NewSearchRequestOptions(top, size, 0, false)
	req.Fields = []string{"*"}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hits = append(hits, Hit{Passage: fromFields(h.ID, h.Fields), Score: h.Score})
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return hits, nil
}

func fromFields(id string, f map[string]interface{}) corpus.Passage {
	str := func(k string) string { s, _ := f[k].(string); return s }
	num := func(k string) int { n, _ := f[k].(float64); return int(n) }
	var aliases []corpus.Alias
	for _, a := range strs(f[fieldAliases]) {
		if name, meaning, ok := strings.Cut(a, aliasSep); ok {
			aliases = append(aliases, corpus.Alias{Name: name, Meaning: meaning})
		}
	}
	return corpus.Passage{
		ID: id,
		Citation: corpus.Citation{
			DocID: str(fieldDocID), Title: str(fieldTitle), Publisher: str(fieldPublisher),
			Edition: str(fieldEdition), Section: str(fieldSection), Paragraph: num(fieldParagraph),
			URL: str(fieldURL),
		},
		Sentence: num(fieldSentence),
		Text:     str(fieldText),
		Context:  str(fieldContext),
		Topics:   strs(f[fieldTopics]),
		Aliases:  aliases,
	}
}

// strs reads a stored multi-valued field: Bleve returns one value as a
// string and several as a slice.
func strs(v interface{}) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []interface{}:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
