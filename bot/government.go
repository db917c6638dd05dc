package bot

// Stage 1 (understand), continued: a capital that names a government,
// and the texts that name it by its country (ranked in stage 3).

import (
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// namesGovernment reports whether the capitalised name at toks[i], with
// the capitalised words written right beside it, stands where news puts
// the one who acts: before a verb or an auxiliary ("*Tokyo* pledged",
// "*Seoul* will"), after an auxiliary or a question word ("when did
// *Ottawa* conclude"), as an owner ("*Seoul's* negotiators"), or joined by
// "and" to a name that does ("did Washington and *Seoul* sign"). News
// writes a government by its capital there, and a text says the same
// by the country's name ("Canada and India concluded negotiations").
// After a preposition or a verb ("talks *in* Washington", "visit
// Beijing") the name is the city, which its country's name does not say.
//
// Limits: grammar read from the words on either side, not parsed; a
// capital that is the seat of more than its country's government
// ("Brussels", the European Union's too) is read as its country's.
func namesGovernment(toks []token, i int) bool {
	first, last := i, i
	for first > 0 && toks[first-1].capital && toks[first].at-toks[first-1].end == 1 {
		first--
	}
	for last+1 < len(toks) && toks[last+1].capital && toks[last+1].at-toks[last].end == 1 {
		last++
	}
	if toks[last].possessive {
		return true
	}
	if afterPreposition(toks, first) {
		return false // "the minister in Rome handling this": the city
	}
	if last+1 < len(toks) {
		if next := toks[last+1]; !next.capital && (auxiliaries[next.word] || modals[next.word] || verbForm(next.word)) {
			return true
		}
	}
	if first == 0 {
		return true
	}
	switch before := toks[first-1].word; {
	case auxiliaries[before] || modals[before] || whWords[before]:
		return true
	case before == "and" && first >= 2 && toks[first-2].capital:
		return namesGovernment(toks, first-2)
	}
	return false
}

// settleGovernments keeps the government reading only for a national
// capital (see countryWords), and reads one as the city where the
// question names its country too ("why is Libreville pushing for the
// ore to be processed in Gabon"): the country's name says the
// country's term, not the capital's.
func (q *question) settleGovernments() {
	for i := range q.terms {
		t := &q.terms[i]
		if t.government && (len(t.countryNames) == 0 || slices.ContainsFunc(q.terms, func(o term) bool { return slices.Contains(t.countryNames, o.word) })) {
			t.government = false
		}
	}
}

// saysGovernment reports whether a text names the country whose
// government the capital names, by a noun ("Canada", "the
// Philippines"): its adjective mostly says what the country makes or
// charges ("the *Philippine* tariff", "an *Austrian* ski"), not who acts.
func (t *term) saysGovernment(a *analysed) bool {
	for _, tk := range a.toks {
		if slices.Contains(t.countryNames, tk.word) && !wordnet.IsAdjective(tk.word) {
			return true
		}
	}
	return false
}
