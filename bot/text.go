package bot

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	porterstemmer "github.com/blevesearch/go-porterstemmer"

	"github.com/dealbot/dealbot/bot/wordnet"
	"github.com/dealbot/dealbot/corpus"
)

// stopwords are words that carry no meaning for search in a question or a
// passage: function words (NLTK's English list, and the subordinating
// conjunctions it lacks: "whether", "unless"), the scaffolding of
// questions ("tell me", "what does the coverage say about …", "according
// to your sources"), the honorifics a reader may put before a name the
// coverage writes bare ("Mr Akazawa"), and the writer's abbreviations
// that name nothing ("vs", "etc.", "e.g.", "i.e.", "aka", "re").
var stopwords = toSet(`a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves tell said says say saying also yet us get got ever whose
let know please explain describe mention mentioned mentions coverage article articles report reports reporting
story stories news sources outlets specifics
anything something thing things much many does happen happening might may must shall like else
mr mrs ms mx dr prof messrs vs versus re etc eg ie aka cf viz e g
whether although though unless whereas whilst`)

// genericWords frame a question rather than name its subject ("why does
// Chou *think* the clause *matters*", "how *long* has the alliance
// *existed*"). When the coverage never uses one, that says nothing about
// whether it answers the question, unlike an unknown name or thing
// ("rice", "lumber"), so they weigh little in the abstention decision.
var genericWords = toSet(`think believe feel matter matters mattered exist exists existed happen happened
mean means meant want wants wanted need needs needed plan plans planned expect expects expected affect affects
affected work works worked change changes changed involve involves involved concern concerns concerned
consider considers considered seem seems seemed look looks looked go goes going gone went come comes coming
came take takes taking took taken make makes making made give gives giving gave given put puts set sets keep
keeps kept use uses used using show shows showed shown see sees saw seen find finds found help helps helped
try tries tried start starts started begin begins began end ends ended stand stands hold holds held bring
brings brought lead leads led leave leaves left call calls called ask asks asked answer play move moves
turn turns agree agrees allow allows allowed add adds added offer offers offered remain remains remained
suggest suggests suggested provide provides provided follow follows followed continue continues continued
learn happen appear appears stay stays fall falls pass passes meet meets sit talk talks talked stuff
long short next last similar different same new old important main key major current recent likely
possible able whole general particular real true sure exactly actually really currently recently already
still later first second third overall specific exact precise basically right wrong good bad better worse
high low own full entire line way part kind type sort lot point case fact idea place people person side
example number question view terms basis aspect regard respect thing things one ones today now right
currently exactly overall role cover covers covered known unknown clear certain sure
apply applies applied applying focus focused focuses focusing center centered centre centred
meaning definition acronym abbreviation return exchange practice theory average brief total addition turn
advance effect stake final finally quote quoted quotes cite cited interviewed headline`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// token is one word of a text.
type token struct {
	word    string // lower case, possessive 's removed
	form    string // word without a plural ending: how synonyms are compared
	stem    string // Porter stem of word, as the index's English analyser makes it
	capital bool   // written with a capital letter (a name, an acronym)
	upper   bool   // written in capitals, two letters or more (an acronym), or its plural ("CEOs")
	stop    bool
	// possessive: written with a possessive ending ("Japan's",
	// "farmers'"); for a pronoun ("it's"), a contraction as often.
	possessive bool
	at         int // where it starts in the text, its acronyms' stops removed (see undot)
	end        int // where it ends there
}

// tokenize splits text into words: runs of letters and digits, keeping
// inner apostrophes, and splitting on hyphens and other punctuation.
func tokenize(s string) []token {
	var out []token
	u := undot(s)
	for at, f := range fieldsAt(u) {
		if n, scale := splitScale(u, at, f); scale != "" {
			// "$550bn" is read as "$550 billion".
			num, _ := wordToken(n)
			num.at, num.end = at, at+len(n)
			word, _ := wordToken(scale)
			word.at, word.end = at+len(n), at+len(f)
			out = append(out, num, word)
			continue
		}
		if t, ok := wordToken(f); ok {
			t.at, t.end = at, at+len(f)
			out = append(out, t)
		}
	}
	return out
}

// fieldsAt yields the words of s, each with the byte offset at which it
// starts, split at the runes notWord reports, except that a full stop or
// comma between two digits stays inside the word: "27.5" and "2,500" are
// one figure, as the index's tokenizer (Unicode word boundaries, UAX #29)
// reads them.
func fieldsAt(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		start := -1
		for i, r := range s {
			sep := notWord(r)
			if sep && (r == '.' || r == ',') && start >= 0 && isDigitASCII(s[i-1]) && i+1 < len(s) && isDigitASCII(s[i+1]) {
				sep = false
			}
			switch {
			case sep && start >= 0:
				if !yield(start, s[start:i]) {
					return
				}
				start = -1
			case !sep && start < 0:
				start = i
			}
		}
		if start >= 0 {
			yield(start, s[start:])
		}
	}
}

func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }

// notWord reports whether a rune separates the words tokenize reads.
func notWord(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
}

// wordToken returns the token of a field of text, or false when it holds
// no word ("'").
func wordToken(f string) (token, bool) {
	f = strings.Trim(strings.ReplaceAll(f, "’", "'"), "'")
	if f == "" {
		return token{}, false
	}
	r, _ := utf8.DecodeRuneInString(f)
	lower := strings.ToLower(f)
	if !isASCII(lower) {
		lower = string(asciiFolding.Filter([]byte(lower))) // "hürlimann" is "hurlimann", as the index reads it
	}
	possessive := strings.HasSuffix(lower, "'s") || strings.HasSuffix(lower, "s'")
	lower = strings.TrimSuffix(lower, "'s")
	lower = strings.TrimSuffix(lower, "'")
	if lower == "" {
		return token{}, false
	}
	lower = unnegated(lower)
	return token{
		possessive: possessive,
		word:       lower,
		form:       wordForm(lower),
		stem:       stem(lower),
		capital:    unicode.IsUpper(r),
		upper:      inCapitals(f),
		stop:       isStopword(lower, f),
	}, true
}

// irregularNegations are the negated auxiliaries whose base is not the
// word before "n't".
var irregularNegations = map[string]string{"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}

// unnegated returns the auxiliary of a negated one ("didn't" → "did",
// "won't" → "will"), which reads as the auxiliary does: a function word,
// before its subject's verb ("why didn't Korea *meet* …"). The negation
// is a function word too, as "not" is. A pronoun or question word with
// its auxiliary contracted ("he'd", "who'll") is that function word.
// Other words are returned as they are.
func unnegated(w string) string {
	if a, ok := irregularNegations[w]; ok {
		return a
	}
	if base, ok := strings.CutSuffix(w, "n't"); ok && stopwords[base] {
		return base
	}
	for _, c := range contractions {
		if base, ok := strings.CutSuffix(w, c); ok && stopwords[base] {
			return base // "he'd", "who'll", "they've": function words both
		}
	}
	return w
}

// contractions are the endings of an auxiliary contracted onto a pronoun
// or a question word ("he'd", "who'll", "we've", "they're", "I'm"), which
// is a function word as the auxiliary is.
var contractions = []string{"'d", "'ll", "'ve", "'re", "'m"}

// asciiFolding folds letters to ASCII as the index's analyser does.
var asciiFolding = asciifolding.New()

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stemMemo remembers the stem of each word as written, for tagging: a
// document repeats its words (each sentence again in its paragraph), and
// making a token is most of the cost of reading one.
type stemMemo map[string]memoStem

// memoStem is the stem of a field of text, if it is a content word.
type memoStem struct {
	stem    string
	content bool
}

// appendStems appends the stems of the content words of s to out, in
// order, as stems returns them.
func (m stemMemo) appendStems(out []string, s string) []string {
	u := undot(s)
	for at, f := range fieldsAt(u) {
		if n, scale := splitScale(u, at, f); scale != "" {
			for _, w := range []string{n, scale} { // as tokenize reads "$550bn"
				if t, ok := wordToken(w); ok && !t.stop {
					out = append(out, t.stem)
				}
			}
			continue
		}
		ms, ok := m[f]
		if !ok {
			t, word := wordToken(f)
			ms = memoStem{stem: t.stem, content: word && !t.stop}
			m[f] = ms
		}
		if ms.content {
			out = append(out, ms.stem)
		}
	}
	return out
}

// isStopword reports whether a word, as written, is a stopword: "us" is,
// "US", the country that trade coverage names more than any other, is not.
func isStopword(lower, written string) bool {
	return stopwords[lower] && written != "US"
}

// undot writes initialisms without their full stops ("U.S." → "US"), so
// that both spellings are one word.
func undot(s string) string {
	var b strings.Builder
	last := 0 // s[:last] is written to b
	for j := 1; j+1 < len(s); j++ {
		// A full stop between two capitals, the first standing alone:
		// "U.S", "U.K", not "Inc.The".
		if s[j] != '.' || !isUpperASCII(s[j-1]) || !isUpperASCII(s[j+1]) || (j > 1 && isLetterASCII(s[j-2])) {
			continue
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:j])
		last = j + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isUpperASCII(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool  { return c >= 'a' && c <= 'z' }
func isLetterASCII(c byte) bool { return isUpperASCII(c) || (c >= 'a' && c <= 'z') }

// inCapitals reports whether a word is written as an acronym: in
// capitals, two letters or more ("EU"), or as the plural of one ("CEOs").
func inCapitals(w string) bool {
	return len(w) >= 2 && allCapitals(w) || len(w) >= 3 && w[len(w)-1] == 's' && allCapitals(w[:len(w)-1])
}

// allCapitals reports whether w has a capital letter and no small one
// (strings.ToUpper(w) == w && strings.ToLower(w) != w, without the copies).
func allCapitals(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.ToUpper(r) != r {
			return false
		}
		if unicode.ToLower(r) != r {
			upper = true
		}
	}
	return upper
}

// stem returns the Porter stem of a lower-case word; the index's English
// analyser stems with the same algorithm, so stems compare across both.
// Stems are cached: the coverage and the questions reuse a vocabulary of
// a few thousand words (see wordCache).
func stem(w string) string {
	if len(w) < 3 {
		return w
	}
	return stemCache.get(w, porterStem)
}

var stemCache = wordCache[string]{max: 50000} // word → stem

// porterStem stems a word in its American spelling, so that "defence" and
// "defense", "organisation" and "organization" are one word (see
// wordnet.American).
func porterStem(w string) string {
	return string(porterstemmer.StemWithoutLowerCasing([]rune(wordnet.American(w))))
}

// analysed is a text as the ranking reads it: its tokens, and its content
// words as stems (in order and as a set) and as forms (in order and as a
// set). A question's own word matches by stem, as the index matches it;
// a synonym matches by form, because stemming conflates words a
// thesaurus must keep apart ("critical" and "critics", "public" and
// "publicize", "government" and "governance").
type analysed struct {
	toks    []token
	content []token
	seq     []string
	set     map[string]bool
	forms   []string
	formSet map[string]bool
	// concepts says, by index in defaultLexicon.concepts, which meanings
	// of the thesaurus the text says (a word or phrase of theirs); set
	// by the analysisCache, for term.match.
	concepts []bool
	// numberKinds says how the text writes each number in digits (see
	// figureFormsOf); set by the analysisCache, for term.match.
	numberKinds map[string]figureForms
}

func analyse(s string) analysed {
	a := analysed{toks: tokenize(s)}
	a.set = make(map[string]bool, len(a.toks))
	a.formSet = make(map[string]bool, len(a.toks))
	for _, t := range a.toks {
		if !t.stop {
			a.content = append(a.content, t)
			a.seq = append(a.seq, t.stem)
			a.set[t.stem] = true
			a.forms = append(a.forms, t.form)
			a.formSet[t.form] = true
		}
	}
	return a
}

// maxAnalyses bounds the texts a Bot keeps analysed: a few hundred
// kilobytes a thousand.
const maxAnalyses = 4096

// analysisCache keeps the analysis of the excerpts and paragraphs the
// ranking reads: the same passages come back question after question, and
// analysing them again was most of the cost of ranking. Analyses are only
// read once made. When full, it starts over. Safe for concurrent use.
type analysisCache struct {
	mu       sync.Mutex
	max      int
	contexts map[string]*analysed
	excerpts map[string]*excerptAnalysis
}

// excerptAnalysis is what the ranking reads of an excerpt: its words, the
// tokens near-duplicates are compared by, and all else about it that does
// not depend on the question.
type excerptAnalysis struct {
	analysed
	tokens    []string     // tokenSet, sorted
	formList  []string     // formSet, sorted
	text      string       // the excerpt, for holds
	cues      lazyCues     // the kinds of answer it holds (see holds)
	anaphoric bool         // it opens by referring back (see corpus.RefersBack)
	hedges    bool         // it hedges (see hedges)
	note      bool         // it is a note on the reporting, not news (see reportingNote)
	number    bool         // it states a figure (see hasNumber)
	topics    []float64    // its topicScore for each of Topics
	lists     []list       // the enumerations it makes (see focusList)
	figures   []string     // the figures it states (see figuresOf)
	spans     lazySpans    // where it states each kind of answer (see spansOf)
	parsed    lazyFigures  // its figures parsed, as sources compare them (see parsedFigures)
	revision  lazyRevision // whether it corrects a figure reported before, and which (see correction)
}

// list is an enumeration in a text: the last words before its marker
// ("goods such as"), and how many items follow.
type list struct {
	before []token
	items  int
}

func newAnalysisCache(max int) *analysisCache {
	return &analysisCache{max: max, contexts: map[string]*analysed{}, excerpts: map[string]*excerptAnalysis{}}
}

// context returns the analysis of a text that is not an excerpt: a
// paragraph with its section and title, what a sentence refers to.
func (c *analysisCache) context(s string) *analysed {
	return cached(c, c.contexts, s, func() *analysed { a := analyseConcepts(s); return &a })
}

// analyseConcepts is analyse, with the concepts the text says.
func analyseConcepts(s string) analysed {
	a := analyse(s)
	a.numberKinds = figureFormsOf(s, a.toks)
	lx := defaultLexicon
	a.concepts = make([]bool, len(lx.concepts))
	for i, f := range a.forms {
		for _, ci := range lx.wordConcepts(f) {
			a.concepts[ci] = true
		}
		for _, ci := range lx.byPhrase[f] {
			for _, ph := range lx.concepts[ci].phrases {
				if hasPrefix(a.forms[i:], ph.forms) {
					a.concepts[ci] = true
				}
			}
		}
	}
	return a
}

// excerpt returns the analysis of an excerpt.
func (c *analysisCache) excerpt(s string) *excerptAnalysis {
	return cached(c, c.excerpts, s, func() *excerptAnalysis {
		e := &excerptAnalysis{
			analysed:  analyseConcepts(s),
			text:      s,
			anaphoric: corpus.RefersBack(s),
			hedges:    hedges.MatchString(s),
			note:      reportingNote.MatchString(s),
			number:    hasNumber(s),
			lists:     lists(s),
			figures:   figuresOf(s),
		}
		e.tokens = sortedKeys(tokenSet(s))
		e.formList = sortedKeys(e.formSet)
		e.topics = tagCues.scores(e.seq)
		return e
	})
}

func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}

func cached[T any](c *analysisCache, m map[string]*T, s string, make func() *T) *T {
	c.mu.Lock()
	v, ok := m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = make()
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(m) >= c.max {
		clear(m)
	}
	m[s] = v
	return v
}

// wordForm removes a regular plural ending from a lower-case word:
// "duties" → "duty", "taxes" → "tax", "chips" → "chip"; "class",
// "analysis" and short words stay as they are.
func wordForm(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// singularOfSes returns the singular of a plural in "-ses" whose
// singular ends in "s" ("buses" → "bus", "bonuses" → "bonus"), which
// neither wordForm nor the Porter stemmer recovers; for other "-ses"
// words ("cases") it returns a non-word that the coverage will not use.
// For any other word it returns "".
func singularOfSes(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "ses") && !strings.HasSuffix(w, "sses") {
		return w[:len(w)-2]
	}
	return ""
}

// forms returns the forms of the content words of s, in order.
func forms(s string) []string { return analyse(s).forms }

// stems returns the stems of the content words of s, in order.
func stems(s string) []string {
	toks := tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.stop {
			out = append(out, t.stem)
		}
	}
	return out
}

// tokenSet is the set of tokens NearDuplicate compares: runs of letters,
// digits and "$", lower-cased, as the evaluation scorer measures them.
func tokenSet(s string) map[string]bool {
	s = strings.ToLower(s)
	set := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '$')
	}) {
		set[f] = true
	}
	return set
}

// NearDuplicate reports whether two token sets overlap by 60% or more
// (Jaccard), the point at which two excerpts say the same thing.
func NearDuplicate(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return nearDuplicate(inter, len(a), len(b))
}

// nearDuplicate is NearDuplicate of two sets of sizes na and nb, inter of
// whose tokens are in both.
func nearDuplicate(inter, na, nb int) bool {
	return na > 0 && nb > 0 && float64(inter)/float64(na+nb-inter) >= 0.6
}

// contained reports whether most of the smaller of two token sets (80%),
// of sizes na and nb sharing inter tokens, is in the larger one: an
// excerpt that repeats a shorter one and adds a little.
func contained(inter, na, nb int) bool {
	small := min(na, nb)
	return small >= 5 && float64(inter) >= 0.8*float64(small)
}

// shareEnough reports whether two sorted lists of distinct strings share
// enough members for same(shared, len(a), len(b)), which holds from some
// number of shared members up. It stops comparing once the answer is
// known: most excerpts share little.
func shareEnough(a, b []string, same func(inter, na, nb int) bool) bool {
	// The fewest shared members for which same holds (more than can be
	// shared if none).
	need := sort.Search(min(len(a), len(b))+1, func(k int) bool { return same(k, len(a), len(b)) })
	n, i, j := 0, 0, 0
	for n < need {
		if n+min(len(a)-i, len(b)-j) < need {
			return false
		}
		switch x, y := a[i], b[j]; {
		case x == y:
			n, i, j = n+1, i+1, j+1
		case x < y:
			i++
		default:
			j++
		}
	}
	return true
}

// hasSeq reports whether the words seq occur in order, side by side, in ss.
func hasSeq(ss, seq []string) bool {
	if len(seq) == 0 || len(seq) > len(ss) {
		return false
	}
outer:
	for i := 0; i+len(seq) <= len(ss); i++ {
		for j, s := range seq {
			if ss[i+j] != s {
				continue outer
			}
		}
		return true
	}
	return false
}

// phraseKey is a word sequence as one string, for maps and sorting.
func phraseKey(ss []string) string { return strings.Join(ss, " ") }

// withoutPossessive returns a word or name without its possessive ending,
// straight or curly: "Japan's" is "Japan".
func withoutPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}
