package bot

// Stage 1 (parse), continued: which words of a question are its verbs.
// A verb says what the question asks happened; a word read as a verb is
// not a thing the coverage must name (see term.thing), so a verb misread
// as a noun makes a right answer "answered in part", and a noun misread as
// a verb lets a question about a thing the coverage never names be
// answered. English questions put the verb after an auxiliary ("did X
// *offer*"), after a wh-word that is the subject ("who *runs*"), after
// "have" or "be" ("were *hit*") and after "to"; which word it is there
// comes from where it stands and from how WordNet's tagged corpus uses it
// (wordnet.MostlyVerb).

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// passiveAuxiliaries follow a subject as its verb's auxiliary: "will the
// plant *be* built", "will the fund *have* …".
var passiveAuxiliaries = toSet(`be been being have get`)

// modalWords are the auxiliaries a bare verb follows: "might *face*".
const modalWords = `will would can could should may might must shall`

// beWords are the forms of "be".
const beWords = `be been being was were is are am`

// doAuxiliaries open a question whose subject is followed by its verb:
// "does Korea pay …", "will the two countries cooperate …".
var doAuxiliaries = toSet(`do does did ` + modalWords)

// modals are the auxiliaries a bare verb follows.
var modals = toSet(modalWords)

// markPredicate sets whether the term says what the question asks
// happened or is done: a verb of the question, or a word WordNet knows
// only as a verb.
func (t *term) markPredicate() {
	t.predicate = t.verb || t.verbForm || (wordnet.IsVerb(t.word) && !wordnet.IsNoun(t.word))
}

// predicativeCue are the words after which a question's next word says
// what is done rather than naming a thing, when they follow their
// subject: forms of "be" and "have", the modal and "do" auxiliaries.
var predicativeCue = toSet(beWords + ` has have had do does did ` + modalWords)

// predicative reports whether the i-th word of a question says what is
// done or how rather than naming a thing: it follows "how" ("how *high*"),
// or, as a verb, an auxiliary that follows its subject ("carmakers were
// *hurt*"). An auxiliary that opens the question comes before the
// subject ("did *Japanese* cars"), as it does after a question word and
// its noun, where a name or a word that is no verb follows ("what tariff
// will *Japanese* cars pay").
func predicative(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	if toks[i-1].word == "how" {
		return true
	}
	t := toks[i]
	return predicativeCue[toks[i-1].word] && i >= 2 && !toks[i-2].stop && !t.capital && wordnet.IsVerb(t.word)
}

// markVerbs marks the verb of such a question: the last of the content
// words after the auxiliary, when there are two or more and WordNet can
// read it as a verb in its base form ("will recycled *sewage* …" has
// none). When another auxiliary or a verb among the stop words follows
// them, they are all the subject: "will the desalination plant *have* …",
// "will recycled sewage *be* added", "did the Cabinet Office slide *say*".
func markVerbs(toks []token, termAt map[int]int, terms []term) {
	for i := 0; i < len(toks); i++ {
		if !doAuxiliaries[toks[i].word] || afterPreposition(toks, i+2) {
			continue // "what does a price rise *do to* the cost": a verb, not an auxiliary
		}
		if v := verbAfter(toks, i); v >= 0 {
			if k, ok := termAt[v]; ok {
				terms[k].verb = true
			}
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].stop {
			j++
		}
		var run []string
		for ; j < len(toks) && !toks[j].stop; j++ {
			run = append(run, toks[j].stem)
		}
		if len(run) < 2 || (j < len(toks) && (auxiliaries[toks[j].word] || passiveAuxiliaries[toks[j].word] || stopVerbs[toks[j].word] || toks[j].word == "of")) {
			continue
		}
		last := toks[j-1].word
		if wordnet.Known(last) && (!wordnet.IsVerb(last) || wordnet.Lemma(last) != last) || toks[j-1].capital || afterPreposition(toks, j-1) {
			continue // a verb after "do" or a modal is in its base form: "can the US reimpose *tariffs*" has its verb unknown
		}
		for k := range terms {
			if terms[k].stem == run[len(run)-1] {
				terms[k].verb = true
			}
		}
	}
}

// markTelegraphicVerb marks the verb of a question typed without its
// auxiliary, as people write in a hurry or in a second language: "how
// much Tianyu pay for its stakes", "how many people Ostra Steel employ".
// With no auxiliary and no form of "be" or "have" anywhere, the question
// word (with "much" or "many") stands where the auxiliary would, and the
// verb is found after it as after one (see verbAfter): a word in its base
// form that WordNet's tagged corpus uses mostly as a verb, after the
// subject.
func markTelegraphicVerb(toks []token, termAt map[int]int, terms []term) {
	wh := -1
	for i, t := range toks {
		switch {
		case doAuxiliaries[t.word] || auxiliaries[t.word] || predicativeCue[t.word]:
			return
		case wh < 0 && i < 2 && whWords[t.word]:
			wh = i
			if i+1 < len(toks) && (toks[i+1].word == "much" || toks[i+1].word == "many") {
				wh = i + 1
			}
		}
	}
	if wh < 0 {
		return
	}
	if v := verbAfter(toks, wh); v > wh+1 {
		if k, ok := termAt[v]; ok {
			terms[k].verb = true
		}
	}
}

// questionWords are the words that open a question of what, who, when …
const questionWords = `what which who whom whose when where why how`

// whWords open a question: questionWords as a set.
var whWords = toSet(questionWords)

// subjectPronouns are the pronouns that may be a question's subject.
var subjectPronouns = toSet(`it they he she we you i`)

// stopVerbs are the verbs among the stop words: after an auxiliary and
// its subject, one is the question's verb.
var stopVerbs = toSet(`get got say says said saying tell let know happen happening explain describe mention`)

// verbAfter returns the index of the verb that follows the auxiliary at
// toks[i] ("did Vestria *offer* Kaldmark", "did the tariff on Indian
// seafood *kick* in", "will *carry* observers"), or -1: the first word in
// its base form that WordNet's tagged corpus uses mostly as a verb, after
// the subject (a word or more) unless it comes right after the
// auxiliary, and never right after a determiner ("get a *deal*") or a
// preposition ("cost per *job*", "on export *credit*"). Another
// auxiliary ends the search: its clause is another.
func verbAfter(toks []token, i int) int {
	subject := false
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		if auxiliaries[t.word] || doAuxiliaries[t.word] {
			return -1
		}
		if t.stop {
			if subject && stopVerbs[t.word] {
				return -1 // "did Japan *get* a better deal": the verb is a function word
			}
			if subjectPronouns[t.word] {
				subject = true // "how long will *it* take"
			}
			continue
		}
		if !t.capital && j == i+1 && subjectBefore(toks, i) && modals[toks[i].word] && wordnet.Lemma(t.word) == t.word && wordnet.IsVerb(t.word) && !baseVerbAfter(toks, j) {
			return j // "which goods might *face*": a modal's verb follows it
		}
		if !t.capital && (subject || j == i+1 && subjectBefore(toks, i)) && !labelDeterminers[toks[j-1].word] && !afterPreposition(toks, j) &&
			wordnet.Lemma(t.word) == t.word && wordnet.MostlyVerb(t.word) && !modifiesNext(toks, j) {
			return j
		}
		subject = true
	}
	return -1
}

// afterPreposition reports whether toks[j] follows a preposition ("cost
// *per* job", "do *to* the cost").
func afterPreposition(toks []token, j int) bool {
	if j < 1 || j > len(toks) {
		return false
	}
	w := toks[j-1].word
	return prepositions[w] || objectPrepositions[w] || w == "per"
}

// baseVerbAfter reports whether a word after toks[j], before the next
// function word, may be a verb in its base form: "what tariff will rice
// exports *face*", where the word after the modal is the subject's.
func baseVerbAfter(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && !toks[k].stop; k++ {
		if w := toks[k].word; !toks[k].capital && wordnet.Lemma(w) == w && wordnet.IsVerb(w) {
			return true
		}
	}
	return false
}

// subjectBefore reports whether the auxiliary at toks[i] follows its
// subject ("how many trips *will* carry"), not a question word ("how far
// *did*").
func subjectBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return !p.stop && !quantityWords[p.word] && (p.capital || wordnet.IsNoun(p.word) && !wordnet.OnlyModifier(p.word))
}

// modifiesNext reports whether the word at toks[j] ends the subject and
// the next word is the verb ("the safeguard *stay*", "price rise *do*"),
// or is a noun "of" qualifies ("share *of* exports").
func modifiesNext(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	if auxiliaries[n.word] || doAuxiliaries[n.word] || passiveAuxiliaries[n.word] || n.word == "of" || stopVerbs[n.word] {
		return true // "price rise *do*", "share *of* exports", "the slide *say*", "the trade deal *be* signed"
	}
	// A verb follows in the words after it: "domestic coil prices *go* up".
	for k := j + 1; k < len(toks) && !toks[k].stop; k++ {
		if w := toks[k].word; !toks[k].capital && wordnet.MostlyVerb(w) && wordnet.Lemma(w) == w {
			return true
		}
	}
	return false
}

// markSubjectVerbs marks the verb of a question whose wh-word is its
// subject, which has no auxiliary to find it by: the word right after
// "who" ("who *runs* the fund"), and the last of two or more words after
// "which" or "what" that a function word other than an auxiliary follows
// ("which port *gets* the grant", "which states *want* a study"; not
// "what fund size *is*"). WordNet must read it as a verb; "what share
// of" has no verb there.
func markSubjectVerbs(toks []token, termAt map[int]int, terms []term) {
	mark := func(i int) {
		if k, ok := termAt[i]; ok && !terms[k].capital && wordnet.IsVerb(toks[i].word) {
			terms[k].verb, terms[k].subjectVerb = true, true
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].word {
		case "who":
			mark(i + 1)
		case "which", "what":
			j := i + 1
			for j < len(toks) && !toks[j].stop {
				j++
			}
			contracted := toks[i].end-toks[i].at > len(toks[i].word) // "what's": a copula
			if contracted || j-i <= 2 || j >= len(toks) {
				break
			}
			// The function word after the verb opens its object ("gets
			// *the* grant", "needs *no* nickel"); a preposition after a
			// noun opens its qualifier ("what price cap *on* oil").
			// An inflected verb form is a verb before a preposition too
			// ("what tariff *applies* to").
			next, last := toks[j].word, toks[j-1].word
			inflected := wordnet.Lemma(last) != last
			if labelDeterminers[next] || next == "no" || wordnet.MostlyVerb(last) && (inflected || !objectPrepositions[next] && next != "to") && !auxiliaries[next] && !doAuxiliaries[next] && !passiveAuxiliaries[next] {
				mark(j - 1)
			}
		}
	}
}

// markParticiples marks as verbs the participles after a form of "have"
// or "be" ("have *lost*", "were *paid*", "could be *hit*"): an -ed or -en
// form, or one WordNet's exception lists give for a verb ("lost" of
// "lose"), which WordNet may also list as an adjective or a noun.
func markParticiples(toks []token, termAt map[int]int, terms []term) {
	for i := 1; i < len(toks); i++ {
		k, ok := termAt[i]
		if !ok || !perfectOrPassive[toks[i-1].word] || terms[k].capital {
			continue
		}
		// After "is", a past participle may qualify a noun instead: "is
		// *ground* beef covered".
		w := toks[i].word
		// A participle written as its base form only after "be": "were
		// *hit*"; after "have" it is as often a noun ("have *support*
		// from").
		participle := verbForm(w) || irregularVerbForm(w) || beForms[toks[i-1].word] && sameFormParticiple(w)
		if participle && !(beForms[toks[i-1].word] && !strings.HasSuffix(w, "ing") && nounFollows(toks, i)) {
			terms[k].verb = true
		}
	}
}

// beForms are the forms of "be".
var beForms = toSet(beWords)

// nounFollows reports whether a content word WordNet reads as a noun
// comes right after toks[i].
func nounFollows(toks []token, i int) bool {
	return i+1 < len(toks) && !toks[i+1].stop && wordnet.IsNoun(toks[i+1].word)
}

// perfectOrPassive are the forms of "have" and "be" a participle follows.
var perfectOrPassive = toSet(beWords + ` have has had having get gets got gotten`)

// sameFormParticiple reports whether w may be a participle written as
// its base form ("were *hit*", "was *cut*", "has *put*"): a base form the
// tagged corpus uses mostly as a verb.
func sameFormParticiple(w string) bool {
	return wordnet.Lemma(w) == w && wordnet.MostlyVerb(w)
}

// irregularVerbForm reports whether WordNet's exception lists give w as
// an inflection of a verb it is related to: "lost" of "lose", "paid" of
// "pay".
func irregularVerbForm(w string) bool {
	for _, b := range append(wordnet.Related(w), wordnet.Lemma(w)) {
		if b != w && wordnet.IsVerb(b) && slices.Contains(wordnet.Inflections(b), w) {
			return true
		}
	}
	return false
}

// markInfinitives marks as verbs the base forms right after "to" that
// WordNet reads as verbs: "allowed to *take*", "need to *make*". A plural
// or a name after "to" ("apply to imports", "to Japan") is not one.
func markInfinitives(toks []token, termAt map[int]int, terms []term) {
	for i := 1; i < len(toks); i++ {
		k, ok := termAt[i]
		if !ok || toks[i-1].word != "to" || terms[k].capital {
			continue
		}
		if w := toks[i].word; wordnet.IsVerb(w) && wordnet.Lemma(w) == w && !wordnet.MostlyNoun(w) {
			terms[k].verb = true // not "taking the duty to *court*"
		}
	}
}

// goingTo finds the future of "be going to" before a verb: "is Japan
// going to buy", "when is the cut going to take effect".
var goingTo = regexp.MustCompile(`(?i)\b(is|are|was|were|am)\b((?:\s+[\w'’$%.,-]+){0,6}?)\s+(?:going to|gonna)\s+([a-z]+)\b`)

// futureWithWill returns the question with "be going to" before a verb
// written as "will" (or "would", in the past), which the question is read
// as: "Is Japan going to buy more rice?" is "Will Japan buy more rice?".
// Read as words, "going" was a thing the coverage must name. The verb is
// a word mostly used as a verb, or one WordNet knows as a verb that ends
// the question ("how long is the ban going to *last*?"), where no place
// or thing follows. "Going to" before anything else is a movement ("is
// the money going to US firms") and is left as written.
func futureWithWill(q string) string {
	if lower := strings.ToLower(q); !strings.Contains(lower, "going to") && !strings.Contains(lower, "gonna") {
		return q
	}
	var b strings.Builder
	last := 0
	for _, at := range goingTo.FindAllStringSubmatchIndex(q, -1) {
		b.WriteString(q[last:at[0]])
		last = at[1]
		b.WriteString(withWill(q[at[0]:at[1]], q[at[2]:at[3]], q[at[4]:at[5]], q[at[6]:at[7]], endsQuestion(q[at[1]:])))
	}
	b.WriteString(q[last:])
	return b.String()
}

// endsQuestion reports whether rest, what follows a word, ends the
// question: nothing but punctuation and spaces.
func endsQuestion(rest string) bool {
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == ""
}

// withWill returns m, a "be going to" and its verb, with "will" for "be
// going to" when verb is one (see futureWithWill); last says the verb
// ends the question.
func withWill(m, be, subject, verb string, last bool) string {
	if wordnet.Lemma(verb) != verb || !(wordnet.MostlyVerb(verb) || last && wordnet.IsVerb(verb)) {
		return m
	}
	will := "will"
	if strings.EqualFold(be, "was") || strings.EqualFold(be, "were") {
		will = "would"
	}
	if r, _ := utf8.DecodeRuneInString(be); unicode.IsUpper(r) {
		will = strings.ToUpper(will[:1]) + will[1:]
	}
	return will + subject + " " + verb
}
