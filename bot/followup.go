package bot

// Stage 0, continued: a follow-up in a conversation. People go on in the
// thread the bot answered in, or in its direct messages, as they would
// with a colleague: "What tariff do Japanese cars pay now?" then "when
// does it take effect?", "what about steel?", "who decided?", "latest?".
// Read alone, such a question names nothing the coverage can be searched
// for; read with the question before it, it asks a full question.

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// FollowUp returns the question msg asks in a conversation whose earlier
// questions, oldest first, were earlier, and whether it leans on them.
// Each earlier question is first read with those before it, so a chain of
// follow-ups reads as its user meant it. msg leans on the question before
// it when it asks about something else in the same way ("what about
// steel?", "and for Korea?": that question with the new thing in place of
// its own), when a pronoun of it has no name or noun before it to stand
// for ("when does *it* take effect?", "who decided *that*?": the pronoun
// is replaced by what the earlier question named), when it names nothing
// ("latest?": the earlier question, newest), or when it names only what
// is asked ("when?", "who decided?": with the things the earlier question
// named). Otherwise, or when the earlier question names nothing either,
// msg is returned as it is: a question that asks on its own is not read
// with the one before it.
//
// The result is a question to ask, and to show as the question answered,
// so that the reader sees how the follow-up was read.
func FollowUp(earlier []string, msg string) (string, bool) {
	var before string // the question before msg, as read
	for _, e := range earlier {
		if qs := Questions(e); len(qs) > 1 {
			e = qs[len(qs)-1] // a message of several questions goes on from its last
		}
		if !asksQuestion(e) {
			continue // "great", "ok thanks": the question before stands
		}
		if q, ok := followUp(before, e); ok {
			before = q
		} else if q := questionOf(e); q != "" {
			before = q
		}
	}
	return followUp(before, msg)
}

// asksQuestion reports whether a message asks a question: one of its
// clauses is a question (see isQuestion), or it is a terse one that names
// two things or more ("swap line size latest"), not an acknowledgement
// ("great, thanks", "makes sense").
func asksQuestion(msg string) bool {
	for _, c := range clauses(cleaned(msg)) {
		if isQuestion(bare(c)) {
			return true
		}
	}
	if acknowledgement.MatchString(msg) {
		return false
	}
	words := 0
	for _, p := range thingsNamed(questionOf(msg)) {
		words += len(strings.Fields(p.text))
	}
	return words >= 2
}

// acknowledgement finds a message that answers the bot's answer rather
// than asking: "great", "thanks, that helps", "ok cool", "makes sense".
var acknowledgement = regexp.MustCompile(`(?i)^\W*(thanks|thank you|thx|ty|cheers|great|perfect|nice|cool|awesome|ok|okay|got it|makes sense|helpful|good|interesting|wow|lol)\b`)

// isQuestion reports whether a clause is a question: it ends in "?",
// opens with a question word or an auxiliary, or asks about a new thing
// ("what about steel").
func isQuestion(c string) bool {
	return strings.HasSuffix(c, "?") || fullQuestion(c) || askingOpener.MatchString(c)
}

// LeansOnEarlier reports whether msg may lean on an earlier question (see
// FollowUp): a transport looks for the earlier questions of a
// conversation only then.
func LeansOnEarlier(msg string) bool {
	f, ok := readFollowUp(msg)
	return ok && f.leans()
}

// followUpText is a message read as a possible follow-up: its question,
// and what of it leans on the question before it.
type followUpText struct {
	asked   string
	adjunct string // a phrase after a preposition to add to the question before: "and *under the deal*?"
	thing   string // a new thing to ask the question before about: "what about *steel*?"
	pronoun []int  // where its pronoun that refers back stands: "when does *it* take effect?"
	kind    bool   // it names only what it asks for: "when?", "who decided?"
	nothing bool   // it names nothing: "latest?"
}

// leans reports whether the text leans on the question before it.
func (f followUpText) leans() bool {
	return f.adjunct != "" || f.thing != "" || f.pronoun != nil || f.kind || f.nothing
}

// readFollowUp reads msg as a possible follow-up; false when it is no one
// question in one clause (a message of several questions, or context of
// its own, is read as it says: see Questions and questionOf).
func readFollowUp(msg string) (followUpText, bool) {
	if len(Questions(msg)) > 1 {
		return followUpText{}, false
	}
	cs := clauses(cleaned(msg))
	if len(cs) != 1 {
		return followUpText{}, false
	}
	f := followUpText{asked: unshouted(bare(cs[0]))}
	if f.asked == "" && namesNothing(cs[0]) {
		f.asked = strings.TrimSpace(greeting.ReplaceAllString(cs[0], "")) // "any update?": thanks' words, asked alone
	}
	if f.asked == "" || !isQuestion(f.asked) {
		return followUpText{}, false // a statement ("this will do"), not a question
	}
	rest, isNew := newThing(f.asked)
	if !isNew && !fullQuestion(f.asked) && len(strings.Fields(f.asked)) <= 4 {
		rest = strings.TrimRight(f.asked, "?.! ") // "before the deal?"
	}
	switch first, _, _ := strings.Cut(strings.ToLower(rest), " "); {
	case leadPrepositions[first] && len(strings.Fields(rest)) <= 3:
		f.adjunct = rest
	case isNew && !namesNothing(rest):
		f.thing = rest // not "and now?", "and the latest?": those ask for news
	}
	f.pronoun = pronounOf(f.asked)
	f.kind = f.pronoun == nil && asksOnlyKind(f.asked)
	f.nothing = f.thing == "" && namesNothing(f.asked) && asksForNews(f.asked)
	return f, true
}

// followUp reads msg after the question before it, as FollowUp does.
func followUp(before, msg string) (string, bool) {
	f, ok := readFollowUp(msg)
	phrases := thingsNamed(before)
	if before == "" || !ok || len(phrases) == 0 {
		return msg, false
	}
	question := strings.TrimRight(before, "?.! ")
	if f.adjunct != "" {
		return question + " " + f.adjunct + "?", true // "and under the deal?"
	}
	if f.thing != "" {
		if q, ok := swapped(before, phrases, f.thing); ok {
			return q, true
		}
	}
	if loc := f.pronoun; loc != nil {
		w := strings.ToLower(f.asked[loc[0]:loc[1]])
		if demonstratives[w] {
			return question + " - " + f.asked, true // "where was *that* announced?": what the question said
		}
		p := phrases[antecedent(phrases, w)]
		with := p.text
		if p.the || !p.name && !p.plural {
			with = "the " + with // "when does *the tariff* take effect"
		}
		if possessives[w] {
			with += "'s"
		}
		return f.asked[:loc[0]] + with + f.asked[loc[1]:], true
	}
	if f.kind {
		var things []string
		for _, p := range phrases {
			things = append(things, p.text)
		}
		return strings.TrimRight(f.asked, "?.! ") + " (" + strings.Join(things, ", ") + ")?", true
	}
	if f.nothing {
		return question + " - " + f.asked, true
	}
	return msg, false
}

// asksForNews reports whether a question has a word for the newest state
// or an update ("latest?", "any update?"), not only function words ("and?",
// "?"), which ask for nothing to repeat a question for.
func asksForNews(q string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(q), notLetter) {
		if terseFiller[w] || recency.MatchString(w) {
			return true
		}
	}
	return false
}

// asksOnlyKind reports whether a question asks for a kind of answer and
// names nothing of its own (see thingsNamed) beside what it asks for:
// "when?", "who decided?", "at what rate?", "run by whom?".
func asksOnlyKind(q string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(q, "?.! ")))
	switch {
	case len(words) == 0:
		return false
	case fullQuestion(q):
		return !namesAnything(q)
	case whWords[words[len(words)-1]] && len(words) <= 4:
		if wordnet.IsVerb(words[0]) {
			words = words[1:] // "*run* by whom?", "*finalised* where?"
		}
		return !namesAnything(strings.Join(words, " "))
	}
	return false
}

// newThingAsked finds a follow-up that asks the question before it about
// a new thing: "what about steel?", "how about Korea", "and for rice?",
// "same for the EU?".
var newThingAsked = regexp.MustCompile(`(?i)^\W*(and )?(` + askingOpeners + `|and)\b[\s,]*`)

// askingOpeners open a follow-up about a new thing and ask without a
// question mark: "what about steel".
const askingOpeners = `what about|how about|what of|same (question )?for|ditto for`

// askingOpener finds the openers of newThingAsked that ask without a
// question mark: "what about steel".
var askingOpener = regexp.MustCompile(`(?i)^\W*(and )?(` + askingOpeners + `)\b`)

// newThing returns the new thing a follow-up asks about (see
// newThingAsked), when it does not ask a question of its own ("and when
// does it take effect?" does).
func newThing(asked string) (string, bool) {
	loc := newThingAsked.FindStringIndex(asked)
	if loc == nil {
		return "", false
	}
	rest := strings.TrimRight(strings.TrimSpace(asked[loc[1]:]), "?.! ")
	if rest == "" || asksOwn(rest) {
		return "", false // "and when does it take effect?", "how about JERA, how much LNG?"
	}
	return rest, true
}

// asksOwn reports whether a new thing asks a question of its own: a
// question word or an auxiliary opens it or one of its clauses.
func asksOwn(s string) bool {
	for _, c := range strings.Split(s, ",") {
		if fullQuestion(strings.TrimSpace(c)) {
			return true
		}
	}
	return false
}

// swapped returns the question before with thing in place of the phrase
// it stands for, and whether there is one: the phrase with the same last
// word, its noun ("What tariff does the US charge on *Vietnamese goods*"
// → "korean goods"), or for a name the first name it may stand for (see
// nameSort.standsFor) that is no part of what the question asks for: a
// place for a place ("What tariff does *Japan* pay" → Korea, "What
// tariff do *Japanese* cars pay" → Korean) or a company, a person for a
// person ("Why did *Ishiba* quit" → Lutnick, never → Korea) or a
// company, never a month or a day.
// Any other new thing may stand for anything in the question before, or
// for nothing in it ("Will the central bank sell won to fund the
// investments?" → "what about rate cuts?"): the follow-up is then asked on
// its own, which names the new thing and finds it (this held on Slack
// follow-ups written by people who never saw the engine, where swapping
// a new thing in for the one plain phrase lost more than it won).
func swapped(before string, phrases []thing, thing string) (string, bool) {
	b := before
	start, end := -1, -1
	named, adjective := false, false // a name takes a name's place; put as its adjective
	if head := lastStem(thing); head != "" {
		for _, p := range phrases {
			if lastStem(p.text) == head {
				start, end = p.start, p.end
				break
			}
		}
	}
	if bare := leadingArticle.ReplaceAllString(thing, ""); start < 0 && bare != "" && unicode.IsUpper([]rune(bare)[0]) && len(strings.Fields(bare)) <= 3 {
		newSort := sortOf(bare)
		for _, p := range phrases {
			name := b[p.names[0]:p.names[1]]
			if !p.name || p.focus || !newSort.standsFor(sortOf(name)) {
				continue // never a place for a person nor a person for a place; a date only for a date
			}
			name = withoutPossessive(name) // "Japan's fund": Japan
			start, end, named = p.names[0], p.names[0]+len(name), true
			if adj := adjectiveOf(bare); adj != "" && end < p.end && wordnet.IsAdjective(strings.ToLower(lastWord(name))) {
				thing, adjective = adj, true // "Japanese cars" → "Korean cars"
			}
			break
		}
	}
	if start < 0 {
		return "", false
	}
	if before := strings.ToLower(b[:start]); before == "the " || strings.HasSuffix(before, " the ") {
		// A new name keeps its article as typed: "the EU" for "the
		// U.S.", "India" for "the US"; an adjective keeps the phrase's
		// ("the Korean fund" for "the Japanese fund").
		bare := leadingArticle.ReplaceAllString(thing, "")
		switch {
		case bare != thing:
			thing = bare
		case named && !adjective:
			start -= len("the ")
		}
	}
	return b[:start] + thing + b[end:], true
}

// lastStem returns the stem of the last word of s, or "".
func lastStem(s string) string {
	toks := tokenize(s)
	if len(toks) == 0 || toks[len(toks)-1].stop {
		return ""
	}
	return toks[len(toks)-1].stem
}

// leadingArticle finds an article opening a phrase.
var leadingArticle = regexp.MustCompile(`(?i)^(the|a|an)\s+`)

// followUpPronoun finds a pronoun that may stand for what an earlier
// question named; a demonstrative only where no noun follows it ("who
// decided *that*?", not "*this* year").
var followUpPronoun = regexp.MustCompile(`(?i)\b(it|its|they|them|their|he|him|his|she|her|that|this|these|those)\b`)

// possessives are the pronouns that stand for an owner: "its", "their".
var possessives = toSet(`its their his her`)

// pronounOf returns where the pronoun of a follow-up stands that refers to
// the question before it (see refersBackAt), or nil: a demonstrative only
// where no noun follows it ("who decided *that*?", not "*this* year"),
// and not one a phrase after a comma names ("How does *it* work, the MFN
// clause?").
func pronounOf(asked string) []int {
	for _, loc := range followUpPronoun.FindAllStringIndex(asked, -1) {
		w := strings.ToLower(asked[loc[0]:loc[1]])
		if demonstratives[w] {
			next, _, _ := strings.Cut(strings.TrimLeft(asked[loc[1]:], " "), " ")
			if next = strings.ToLower(strings.TrimRight(next, "?.!,")); next != "" && (wordnet.IsNoun(next) && !auxiliaries[next] || stopwords[next] && !auxiliaries[next]) {
				continue // "this year", "that the deal"
			}
			if w == "that" && !fullQuestion(asked) {
				continue
			}
		}
		if i := strings.LastIndex(asked, ","); i > loc[1] && namesAnything(asked[i:]) {
			return nil // named after it: "How does it work, *the MFN clause*?"
		}
		if refersBackAt(asked, loc) {
			return loc
		}
		return nil
	}
	return nil
}

// antecedent returns the index of the phrase pronoun stands for (the
// references a document makes are resolved apart, in learn.go, from its
// sentences' subjects and copulas; a question before a follow-up has
// neither, only the things it names): for "he"
// or "she" the first name; for "they" the first plural or name; for "it"
// the last singular thing named before any preposition that is no name
// ("When did the TRB open *the steel safeguard investigation*?"), else
// the first singular one.
func antecedent(phrases []thing, pronoun string) int {
	var want func(p thing) bool
	switch pronoun {
	case "he", "him", "his", "she", "her":
		want = func(p thing) bool { return p.name }
	case "they", "them", "their", "these", "those":
		want = func(p thing) bool { return p.plural || p.name }
	default:
		for i := len(phrases) - 1; i >= 0; i-- {
			if p := phrases[i]; !p.plural && !p.proper && !p.adjunct {
				return i
			}
		}
		want = func(p thing) bool { return !p.plural }
	}
	for i, p := range phrases {
		if want(p) {
			return i
		}
	}
	return 0
}
