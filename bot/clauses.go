package bot

// Stage 0, continued: where a message's clauses end, and whether one asks
// a question on its own. People end a thought with "?", a full stop, a
// colon, a dash or a line break; a full stop after an abbreviation ends
// nothing.

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// clauses splits a message where a sentence ends ("?", "!", or "." before
// a capital, unless the word before it is an abbreviation: "U.S. Tariffs",
// "Mr. Akazawa"), a colon introduces what follows, a spaced dash sets a
// question apart, or a line ends. Unlike a news
// paragraph (see corpus.SplitSentences) a chat message goes on in lower
// case after its question ("…? thanks!"), so "?" and "!" end a clause
// before any word.
func clauses(msg string) []string {
	var out []string
	start := 0
	rs := []rune(msg)
	for i, r := range rs {
		end := false
		switch r {
		case '?', '!', ':':
			end = i+1 == len(rs) || unicode.IsSpace(rs[i+1])
		case '\n':
			end = true // a line of its own: "Writing about autos\nWhat do Japanese cars pay?"
		case '-', '–', '—':
			// A dash before a question sets it apart from what comes
			// before ("Writing up the Korea deal - what rate do Korean
			// goods pay?", " -- ", or an en or em dash between words:
			// "deal—what rate"); not a dash inside one ("Which tariff -
			// the 15% one - does Japan pay?"), nor after one ("What
			// tariff do cars pay - is that 15%?").
			before := string(rs[start:i])
			spaced := i > 0 && (rs[i-1] == ' ' || r == '-' && rs[i-1] == '-' && i > 1 && rs[i-2] == ' ') && i+1 < len(rs) && rs[i+1] == ' '
			closed := r != '-' && i > 0 && unicode.IsLetter(rs[i-1]) && i+1 < len(rs) && unicode.IsLetter(rs[i+1])
			end = (spaced || closed) && fullQuestion(string(rs[i+1:])) && !fullQuestion(before) && !spacedDash.MatchString(before) && !strings.ContainsAny(before, "–—")
		case '.':
			end = i+2 < len(rs) && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) && !abbreviationBefore(rs[:i])
		}
		if end {
			if c := strings.TrimSpace(string(rs[start : i+1])); c != "" {
				out = append(out, c)
			}
			start = i + 1
		}
	}
	if c := strings.TrimSpace(string(rs[start:])); c != "" {
		out = append(out, c)
	}
	return out
}

// fullQuestion reports whether a clause asks a question on its own: it
// opens with a question word or an auxiliary, perhaps after a preposition
// ("The fund: who picks the projects?", "by how much"), where a label
// before it would only repeat its subject or name a heading ("Politics:")
// that the coverage need not use.
func fullQuestion(c string) bool {
	first, rest, _ := strings.Cut(strings.TrimLeft(strings.ToLower(c), " \t\"'(*_"), " ")
	if leadPrepositions[first] {
		first, _, _ = strings.Cut(rest, " ") // "by how much", "from what date", "to whom"
	}
	first = strings.TrimRight(strings.ReplaceAll(first, "’", "'"), "?!.,;:") // "who?"
	if base, ok := strings.CutSuffix(first, "n't"); ok {
		first = negatedAuxiliaries[base] // "isn't", "won't"
	}
	first, _, _ = strings.Cut(first, "'") // "what's"
	return whWords[first] || auxiliaries[first]
}

// negatedAuxiliaries are the auxiliaries as "n't" leaves them: "is" of
// "isn't", "will" of "won't".
var negatedAuxiliaries = map[string]string{
	"is": "is", "are": "are", "was": "was", "were": "were", "do": "do", "does": "does", "did": "did",
	"has": "has", "have": "have", "had": "had", "wo": "will", "would": "would", "ca": "can", "could": "could",
	"should": "should", "sha": "shall", "must": "must",
}

// spacedDash finds a dash with a space each side.
var spacedDash = regexp.MustCompile(` (-|--|–|—) `)

// endsInDash reports whether a clause ends in a dash: a hyphen typed for
// one, an en or an em dash.
func endsInDash(c string) bool {
	return strings.HasSuffix(c, "-") || strings.HasSuffix(c, "–") || strings.HasSuffix(c, "—")
}

// abbreviationBefore reports whether the word ending a text is an
// abbreviation a full stop closes ("U.S", "Mr", "Sept", "etc"): three
// letters or fewer (in lower case, no English word), four with a capital,
// or dotted.
func abbreviationBefore(rs []rune) bool {
	i := len(rs)
	for i > 0 && (unicode.IsLetter(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	w := []rune(string(rs[i:]))
	if len(w) <= 3 && len(w) > 0 && unicode.IsLower(w[0]) {
		// A short word in lower case is an abbreviation only when it is
		// no English word: "etc", "vs", not "ask", "now", "due".
		lw := string(w)
		return !stopwords[lw] && !wordnet.Known(lw)
	}
	return len(w) <= 3 || len(w) == 4 && unicode.IsUpper(w[0]) || strings.Contains(string(w), ".")
}
