package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
	"github.com/dealbot/dealbot/corpus"
)

// News introduces an organisation, a place or a programme by a
// description set off after its name: "Swissmem, the association of
// machine makers, said …", "JA Zenchu, the farm lobby, …". Later
// sentences use the name alone ("said Daniel Hürlimann, Swissmem's
// director"), while a reader asks by the description ("who heads the
// machine makers' association?"). descriptions finds these appositions
// so that the name answers for its description (see expandAliases).

// maxDescription is the most words a description may have: a longer
// phrase after a comma is a clause, not an apposition.
const maxDescription = 10

// descriptiveArticles open a description: "the association", "a group".
var descriptiveArticles = toSet(`the a an`)

// adverbialOpeners put the name they precede in a phrase of time or place
// ("In Washington, the senators said"), not in an apposition.
var adverbialOpeners = toSet(`in on at from after before since by until during across for to`)

// relativePronouns open a relative clause after a noun.
var relativePronouns = toSet(`that which who whose whom where`)

// calendarWord is a day or month name, which opens a phrase of time.
var calendarWord = regexp.MustCompile(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$`)

// descriptions returns the names the text describes in apposition:
// a capitalised name, a comma, an article and a lower-case noun phrase
// closed by a comma or the end of the sentence. The name is the alias
// name, the phrase without its article the meaning.
func descriptions(text string) []corpus.Alias {
	if !strings.Contains(text, ", ") {
		return nil
	}
	var ws []word
	for start, end := range words(text) {
		ws = append(ws, word{text: text[start:end], start: start, end: end})
	}
	var out []corpus.Alias
	for i := 0; i < len(ws); i++ {
		if !isCapital(ws[i].text) {
			continue
		}
		first := i
		for i+1 < len(ws) && isCapital(ws[i+1].text) && adjacent(text, ws, i) {
			i++
		}
		if a, ok := description(text, ws, first, i); ok {
			out = append(out, a)
		}
	}
	return out
}

// description reads the apposition after the name ws[first..last], if
// there is one.
func description(text string, ws []word, first, last int) (corpus.Alias, bool) {
	rest := text[ws[last].end:]
	if !strings.HasPrefix(rest, ", ") || last+2 >= len(ws) || !descriptiveArticles[ws[last+1].text] {
		return corpus.Alias{}, false
	}
	opening := sentenceStart(text, ws[first].start)
	if opening && first == last && !isAcronym(ws[first].text) && wordnet.Known(ws[first].text) {
		return corpus.Alias{}, false // "However, the …", "Meanwhile, a …"
	}
	if opening && adverbialOpeners[strings.ToLower(ws[first].text)] {
		return corpus.Alias{}, false // "On Friday, the …", "In Washington, the …"
	}
	if calendarWord.MatchString(ws[first].text) {
		return corpus.Alias{}, false // "On Friday, the ministry …"
	}
	// The phrase runs to the next comma, semicolon, bracket or stop.
	from := ws[last+1].end
	end := phraseEnd(text[from:])
	closed := end == len(text)-from || text[from+end] == ',' || text[from+end] == '.'
	phrase := strings.TrimSpace(text[from : from+end])
	pw := strings.Fields(phrase)
	if k := slices.IndexFunc(pw, func(w string) bool { return relativePronouns[w] }); k > 0 {
		// "a 14-mile route that will link the airport": the noun phrase
		// ends before its relative clause.
		pw, closed = pw[:k], true
		phrase = strings.Join(pw, " ")
	}
	if !closed || len(pw) == 0 || len(pw) > maxDescription || !describesThing(pw) {
		return corpus.Alias{}, false
	}
	name := text[ws[first].start:ws[last].end]
	if first < last && strings.EqualFold(ws[first].text, "the") {
		name = text[ws[first+1].start:ws[last].end] // "The SMF"
	}
	return corpus.Alias{Name: name, Meaning: phrase, Described: true}, true
}

// phraseEnd is where a phrase ends in text: at the first comma,
// semicolon, colon, bracket, quotation mark or stop that is not inside a
// figure ("19,000", "2.5"), or at the end of the text.
func phraseEnd(text string) int {
	for i, r := range text {
		switch r {
		case ',', '.':
			if i > 0 && i+1 < len(text) && isDigitASCII(text[i-1]) && isDigitASCII(text[i+1]) {
				continue
			}
			return i
		case ';', ':', '(', ')', '"', '“', '”':
			return i
		}
	}
	return len(text)
}

// describesThing reports whether the words of a phrase read as a noun
// phrase: lower-case but for names within it ("Japan's farm lobby"), and
// holding a noun.
func describesThing(pw []string) bool {
	noun := false
	for _, w := range pw {
		w = strings.TrimRight(w, "'’s")
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			continue
		}
		if wordnet.IsNoun(w) {
			noun = true
		}
	}
	last := pw[len(pw)-1]
	return noun && !isCapital(pw[0]) && !(wordnet.IsVerb(last) && !wordnet.IsNoun(last)) // not "Japan, the ministry said, …"
}

// sentenceStart reports whether the text at i opens a sentence.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \"“‘'")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "--")
}
