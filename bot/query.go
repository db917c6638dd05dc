package bot

import (
	"regexp"
	"strings"
	"unicode"
)

// kind is a bit set of what a question asks for; each kind has a cue the
// answering sentence tends to carry.
type kind uint

const (
	kindAmount       kind = 1 << iota // how much, how big, worth → money figures
	kindPerson                        // who → people and organisations
	kindReason                        // why → reasons
	kindUncertain                     // does, will, could … → statements of fact or of uncertainty
	kindDefinition                    // what does X stand for → the passage that defines X
	kindTime                          // when, how soon → dates and time words
	kindAge                           // how old → ages
	kindList                          // which sectors, what goods → enumerations
	kindWhether                       // whether, is it clear → statements of uncertainty
	kindSignificance                  // why does it matter → statements of importance
)

// questionCues detect the kinds of a question, on its lower-case text.
var questionCues = []struct {
	kind kind
	re   *regexp.Regexp
}{
	{kindAmount, regexp.MustCompile(`\bhow (much|many|big|large|high|low|sizable|significant)\b|\b(worth|size|amount|cost|value|figure|sum|total|tally)\b|\$|\b(billion|million|trillion|percent)\b`)},
	{kindPerson, regexp.MustCompile(`^\W*(who|whom|whose)\b|\bwho (is|are|was|were|said|says)\b|\bwhich (\w+ )?(person|people|officials?|ministers?|experts?|analysts?|agenc(y|ies)|institutions?|bod(y|ies)|organi[sz]ations?|companies|company|firms?|banks?|ministries|ministry|departments?|lenders?|insurers?)\b`)},
	{kindReason, regexp.MustCompile(`\bwhy\b|\breasons?\b|\bcause[sd]?\b|\bwhat (drove|drives|prompted|explains)\b`)},
	{kindUncertain, regexp.MustCompile(`^\W*(does|do|will|would|is|are|can|could|has|have)\b`)},
	{kindWhether, regexp.MustCompile(`\bwhether\b|\b(clear|certain|known|settled|decided|clarified)\b`)},
	{kindDefinition, regexp.MustCompile(`\bstands? for\b|\bshort for\b|\bfull (name|form|title)\b|\bspelled out\b|\b(acronym|abbreviation|meaning|definition)\b|\bwhat does \S+ mean\b|\bdefine\b`)},
	{kindTime, regexp.MustCompile(`\bwhen\b|\bhow (soon|long)\b|\b(timescale|timeline|timeframe|deadline|schedule)\b`)},
	{kindAge, regexp.MustCompile(`\bhow old\b|\bage of\b|\byears old\b|\bhow many years\b`)},
	{kindSignificance, regexp.MustCompile(`\b(matters?|mattered|important|importance|significance|big deal)\b`)},
	{kindList, regexp.MustCompile(`^\W*which\b|\bwhat (sectors|industries|goods|products|areas|projects|countries|partners|fields|items)\b|\blist\b`)},
}

// passageCues detect, in a passage, what each kind of question looks for.
var passageCues = map[kind]*regexp.Regexp{
	kindAmount:       regexp.MustCompile(`\$\s?\d|\d+(\.\d+)?\s*(billion|million|trillion|percent|%)|\b\d+(\.\d+)?%`),
	kindPerson:       regexp.MustCompile(`\b[A-Z][a-z]+ [A-Z][a-z]+\b|\b(director|minister|secretary|president|chairman|ambassador|institute|ministry|agency|official)\b`),
	kindReason:       regexp.MustCompile(`(?i)\b(because|due to|amid|since|as a result|driven by|owing to|thanks to|in response|after|following|reeling from)\b`),
	kindUncertain:    regexp.MustCompile(`(?i)\b(unclear|uncertain|remains|yet to|whether|murky|not clear|clarify|clarifying|unknown|undecided|no details|may|might|could|perhaps|possibly|likely|expected to)\b`),
	kindWhether:      regexp.MustCompile(`(?i)\b(unclear|uncertain|yet to|whether|murky|not clear|clarify|clarifying|unknown|undecided|no details|remains to be seen|open question)\b`),
	kindTime:         regexp.MustCompile(`(?i)\b(19|20)\d\d\b|\b(soon|timescale|timeline|months?|weeks?|years?|next|by the end|deadline)\b`),
	kindAge:          regexp.MustCompile(`(?i)\d+-year|\b\d+ years\b`),
	kindSignificance: regexp.MustCompile(`(?i)\b(significant|important|importance|big deal|crucial|vital|edge|advantage|ensures?|standout|notable|milestone|breakthrough)\b`),
	kindList:         regexp.MustCompile(`(?i)\bsuch as\b|\bincluding\b|\blike\b|, [^,]+, [^,]+,? and `),
}

// hedges say a thing may or may not happen: weaker statements of
// uncertainty than passageCues[kindWhether] ("it remains unclear
// whether …"), which is what a question of whether usually wants.
var hedges = regexp.MustCompile(`(?i)\b(remains|may|might|could|perhaps|possibly|likely|expected to)\b`)

// howMuch finds a question of quantity.
var howMuch = regexp.MustCompile(`\bhow (much|many)\b`)

// terseFiller are words that add nothing to a topic named on its own
// ("political context", "tariffs update").
var terseFiller = toSet(`context update updates latest news situation status issue issues angle picture
details detail info information state play side aspects matters question`)

// term is one content word of a question.
type term struct {
	word, form, stem string
	// alt is the singular of a plural the stemmer does not undo ("buses"
	// stems to "buse", "bus" to "bu"): a second spelling to count and
	// match, or "".
	alt, altStem string
	capital      bool     // a name or acronym (capitalised, not only because it opens the question)
	number       bool     // a figure or year
	concepts     []int    // thesaurus meanings of the word
	expand       []phrase // what the coverage says it means (learned aliases)
	df           int      // passages whose text holds the word or a synonym; -1 unknown yet
	weight       float64  // how much matching it counts for ranking (IDF)
	support      float64  // how much it counts for deciding whether the coverage answers
	focus        bool     // what a "which X" question asks to name
	prev         int      // the term just before it in the question, or -1
	qualified    bool     // its modifier is unknown to the coverage ("rice imports")
	verb         bool     // the verb after a subject: "does Korea *pay*", "will the countries *cooperate*"
}

// whWord finds the words that make a question of a phrase.
var whWord = regexp.MustCompile(`\b(what|which|who|whom|whose|why|how|when|where|whether|is|are|does|do|did|will|can)\b|\?`)

// focusWord returns the word naming what a question asks about, or "":
// X in "which X …", "what X …", "how much/many X …", "what is the X of/in
// …" and "… other X …";
// in "what is the price of X" it is X, since a price, size or value is
// what any figure answers.
func focusWord(lower string) string {
	ws := strings.FieldsFunc(strings.NewReplacer("’", "'", "'s ", " is ").Replace(lower+" "), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
	at := func(i int) string {
		if i < len(ws) {
			return ws[i]
		}
		return ""
	}
	skipArticle := func(i int) int {
		if leadArticles[at(i)] {
			return i + 1
		}
		return i
	}
	if at(0) == "how" && (at(1) == "much" || at(1) == "many") {
		i := 2
		if at(i) == "more" || at(i) == "extra" {
			i++
		}
		if w := at(i); w != "" && !auxiliaries[w] && !prepositions[w] {
			return w // "how much beef …", "how many stations …"
		}
		return ""
	}
	if w := at(0); w == "which" || w == "what" {
		i := 1
		switch at(i) {
		case "other":
			i++
		case "kind", "kinds", "type", "types", "sort", "sorts":
			if at(i+1) == "of" {
				i += 2
			}
		}
		if !auxiliaries[at(i)] {
			return at(i)
		}
		i = skipArticle(i + 1)
		focus := at(i)
		switch next := at(i + 1); {
		case quantityWords[focus] && next == "of":
			return at(skipArticle(i + 2))
		case next == "" || prepositions[next]:
			return focus
		}
		return ""
	}
	for i, w := range ws {
		if w == "other" {
			return at(i + 1)
		}
	}
	return ""
}

var (
	leadArticles = toSet(`the a an`)
	auxiliaries  = toSet(`is are was were does do did will would can could has have had should`)
	prepositions = toSet(`of in on for at about to from`)
)

// question is a question analysed for search and ranking.
type question struct {
	text  string
	terms []term
	kinds kind
	topic string // detected topic, or ""
	focus int    // the term a "which X" question asks to name, or -1
	terse bool   // little more than a topic name: answer with the topic's best passages
	// objects are the noun phrases the question asks about, as term
	// indices: the words after "on", "of", "about" … ("the tariff on
	// *Brazilian coffee*", "the price of *gold*").
	objects [][]int
	// absent is an object of which the coverage says no word, nor any
	// synonym: the question is about something it never mentions.
	absent bool
	// key are the terms an answer must say together (see isKey).
	key []int
	// count is "much" or "many" for a question of how much or how many,
	// which only a figure (or, for how many, a list) answers; else "".
	count string
	// known and unknown add up the weight of the question's words that
	// the coverage uses, and of those it never uses (see weigh).
	known, unknown float64
}

// topicOnly reports whether the question asks for a topic's best passages
// rather than for an answer.
func (q *question) topicOnly() bool { return q.terse || len(q.terms) == 0 }

// parseQuestion analyses a question's words, kinds and topic.
func parseQuestion(text string) question {
	q := question{text: text, focus: -1}
	lower := strings.ToLower(text)
	for _, c := range questionCues {
		if c.re.MatchString(lower) {
			q.kinds |= c.kind
		}
	}
	if q.kinds&kindAge != 0 {
		q.kinds &^= kindAmount // "how many years old" asks for an age, not an amount
	} else if m := howMuch.FindStringSubmatch(lower); m != nil {
		q.count = m[1] // "how much", "how many"
	}
	toks := tokenize(text)
	seen := map[string]bool{}
	var all, allForms []string
	termAt := map[int]int{} // token index → term index
	for i, t := range toks {
		if t.stop || seen[t.stem] {
			continue
		}
		seen[t.stem] = true
		all = append(all, t.stem)
		allForms = append(allForms, t.form)
		tm := term{
			word:    t.word,
			form:    t.form,
			stem:    t.stem,
			capital: t.upper || (t.capital && i > 0),
			number:  strings.IndexFunc(t.word, func(r rune) bool { return r < '0' || r > '9' }) < 0,
			df:      -1,
			prev:    -1,
		}
		if tm.alt = singularOfSes(t.word); tm.alt != "" {
			tm.altStem = stem(tm.alt)
		}
		if p, ok := termAt[i-1]; ok {
			tm.prev = p // the word before modifies it: "rice imports"
		}
		termAt[i] = len(q.terms)
		tm.concepts = append(tm.concepts, defaultLexicon.conceptsOf(t)...)
		q.terms = append(q.terms, tm)
	}
	// Multi-word thesaurus entries ("prime minister") join the concepts of
	// their words.
	for i := range q.terms {
		for _, ci := range defaultLexicon.byPhrase[q.terms[i].form] {
			for _, ph := range defaultLexicon.concepts[ci].phrases {
				if ph.forms[0] == q.terms[i].form && hasSeq(allForms, ph.forms) {
					for j := i; j < i+len(ph.forms) && j < len(q.terms); j++ {
						q.terms[j].concepts = appendOnce(q.terms[j].concepts, ci)
					}
				}
			}
		}
	}
	q.objects = objectPhrases(toks, q.terms)
	markVerbs(toks, q.terms)
	if f := focusWord(lower); f != "" {
		fs := stem(f)
		for i, t := range q.terms {
			if t.stem == fs {
				q.focus = i
				q.terms[i].focus = true
			}
		}
	}
	if definedAcronym(text) != "" || (len(q.terms) == 1 && isAcronym(strings.Trim(text, " ?!."))) {
		q.kinds |= kindDefinition // "what is JBIC?", "JBIC?"
	}
	q.topic = detectTopic(all)
	q.terse = q.topic != "" && len(q.terms) <= 3 && !whWord.MatchString(lower)
	if q.terse {
		var kept []term
		for _, t := range q.terms {
			if !isTopicWord(t.stem, q.topic) && !terseFiller[t.word] {
				q.terse = false
			}
			if !terseFiller[t.word] {
				kept = append(kept, t)
			}
		}
		if q.terse {
			q.terms = kept // "political context" asks for politics
		}
	}
	return q
}

// objectPrepositions open the noun phrase a question asks about. "to" is
// left out: it opens verbs as often ("hope to achieve"), and so is "under",
// which opens idioms ("under fire").
var objectPrepositions = toSet(`on of about for with in from against regarding concerning over between among`)

// objectPhrases returns, as term indices, the runs of content words that
// follow an object preposition ("on *Argentine beef*", "about *rice
// imports*"), skipping the articles and other small words right after it.
func objectPhrases(toks []token, terms []term) [][]int {
	at := make(map[string]int, len(terms))
	for i, t := range terms {
		at[t.stem] = i
	}
	var out [][]int
	for i := 0; i < len(toks); i++ {
		if !objectPrepositions[toks[i].word] {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].stop && !objectPrepositions[toks[j].word] {
			j++
		}
		var run []int
		for ; j < len(toks) && !toks[j].stop; j++ {
			if k, ok := at[toks[j].stem]; ok {
				run = append(run, k)
			}
		}
		if len(run) > 0 {
			out = append(out, run)
		}
		i = j - 1
	}
	return out
}

// doAuxiliaries open a question whose subject is followed by its verb:
// "does Korea pay …", "will the two countries cooperate …".
var doAuxiliaries = toSet(`do does did will would can could should may might must shall`)

// markVerbs marks the verb of such a question: the last of the content
// words after the auxiliary, when there are two or more.
func markVerbs(toks []token, terms []term) {
	for i := 0; i < len(toks); i++ {
		if !doAuxiliaries[toks[i].word] {
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
		if len(run) < 2 {
			continue
		}
		for k := range terms {
			if terms[k].stem == run[len(run)-1] {
				terms[k].verb = true
			}
		}
	}
}

// definedAcronym returns X for "what is X" or "what's X" where X is an
// acronym: a request for what it stands for.
var whatIsAcronym = regexp.MustCompile(`(?i)^\W*(what|who)(\s+is|'s|’s|\s+are)\s+(the\s+)?([A-Za-z0-9]+)\W*$`)

func definedAcronym(text string) string {
	m := whatIsAcronym.FindStringSubmatch(text)
	if m == nil || !isAcronym(m[4]) {
		return ""
	}
	return m[4]
}

// isTopicWord reports whether a stem names or signals a topic.
func isTopicWord(s, topic string) bool {
	return namesTopic(s, topic) || hasCue(cueLists[topic], s)
}

// namesTopic reports whether a stem is a name of the topic ("tariffs",
// "political").
func namesTopic(s, topic string) bool {
	return hasCue(nameCues[topic], s)
}

func hasCue(cs []cue, s string) bool {
	for _, c := range cs {
		if len(c.stems) == 1 && c.stems[0] == s {
			return true
		}
	}
	return false
}

// dotted returns the spelling with full stops of a short initialism ("US"
// → "U.S."), which the index keeps apart from it, or "".
func dotted(w string) string {
	if len(w) < 2 || len(w) > 3 {
		return ""
	}
	var b strings.Builder
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
		b.WriteByte('.')
	}
	return b.String()
}

// docFreq is how many passages use a word, in either spelling of an
// initialism: a text writes "US" or "U.S.", rarely both.
func docFreq(counts map[string]int, w string) int {
	n := counts[w]
	if d := dotted(w); d != "" {
		n += max(counts[d], 0)
	}
	return n
}

// words returns the words to look up in the index: the question's words
// and the single-word synonyms of each.
func (q *question) lookupWords() []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
			if d := dotted(w); d != "" && !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	for _, t := range q.terms {
		add(t.word)
		if t.alt != "" {
			add(t.alt)
		}
		for _, ci := range t.concepts {
			for _, m := range thesaurus[ci] {
				add(m)
			}
		}
	}
	return out
}
