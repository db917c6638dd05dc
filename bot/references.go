package bot

import (
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"

	"github.com/dealbot/dealbot/corpus"
)

// references returns, for each passage, the references it makes and what
// they stand for. Passages are read in order, document by document; a
// reference is resolved to the latest earlier mention of the same noun
// that says more than the noun (or of a synonym, at most refWindow
// paragraphs back), and "they" to the latest plural noun phrase in the
// sentence or the two before it. A resolved reference is itself a
// mention, so a chain ("a safety clause" … "the clause" … "this clause")
// carries the name on. "It", "he" and "she" are left alone: "it" is as
// often nobody ("it remains unclear whether"), and the nearest noun is
// often the wrong one ("Chou said the deal could secure Japan's edge. It
// ensures …" means the clause). The work is linear in the length of a
// document: mentions are indexed by noun, and synonyms and "they" look
// back a few paragraphs or sentences only.
func references(ps []corpus.Passage) [][]corpus.Alias {
	out := make([][]corpus.Alias, len(ps))
	var ms []mention
	// latest is the latest mention in ms of each noun, by its form, so
	// that it is found at once however long the document: scanning back
	// for each reference made loading quadratic in a document's length.
	latest := map[string]int{}
	sentence := 0 // sentences read in the document
	sentOf := []int{}
	var title []string // the title's content words, lower-case
	var toks []refToken
	for i := range ps {
		p := &ps[i]
		if i == 0 || ps[i-1].DocID != p.DocID {
			ms, sentOf = ms[:0], sentOf[:0]
			clear(latest)
			title = titleWords(p.Title)
		}
		sentence++
		toks = appendRefTokens(toks[:0], p.Text)
		add := func(name, meaning string) {
			if meaning == "" || strings.EqualFold(name, meaning) {
				return
			}
			for _, a := range out[i] {
				if a.Name == name {
					return
				}
			}
			out[i] = append(out[i], corpus.Alias{Name: name, Meaning: meaning})
		}
		push := func(m mention) {
			latest[wordForm(m.head)] = len(ms)
			ms = append(ms, m)
			sentOf = append(sentOf, sentence)
		}
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			switch {
			case pluralPronouns[t.lower]:
				if j := latestPlural(ms, sentOf, sentence); j >= 0 {
					add(t.lower, ms[j].meaning)
				}
				continue
			case demonstratives[t.lower] || t.lower == "the":
				head, end := refPhrase(toks, k)
				if head < 0 {
					break
				}
				name := phraseText(toks[k : end+1])
				h := toks[head]
				if names(title, h.lower) {
					// "the deal" in a story titled "Trade Deal …" is
					// what every passage is about, which the title,
					// part of its context, says already.
					k = end
					continue
				}
				plural := h.form != h.lower
				found := -1
				if j, ok := latest[h.form]; ok {
					found = j
				}
				// A synonym counts only refWindow paragraphs back: look
				// at those mentions alone, newest first.
				for j := len(ms) - 1; j > found && ms[j].para >= p.Paragraph-refWindow; j-- {
					if sameThing(ms[j].head, h.lower) {
						found = j
						break
					}
				}
				if found < 0 && plural && demonstratives[t.lower] {
					// "these moves" for "two major investment
					// announcements": a plural demonstrative may rename
					// the latest plural phrase, like "they".
					found = latestPlural(ms, sentOf, sentence)
				}
				if found >= 0 {
					add(name, ms[found].meaning)
					push(mention{head: h.lower, plural: plural, meaning: ms[found].meaning, para: p.Paragraph})
				}
				k = end
				continue
			}
			if m, ok := namedMention(toks, k); ok {
				m.para = p.Paragraph
				push(m)
			}
			for _, m := range placeMentions(toks, k) {
				m.para = p.Paragraph
				push(m)
			}
			if m, ok := nounPhrase(toks, k); ok {
				m.para = p.Paragraph
				push(m)
			}
		}
	}
	return out
}

// placeMentions reads the name that opens at k, when WordNet knows it
// as a place, as a mention of each kind of place it is ("South Carolina":
// the state; "Houston": the city, the port): news names a place once and
// then calls it by its kind ("the company chose the state for its
// port"). A leading "The" is no part of the name.
func placeMentions(toks []refToken, k int) []mention {
	if !toks[k].capital || toks[k].number || toks[k].stop || (k > 0 && toks[k-1].capital && !toks[k-1].stop && toks[k].gap == "") {
		return nil
	}
	end := nameEnd(toks, k)
	words := make([]string, 0, end-k+1)
	for _, t := range toks[k : end+1] {
		words = append(words, t.lower)
	}
	kinds := wordnet.PlaceKinds(strings.Join(words, " "))
	if len(kinds) == 0 {
		return nil
	}
	name := phraseText(toks[k : end+1])
	ms := make([]mention, len(kinds))
	for i, kind := range kinds {
		ms[i] = mention{head: kind, meaning: name}
	}
	return ms
}

// nameEnd returns the last word of the run of capitalised words that
// opens at k, side by side with no punctuation between them, ending
// before an acronym in brackets ("Ostland Export Credit Agency (OECA)").
func nameEnd(toks []refToken, k int) int {
	end := k
	for end+1 < len(toks) && toks[end+1].capital && !toks[end+1].number && toks[end+1].gap == "" && !toks[end+1].bracketed {
		end++
	}
	return end
}

// namedMention reads the name that opens at k, when it ends in a common
// noun ("Trade Remedies Board", "Steel Users Alliance"), as a mention of
// that noun: "the board" and "the alliance" then refer back to it, as
// news stories write once they have named an organisation.
func namedMention(toks []refToken, k int) (mention, bool) {
	if !toks[k].capital || toks[k].number || (k > 0 && toks[k-1].capital && toks[k].gap == "") {
		return mention{}, false
	}
	end := nameEnd(toks, k)
	head := toks[end].lower
	if end == k || !wordnet.IsNoun(head) || !wordnet.Known(head) || toks[end].form != head {
		// A name whose last word is plural ("United States") is no
		// mention of one ("the state").
		return mention{}, false
	}
	// A name is one thing, whatever its last word: "Kestrel Rail
	// Systems" is "it", not "they".
	return mention{head: head, meaning: phraseText(toks[k : end+1])}, true
}
