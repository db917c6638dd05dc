package index

import (
	"context"
	"fmt"
	"unicode/utf8"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Spelling returns the term of the passage text nearest to word in
// spelling, for a word the index does not hold: the most frequent term
// within one edit (two for words of six letters or more: "tarrif" is two
// from "tariff") that shares its first letter, and how many paragraphs
// hold it; "" when there is none. Terms are as the English analyser makes
// them (stems: "tariff", "invest"), which is what a search or a count of
// them matches; so a slip in a suffix the stem drops ("investmnet" for
// "investment", whose stem is "invest") is too far to find.
//
// Typing slips are the use: a word the coverage lacks but English has is
// not a slip, and the caller asks only about words it cannot otherwise
// read.
func (ix *Index) Spelling(ctx context.Context, word string) (string, int, error) {
	an := ix.bleve.Mapping().AnalyzerNamed(englishAnalyzer)
	toks := an.Analyze([]byte(word))
	if len(toks) != 1 {
		return "", 0, nil
	}
	term := string(toks[0].Term)
	letters := utf8.RuneCountInString(term)
	if letters < minSpelled {
		return "", 0, nil
	}
	edits := 1
	if letters >= 6 {
		edits = 2
	}
	_, first := utf8.DecodeRuneInString(term)
	version := ix.Version()
	r, err := ix.reader()
	if err != nil {
		return "", 0, fmt.Errorf("spelling: %w", err)
	}
	defer r.Close()
	fr, ok := r.(bleveindex.IndexReaderFuzzy)
	if !ok {
		return "", 0, nil // an index without fuzzy dictionaries corrects nothing
	}
	dict, err := fr.FieldDictFuzzy(fieldText, term, edits, term[:first])
	if err != nil {
		return "", 0, fmt.Errorf("spelling: %w", err)
	}
	defer dict.Close()
	var near []string
	for {
		e, err := dict.Next()
		if err != nil {
			return "", 0, fmt.Errorf("spelling: %w", err)
		}
		if e == nil {
			break
		}
		if e.Term != term {
			near = append(near, e.Term)
		}
	}
	// The fuzzy dictionary does not count; the posting counter does.
	pc := postingCounter{ctx: ctx, r: r, cache: &ix.counts, version: version}
	best, most := "", uint64(0)
	for _, t := range near {
		n, err := pc.term(fieldText, t)
		if err != nil {
			return "", 0, fmt.Errorf("spelling: %w", err)
		}
		if n > most || (n == most && n > 0 && t < best) {
			best, most = t, n
		}
	}
	return best, int(most), nil
}

// minSpelled is the shortest term Spelling corrects: shorter words are
// too close to too many others ("rate", "rare", "race").
const minSpelled = 5
