package bot

// Stage 1 (parse) and 5 (score): a question of what someone said, and
// the quotations that answer it. News reports what people said in their
// own words, between quotation marks: "what did Meta say about the
// fine?", "how did Beijing react?" prefer an excerpt that quotes
// someone over one that only reports the event they spoke about.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// quoteAsked finds a question of what someone said or how they took
// something: "what did Meta say (about the fine)?", "how did Beijing
// react?", "what was the union's response?", "did the minister comment
// on it?". Not "a say on" or "the final say" (a noun), nor a question of
// opinion ("what do farmers make of it"), which news reports in its own
// words as often as in quotation marks.
var quoteAsked = regexp.MustCompile(`\b(reacts?|reacted|reacting|responds?|responded|responding|response|reactions?|comments?|commented|commenting) (on|about|to)\b|\b(react|reacts|reacted|respond|responds|responded)\W*$|\b(say|says|said|saying) (about|of)\b|\b(did|does|do|has|have|had|will|would)\b.*\b(say|said)\W*$`)

// quoteSubject finds what a question of reaction asks about when it
// names an amount ("how did prices react"): markets answer with
// figures, not words.
var quoteSubject = regexp.MustCompile(`\b(\w+) (reacts?|reacted|responds?|responded)\b`)

// asksQuote reports whether a question (lower case) asks what someone
// said, and no figure, time, name or reason besides: "how many workers
// responded", "when did the EU respond", "who responded" and "why did
// Tokyo react" ask for those, which a quotation would only dilute.
func asksQuote(lower string, kinds kind) bool {
	if kinds&(figureKinds|kindReason) != 0 || !quoteAsked.MatchString(lower) {
		return false
	}
	if m := quoteSubject.FindStringSubmatch(lower); m != nil && wordnet.IsAmount(wordnet.Lemma(m[1])) {
		return false // "how did prices react"
	}
	return true
}

// quotedSpan finds the words between a pair of quotation marks, paired
// from the left: "No," he said, and "never" quotes "No," and "never",
// not " he said, and ".
var quotedSpan = regexp.MustCompile(`"[^"]*"|“[^”]*”|‘[^’]*’`)

// minQuoted is how many words a quotation that runs past its text's
// start or end needs (see quotes): fewer are a scare quote.
const minQuoted = 3

// quoted reports whether the words between a pair of quotation marks
// are a quotation: two words or more ("survival-threatening situation"),
// not a scare quote ("reciprocal") nor a title or name, however long
// ("Liberation Day", "Economic Prosperity Deal": see titleCase; round
// nineteen, never-tuned top1 +1, no set lower).
func quoted(s string) bool {
	ws := strings.Fields(strings.Trim(s, `"“”‘’`))
	return len(ws) >= 2 && !titleCase(ws)
}

// titleCase reports whether words are a title or a name in quotation
// marks ("Liberation Day", "Economic Prosperity Deal", "Agreement on
// Reciprocal Trade"): the first and the last capitalised (or figures),
// and small words only between them. "I did not say that" and "We will"
// are quotations.
func titleCase(ws []string) bool {
	for i, w := range ws {
		w = strings.TrimRight(w, ",.;:!?")
		if w == "" {
			return false
		}
		r := []rune(w)[0]
		inside := i > 0 && i < len(ws)-1
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(inside && stopwords[w]) {
			return false
		}
	}
	return true
}

// quotes reports whether a text quotes someone: words between quotation
// marks, or a quotation that opens before the text and closes in it, or
// opens in it and carries on after it (an excerpt is a sentence of a
// longer quote). Inch marks and apostrophes are no quotation marks.
func quotes(text string) bool {
	for _, m := range quotedSpan.FindAllStringIndex(text, -1) {
		if text[m[0]] == '"' && !opensQuote(text, m[0]) {
			continue // 48" pipeline and 36" valves
		}
		if quoted(text[m[0]:m[1]]) {
			return true
		}
	}
	rest := quotedSpan.ReplaceAllString(text, "")
	if i := strings.IndexAny(rest, "”\""); i >= 0 && !strings.ContainsAny(rest[:i], "“") && closesQuote(rest, i) {
		return len(strings.Fields(rest[:i])) >= minQuoted // …consumers," he said.
	}
	if i := strings.LastIndexAny(rest, "“\""); i >= 0 && opensQuote(rest, i) {
		return len(strings.Fields(rest[i:])) >= minQuoted // "This decision ignores how …
	}
	return false
}

// closesQuote reports whether the mark at i ends a quotation: a curly
// closing mark, or a straight one right after a word or stop and before
// a space, a stop or the end (`consumers," he said`; not `48" pipe`,
// which follows a figure).
func closesQuote(s string, i int) bool {
	if strings.HasPrefix(s[i:], "”") {
		return true
	}
	if i == 0 || s[i-1] >= '0' && s[i-1] <= '9' || s[i-1] == ' ' {
		return false
	}
	return i+1 == len(s) || strings.ContainsRune(" ,.;:!?", rune(s[i+1]))
}

// opensQuote reports whether the mark at i opens a quotation: a curly
// opening mark, or a straight one at the start or after a space, before
// a letter.
func opensQuote(s string, i int) bool {
	if strings.HasPrefix(s[i:], "“") {
		return true
	}
	return (i == 0 || s[i-1] == ' ' || s[i-1] == '(') && i+1 < len(s) && s[i+1] != ' '
}

// speakerPhrase finds who a question of what someone said asks about:
// the words between its auxiliary and its verb of saying or reacting
// ("what did *Dale Hartwig* say", "how did *the steelworkers union*
// react").
var speakerPhrase = regexp.MustCompile(`(?i)\b(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|saying|react|reacted|reacting|respond|responded|responding|comment|commented|commenting)\b`)

// speakersAsked returns the terms of who a question of what someone said
// asks about ("Dale Hartwig", "Eurofer's chief"), or nil.
func (q *question) speakersAsked() []int {
	if q.kinds&kindQuote == 0 {
		return nil
	}
	var out []int
	for _, tk := range tokenize(q.speaker()) {
		if i := q.termOf(tk.word); i >= 0 && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

// speaker returns the words of who a question of what someone said asks
// about, as it writes them ("the Canadian prime minister"), or "".
func (q *question) speaker() string {
	if m := speakerPhrase.FindStringSubmatch(q.text); m != nil {
		return m[1]
	}
	return ""
}

// speakerRole returns the terms of the role a question of what someone
// said names its speaker by, or nil: the speaker's last word, a person's
// noun in lower case ("minister", "chairman", "governor"), with the
// lower-case words right before it ("prime minister", "central bank
// governor"; not "Chile's" nor "Canadian", whose office it is). Only
// someone in that role answers: "Energy Minister Ellen Marchand said"
// is no answer to what the prime minister said (see
// candidate.speakerUnsaid). A speaker named by name ("what did Dale
// Hartwig say") or by a group ("how did the union react") has no role.
func (q *question) speakerRole(speakers []int) []int {
	if len(speakers) == 0 {
		return nil
	}
	head := speakers[len(speakers)-1]
	if t := &q.terms[head]; t.capital || !wordnet.IsPerson(wordnet.Lemma(t.word)) {
		return nil
	}
	role := []int{head}
	for j := len(speakers) - 2; j >= 0 && speakers[j] == role[0]-1 && !q.terms[speakers[j]].capital; j-- {
		role = slices.Insert(role, 0, speakers[j])
	}
	return role
}

// pronounSpeaks finds speech by someone a sentence refers back to: "he
// said", "she told reporters", "it said in a statement".
var pronounSpeaks = regexp.MustCompile(`(?i)\b(he|she|it|they)\s+(said|says|told|added|argued|warned|wrote)\b|\b(said|says)\s+(he|she|it|they)\b`)

// saysWho finds a sentence's own attribution of speech: "said", "told",
// "according to".
var saysWho = regexp.MustCompile(`(?i)\b(said|says|told|tells|according to)\b`)

// quotesSpeaker reports whether a sentence quotes, or reports, the one a
// question of what someone said asks about (speakers, see
// speakersAsked): it says one of their words (ms, how well it says each
// term), or its paragraph does (mcs) and it speaks by a pronoun ("…,"
// he said) or is a quotation run on with no attribution of its own ("So
// the grower eats most of it."). A quotation of someone else answers
// another question.
func quotesSpeaker(speakers []int, ms, mcs []float64, text string) bool {
	if slices.ContainsFunc(speakers, func(i int) bool { return ms[i] > 0 }) {
		return true
	}
	return (pronounSpeaks.MatchString(text) || !saysWho.MatchString(text)) && slices.ContainsFunc(speakers, func(i int) bool { return mcs[i] > 0 })
}
