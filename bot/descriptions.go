package bot

import (
	"regexp"
	"slices"
	"strings"

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
// People's roles are read by roles (learn.go), which knows role nouns.

// maxDescription is the most words a description may have: a longer
// phrase after a comma is a clause, not an apposition.
const maxDescription = 10

// calendarWord is a day or month name, which opens a phrase of time
// ("On Friday, the …"), not a name described.
var calendarWord = regexp.MustCompile(`^(?:` + dayName + `|` + month + `)$`)

// honorifics open a person's name without being part of it.
var honorifics = toSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof.`)

// descriptions returns the names the text describes in apposition: a
// capitalised name, a comma, an article and a noun phrase closed by a
// comma or the end of the sentence. The name is the alias name, the
// phrase without its article the meaning.
func descriptions(text string) []corpus.Alias {
	if !strings.Contains(text, ", the ") && !strings.Contains(text, ", a ") && !strings.Contains(text, ", an ") {
		// No apposition can open: most passages, read cheaply. The corpus
		// loader has made every run of white space one space.
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
		// A name runs over capitalised words, and over "of", "for" and
		// "and" between them ("The Board of Audit").
		for i+1 < len(ws) && adjacent(text, ws, i) && !endsSentence(ws[i].text) {
			switch {
			case isCapital(ws[i+1].text):
				i++
				continue
			case nameConnectors[ws[i+1].text] && i+2 < len(ws) && isCapital(ws[i+2].text) && adjacent(text, ws, i+1):
				i += 2
				continue
			}
			break
		}
		if a, ok := description(text, ws, first, i); ok {
			out = append(out, a)
		}
	}
	return out
}

// endsSentence reports whether a word ends a sentence with its stop
// ("States."), unlike an abbreviation that holds stops ("U.S.", "Mr.").
func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && !honorifics[strings.ToLower(w)]
}

// description reads the apposition after the name ws[first..last], if
// there is one.
func description(text string, ws []word, first, last int) (corpus.Alias, bool) {
	none := corpus.Alias{}
	rest := text[ws[last].end:]
	if !strings.HasPrefix(rest, ", ") || last+2 >= len(ws) || !leadArticles[ws[last+1].text] {
		return none, false
	}
	// Function words capitalised at the start of a sentence are not part
	// of the name: "Under Trump, the …", "The SMF, a …".
	for first < last && isFunctionWord(ws[first].text) {
		first++
	}
	lead := strings.ToLower(ws[first].text)
	opening := sentenceStart(text, ws[first].start)
	switch {
	case isFunctionWord(ws[first].text) || calendarWord.MatchString(ws[first].text):
		return none, false // "However, the …", "On Friday, the …"
	case opening && first == last && !isAcronym(ws[first].text) && wordnet.Known(lead):
		return none, false // "Meanwhile, a …"
	case first > 0 && inOpeningPhrase(text, ws, first):
		return none, false // "In the U.S., the tariff rate is …", "According to Reuters, the …"
	case first > 0 && inList(text, ws, first):
		return none, false // "Toyota, Honda and Nissan, the three biggest carmakers"
	}
	for first < last && honorifics[strings.ToLower(ws[first].text)] {
		first++
	}
	from := ws[last+1].end
	end := phraseEnd(text[from:])
	// A list inside the description: "the association of machine,
	// electrical and metal manufacturers, said".
	end += listTail(text[from+end:])
	phrase := strings.TrimSpace(text[from : from+end])
	closed := closes(text[from+end:])
	pw := strings.Fields(phrase)
	if k := slices.IndexFunc(pw, func(w string) bool { return relatives[w] }); k > 0 {
		// "a 14-mile route that will link the airport": the noun phrase
		// ends before its relative clause.
		pw, closed = pw[:k], true
		phrase = strings.Join(pw, " ")
	}
	if !closed || len(pw) == 0 || len(pw) > maxDescription || !describesThing(pw) {
		return none, false
	}
	return corpus.Alias{Name: text[ws[first].start:ws[last].end], Meaning: phrase, Described: true}, true
}

// isFunctionWord reports whether a word is a preposition, a stop word or
// an article rather than part of a name.
func isFunctionWord(w string) bool {
	lw := strings.ToLower(w)
	return phrasePreps[lw] || stopwords[lw] || leadArticles[lw]
}

// inOpeningPhrase reports whether the name at ws[first] is the object of
// a preposition that opens the sentence ("In the U.S.", "According to
// Reuters", "Asked about Japan"): a comma after it closes that phrase,
// and what follows is the clause, not a description. Within a clause a
// preposition's object may be described ("shares of Toyota, the
// carmaker").
func inOpeningPhrase(text string, ws []word, first int) bool {
	k := first - 1
	if leadArticles[strings.ToLower(ws[k].text)] && k > 0 {
		k--
	}
	if !phrasePreps[strings.ToLower(ws[k].text)] {
		return false
	}
	if sentenceStart(text, ws[k].start) {
		return true
	}
	// "According to", "Asked about", "Meanwhile in": a word that names
	// no thing, before the preposition, at the start.
	if k == 0 || !sentenceStart(text, ws[k-1].start) {
		return false
	}
	w := strings.ToLower(ws[k-1].text)
	return !wordnet.IsNoun(w) || verbSuffix(w)
}

// inList reports whether the name at ws[first] ends a list ("Canada and
// Mexico", "Toyota, Honda"): what follows describes all of it.
func inList(text string, ws []word, first int) bool {
	before := strings.TrimRight(text[:ws[first].start], " ")
	prev := strings.ToLower(ws[first-1].text)
	return strings.HasSuffix(before, ",") || prev == "and" || prev == "or"
}

// listTail returns how far a description continues past the comma that
// starts text when a list of modifiers follows it (", electrical and
// metal manufacturers"), or 0.
func listTail(text string) int {
	if !strings.HasPrefix(text, ",") {
		return 0
	}
	seg := text[1:]
	end := phraseEnd(seg)
	part := " " + strings.TrimSpace(seg[:end]) + " "
	if (strings.Contains(part, " and ") || strings.Contains(part, " or ")) && len(strings.Fields(part)) <= 5 && !strings.Contains(part, " and the ") && !strings.Contains(part, " and a ") {
		return 1 + end
	}
	return 0
}

// describesThing reports whether the words of a phrase read as one noun
// phrase: lower-case but for names within it ("Japan's farm lobby"),
// holding a noun, with no verb of a clause ("the ministry *raised*
// tariffs", "the tariff rate *is* 15%", "the government *says*"), no
// second phrase joined to it ("the farm lobby *and the* unions"), and
// not counting several things ("the *three* biggest carmakers").
func describesThing(pw []string) bool {
	if isCapital(pw[0]) || plural(phraseHead(pw)) {
		return false // "the *other large sources* of copper" describes several things
	}
	noun := false
	for i, w := range pw {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		lw = withoutPossessive(lw)
		switch {
		case labelAuxiliaries[lw] || copulas[lw] || commonVerbs[lw] || numberWords.MatchString(lw):
			return false
		case leadArticles[lw] && i > 0 && (pw[i-1] == "and" || pw[i-1] == "or"):
			return false
		}
		if isCapital(w) {
			continue
		}
		if wordnet.IsVerb(lw) && !wordnet.IsNoun(lw) && !wordnet.IsAdjective(lw) {
			return false
		}
		if wordnet.IsNoun(lw) || !wordnet.Known(lw) {
			noun = true
		}
	}
	return noun
}

// closes reports whether the rest of a text after a phrase closes it as
// an apposition: the end of the text, a comma, a stop or a dash.
func closes(rest string) bool {
	return rest == "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// phraseHead is the noun a phrase is about: its last word before a
// preposition ("*association* of machine makers").
func phraseHead(pw []string) string {
	for i, w := range pw {
		if i > 0 && phrasePreps[w] {
			return pw[i-1]
		}
	}
	return pw[len(pw)-1]
}

// plural reports whether a noun is in the plural: WordNet reads it as an
// inflection of another word ending without its "s".
func plural(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,"))
	return strings.HasSuffix(w, "s") && wordnet.IsNoun(w) && wordnet.Lemma(w) != w
}

// phraseEnd is where a phrase ends in text: at the first comma,
// semicolon, colon, bracket, quotation mark, dash or stop that is not
// inside a figure ("19,000", "2.5"), or at the end of the text.
func phraseEnd(text string) int {
	for i, r := range text {
		switch r {
		case ',', '.':
			if i > 0 && i+1 < len(text) && isDigitASCII(text[i-1]) && isDigitASCII(text[i+1]) {
				continue
			}
			return i
		case ';', ':', '(', ')', '"', '“', '”', '—', '–':
			return i
		}
	}
	return len(text)
}

// sentenceStart reports whether the text at i opens a sentence, a clause
// after a colon or semicolon, or an item of a list.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\"“‘'")
	if before == "" || strings.HasSuffix(before, "\n") {
		return true
	}
	for _, end := range []string{".", "?", "!", "--", ":", ";", "-", "•", "*"} {
		if strings.HasSuffix(before, end) {
			return true
		}
	}
	return false
}
