package bot

// Stage 3 (weigh) and 5 (score), continued: the words a citation says. A
// story leaves its own year unsaid ("on September 7"), and names no
// outlet but the one it quotes; a reader asks "why did Ishiba resign in
// *2025*" or "what does *Reuters* say about the fund". The year a
// document was published in, and the outlet it is cited from, say them.

import (
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// markCited marks the question's years and names that the coverage never
// writes (after any slip is read) as words a citation may say: a year its
// dateline gives, a name its byline's outlet has. It reports whether there
// are any; the caller weighs the question again. ground refuses the
// question when no best candidate's citation says them: a year or a name
// no text or citation says is absent.
func (q *question) markCited() bool {
	found := false
	for i := range q.terms {
		t := &q.terms[i]
		t.dateline = t.df == 0 && t.number && len(t.word) == 4 && (strings.HasPrefix(t.word, "19") || strings.HasPrefix(t.word, "20"))
		t.byline = t.df == 0 && t.capital && !t.number && !t.saidByName()
		found = found || t.dateline || t.byline
	}
	return found
}

// saidByCitation reports whether a citation says a term the coverage
// never writes: a year its document was published in, an outlet its
// publisher names ("Reuters" in "Summary of a Reuters report"; "FT", the
// initials of "Financial Times").
func (t *term) saidByCitation(c corpus.Citation) bool {
	switch {
	case t.dateline:
		return strings.HasPrefix(c.Published, t.word)
	case t.byline:
		return namesOutlet(c.Publisher, t)
	}
	return false
}

// saidRelatively reports whether a candidate says a year the coverage
// never writes by its story's own: "worth $2.3 billion last year" says
// 2024 in a story of 2025, in its sentence or its paragraph.
func (t *term) saidRelatively(c *candidate) bool {
	return t.dateline && (saysYear(c.text, c.hit.Published, t.word) || saysYear(c.hit.Context, c.hit.Published, t.word))
}

// namesOutlet reports whether a publisher's name says a term: one of its
// words, or, for an acronym, the initials of its capitalised words in a
// row.
func namesOutlet(publisher string, t *term) bool {
	var initials strings.Builder
	for _, tk := range tokenize(publisher) {
		if tk.stem == t.stem || tk.word == t.word {
			return true
		}
		if tk.capital && !tk.stop {
			initials.WriteByte(tk.word[0])
		} else {
			initials.WriteByte(' ')
		}
	}
	return t.upper && len(t.word) >= 2 && strings.Contains(initials.String(), t.word)
}
