package bot

// What a figure counts: whether an excerpt gives the amount of the thing
// a question of how many or how much asks about (stage 4, score, and
// stage 3, ground).

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// amountReach is how many content words after a figure may still say
// what it is an amount of.
const amountReach = 2

// countsTerm reports whether an excerpt gives the amount of the thing: a
// number of things or an amount whose next words say it ("52 nickel
// smelters", "47 operating smelters", "220 million wet tonnes of ore").
// It ranks (see wCounted) and accepts the word's family and its WordNet
// neighbours ("40 vessels" for "how many boats"), but not a neighbour
// that names persons ("380 workers" for "how many employees", most often
// another firm's); whether an answer lacks the count is countsThing's
// stricter reading. Ranking by countsThing instead lowered two
// never-tuned sets by a first answer each (fifteenth round).
func countsTerm(t *term, e *excerptAnalysis) bool {
	return amountOf(e, func(tk token) bool { return t.matchToken(tk) || t.near[tk.stem] && !isPersonWord(tk) }, nil, false)
}

// countedFirst reports whether the candidate shown first, whose excerpt
// is text, counts what a question of how many asks about: after sources'
// versions are put first and sentences widened (see versions, cluster),
// it may not be the one ground judged.
func (q *question) countedFirst(cands []candidate, text string) bool {
	i := slices.IndexFunc(cands, func(c candidate) bool { return c.text == text })
	return i >= 0 && q.countsThing(cands[i].excerptAnalysis)
}

// countedWord reports whether a word says the thing a question of how many
// asks about: its word, a word of one of its meanings, a WordNet neighbour
// ("jets" for planes), the last word of what an acronym stands for
// ("officers" for CEOs), or, for a question of how many people, a
// person of any kind ("workers"). Another of the word's family is another thing:
// "farms" are not farmers.
func (q *question) countedWord(tk token) bool {
	t := &q.terms[q.counted]
	return t.sameWord(tk) || t.near[tk.stem] || (q.countsPersons && isPersonWord(tk)) ||
		slices.ContainsFunc(t.longForms, func(p phrase) bool { return len(p.forms) > 0 && p.forms[len(p.forms)-1] == tk.form })
}

// countsThing reports whether an excerpt counts the thing a question of
// how many asks about (see countedWord): in the count's own words or the
// next two (see amountOf), or by a number alone after the thing (see
// numbersAlone).
func (q *question) countsThing(e *excerptAnalysis) bool {
	if amountOf(e, q.countedWord, vagueQuantity, true) {
		return true
	}
	return slices.ContainsFunc(numbersAlone(e), func(n int) bool { return slices.ContainsFunc(e.content[:n], q.countedWord) })
}

// timeBeside matches a time said right after a number: "12,000 last week",
// "six a week".
var timeBeside = regexp.MustCompile(`^\s+(last|this|next|a|an|per|each|every)\s+` + timeUnits + `\b`)

// rateAfter matches a rate said right after a number: "10 a kilo", "3 per
// tonne" (a time after it, "six a week", is a count in time: timeBeside).
// A number run into a clause with no comma ("rose to 12,000 a ministry
// official said") reads as a rate too; edited copy writes the comma.
var rateAfter = regexp.MustCompile(`^\s+(a|an|per)\s+\pL`)

// numbersAlone returns where an excerpt's content words are numbers with
// no word of their own beside them, only a time, a scale or a verb, so
// that they count what the sentence named before them ("Tomahawk cruise
// missiles, of which Japan ordered 400 in 2024"; "the number of farmers
// paid rose to 12,000 last week"; "boardings fell to six a week"; "about
// 7.5 million came"): not a year, not a part of a whole ("12 of the 30
// provinces"), and no sum of money ("$10 a month") or measure ("10
// acres", which has a word of its own; "Rs 10 a kilo", a rate).
func numbersAlone(e *excerptAnalysis) []int {
	var out []int
	text := undot(e.text)
	for n, num := range e.content {
		if !numberToken.MatchString(num.word) || isYear(num.word) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:num.at]); unicode.Is(unicode.Sc, r) {
			continue // "$10": money
		}
		last := n // the number, or the scale after it
		if n+1 < len(e.content) && e.content[n+1].at == num.end+1 && isScaleWord(e.content[n+1].word) {
			last = n + 1
		}
		end := e.content[last].end
		if next := last + 1; next < len(e.content) && e.content[next].at == end+1 && !timeBeside.MatchString(text[end:]) && !wordnet.MostlyVerb(e.content[next].word) {
			continue // "400 small farms": its own word
		}
		if rateAfter.MatchString(text[end:]) && !timeBeside.MatchString(text[end:]) {
			continue // "Rs 10 a kilo": a rate for each of something, no count
		}
		if i := slices.IndexFunc(e.toks, func(tk token) bool { return tk.at > e.content[last].at }); i >= 0 && e.toks[i].word == "of" {
			continue
		}
		out = append(out, n)
	}
	return out
}

// amountOf reports whether an excerpt gives an amount or a number of
// something is accepts: a word of the figure's own or one of the next two
// ("of ore", "of stockpiled rice"); with phrase, not past a preposition
// that starts another phrase ("the next two crops *to* farmers" counts no
// farmers; see joinedBy). A figure whose first word skip accepts is
// passed over. Round twenty-three: the phrase is read for whether an
// answer lacks the count (countsThing), not for ranking (countsTerm:
// top1 −1 on two never-tuned sets, +1 on one, top3 −1 on a never-tuned
// and a tuning set).
func amountOf(e *excerptAnalysis, is, skip func(token) bool, phrase bool) bool {
	for _, k := range []kind{kindCount, kindAmount} {
		if e.holds(k) == 0 {
			continue
		}
		for _, sp := range e.spansOf(k) {
			if skip != nil && skip(e.content[sp[0]]) {
				continue
			}
			for p := sp[0] + 1; p < sp[1]+amountReach && p < len(e.content); p++ {
				if phrase && p >= sp[1] && e.joinedBy(p-1, p) {
					break // "two crops *to* farmers": another phrase
				}
				if is(e.content[p]) {
					return true
				}
			}
		}
	}
	return false
}

// joinedBy reports whether a preposition other than "of" ("tonnes of
// ore") stands between an excerpt's content words i and j, starting
// another phrase ("two crops *to* farmers"); not a determiner or a
// conjunction ("had lost *their* jobs", "assembly *and* parts jobs").
func (e *excerptAnalysis) joinedBy(i, j int) bool {
	from, to := e.content[i].end, e.content[j].at
	return slices.ContainsFunc(e.toks, func(tk token) bool {
		return tk.at >= from && tk.end <= to && tk.word != "of" && (prepositions[tk.word] || objectPrepositions[tk.word])
	})
}

// vagueQuantity reports whether a word quantifies without a number:
// "many farmers", "several farmers" count none. Such a word is a
// determiner: it has no sense as a noun in WordNet, as "dozens",
// "hundreds" and "thirty" do. "Few" has one ("the few"), so "few farmers"
// is still read as a count.
func vagueQuantity(tk token) bool {
	return !numberToken.MatchString(tk.word) && !wordnet.IsNoun(tk.word)
}

// anyPerson reports whether a word stands for persons of any kind: most
// of its lemma's WordNet neighbours are kinds of person ("person",
// "individuals"), or it is "people", which WordNet files as a group
// though English uses it as the plural of "person". A kind of person
// ("farmers", "workers") is not persons of any kind.
func anyPerson(word string) bool {
	l := wordnet.Lemma(word)
	if l == "people" {
		return true
	}
	if wordnet.IsPerson(l) {
		return false
	}
	near := wordnet.Neighbours(l)
	n := 0
	for _, w := range near {
		if wordnet.IsPerson(w) {
			n++
		}
	}
	return n > len(near)/2
}

// countedPhrase returns the words a question of how many names its thing
// with, as written, through the counted word: "rare earth elements" in
// "How many rare earth elements are on the list?". It is the word alone
// when the question does not write it after "how many".
func countedPhrase(question, word string) string {
	ws := strings.Fields(question)
	for i := 0; i+2 < len(ws); i++ {
		if !strings.EqualFold(ws[i], "how") || !strings.EqualFold(ws[i+1], "many") {
			continue
		}
		for j := i + 2; j < len(ws); j++ {
			w := strings.TrimFunc(ws[j], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if strings.ToLower(strings.TrimSuffix(w, "'s")) == word {
				return strings.Join(append(slices.Clone(ws[i+2:j]), w), " ")
			}
		}
	}
	return word
}

// numberToken matches a word that is a number: digits, or a cardinal.
var numberToken = regexp.MustCompile(`^(\d[\d,.]*|` + cardinalRE + `)$`)
