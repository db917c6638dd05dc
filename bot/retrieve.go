package bot

// Stage 4 (retrieve): the index query that finds candidate paragraphs.

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
	"github.com/dealbot/dealbot/index"
)

// candidates is how many paragraphs the index returns, for their sentences
// to be re-ranked.
const candidates = 25

// smallCandidates is how many it returns from an index small enough that
// the analysis of every passage stays cached (maxAnalyses): there, ranking
// more paragraphs costs little, and the answer is often a paragraph that
// says few of the question's words (a quotation, a sentence that names the
// thing another way). On a larger index each paragraph more is analysed
// afresh, for each question.
const smallCandidates = 35

// candidatesFor returns how many paragraphs to rank on an index of n
// passages.
func candidatesFor(n int) int {
	if n <= maxAnalyses {
		return smallCandidates
	}
	return candidates
}

// retrieval is the index query that finds candidate passages: the
// question's words (Bleve expands single-word synonyms), multi-word
// synonyms and learned aliases as phrases, and the topic. A question that
// is only a topic is limited to the topic's passages, best first those
// whose paragraph has the most sentences on it (the index counts a topic
// once per tagged sentence); the ranking then prefers those most about it.
func retrieval(q *question) index.Query {
	var words, variants []string
	for _, t := range q.terms {
		words = append(words, t.word)
		if t.alt != "" {
			words = append(words, t.alt)
		}
		if t.ownDF > 0 {
			// The index stems regular forms alike ("sells", "selling"),
			// not irregular ones: "sold" for "sell" is the same word.
			// Only a verb's or an adjective's: a noun's base drifts
			// ("goods": "good", "better", "best"; "lead": "led").
			variants = append(variants, irregularForms(&t)...)
		} else {
			// Another form helps find passages only when the coverage
			// never uses the question's own: added to every question,
			// "Japanese" for "Japan" crowds out the rarer words.
			variants = append(variants, t.variants...)
			if t.compound {
				// "co operative" for "cooperative": the index splits
				// "co-operative", and its phrase query misses some.
				variants = append(variants, t.longForms[0].forms...)
			}
		}
	}
	text := strings.Join(words, " ")
	iq := index.Query{Size: candidatesFor(q.passages)}
	if text != "" {
		iq.Clauses = append(iq.Clauses,
			index.Clause{Text: text, Boost: 1},
			index.Clause{Field: "section", Text: text, Boost: 0.3},
			// A sentence that says "this clause" for "safety clause".
			index.Clause{Field: "aliases", Text: text, Boost: 0.1},
		)
	}
	if len(variants) > 0 {
		// Another word of a family counts half, as Bleve counts a
		// synonym: "Japanese" finds what "Japan" finds, after it.
		iq.Clauses = append(iq.Clauses, index.Clause{Text: strings.Join(variants, " "), Boost: 0.5})
	}
	seen := map[string]bool{}
	for _, t := range q.terms {
		for _, ph := range t.expand {
			if !seen[ph.text] {
				seen[ph.text] = true
				iq.Clauses = append(iq.Clauses, index.Clause{Text: ph.text, Phrase: true, Boost: 1})
			}
		}
		for _, ph := range t.longForms {
			if t.ownDF > 0 {
				break
			}
			// General knowledge of what an acronym stands for counts
			// half, as a variant does; what the coverage itself
			// defines (t.expand) counts in full.
			if !seen[ph.text] {
				seen[ph.text] = true
				iq.Clauses = append(iq.Clauses, index.Clause{Text: ph.text, Phrase: true, Boost: 0.5})
			}
		}
		for _, ci := range t.concepts {
			for _, ph := range defaultLexicon.concepts[ci].phrases {
				if !seen[ph.text] {
					seen[ph.text] = true
					iq.Clauses = append(iq.Clauses, index.Clause{Text: ph.text, Phrase: true, Boost: 0.5})
				}
			}
		}
	}
	if q.topic != "" {
		iq.Clauses = append(iq.Clauses, index.Clause{Field: "topics", Text: q.topic, Boost: 0.5, Required: q.topicOnly()})
	}
	return iq
}

// irregularForms returns the inflected forms of a term's word, and its
// base, that its stem does not share ("sold", "sell"; "paid", "pay";
// "rose", "rise"; "biggest", "big"): WordNet's exception lists, not its
// derivations; only of a verb, or of a word only ever an adjective or
// adverb (its degrees).
func irregularForms(t *term) []string {
	var of func(string) bool // which forms: a verb's, or an adjective's degrees
	switch {
	case t.verb || t.verbForm:
		of = wordnet.IsVerb // "sold", "sell"
	case wordnet.OnlyModifier(t.word):
		of = wordnet.Comparative // "bigger", "biggest"
	default:
		return nil
	}
	var out []string
	lemma := wordnet.Lemma(t.word)
	for _, w := range append([]string{lemma}, wordnet.Inflections(lemma)...) {
		if s := stem(w); s != t.stem && !slices.Contains(out, w) && (w == lemma || of(w)) {
			out = append(out, w)
		}
	}
	return out
}
