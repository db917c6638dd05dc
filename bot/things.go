package bot

// Stage 0, continued: the things a question names, as phrases of its own
// words ("the *fund*'s *projects*", "do *Japanese cars* pay"): what a
// follow-up's pronoun may stand for, what a new thing may take the place
// of (see followup.go), and whether a question names anything beside
// what it asks for.

import (
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// thing is a run of the words of a question that name a thing: "the
// *fund*'s projects", "do *Japanese cars* pay".
type thing struct {
	text       string
	start, end int    // its bytes in the question
	plural     bool   // its last word is plural ("cars")
	name       bool   // it holds a capitalised word not opening the question ("Lee", "Japanese cars")
	names      [2]int // where its first run of such words starts and ends
	proper     bool   // its last word is such a word: it is a name ("Japan"), not a thing named ("Japanese cars")
	focus      bool   // it follows "what" or "which": the thing the question asks for ("what *tariff*")
	adjunct    bool   // it comes after a preposition: "at the *end* of *October*"
	the        bool   // "the" comes before it: "the *MFN clause*"
}

// thingsNamed returns the phrases of a question (as questionOf reads it)
// that name things, in their order: runs of nouns, adjectives, figures
// and capitalised words (see mayName). A word that may be a verb is no
// part of one after a question word or "to" ("who *picks*", "agree to
// *buy*"), as a participle after an auxiliary ("is *going*"), after a
// phrase when it is no noun ("the deal *signed*"), and after a phrase,
// ending the run, in a question whose auxiliary leaves its verb bare
// ("what tariff do Japanese cars *pay* now"). A possessive ends its
// phrase ("the fund's projects" names the fund and the projects).
func thingsNamed(q string) []thing {
	toks := tokenize(q)
	at := originalOffsets(q, undot(q)) // tokens' offsets are in the text without the stops of initials
	for i := range toks {
		toks[i].at, toks[i].end = at[toks[i].at], at[toks[i].end-1]+1
		if w := q[toks[i].at:toks[i].end]; strings.Contains(w, ".") && strings.HasPrefix(q[toks[i].end:], ".") {
			toks[i].end++ // the last stop of initials: "U.S."
		}
	}
	may := make([]bool, len(toks)+1) // may[len(toks)] is false: the end
	for i, t := range toks {
		may[i] = mayName(t, i)
	}
	var out []thing
	var cur *thing
	doSupport := false // "what tariff *do* Japanese cars pay": the verb comes bare, after its subject
	inPP := false      // after a preposition: "at the end *of October*"
	end := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for i, t := range toks {
		prev := ""
		if i > 0 {
			prev = toks[i-1].word
		}
		doSupport = doSupport || doAuxiliaries[t.word]
		inPP = inPP || i > 0 && leadPrepositions[t.word]
		if may[i] && wordnet.IsVerb(t.word) && !t.capital {
			noun := wordnet.IsNoun(t.word)
			participle := strings.HasSuffix(t.word, "ing") || strings.HasSuffix(t.word, "ed")
			if whWords[prev] && prev != "what" && prev != "which" || prev == "to" || auxiliaries[prev] && participle || cur != nil && (!noun || doSupport && !may[i+1]) {
				may[i] = false
			}
		}
		if !may[i] {
			end()
			continue
		}
		if cur == nil {
			cur = &thing{start: t.at, focus: prev == "what" || prev == "which", adjunct: inPP, the: prev == "the"}
		}
		cur.end = t.end
		cur.text = q[cur.start:cur.end]
		cur.plural = t.form != t.word
		named := t.capital && i > 0
		switch {
		case named && !cur.name:
			cur.names = [2]int{t.at, t.end}
		case named && cur.names[1] == toks[i-1].end:
			cur.names[1] = t.end
		}
		cur.name = cur.name || named
		cur.proper = named
		if strings.HasSuffix(strings.ReplaceAll(q[t.at:t.end], "’", "'"), "'s") {
			cur.text = withoutPossessive(cur.text)
			end()
		}
	}
	end()
	return out
}

// mayName reports whether the i-th word t of a question may be part of a
// phrase naming a thing: a noun, an adjective or a figure, or a
// capitalised word, that is no function word, question word, auxiliary,
// word for the newest state or adverb ("already").
func mayName(t token, i int) bool {
	if t.stop || whWords[t.word] || auxiliaries[t.word] || recency.MatchString(t.word) || quantityWords[t.word] && !wordnet.IsNoun(t.word) {
		return false
	}
	if t.capital && i > 0 || unicode.IsDigit(rune(t.word[0])) {
		return true
	}
	return wordnet.IsNoun(t.word) || wordnet.IsAdjective(t.word) && !wordnet.IsAdverbOnly(t.word)
}

// namesAnything reports whether a question names a thing of its own (see
// thingsNamed), beside what it asks for ("what *rate*").
func namesAnything(q string) bool {
	for _, p := range thingsNamed(q) {
		if !p.focus && !quantityWords[strings.ToLower(p.text)] {
			return true
		}
	}
	return false
}

// originalOffsets maps each byte offset of u, which is s with some bytes
// deleted (see undot), to its offset in s; u's length maps to s's.
func originalOffsets(s, u string) []int {
	at := make([]int, len(u)+1)
	i := 0
	for k := 0; k < len(u); k++ {
		for s[i] != u[k] {
			i++ // deleted from s
		}
		at[k] = i
		i++
	}
	at[len(u)] = len(s)
	return at
}
