package bot

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// The coverage defines some of its own vocabulary, and a question may use
// either form: "What does NEXI stand for?", "What did the commerce
// secretary say?". learnAliases finds these definitions by rule in each
// passage at tagging time; they are stored with the passage in the index,
// so they come and go with the document that defines them, and the bot
// reads the ones a question needs with one search (see aliasesFor).

// bracketed yields the "(…)" and "[…]" groups of text, by the indexes of
// their opening and closing brackets: those holding 1 to 120 characters
// and no bracket, as the pattern [(\[]([^()\[\]]{1,120})[)\]] would
// match them.
func bracketed(text string) iter.Seq2[int, int] {
	return func(yield func(open, end int) bool) {
		for open := 0; open < len(text); open++ {
			if text[open] != '(' && text[open] != '[' {
				continue
			}
			n := strings.IndexAny(text[open+1:], "()[]")
			if n < 0 {
				return
			}
			end := open + 1 + n
			if (text[end] == ')' || text[end] == ']') && n > 0 && utf8.RuneCountInString(text[open+1:end]) <= 120 {
				if !yield(open, end) {
					return
				}
				open = end
			}
		}
	}
}

// learnAliases returns the acronyms a text expands, the roles it gives
// to named people, the initials of the names it writes out and the
// descriptions it sets after names.
func learnAliases(text string) []corpus.Alias {
	var out []corpus.Alias
	add := func(a corpus.Alias) {
		for _, b := range out {
			if strings.EqualFold(a.Name, b.Name) && strings.EqualFold(a.Meaning, b.Meaning) {
				return
			}
		}
		out = append(out, a)
	}
	for _, a := range acronyms(text) {
		add(a)
	}
	for _, a := range roles(text) {
		add(a)
	}
	for _, a := range initialisms(text) {
		if !namedAlready(out, a.Meaning) {
			add(a)
		}
	}
	for _, a := range descriptions(text) {
		add(a)
	}
	return out
}

// namedAlready reports whether the aliases already say what name is: an
// acronym the text defines for it, or a person it names ("Secretary
// Howard Lutnick" ends in the person "Howard Lutnick"), whose initials
// nobody uses.
func namedAlready(aliases []corpus.Alias, name string) bool {
	for _, a := range aliases {
		if strings.EqualFold(a.Meaning, name) || strings.HasSuffix(name, a.Name) {
			return true
		}
	}
	return false
}

// acronyms finds "long form (ACR)" and "ACR (long form)", with round or
// square brackets, keeping a pair only when the acronym's letters can be
// read, in order, from the long form with its first letter starting the
// first word (Schwartz & Hearst, 2003).
func acronyms(text string) []corpus.Alias {
	if !strings.ContainsAny(text, "([") {
		return nil
	}
	var out []corpus.Alias
	for open, end := range bracketed(text) {
		inner := strings.TrimSpace(text[open+1 : end])
		before := strings.TrimRight(text[:open], " ")
		if isAcronym(inner) {
			words := strings.Fields(before)
			max := min(len(inner)+5, 2*len(inner))
			if len(words) > max {
				words = words[len(words)-max:]
			}
			if long := longForm(inner, strings.Join(words, " ")); long != "" {
				out = append(out, corpus.Alias{Name: inner, Meaning: long})
			}
			continue
		}
		words := strings.Fields(before)
		if len(words) == 0 {
			continue
		}
		short := strings.Trim(words[len(words)-1], `"“”'‘’`)
		if !isAcronym(short) || len(strings.Fields(inner)) < 2 || len(strings.Fields(inner)) > 2*len(short)+2 {
			continue
		}
		if long := longForm(short, inner); long != "" && long == inner {
			out = append(out, corpus.Alias{Name: short, Meaning: long})
		}
	}
	return out
}

// isAcronym reports whether w looks like an acronym: 2 to 10 letters or
// digits, starting with a letter, mostly capitals ("JBIC", "NEXI", "FDI").
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 10 || !unicode.IsLetter(rune(w[0])) {
		return false
	}
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r), unicode.IsDigit(r):
		default:
			return false
		}
	}
	return upper >= 2 && upper*2 >= len(w)
}

// longForm returns the shortest ending of long whose letters spell short
// in order, or "" (the Schwartz–Hearst algorithm).
func longForm(short, long string) string {
	s, l := []rune(strings.ToLower(short)), []rune(strings.ToLower(long))
	li := len(l) - 1
	for si := len(s) - 1; si >= 0; si-- {
		c := s[si]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			continue
		}
		for li >= 0 && (l[li] != c || (si == 0 && li > 0 && (unicode.IsLetter(l[li-1]) || unicode.IsDigit(l[li-1])))) {
			li--
		}
		if li < 0 {
			return ""
		}
		li--
	}
	start := strings.LastIndexByte(string(l[:li+1]), ' ') + 1
	out := string([]rune(long)[len([]rune(string(l[:start]))):])
	if len(strings.Fields(out)) < 2 {
		return ""
	}
	return out
}

// roleHeads are the nouns that make a phrase a person's role.
var roleHeads = toSet(`secretary minister president director ambassador representative chairman chairwoman
chair governor senator ceo chief commissioner spokesperson spokesman spokeswoman premier chancellor envoy
negotiator economist analyst professor fellow adviser advisor head founder editor researcher lawmaker
deputy mayor king queen treasurer administrator officer executive`)

// roleConnectors are the small words a title may contain ("Minister in
// Charge of Economic Revitalization").
var roleConnectors = toSet(`of in for and the on`)

// word is a word of a sentence with its place in the text.
type word struct {
	text       string
	start, end int
}

// words yields the start and end of each word of text: a letter or digit,
// then letters, digits and the marks a word holds inside ("U.S.",
// "Japan's", "most-favored-nation"), as the pattern
// [\p{L}\p{N}][\p{L}\p{N}.'’-]* would match them.
func words(text string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		start := -1 // start of the word being read, or -1
		for i, r := range text {
			switch {
			case unicode.IsLetter(r) || unicode.IsNumber(r):
				if start < 0 {
					start = i
				}
			case start >= 0 && (r == '.' || r == '\'' || r == '’' || r == '-'):
			case start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, len(text))
		}
	}
}

// roles finds people with the role the text gives them, in two patterns:
// a title before the name ("Commerce Secretary Howard Lutnick", "Prime
// Minister Shigeru Ishiba") and an apposition after it ("William Chou,
// deputy director of the Hudson Institute,"). The name is the alias name,
// the role its meaning.
func roles(text string) []corpus.Alias {
	if !mentionsRole(text) {
		return nil // both patterns need a role head
	}
	// Editors' brackets ("[US Commerce Secretary Howard] Lutnick") are
	// part of the title pattern.
	clean := editorBrackets.Replace(text)
	var ws []word
	for start, end := range words(clean) {
		ws = append(ws, word{text: strings.TrimRight(clean[start:end], ".'’-"), start: start, end: end})
	}
	var out []corpus.Alias
	out = append(out, titledNames(clean, ws)...)
	out = append(out, appositions(clean, ws)...)
	return out
}

var editorBrackets = strings.NewReplacer("[", "", "]", "")

// mentionsRole reports whether any word of text is a role head: a cheap
// test before the patterns.
func mentionsRole(text string) bool {
	for w := range strings.FieldsFuncSeq(text, notLetter) {
		if roleHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func isCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// adjacent reports whether only spaces separate words i and i+1.
func adjacent(text string, ws []word, i int) bool {
	return strings.TrimSpace(text[ws[i].end:ws[i+1].start]) == ""
}

// titledNames: a run of capitalised words (small connectors allowed
// inside) holding a role head and ending in a two-word name.
func titledNames(text string, ws []word) []corpus.Alias {
	var out []corpus.Alias
	for i := 0; i < len(ws); {
		if !isCapital(ws[i].text) {
			i++
			continue
		}
		j := i
		for j+1 < len(ws) && adjacent(text, ws, j) &&
			(isCapital(ws[j+1].text) || (roleConnectors[strings.ToLower(ws[j+1].text)] && j+2 < len(ws) && isCapital(ws[j+2].text))) {
			j++
		}
		run := ws[i : j+1]
		i = j + 1
		if len(run) < 3 {
			continue
		}
		head := -1
		for k, w := range run[:len(run)-2] {
			if roleHeads[strings.ToLower(w.text)] {
				head = k
			}
		}
		if head < 0 {
			continue
		}
		name := run[len(run)-2:]
		if roleHeads[strings.ToLower(name[0].text)] || roleHeads[strings.ToLower(name[1].text)] {
			continue
		}
		first := 0
		if strings.EqualFold(run[0].text, "the") {
			first = 1
		}
		role := text[run[first].start:run[len(run)-3].end]
		out = append(out, corpus.Alias{Name: text[name[0].start:name[1].end], Meaning: strings.TrimRight(role, ".,")})
	}
	return out
}

// appositions: a two- or three-word name, a comma, and a lower-case
// phrase holding a role head up to the next comma or full stop.
func appositions(text string, ws []word) []corpus.Alias {
	var out []corpus.Alias
	for i := 0; i+1 < len(ws); i++ {
		if !isCapital(ws[i].text) || !isCapital(ws[i+1].text) || !adjacent(text, ws, i) {
			continue
		}
		end := i + 1
		if end+1 < len(ws) && isCapital(ws[end+1].text) && adjacent(text, ws, end) {
			end++
		}
		rest := text[ws[end].end:]
		if !strings.HasPrefix(rest, ",") {
			continue
		}
		phrase := rest[1:]
		if k := strings.IndexAny(phrase, ",;:()“”\""); k >= 0 {
			phrase = phrase[:k]
		}
		phrase = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(phrase), "."))
		pw := strings.Fields(phrase)
		if len(pw) < 1 || len(pw) > 10 || isCapital(pw[0]) && !roleHeads[strings.ToLower(pw[0])] {
			continue
		}
		hasHead := false
		for _, w := range pw[:min(len(pw), 4)] {
			if roleHeads[strings.ToLower(strings.Trim(w, ".,"))] {
				hasHead = true
			}
		}
		if !hasHead {
			continue
		}
		for _, art := range []string{"a ", "an ", "the "} {
			phrase = strings.TrimPrefix(phrase, art)
		}
		out = append(out, corpus.Alias{Name: text[ws[i].start:ws[end].end], Meaning: phrase})
		i = end
	}
	return out
}

// A sentence often names what it is about only by referring back: "this
// clause" two paragraphs after "a “safety clause”", "they" for "SoftBank's
// $100 billion commitment … and Nippon Steel's $26 billion expansion".
// references resolves such references by rule, at tagging time, and keeps
// what each one stands for as an alias of its passage (Name: the reference
// as written, Meaning: the words of its antecedent), so that a question
// naming the antecedent finds the sentence that answers it.

// refWindow is how many paragraphs back a reference looks for a synonym
// of its noun ("the fund" for "investment framework"); the same noun it
// finds anywhere earlier in the document.
const refWindow = 3

// demonstratives open a noun phrase that refers back, with or without
// modifiers ("this clause", "these US tariffs"); "the" does so only before
// a single noun ("the clause", "the fund"), since "the trade deal" names
// its own kind.
var (
	demonstratives = toSet(`this these that those such`)
	pluralPronouns = toSet(`they them`)
	// tailWords may continue a noun phrase after its noun: "commitment
	// *to the* US tech sector *and* Nippon Steel's … expansion".
	tailWords = toSet(`of to for in on at from with and the a an its their`)
)

// isReference reports whether an alias is a reference and its antecedent
// rather than a name and its definition: its name opens with a
// demonstrative, "the" or a pronoun, as no acronym or person's name does.
func isReference(a corpus.Alias) bool {
	w, _, _ := strings.Cut(a.Name, " ")
	w = strings.ToLower(w)
	return demonstratives[w] || pluralPronouns[w] || w == "the"
}

// refToken is a word of a sentence for reference resolution.
type refToken struct {
	text, lower, form string
	stop, capital     bool
	number            bool
	// gap is what separates the word from the one before it, less spaces
	// and quotes: "" inside a phrase, "," "—" "(" … at a boundary.
	gap string
	// bracketed: an opening bracket stands before the word, as before an
	// acronym that follows its name ("Export Credit Agency (ECA)").
	bracketed bool
	// possessive: the word is written with "'s" ("the agency's").
	possessive bool
}

// appendRefTokens splits a sentence into words, with the punctuation
// between them, and appends them to out; a possessive written apart
// ("Japan ‘s") joins its noun.
func appendRefTokens(out []refToken, text string) []refToken {
	n := len(out)
	prev := 0
	for start, end := range words(text) {
		w := strings.TrimRight(text[start:end], ".'’-")
		// Quotes, brackets and "$" do not end a phrase: "a “safety
		// clause”", "on (these) tariffs", "$550 billion".
		between := text[prev:start]
		gap := strings.Trim(between, " \t\"“”'‘’$()[]")
		prev = end
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if lw == "s" && len(out) > n && gap == "" {
			out[len(out)-1].possessive = true
			continue // "Japan ‘s": the possessive of the word before
		}
		bare := withoutPossessive(lw)
		out = append(out, refToken{
			text: w, lower: bare, form: wordForm(bare), gap: gap,
			bracketed:  strings.ContainsAny(between, "(["),
			possessive: bare != lw,
			stop:       isStopword(lw, w),
			capital:    isCapital(w),
			number:     unicode.IsDigit(rune(w[0])),
		})
	}
	return out
}

// mention is a noun phrase that names something: the noun, whether it is
// plural, and the words that say what it is (its modifiers, the noun and
// what follows it: "$550 billion investment fund", "two major investment
// announcements, SoftBank's … and Nippon Steel's $26 billion expansion").
type mention struct {
	head    string // the noun, lower-case
	plural  bool
	meaning string
	para    int
}

// sameThing reports whether two nouns name the same kind of thing: the
// same word, or words the thesaurus lists together ("fund" and
// "framework"). Words are compared as listed, not by form: "funds" is
// money, "fund" a vehicle for it.
func sameThing(a, b string) bool {
	if wordForm(a) == wordForm(b) {
		return true
	}
	for _, ga := range thesaurusGroups[a] {
		for _, gb := range thesaurusGroups[b] {
			if ga == gb {
				return true
			}
		}
	}
	return false
}

// thesaurusGroups lists the thesaurus groups of each single word, as
// written there.
var thesaurusGroups = func() map[string][]int {
	m := map[string][]int{}
	for i, g := range thesaurus {
		for _, w := range g {
			if !strings.Contains(w, " ") {
				m[w] = append(m[w], i)
			}
		}
	}
	return m
}()

// partitives name a part or kind of what follows them: "these kinds of
// investment frameworks".
var partitives = toSet(`kind type sort form variety lot number part one`)

// deictic nouns after "this" or "the" point at the time of writing, not
// back at the text: "this year", "the moment".
var deictic = toSet(`year years month months week weeks day days time times moment morning evening night
spring summer autumn fall winter quarter decade century era`)

// titleWords returns the content words of a title, lower-case.
func titleWords(title string) []string {
	var out []string
	for _, t := range appendRefTokens(nil, title) {
		if !t.stop {
			out = append(out, strings.ToLower(t.text))
		}
	}
	return out
}

// names reports whether a title (its titleWords) says a noun or a
// synonym of it.
func names(title []string, noun string) bool {
	for _, w := range title {
		if sameThing(w, noun) {
			return true
		}
	}
	return false
}

// latestPlural returns the latest plural mention in the sentence being
// read or the two before it, or -1.
func latestPlural(ms []mention, sentOf []int, sentence int) int {
	for j := len(ms) - 1; j >= 0 && sentOf[j] >= sentence-2; j-- {
		if ms[j].plural {
			return j
		}
	}
	return -1
}

// refPhrase reads the noun phrase a determiner at k opens and returns the
// index of its noun and of its last word, or -1 when it does not refer
// back: "this clause", "these US tariffs", "the clause" (before a verb, a
// small word or punctuation), not "the trade deal" or "the US".
func refPhrase(toks []refToken, k int) (head, end int) {
	j := k + 1
	for j < len(toks) && toks[j].gap == "" && !toks[j].stop {
		j++
	}
	run := toks[k+1 : j]
	// The phrase ends before a verb or an adverb: "the clause
	// *represents*", "the fund *remains*", "this approach *directly*";
	// and at a possessive or before a preposition: "the *agency's*
	// cover", "run the *agency* since 2021" refer to the agency.
	for x := 1; x < len(run); x++ {
		prev, w := run[x-1], run[x].lower
		if prev.possessive || leadPrepositions[w] {
			run = run[:x]
			break
		}
		singular := !prev.capital && !prev.number && prev.form == prev.lower
		if strings.HasSuffix(w, "ly") || verbSuffix(w) || (singular && verbLike(w)) {
			run = run[:x]
			break
		}
	}
	if len(run) == 0 || (toks[k].lower == "the" && len(run) > 1) {
		return -1, 0
	}
	n := run[len(run)-1]
	// "this year" points at the time of writing, "these kinds of …" at
	// what follows.
	if n.capital || n.number || len(n.lower) < 3 || deictic[n.lower] || partitives[n.form] {
		return -1, 0
	}
	return k + len(run), k + len(run)
}

var (
	copulas   = toSet(`is are was were be been being remains remain`)
	relatives = toSet(`that which who`)
	// determiners open a noun phrase.
	determiners = toSet(`the a an this that these those its their his her our my your`)
)

// subjectVerb reports whether the word at k reads as the verb of a
// single noun after a determiner: "the clause *represents*", "the fund
// *remains*", not "industry *projects*".
func subjectVerb(toks []refToken, k int) bool {
	n := toks[k-1]
	return (k < 2 || determiners[toks[k-2].lower]) && !n.capital && !n.number && n.form == n.lower && verbLike(toks[k].lower)
}

// verbLike reports whether a word after a singular noun reads as its verb
// ("represents", "remains", "imposed").
func verbLike(w string) bool {
	return (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || verbSuffix(w)
}

// nounPhrase returns the mention whose noun is the word at k, when words
// right before it say what it is ("safety clause", "$550 billion investment
// framework"); a lone noun names nothing the reference does not already.
func nounPhrase(toks []refToken, k int) (mention, bool) {
	t := toks[k]
	// A noun, or a verb in -ing after one ("defense imports
	// *increasing*", which "the increase" refers to).
	if t.stop || t.capital || t.number || strings.HasSuffix(t.lower, "ed") || len(t.lower) < 3 {
		return mention{}, false
	}
	start := k
	for start > 0 && toks[start].gap == "" && !toks[start-1].stop {
		start--
	}
	if start == k || (start == k-1 && subjectVerb(toks, k)) {
		return mention{}, false
	}
	// "That is a big deal": what follows a copula says what something
	// is; it names nothing to refer back to.
	b := start - 1
	if b >= 0 && (toks[b].lower == "a" || toks[b].lower == "an") {
		b--
	}
	if b >= 0 && copulas[toks[b].lower] && (b == 0 || toks[b-1].lower != "there") {
		return mention{}, false // "there were two announcements" introduces them
	}
	// What follows the noun, up to the end of its phrase: prepositional
	// phrases, possessives and lists of names ("commitment to the US tech
	// sector and Nippon Steel's $26 billion expansion").
	end, j := k, k+1
	for ; j < len(toks) && j <= k+20; j++ {
		n := toks[j]
		boundary := n.gap != "" && !((n.gap == "," || n.gap == "—" || n.gap == "–") && n.capital)
		if boundary || verbSuffix(n.lower) || (n.stop && !tailWords[n.lower]) {
			break
		}
		if !n.stop {
			end = j
		}
	}
	// So does a relative clause: "a “safety clause” that effectively
	// grants it most-favored-nation treatment for Section 232 tariffs".
	if j < len(toks) && relatives[toks[j].lower] && (toks[j].gap == "" || toks[j].gap == ",") {
		for x := j + 1; x < len(toks) && x <= j+15 && toks[x].gap == ""; x++ {
			if !toks[x].stop {
				end = x
			}
		}
	}
	return mention{head: t.lower, plural: t.form != t.lower, meaning: phraseText(toks[start : end+1])}, true
}

// phraseText joins words as a phrase.
func phraseText(toks []refToken) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.text
	}
	return strings.Join(ws, " ")
}
