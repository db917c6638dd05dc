package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordnet"

	"github.com/dealbot/dealbot/corpus"
)

// initialisms finds the names a text writes out that readers often
// shorten to their initials, although the text never does: a run of two
// to five capitalised words ("Liberal Democratic Party" → LDP, "European
// Union" → EU, "of", "for" and "and" allowed inside and left out of the
// initials) that ends in a common noun, as an organisation's name does
// and a person's does not ("William Chou") and a compound of three or more hyphenated parts
// ("most-favored-nation" → MFN). Each is an alias, as a defined acronym
// is (see acronyms), so a question may use the initials. A run that opens
// the sentence counts only from its second word, which may be a name. A
// country's two capitals may open a run ("US Trade Representative" →
// USTR, and TR; see twoLetterAcronym).
func initialisms(text string) []corpus.Alias {
	var out []corpus.Alias
	var run []string // the capitalised words of the current run, small words inside included
	flush := func() {
		name := run
		run = run[:0]
		for len(name) > 0 && nameConnectors[name[len(name)-1]] {
			name = name[:len(name)-1]
		}
		if len(name) == 0 || !wordnet.IsNoun(name[len(name)-1]) {
			return
		}
		if twoLetterAcronym(name[0]) {
			if len(name) == 1 {
				return // "US" alone
			}
			// "US Trade Representative" → USTR, meaning the name without
			// its country, which a text may leave out ("the Trade
			// Representative") and a search for the question's "US" need
			// not find in every agency's name; then TR, as without it.
			if caps := initialsOf(name); len(caps) <= 5 {
				out = append(out, corpus.Alias{Name: caps, Meaning: strings.Join(name[1:], " "), Inferred: true})
			}
			name = name[1:]
		}
		if caps := initialsOf(name); len(caps) >= 2 && len(caps) <= 5 && !twoLetterAcronym(name[0]) {
			out = append(out, corpus.Alias{Name: caps, Meaning: strings.Join(name, " "), Inferred: true})
		}
	}
	first, last := true, 0
	for start, end := range words(text) {
		if len(run) > 0 && text[last:start] != " " {
			flush() // a name does not run across punctuation: "Daily Ledger, Park said"
		}
		last = end
		w := strings.Trim(text[start:end], ".'’")
		if strings.Count(w, "-") >= 2 {
			if caps := hyphenInitials(w); caps != "" {
				out = append(out, corpus.Alias{Name: caps, Meaning: w, Inferred: true})
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case first:
			// The sentence's first word is capitalised whatever it is.
		case len(run) == 0 && twoLetterAcronym(w):
			run = append(run, w)
		case unicode.IsUpper(r) && !isAcronym(w) && !stopwords[strings.ToLower(w)]:
			run = append(run, w)
		case len(run) > 0 && nameConnectors[w]:
			run = append(run, w)
		default:
			flush()
		}
		first = strings.HasSuffix(text[start:end], ".") && end < len(text) && text[end] == ' ' && !isAcronym(strings.TrimSuffix(text[start:end], ".")) && !twoLetterAcronym(w)
	}
	flush()
	return out
}

// nameConnectors are the small words a name may hold ("Bank of Japan").
var nameConnectors = toSet(`of for and`)

// initialsOf spells the capitalised words of a run, the small words left
// out: "Bank of Japan" → "BJ".
func initialsOf(run []string) string {
	var b strings.Builder
	for _, w := range run {
		if nameConnectors[w] {
			continue
		}
		if twoLetterAcronym(w) {
			b.WriteString(strings.ReplaceAll(w, ".", ""))
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// twoLetterAcronym reports whether w is two capitals, dotted or not ("US",
// "U.S", "EU"), as a country or union opens an agency's name ("US
// Department of Agriculture" → USDA, "US Trade Representative" → USTR,
// "UK Export Finance" → UKEF), which its initials spell out whole.
func twoLetterAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	return len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z'
}

// hyphenInitials spells a compound of three to five hyphenated parts:
// "most-favored-nation" → "MFN"; "" for anything else.
func hyphenInitials(w string) string {
	parts := strings.Split(w, "-")
	if len(parts) < 3 || len(parts) > 5 {
		return ""
	}
	var b strings.Builder
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
