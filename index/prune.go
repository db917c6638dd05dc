package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Bleve scores every record (paragraph) that holds a word of a query. On
// ten thousand documents words like "Japan" or "tariffs" are in tens of
// thousands of paragraphs, and scoring them all was most of an answer's
// cost: one plain match query grows about 100× from the embedded coverage
// to 10,000 documents. So a search leaves out, after MaxScore (Turtle and
// Flood, 1995), the words a good paragraph need not say: the most common
// ones, as long as together they weigh (boost × IDF) less than the query's
// weightiest single word, so that a paragraph saying only them would rank
// below one saying that word. A paragraph must match one of the other
// words, and the common ones only add to its score: Bleve walks the
// postings of the others and skips ahead in those of the common ones.
//
// Only a word in more than max(minCommon, records/commonShare) records is
// left out: scoring a thousand records costs little, so a small
// corpus, the embedded coverage among them, is searched in full and ranks
// exactly as without pruning. A query with required clauses (a topic's
// best passages) is driven by them and run as it is.
const (
	minCommon   = 1000
	commonShare = 100
	// minPhrase: checking a phrase (positions) is the dearest match there
	// is, so a phrase in more records than this that holds a word a
	// paragraph must say anyway is checked only on the paragraphs that
	// word finds (see commonWords).
	minPhrase = 250
)

// plan is a query's clauses with each one's words split by how common
// they are.
type plan struct {
	clauses []plannedClause
	pruned  bool // some words are left out: see query
}

type plannedClause struct {
	Clause
	// rare and common are the words of a word-matching clause that a
	// passage may match alone and those it may not; a phrase or
	// exact-match clause is whole in one of them.
	rare, common []string
}

// plan classifies q's words. It leaves every clause whole (in rare) when
// q is exhaustive, kept within groups (they drive it: see within.go), has
// required clauses, or the index is too small for any word to be left out.
func (ix *Index) plan(ctx context.Context, q Query) (plan, error) {
	p := plan{clauses: make([]plannedClause, len(q.Clauses))}
	for i, c := range q.Clauses {
		c.Field = cmp.Or(c.Field, fieldText)
		if !searchFields[c.Field] {
			return p, fmt.Errorf("search: no field %q", c.Field)
		}
		p.clauses[i] = plannedClause{Clause: c, rare: []string{c.Text}}
	}
	if q.Exhaustive || len(q.Within) > 0 || slices.ContainsFunc(q.Clauses, func(c Clause) bool { return c.Required }) {
		return p, nil
	}
	version := ix.Version()
	r, err := ix.reader()
	if err != nil {
		return p, fmt.Errorf("plan search: %w", err)
	}
	defer r.Close()
	docs, err := r.DocCount()
	if err != nil {
		return p, fmt.Errorf("plan search: %w", err)
	}
	cut := max(minCommon, docs/commonShare)
	if docs <= min(cut, minPhrase) {
		return p, nil // nothing could be left out
	}
	pc := postingCounter{ctx: ctx, r: r, an: ix.bleve.Mapping().AnalyzerNamed(englishAnalyzer), cache: &ix.counts, version: version}
	pc.thesaurus, _ = r.(bleveindex.ThesaurusReader)
	var words []word
	same := map[string]int{} // a word that analyses as an earlier one of the same kind matches the same records
	for i, c := range p.clauses {
		ws := []string{c.Text}
		if !c.Phrase && !exactFields[c.Field] {
			ws = strings.Fields(c.Text)
		}
		for _, w := range ws {
			n, terms, err := pc.of(c.Field, w, c.Phrase)
			if err != nil {
				return p, fmt.Errorf("plan search: %w", err)
			}
			n = min(n, docs) // synonyms counted apart may share records
			wd := word{clause: i, text: w, terms: terms, phrase: c.Phrase, field: c.Field,
				postings: n, weight: cmp.Or(c.Boost, 1) * idf(n, docs)}
			key := fmt.Sprint(c.Field, c.Phrase, terms)
			if j, ok := same[key]; ok {
				// Asked once in a pruned query, with the larger boost.
				if wd.weight > words[j].weight {
					words[j] = wd
				}
				continue
			}
			same[key] = len(words)
			words = append(words, wd)
		}
	}
	if !slices.ContainsFunc(words, func(w word) bool { return w.postings > 0 }) {
		// No word is in any record (the bot's look-up of aliases, most
		// often): nothing to search.
		return plan{}, nil
	}
	common := commonWords(words, cut)
	if len(common) == 0 {
		return p, nil // nothing to gain: every clause whole, as given
	}
	if !keepDriver(words, common) {
		return p, nil // only phrases and tags could drive it: search in full
	}
	p.pruned = true
	for i := range p.clauses {
		p.clauses[i].rare = nil
	}
	for i, w := range words {
		c := &p.clauses[w.clause]
		switch {
		case w.postings == 0: // matches nothing, adds nothing
		case common[i]:
			c.common = append(c.common, w.text)
		default:
			c.rare = append(c.rare, w.text)
		}
	}
	return p, nil
}

// postingCounter counts how many records a query word can match.
type postingCounter struct {
	ctx       context.Context
	r         bleveindex.IndexReader
	thesaurus bleveindex.ThesaurusReader // nil if the index has none
	an        analysis.Analyzer
	cache     *versionCache[countKey, uint64]
	version   uint64 // of the index, read before r was opened
}

// of is at most how many records text matches in field: for words, the
// most of any of its terms; for a phrase, the fewest.
// It also returns the terms of text.
func (pc postingCounter) of(field, text string, phrase bool) (uint64, []string, error) {
	if exactFields[field] {
		n, err := pc.term(field, text)
		return n, []string{text}, err
	}
	var most, fewest uint64
	var terms []string
	for i, t := range pc.an.Analyze([]byte(text)) {
		terms = append(terms, string(t.Term))
		c, err := pc.withSynonyms(field, string(t.Term))
		if err != nil {
			return 0, nil, err
		}
		most = max(most, c)
		if i == 0 || c < fewest {
			fewest = c
		}
	}
	if phrase {
		return fewest, terms, nil
	}
	return most, terms, nil
}

// withSynonyms adds up the postings of a term and of the synonyms Bleve
// searches with it.
func (pc postingCounter) withSynonyms(field, term string) (uint64, error) {
	if pc.thesaurus == nil || !synonymFields[field] {
		return pc.term(field, term)
	}
	k := countKey{field: field, term: term, synonyms: true}
	if n, ok := pc.cache.get(pc.version, k); ok {
		return n, nil
	}
	n, err := pc.synonymPostings(field, term)
	if err == nil {
		pc.cache.put(pc.version, k, n)
	}
	return n, err
}

// synonymPostings adds up the postings of a term and its synonyms.
func (pc postingCounter) synonymPostings(field, term string) (uint64, error) {
	n, err := pc.term(field, term)
	if err != nil {
		return 0, err
	}
	syns, err := pc.thesaurus.ThesaurusTermReader(pc.ctx, synonymSource, []byte(term))
	if err != nil {
		return 0, fmt.Errorf("synonyms of %q: %w", term, err)
	}
	defer syns.Close()
	for {
		syn, err := syns.Next()
		if err != nil {
			return 0, fmt.Errorf("synonyms of %q: %w", term, err)
		}
		if syn == "" {
			return n, nil
		}
		c, err := pc.term(field, syn)
		if err != nil {
			return 0, err
		}
		n += c
	}
}

// term is the length of a term's postings in field.
func (pc postingCounter) term(field, term string) (uint64, error) {
	k := countKey{field: field, term: term}
	if n, ok := pc.cache.get(pc.version, k); ok {
		return n, nil
	}
	tfr, err := pc.r.TermFieldReader(pc.ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("postings of %q: %w", term, err)
	}
	defer tfr.Close()
	n := tfr.Count()
	pc.cache.put(pc.version, k, n)
	return n, nil
}

// synonymFields are the fields searched with the thesaurus's synonyms.
var synonymFields = map[string]bool{fieldText: true, fieldTitle: true, fieldSection: true}

// word is one word (or phrase, or exact term) of a clause, with how many
// records it matches at most and how much matching it can weigh.
type word struct {
	clause   int
	text     string
	terms    []string // as analysed
	phrase   bool
	field    string
	postings uint64
	weight   float64 // the clause's boost × the word's IDF
}

// commonWords picks the words a paragraph need not match, after MaxScore:
// the most common words, as long as together they weigh less than the
// question's weightiest single word, so that a paragraph matching only
// them would rank below one matching that word. It is an approximation:
// weights are boost × IDF, where BM25 lets a word said several times in a
// short paragraph weigh up to 2.2 times that, so a paragraph repeating
// common words can be missed; the question sets measure what that costs
// (see docs/performance.md). Only words in more than cut paragraphs are
// worth leaving out.
func commonWords(words []word, cut uint64) map[int]bool {
	order := make([]int, 0, len(words))
	strongest := 0.0
	for i, w := range words {
		if w.postings > 0 {
			order = append(order, i)
			strongest = max(strongest, w.weight)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(words[b].postings, words[a].postings) })
	common := map[int]bool{}
	// A topic tag is a bonus: a paragraph tagged with the question's
	// topic that says nothing of the question is no answer to it.
	if len(order) > 1 {
		for _, i := range order {
			if words[i].field == fieldTopics && words[i].postings > cut {
				common[i] = true
			}
		}
	}
	sum := 0.0
	for _, i := range order {
		w := words[i]
		if common[i] {
			continue
		}
		if w.postings <= cut || sum+w.weight >= strongest {
			break
		}
		sum += w.weight
		common[i] = true
	}
	// A phrase of a word a paragraph must otherwise match finds no
	// paragraph that word does not: checking it (positions, the dearest
	// match there is) can wait until that word has found the paragraph.
	must := map[string]bool{}
	for i, w := range words {
		if !w.phrase && !common[i] && w.postings > 0 {
			for _, t := range w.terms {
				must[w.field+"\x00"+t] = true
			}
		}
	}
	for i, w := range words {
		if w.phrase && !common[i] && w.postings > minPhrase && slices.ContainsFunc(w.terms, func(t string) bool { return must[w.field+"\x00"+t] }) {
			common[i] = true
		}
	}
	return common
}

// keepDriver makes sure a pruned query is driven by a word: the postings of
// a phrase only bound how many paragraphs it matches (its words may never
// stand together), and a topic tag alone is no answer. If no plain word is
// left to drive it, the weightiest common one is; it reports false when
// the query has no plain word at all.
func keepDriver(words []word, common map[int]bool) bool {
	best := -1
	for i, w := range words {
		if w.phrase || w.field == fieldTopics || w.postings == 0 {
			continue
		}
		if !common[i] {
			return true
		}
		if best < 0 || w.weight > words[best].weight {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	delete(common, best)
	return true
}

// idf is BM25's inverse document frequency of a word in n of docs records.
func idf(n, docs uint64) float64 {
	return math.Log(1 + (float64(docs)-float64(n)+0.5)/(float64(n)+0.5))
}

// searchFields are the fields a clause may search.
var searchFields = map[string]bool{fieldText: true, fieldTitle: true, fieldSection: true, fieldAliases: true,
	fieldTopics: true, fieldDocID: true, fieldEdition: true}

// exactFields are the fields matched as one exact term.
var exactFields = map[string]bool{fieldTopics: true, fieldDocID: true, fieldEdition: true}

// query is the Bleve query of a plan: the disjunction of its clauses
// (with required ones a must), or, pruned, a query that must match one of
// the rare parts and is scored by all.
func (p plan) query() query.Query {
	var must, rare, common []query.Query
	for _, c := range p.clauses {
		if len(c.rare) > 0 {
			q := clauseQuery(c.Clause, strings.Join(c.rare, " "))
			if c.Required {
				must = append(must, q)
			} else {
				rare = append(rare, q)
			}
		}
		if len(c.common) > 0 {
			common = append(common, clauseQuery(c.Clause, strings.Join(c.common, " ")))
		}
	}
	switch {
	case p.pruned:
		bq := bleve.NewBooleanQuery()
		bq.AddMust(bleve.NewDisjunctionQuery(rare...))
		bq.AddShould(common...)
		bq.SetMinShould(0)
		return bq
	case len(must) == 0 && len(rare) == 0:
		return nil
	case len(must) == 0:
		return bleve.NewDisjunctionQuery(rare...)
	default:
		bq := bleve.NewBooleanQuery()
		bq.AddMust(must...)
		if len(rare) > 0 {
			bq.AddShould(rare...)
			bq.SetMinShould(0)
		}
		return bq
	}
}

// clauseQuery is the Bleve query for text in c's field, the way c asks.
func clauseQuery(c Clause, text string) query.BoostableQuery {
	var q query.BoostableQuery
	switch {
	case exactFields[c.Field]:
		tq := bleve.NewTermQuery(text)
		tq.SetField(c.Field)
		q = tq
	case c.Phrase:
		pq := bleve.NewMatchPhraseQuery(text)
		pq.SetField(c.Field)
		q = pq
	default:
		mq := bleve.NewMatchQuery(text)
		mq.SetField(c.Field)
		q = mq
	}
	if c.Boost > 0 {
		q.SetBoost(c.Boost)
	}
	return q
}
