package bot

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/corpus"
)

// The coverage defines some of its own vocabulary, and a question may use
// either form: "What does NEXI stand for?", "What did the commerce
// secretary say?". learnAliases finds these definitions by rule in each
// passage at tagging time; they are stored with the passage in the index,
// so they come and go with the document that defines them, and the bot
// reads the ones a question needs with one search (see aliasesFor).

// bracketed matches "(…)" and "[…]" groups.
var bracketed = regexp.MustCompile(`[(\[]([^()\[\]]{1,120})[)\]]`)

// learnAliases returns the acronyms a text expands and the roles it gives
// to named people.
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
	return out
}

// acronyms finds "long form (ACR)" and "ACR (long form)", with round or
// square brackets, keeping a pair only when the acronym's letters can be
// read, in order, from the long form with its first letter starting the
// first word (Schwartz & Hearst, 2003).
func acronyms(text string) []corpus.Alias {
	var out []corpus.Alias
	for _, m := range bracketed.FindAllStringSubmatchIndex(text, -1) {
		inner := strings.TrimSpace(text[m[2]:m[3]])
		before := strings.TrimRight(text[:m[0]], " ")
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

var wordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}.'’-]*`)

// roles finds people with the role the text gives them, in two patterns:
// a title before the name ("Commerce Secretary Howard Lutnick", "Prime
// Minister Shigeru Ishiba") and an apposition after it ("William Chou,
// deputy director of the Hudson Institute,"). The name is the alias name,
// the role its meaning.
func roles(text string) []corpus.Alias {
	// Editors' brackets ("[US Commerce Secretary Howard] Lutnick") are
	// part of the title pattern.
	clean := strings.NewReplacer("[", "", "]", "").Replace(text)
	var ws []word
	for _, loc := range wordRE.FindAllStringIndex(clean, -1) {
		ws = append(ws, word{text: strings.TrimRight(clean[loc[0]:loc[1]], ".'’-"), start: loc[0], end: loc[1]})
	}
	var out []corpus.Alias
	out = append(out, titledNames(clean, ws)...)
	out = append(out, appositions(clean, ws)...)
	return out
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
