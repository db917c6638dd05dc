package bot

// Stage 2 (expand): the other ways the coverage may say a question's words: learned aliases, initialisms.

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// aliasHits is how many paragraphs that define a question word expandAliases reads.
const aliasHits = 8

// expandAliases looks up what the coverage says the question's names
// mean (acronyms, people's roles) and the names of what it describes, and
// adds each as an expansion of the term that asked for it.
func (b *Bot) expandAliases(ctx context.Context, q *question) error {
	if len(q.terms) == 0 {
		return nil
	}
	var words []string
	for _, t := range q.terms {
		words = append(words, t.word)
	}
	hits, err := b.idx.Search(ctx, index.Query{
		Clauses: []index.Clause{{Field: "aliases", Text: strings.Join(words, " ")}},
		Size:    aliasHits,
	})
	if err != nil {
		return fmt.Errorf("look up aliases: %w", err)
	}
	qstems := make([]string, len(q.terms))
	for i, t := range q.terms {
		qstems[i] = t.stem
	}
	for _, h := range hits {
		for _, a := range h.Aliases {
			if isReference(a) {
				continue // what a passage's "this clause" means is for ranking that passage
			}
			name, meaning := stems(a.Name), stems(a.Meaning)
			switch {
			case len(name) == 0 || len(meaning) == 0:
			case q.asksAbout(a):
				q.addExpansion(name[len(name)-1], newPhrase(a.Meaning))
			case roleAsked(qstems, meaning) && !a.Inferred:
				// A person for their role ("the commerce secretary"), an
				// acronym the text defines for its long form; not
				// initials the text never writes: they are ambiguous
				// ("RTA" for two names), the name is not.
				for _, s := range meaning {
					q.addExpansion(s, newPhrase(a.Name))
				}
			}
		}
	}
	return nil
}

// roleAsked reports whether a question names a role or long form: all its
// content words when it has one or two, two or more otherwise.
func roleAsked(qstems, meaning []string) bool {
	n := 0
	for _, s := range meaning {
		if contains(qstems, s) {
			n++
		}
	}
	return n == len(meaning) || (len(meaning) > 2 && n >= 2)
}

// addExpansion records that the term with stem s may be said as ph.
func (q *question) addExpansion(s string, ph phrase) {
	for i := range q.terms {
		if q.terms[i].stem != s {
			continue
		}
		for _, e := range q.terms[i].expand {
			if e.text == ph.text {
				return
			}
		}
		q.terms[i].expand = append(q.terms[i].expand, ph)
	}
}

// dotted returns the spelling with full stops of a short initialism ("US"
// → "U.S."), which the index keeps apart from it, or "".
func dotted(w string) string {
	if len(w) < 2 || len(w) > 3 {
		return ""
	}
	var b strings.Builder
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
		b.WriteByte('.')
	}
	return b.String()
}

// docFreq is how many passages use a word, in either spelling of an
// initialism: a text writes "US" or "U.S.", rarely both.
func docFreq(counts map[string]int, w string) int {
	n := counts[w]
	if d := dotted(w); d != "" {
		n += max(counts[d], 0)
	}
	return n
}

// words returns the words to look up in the index: the question's words
// and the single-word synonyms of each.
func (q *question) lookupWords() []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
			if d := dotted(w); d != "" && !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	for _, t := range q.terms {
		add(t.word)
		if o := wordnet.OtherSpelling(t.word); o != "" {
			add(o) // "defence" for "defense": the index keeps them apart
		}
		if t.alt != "" {
			add(t.alt)
		}
		for _, v := range t.variants {
			add(v)
		}
		for _, ph := range t.longForms {
			for _, w := range strings.Fields(ph.text) {
				add(w)
			}
		}
		for _, ci := range t.concepts {
			for _, m := range thesaurus[ci] {
				add(m)
			}
		}
		for _, w := range t.countryNames {
			add(w) // "canada" for "Ottawa"
		}
	}
	return out
}

// asksAbout reports whether the question names what an alias defines: by
// the last word of a name or acronym ("Lutnick"), but by the whole of a
// name the coverage describes, whose last word is often a common noun
// ("the line" is not "the Harbor Line").
func (q *question) asksAbout(a corpus.Alias) bool {
	if !a.Described {
		return q.mentions(a.Name)
	}
	named := false
	for _, w := range tokenize(a.Name) {
		if w.stop {
			continue // "WHO", "IT": a name of stop words names nothing here
		}
		if !slices.ContainsFunc(q.terms, func(t term) bool { return t.stem == w.stem }) {
			return false
		}
		named = true
	}
	return named
}

// mentions reports whether the question names something: an acronym by
// itself, a person by their surname.
func (q *question) mentions(name string) bool {
	ws := tokenize(name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1].stem
	for _, t := range q.terms {
		if t.stem == last {
			return true
		}
	}
	return false
}
