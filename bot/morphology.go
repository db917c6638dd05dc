package bot

// Stage 2 (expand), continued: the other forms of a question's words
// that any English text may use, from WordNet (see package wordnet): the
// word families derivation and pertainymy make (resign, resignation;
// Korea, Korean), and the long forms of common acronyms (EU, European
// Union) that a text may never define.

import (
	"regexp"
	"slices"
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
		q.expandPhrasal(i)
	}
	q.expandInCharge()
	// A name written out in the question ("European Union") may be
	// written as its acronym in the coverage.
	for _, run := range q.capitalRuns() {
		var ws []string
		for _, i := range run {
			ws = append(ws, q.terms[i].word)
		}
		name := strings.Join(ws, " ")
		for _, acr := range wordnet.Acronyms(name) {
			for _, i := range run {
				q.terms[i].addVariant(acr)
			}
		}
		if len(run) > 1 {
			for _, i := range run {
				q.terms[i].addNames(name) // "United Kingdom": Britain
			}
			if c := wordnet.CountryOf(name); c != "" {
				stems, names := countryStems(c), countryWords(c) // "New Delhi" for India's government (see capitals.go)
				for _, i := range run {
					q.terms[i].near, q.terms[i].countryNames = stems, names
				}
			}
		}

	}
	q.settleGovernments()
}

// expandFamily adds to a term the words of its family, its WordNet
// neighbours and, for an acronym, its long forms.
func (t *term) expandFamily() {
	t.addWrittenForms()
	if t.number {
		return
	}
	related := wordnet.Related(t.word)
	t.addBasesFamily(related)
	for _, w := range related {
		if !kin(t.word, w) {
			continue
		}
		if t.capital {
			t.addNameKin(w)
		} else {
			t.addVariant(w)
		}
	}
	if t.capital {
		// A place and its adjective may share no stem: "Switzerland" is
		// said by "Swiss", "the Netherlands" by "Dutch", "Australia" by
		// "Aussies", its people.
		kin := wordnet.Demonyms(strings.ToLower(t.word))
		if kin == nil {
			kin = wordnet.Demonyms(t.form)
		}
		for _, w := range kin {
			t.addNameKin(w)
			if wordnet.PlaceKinds(w) != nil {
				t.addNames(w) // "American": the US; "Dutch": Holland
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
	} else if c := wordnet.CountryOf(t.word); c != "" {
		t.near, t.countryNames = countryStems(c), countryWords(c) // "Seoul" for South Korea's government: a text may say Korea (see capitals.go)
	}
	if t.upper {
		longs := wordnet.LongForms(t.word)
		if len(longs) == 0 && t.form != t.word {
			longs = wordnet.LongForms(t.form) // "CEOs", the plural of "CEO"
		}
		for _, long := range longs {
			t.longForms = append(t.longForms, newPhrase(long))
			if short := shortTitle(long); short != "" {
				t.longForms = append(t.longForms, newPhrase(short))
			}
		}
	}
}

// shortTitle returns a title spelled out without its last word when what
// is left still names a kind of person ("chief executive officer": chief
// executive), as news writes it; or "". Not a name cut short ("United
// States Trade Representative" is not "United States trade"), nor a
// title whose first words do not name someone ("chief financial").
func shortTitle(long string) string {
	ws := strings.Fields(long)
	if len(ws) < 3 || !wordnet.IsPerson(ws[len(ws)-1]) || !wordnet.IsPerson(ws[len(ws)-2]) {
		return ""
	}
	return strings.Join(ws[:len(ws)-1], " ")
}

// addNameKin adds to a name a word of its family, with the word's
// meanings in the thesaurus: "American" says what "America" does, so the
// US too. (A common word's family may drift to another sense: "provide",
// "provision".)
func (t *term) addNameKin(w string) {
	t.addVariant(w)
	for _, ci := range defaultLexicon.wordConcepts(wordForm(w)) {
		t.concepts = appendOnce(t.concepts, ci)
	}
}

// expandPhrasal adds to a word of a multi-word verb the single words
// WordNet gives for the verb, in all their forms: "why did the ministry
// *step in*" is said by "the ministry intervened", "who *turned down*
// the offer" by "rejected". Each word of the phrase is said by them: a
// text that writes "intervened" says neither "step" nor "in". Only when
// the phrase's first word is the question's verb: "the *fall in* canola
// prices" and "which *step in* the process" are a noun and a
// preposition. Not a name's words ("Pass On Group").
func (q *question) expandPhrasal(i int) {
	t := &q.terms[i]
	if t.phrase == "" || t.capital {
		return
	}
	if head := &q.terms[t.phraseHead]; !head.verb && !head.verbForm {
		return
	}
	if ws := strings.Fields(t.phrase); t.phraseHead == i && nounParticles[ws[len(ws)-1]] {
		t.particle = ws[len(ws)-1]
	}
	for _, w := range wordnet.PhrasalSynonyms(t.phrase) {
		t.synonymStems = append(t.synonymStems, stem(w))
		t.addVariant(w)
		for _, f := range wordnet.Inflections(w) {
			t.addVariant(f)
		}
	}
}

// nominalEndings end the nouns English derives from a verb, of the doer
// or the doing ("seller", "selling", "shipment", "growth"): the words
// of a base's family an inflected form is said by (see addBasesFamily).
// Other derivations drift to another sense ("committed", "committee";
// "stood", "standard").
var nominalEndings = regexp.MustCompile(`(er|or|ing|ment|ion|al|ance|ence|age|th)$`)

// addBasesFamily adds the nouns of its base's family that an inflected
// form, whose WordNet links are related, is said by: "sold" by "selling" and "seller", "shipped" by
// "shipment" (which shares too little with "shipped" to count as its
// kin), their spelling compared with the base's. Only a form of one
// base: "taxes" is a form of "tax" and "taxi", "leaves" of "leave" and
// "leaf", and either family may be the wrong one.
func (t *term) addBasesFamily(related []string) {
	var base string
	for _, w := range related {
		if slices.Contains(wordnet.Inflections(w), t.word) {
			if base != "" {
				return
			}
			base = w
		}
	}
	if base == "" {
		return
	}
	for _, v := range wordnet.Related(base) {
		if kin(base, v) && nominalEndings.MatchString(v) {
			t.addVariant(v)
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
