package bot

// Stage 0: the question within a message. People write to a bot as they
// write to a colleague: "Quick one for a piece I'm writing: what tariff do
// Japanese cars pay now?", "hey, who picks the projects? thanks!". The
// preamble and the pleasantries are no part of what is asked: read as
// question words they name things the coverage never mentions ("a
// piece"), and the bot would refuse.

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// greeting opens a message and asks nothing: "hey", "ok", "@dealbot",
// "sorry if this was asked before, but", and chat's abbreviations and
// hesitations ("btw", "fyi", "quick q", "hmm", a dictated "so like").
var greeting = regexp.MustCompile(`(?i)^\W*((hey|hi|hello|hiya|yo|ok|okay|quick (` + askingNounsRE + `|one|q)|(a )?(few|couple( of)?) (quick )?(` + askingNounsRE + `)|question|q|morning|good morning|afternoon|sorry( if [^,?]*)?|please|pls|plz|btw|by the way|fyi|fwiw|iirc|afaik|tbh|imo|imho|ps|hmm+|hm+|um+|uh+|ah|oh|team|all|folks|everyone|guys|so um|basically)\b[\s,!.:;-]*(but\b\s*)?|so\s*,\s*|@\S+[\s,:]*)+`)

// questionFrame frames a question without asking anything of its own:
// "can you tell me", "can someone tell me", "do you know", "any idea",
// "I'd like to know", "trying to find out", "wondering", "remind me", and
// a request for a thing ("give me the tariff on Japanese cars", "looking
// for the profit split", "need the latest quota"; not "need a licence to
// export?", which asks whether one is needed).
var questionFrame = regexp.MustCompile(`(?i)^\W*((can|could|would) (you|someone|somebody|anyone|anybody) (please )?(tell|show|give|remind) (me|us)( about)?|(do|does) (you|anyone|anybody|someone|somebody|we) know|any idea|(i'?d|i would) like to know|(i |we )?(want|need) to (know|check|confirm|find out)|(i'?m |i am |just )?(trying|wanting|looking|hoping) to (find out|know|understand|figure out|work out|check|confirm)|(i was |i'?m |just )?(wondering|curious)|(i |just )?wonder|tell me|remind me|(give|show|get|find|fetch) (me|us)|send( me| us)?( over)?|(i'?m |i am |just )?looking for|(i |we )?(need|want) the|(i'?d|we'?d|i would|we would) like the)\b[\s,:]*`)

// leadingAnd finds the word that joins a question to the one before it:
// "and when does it take effect?", "also, who picks the projects?".
var leadingAnd = regexp.MustCompile(`(?i)^\W*(and|also|plus|then|or)\b[\s,]*`)

// needAsked finds a question asked as a need, without "to know": "need
// how much rice Japan will buy", "need if the deal is binding".
var needAsked = regexp.MustCompile(`(?i)^\W*(i |we )?(need|want) (` + strings.ReplaceAll(questionWords, " ", "|") + `|whether|if)\b`)

// asNeeded drops a leading "need" or "want" before a question word: "need
// how much rice Japan will buy" asks how much, "need if the deal is
// binding" if it is, as "do we know if" does.
func asNeeded(q string) string {
	m := needAsked.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	return q[m[6]:]
}

// thanks closes a message and asks nothing: "thanks!", "thank you",
// "cheers", "please", "asap", "— any details?", a dictated question's
// fillers ("basically", "or what"), and chat's asides ("btw",
// "tho", "lmk", "imo"), in lower case only: "Who heads the IMO?" ends in
// an acronym.
var thanks = regexp.MustCompile(`(?i)([\s,!.;-]*\b(thanks|thank you|thx|ty|cheers|please|pls|plz|asap|lol|tia|(?-i:lmk|btw|tho|imo|tbh|fwiw|iirc|afaik)|much appreciated|any (details|info|news|updates?)|basically|or what|or something)\b[\s!.?]*)+$`)

// questionOf returns the question a message asks: its one clause that ends
// in a question mark, follows a dash, or stands on a line of its own (see
// clauses), with a label before it when it does not ask on its own
// ("Japanese cars: tariff now?", see label); or else the message, when a
// pronoun of that clause refers back to the rest (see refersToMessage) or
// it names nothing ("- latest?", see namesNothing). Without a greeting or
// a frame ("can you tell me", "give me") before it or thanks after it,
// without its links and emoji (see withoutLinks and withoutEmoji), with
// the apostrophes of its contractions and chat's shorthand written out
// (see writtenOut); "" when the message asks nothing ("hi", "thanks!"). A
// message of several questions is kept whole (see Questions, which splits
// it).
func questionOf(msg string) string {
	msg = cleaned(msg)
	var asked []int
	cs := clauses(msg)
	for i, c := range cs {
		// A clause that ends in a question mark asks; so does a question
		// after a dash that sets it apart, typed without one ("Writing up
		// the Korea deal - what rate do Korean goods pay").
		if strings.HasSuffix(c, "?") || i > 0 && endsInDash(cs[i-1]) {
			asked = append(asked, i)
		}
	}
	if last := len(cs) - 1; len(asked) == 0 && last > 0 && strings.Contains(msg, "\n"+cs[last]) && fullQuestion(bare(cs[last])) {
		asked = []int{last} // a question on a line of its own, typed without "?"
	}
	q := bare(msg)
	if len(asked) == 1 && !refersToMessage(cs[asked[0]]) && !namesNothing(bare(cs[asked[0]])) {
		i := asked[0]
		q = bare(cs[i])
		if i > 0 && !fullQuestion(q) {
			if l, ok := label(cs[i-1]); ok {
				q = l + " " + q
			}
		}
	}
	if strings.IndexFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return "" // "hi", "thanks!", "???": nothing is asked
	}
	return writtenOut(unshouted(asChecked(q))) // "…PAY RN?" is shorthand once lowered
}

// cleaned returns a message without its links and emoji, with curly
// apostrophes straight, contractions' apostrophes put back and chat's
// shorthand written out: the text whose clauses are read.
func cleaned(msg string) string {
	return writtenOut(apostrophed(strings.ReplaceAll(unlisted(withoutEmoji(withoutLinks(msg))), "’", "'")))
}

// itemMarker finds the marker of a list item at the start of a line: "1)",
// "2.", "(3)", "a)", "-", "*", "•".
var itemMarker = regexp.MustCompile(`(?m)^[ \t]*(\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\)|[-*•◦‣])[ \t]+`)

// unlisted returns a message without the markers of its list items: a
// question typed as an item ("quick ones:⏎1) who runs the fund?") asks
// as it would without its number. Only a list is read so: two marked
// lines or more, or one after a line that ends in a colon.
func unlisted(msg string) string {
	locs := itemMarker.FindAllStringIndex(msg, 2)
	if len(locs) == 0 || len(locs) == 1 && !strings.HasSuffix(strings.TrimRight(msg[:locs[0][0]], " \t\n"), ":") {
		return msg // one marked line without an intro: "Did prices fall⏎- 5% or more?"
	}
	return itemMarker.ReplaceAllString(msg, "")
}

// bare returns a question without a greeting or a frame before it or
// thanks after it.
func bare(q string) string {
	return strings.TrimSpace(thanks.ReplaceAllString(questionFrame.ReplaceAllString(asNeeded(greeting.ReplaceAllString(q, "")), ""), ""))
}

// checkOpener opens a belief put to be checked: "am I right that",
// "just to check,", "confirm:", "correct me if I'm wrong, but".
var checkOpener = regexp.MustCompile(`(?i)^\W*(am i right (that|in thinking( that)?)|do i have it right that|is it correct that|just to (check|confirm|be sure|double-check)|(can you |could you |pls |please )?(confirm|verify)( that|:)|correct me if i'?m wrong)\b[\s,:;-]*(but\b\s*)?`)

// checkTrailer closes a belief put to be checked, set apart by a comma
// or a dash: "— correct?", ", right?", "- true?" (not "Japan said no?",
// "left or right?").
var checkTrailer = regexp.MustCompile(`(?i)\s*[,;:—–-]\s*(correct|right|true|accurate|is that (right|correct))\s*\?*\s*$`)

// asChecked returns a belief put to be checked ("am I right that prices
// fell 50%?", "prices fell 50% — correct?") as the question of whether it
// is true ("is it true that prices fell 50%?"), which asks as a question
// of whether does: a figure of it the coverage does not give is checked
// against the coverage's own (see term.claimed).
func asChecked(q string) string {
	if loc := checkOpener.FindStringIndex(q); loc != nil && strings.IndexFunc(q[loc[1]:], unicode.IsLetter) >= 0 {
		if rest := q[loc[1]:]; fullQuestion(rest) {
			return rest // "just to check, what's the tariff on cars?" asks it
		}
		return "is it true that " + q[loc[1]:]
	}
	if loc := checkTrailer.FindStringIndex(q); loc != nil && loc[0] > 0 && !fullQuestion(q) {
		return "is it true that " + q[:loc[0]] + "?"
	}
	return q
}

// refersToMessage reports whether a question has a pronoun that stands
// for what the message said before it (see refersBackAt).
func refersToMessage(q string) bool {
	loc := refersBack.FindStringIndex(q)
	return loc != nil && refersBackAt(q, loc)
}

// refersBackAt reports whether the pronoun at loc in a question stands
// for what was said before the question: one with no name or noun before
// it in the question ("How big is *it* now?", "Why did *he* quit?", "who
// runs *it*?"), not one that refers to a word of the question ("What was
// the pledge when METI first put a number on *it*?", "Why did Ishiba say
// *he* would resign?"); a subject after its auxiliary ("which goods did
// *it* say Japan would buy") stands for what came before.
func refersBackAt(q string, loc []int) bool {
	before := strings.Fields(q[:loc[0]])
	if n := len(before); n > 0 && auxiliaries[strings.ToLower(strings.Trim(before[n-1], ",;:"))] {
		return true // the subject after its auxiliary
	}
	return !namesAnything(q[:loc[0]]) // else a name or a thing it may stand for
}

// namesNothing reports whether a question asks about nothing of its own:
// only words for the newest state or an update ("latest?", "any
// update?"), which ask about what the message said before them ("origin
// fraud cases⏎- latest?").
func namesNothing(q string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !stopwords[w] && !terseFiller[w] && !recency.MatchString(w) {
			return false
		}
	}
	return true
}

// unshouted returns a question typed all in capitals ("WHAT TARIFF DO
// JAPANESE CARS PAY NOW?") in lower case: its capitals mark no names, and
// read as names every word would be one the answer must say. It is then
// read as a question typed in lower case is (see question.caseless). A
// question of one word ("USMCA?") is left as typed: it may be an acronym.
func unshouted(q string) string {
	words := 0
	for _, f := range strings.Fields(q) {
		if strings.IndexFunc(f, unicode.IsLower) >= 0 {
			return q
		}
		if strings.IndexFunc(f, unicode.IsUpper) >= 0 {
			words++
		}
	}
	if words < 2 {
		return q
	}
	return strings.ToLower(q)
}

// refersBack finds a pronoun that may stand for what the message said
// before its question ("The fund started at $400 billion. How big is *it*
// now?"): the message is then asked whole. A possessive ("under *its*
// permit", "who won't sell *their* land") mostly refers to a word of the
// question itself, and does not count.
var refersBack = regexp.MustCompile(`(?i)\b(it|they|them|he|him|she)\b`)

// label returns the clause before a message's question when it labels
// what the question is about ("Japanese cars: tariff now?", "Steel quota:
// any update?"): a name or a noun phrase of one to four words before a
// colon, with no verb and no function word but those of labelLinks
// (unlike "Quick one for a piece I'm writing:", which says why the writer
// asks). Without it the question asks about nothing in particular.
func label(clause string) (string, bool) {
	l, ok := strings.CutSuffix(strings.TrimSpace(greeting.ReplaceAllString(clause, "")), ":")
	if !ok {
		return "", false
	}
	words := strings.Fields(l)
	for len(words) > 0 && askingNouns[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1] // "fund questions:", "water qs:" label the fund, the water
	}
	l = strings.Join(words, " ")
	if len(words) == 0 || len(words) > maxLabelWords {
		return "", false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;'\"()"))
		if lw == "" || stopwords[lw] && !labelLinks[lw] || wordnet.MostlyVerb(lw) {
			return "", false
		}
	}
	return l, true
}

// askingNouns name the asking itself, not what is asked about: "fund
// *questions*:", "a few *things*:".
var askingNouns = toSet(strings.ReplaceAll(askingNounsRE, "|", " "))

// askingNounsRE is askingNouns as a pattern's alternatives.
const askingNounsRE = `questions|question|qs|q's|things|ones|stuff`

// maxLabelWords is the most words a label before a question has.
const maxLabelWords = 4

// labelLinks are the function words a label may hold: "The fund", "Bank
// of Japan", "Tariffs and quotas".
var labelLinks = toSet(`the of and`)
