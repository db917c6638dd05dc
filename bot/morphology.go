package bot

// Stage 2 (expand), continued: the other forms of a question's words
// that any English text may use, from WordNet (see package wordnet): the
// word families derivation and pertainymy make (resign, resignation;
// Korea, Korean), and the long forms of common acronyms (EU, European
// Union) that a text may never define.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// familyMatch is how well a text says a term by another word of its
// family ("resignation" for "resign"): less than a synonym, since WordNet
// links words by sense and a word has many.
const familyMatch = 0.75

// expandMorphology adds to each term the words of its family, and to the
// names in the question the acronyms and long forms WordNet gives them.
func (q *question) expandMorphology() {
	for i := range q.terms {
		q.terms[i].expandFamily()
	}
	// A name written out in the question ("European Union") may be
	// written as its acronym in the coverage.
	for _, run := range q.capitalRuns() {
		var ws []string
		for _, i := range run {
			ws = append(ws, q.terms[i].word)
		}
		for _, acr := range wordnet.Acronyms(strings.Join(ws, " ")) {
			for _, i := range run {
				q.terms[i].addVariant(acr)
			}
		}
		if len(run) > 1 {
			for _, i := range run {
				q.terms[i].addNames(strings.Join(ws, " ")) // "United Kingdom": Britain
			}
		}

	}
}

// expandFamily adds to a term the words of its family, its WordNet
// neighbours and, for an acronym, its long forms.
func (t *term) expandFamily() {
	if n, ok := numberNames[t.word]; ok {
		t.addVariant(n) // "17" is "seventeen" in prose, and the other way round
	}
	if g := regrouped(t.word); g != "" {
		t.addVariant(g) // "1250" is "1,250" in another outlet's style
	}
	if t.number {
		return
	}
	for _, w := range wordnet.Related(t.word) {
		if kin(t.word, w) {
			t.addVariant(w)
			// A name's meanings in the thesaurus go to the adjective of
			// it: "American" says what "America" does, so the US too.
			// (A common word's family may drift to another sense:
			// "provide", "provision".)
			if t.capital {
				for _, ci := range defaultLexicon.wordConcepts(wordForm(w)) {
					t.concepts = appendOnce(t.concepts, ci)
				}
			}
		}
	}
	lemma := wordnet.Lemma(t.word)
	if lemma != t.word {
		t.addVariant(lemma) // "paid" is said "pay"
	}
	for _, w := range wordnet.Inflections(lemma) {
		t.addVariant(w) // "lose" is said "lost"
	}
	if !t.capital {
		t.near = nearStems(t.word)
		if wordnet.IsNoun(t.word) {
			t.phrasal, t.hasPhrasal = phrasalOf(t.word)
		}
	}
	if t.capital {
		t.addNames(t.word) // "UK": Britain, United Kingdom
	}
	for _, m := range monthNames[t.word] {
		t.addVariant(m) // "September" is "Sept." in a wire story
	}
	if p, ok := periodNames[t.word]; ok {
		t.longForms = append(t.longForms, newPhrase(p)) // "Q3" is "the third quarter"
	}

	if t.upper {
		longs := wordnet.LongForms(t.word)
		if len(longs) == 0 && t.form != t.word {
			longs = wordnet.LongForms(t.form) // "CEOs", the plural of "CEO"
		}
		for _, long := range longs {
			t.longForms = append(t.longForms, newPhrase(long))
		}
	}
}

// kin reports whether two words WordNet relates are plainly one family:
// they share a beginning of four letters or more that is most of the
// shorter word ("korea", "korean"; "decide", "decision"). Links between
// words that only share a sense ("state", "civil") are left out.
func kin(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 && float64(n) >= 0.6*float64(min(len(a), len(b)))
}

// addVariant records another word that says the term.
func (t *term) addVariant(w string) {
	s := stem(w)
	if s == t.stem || s == t.altStem {
		return
	}
	for _, v := range t.variants {
		if v == w {
			return
		}
	}
	t.variants = append(t.variants, w)
	t.variantStems = append(t.variantStems, s)
}

// capitalRuns returns the runs of side-by-side capitalised terms of the
// question ("European Union"), two words or more.
func (q *question) capitalRuns() [][]int {
	var out [][]int
	var run []int
	flush := func() {
		if len(run) >= 2 {
			out = append(out, run)
		}
		run = nil
	}
	for i, t := range q.terms {
		if t.capital && (len(run) == 0 || t.prev == run[len(run)-1]) {
			run = append(run, i)
			continue
		}
		flush()
		if t.capital {
			run = append(run, i)
		}
	}
	flush()
	return out
}

// saysVariant reports whether a text says a variant of the term.
func (t *term) saysVariant(set map[string]bool) bool {
	for _, s := range t.variantStems {
		if set[s] {
			return true
		}
	}
	return false
}

// monthNames are the other ways news writes a month's name: its
// abbreviations (AP's "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
// "Dec."; "Sep", "Mar", "Apr", "Jun", "Jul" elsewhere) and, for an
// abbreviation, the name.
var monthNames = func() map[string][]string {
	m := map[string][]string{}
	for _, ms := range [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"june", "jun"}, {"july", "jul"},
		{"august", "aug"}, {"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	} {
		m[ms[0]] = ms[1:]
		for _, a := range ms[1:] {
			m[a] = []string{ms[0]}
		}
	}
	return m
}()

// numberNames are the small whole numbers and the tens in figures and in
// words, each to the other: style guides spell out the small ones
// ("seventeen Boeing aircraft"), a reader types "17".
var numberNames = func() map[string]string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	m := map[string]string{}
	add := func(n int, w string) {
		m[strconv.Itoa(n)], m[w] = w, strconv.Itoa(n)
	}
	for n, w := range words {
		add(n, w)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(30+10*i, w)
	}
	return m
}()

// addNames adds the other names WordNet gives the country or organisation
// name names (see wordnet.OtherNames): one word as a variant ("Britain"
// for "UK"), more as a long form ("United Kingdom"). Dotted forms ("U.K.")
// are left to the index's reading of initials (see dotted).
func (t *term) addNames(name string) {
	for _, n := range wordnet.OtherNames(name) {
		switch {
		case strings.Contains(n, "."):
		case strings.Contains(n, " "):
			if !slices.ContainsFunc(t.longForms, func(p phrase) bool { return p.text == n }) {
				t.longForms = append(t.longForms, newPhrase(n))
			}
		default:
			t.addVariant(n)
			for _, w := range wordnet.Related(n) {
				if kin(n, w) {
					t.addVariant(w) // "US": America, and so American
				}
			}
		}
	}
}

// periodNames are the abbreviations business news writes a quarter or a
// half year with, and the words they stand for.
var periodNames = map[string]string{
	"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter",
	"h1": "first half", "h2": "second half",
}

// periodAbbreviation returns the abbreviation of a quarter or half year
// said in words ("third", "quarter" → "q3"), or "".
func periodAbbreviation(ordinal, period string) string {
	for abbr, words := range periodNames {
		if words == ordinal+" "+period {
			return abbr
		}
	}
	return ""
}

// regrouped returns a whole number in the other style of writing its
// thousands: "1250" as "1,250", "300,000" as "300000"; "" for anything
// else (a year such as "2026" is written without commas, and kept so).
func regrouped(w string) string {
	if !isFigure(w) || strings.Contains(w, ".") {
		return ""
	}
	if strings.Contains(w, ",") {
		plain := strings.ReplaceAll(w, ",", "")
		if len(w) != len(plain)+(len(plain)-1)/3 {
			return "" // "1,2,3": not thousands
		}
		return plain
	}
	if len(w) < 4 || len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return ""
	}
	var b strings.Builder
	for i, r := range w {
		if i > 0 && (len(w)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
