package bot

import (
	"regexp"
	"strings"
	"unicode"
)

// A figure's label is the noun phrase it belongs to, in the sentence's own
// words: the phrase it modifies ("$40 million grant"), the phrase it is
// the value of ("fare of £3", "put the public share of the budget at
// 5%"), or, when it is the object of a verb, the clause's subject and verb
// ("drivers had paid 12%"). The word classes below are English
// grammar (labelDeterminers, prepositions, labelAuxiliaries), not any article's
// vocabulary.

var (
	labelDeterminers = toSet(`a an the this that these those its their his her our your my some any each every
no another such both all either neither`)
	phrasePreps = toSet(`of on for in to from with at by about around over under into between among within
across against per via than`)
	// joinPreps may join a second phrase to a noun inside a label ("fare
	// on fuel", "share of the budget").
	joinPreps = toSet(`of on for in to`)
	// valuePreps introduce a figure as the value of the phrase before
	// them ("fare of £3", "forecast at £2 million", "raised it to $5").
	valuePreps = toSet(`of at to by from about around nearly almost roughly some approximately only just
up down worth over under than least most above below beyond exceeding`)
	labelAuxiliaries = toSet(`is are was were be been being am will would shall should may might must can could
has have had do does did 's`)
	pronouns = toSet(`i you he she it we they him them us me who which that what whom whose there here
one ones`)
	conjunctions = toSet(`and or but nor so yet while whereas although though because since as if unless
when where after before until once plus whether rather instead ago later earlier`)
	// figureQualifiers qualify a figure without being what it measures
	// ("an estimated $2 billion", "a further 300 jobs").
	figureQualifiers = toSet(`estimated expected projected additional extra further another combined
initial roughly`)
	// approximators qualify a figure; they do not tie it to a phrase.
	approximators = toSet(`about around nearly almost roughly some approximately only just up`)
	// particles finish a phrasal verb ("bring in £2 million").
	particles = toSet(`in out off back up down`)
	// datePreps tie a date to the event it dates ("takes effect on").
	datePreps = toSet(`on in since by until from before after effective as of`)
	// commonVerbs are frequent English verbs in the forms a label must
	// not swallow as nouns.
	commonVerbs = toSet(`said says say told tells made makes make takes take took taken gives give gave
given put puts came comes come went goes go gets get got keeps keep kept brings bring brought pays pay
paid costs cost falls fall fell rises rise rose grows grow grew sets set cuts cut lasts last leaves
leave left stands stand stood holds hold held runs run ran begins begin began starts start shows show
sees see saw seen means mean meant adds add sits sit lies lie reaches reach calls call becomes become
became seems seem wants want needs need remains remain stays stay applies apply lowers raises lower
raise reduce reduces increase increases expects expect estimates estimate plans plan argued argues
includes include allows allow lets let drops drop jumps jump climbs climb totals`)
)

// joinedNumber matches a number joined to a noun ("120-seat").
var joinedNumber = regexp.MustCompile(`(?i)^(?:` + digits + `|` + numWord + `)-`)

// labelToken is one word of a sentence; a figure is one token.
type labelToken struct {
	text  string // as written, without surrounding punctuation
	lower string
	fig   int  // index of the figure it is, or -1
	stop  bool // punctuation after it ends a phrase (, ; : ( ) — and quotes)
	name  bool // capitalised inside the sentence: a name, never a function word ("US", "May")
	open  bool // punctuation before it starts a new phrase
}

// labelTokens splits a sentence into words, each figure one token.
func labelTokens(s string, figs []figure) []labelToken {
	var out []labelToken
	pos := 0
	emit := func(chunk string) {
		for _, w := range strings.Fields(strings.NewReplacer("—", " — ", "–", " – ").Replace(chunk)) {
			core := strings.TrimLeft(w, `"'(“‘[`)
			open := len(core) < len(w)
			t := strings.TrimRight(core, `"'),.;:!?”’]`)
			stop := len(t) < len(core) || w == "—" || w == "–"
			if t == "" || !hasLetterOrDigit(t) {
				if len(out) > 0 {
					out[len(out)-1].stop = true
				}
				continue
			}
			name := len(out) > 0 && unicode.IsUpper([]rune(t)[0])
			out = append(out, labelToken{text: t, lower: strings.ToLower(t), fig: -1, stop: stop, open: open, name: name})
		}
	}
	for i, f := range figs {
		emit(s[pos:f.start])
		stop := f.end < len(s) && strings.ContainsRune(",;:)—–", rune(s[f.end]))
		out = append(out, labelToken{text: f.value, lower: strings.ToLower(f.value), fig: i, stop: stop})
		pos = f.end
	}
	emit(s[pos:])
	return out
}

func hasLetterOrDigit(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isFunction reports whether a token cannot be part of a noun group.
func (t labelToken) isFunction() bool {
	if t.name && t.fig < 0 {
		return false
	}
	return t.fig >= 0 || labelDeterminers[t.lower] || phrasePreps[t.lower] || labelAuxiliaries[t.lower] ||
		pronouns[t.lower] || conjunctions[t.lower] || stopwords[t.lower] && !nounLike(t.text)
}

// isVerb reports whether a token reads as a verb.
func (t labelToken) isVerb() bool {
	if t.name {
		return false
	}
	return commonVerbs[t.lower] || labelAuxiliaries[t.lower] || strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5
}

// verbAt reports whether token i reads as a verb where it stands: an
// -ing word after a determiner is a noun ("a meeting").
func verbAt(ts []labelToken, i int) bool {
	if !ts[i].isVerb() {
		return false
	}
	// "a meeting", "the cost", "a two-day hearing": after a determiner
	// or a figure, a verb's form is a noun.
	return !(i > 0 && (labelDeterminers[ts[i-1].lower] || ts[i-1].fig >= 0) && !labelAuxiliaries[ts[i].lower])
}

// nounLike keeps capitalised stop words ("US") in a noun group.
func nounLike(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w
}

// participle reports whether a word looks like an -ed participle, which a
// noun group takes only right after its determiner ("the reduced fare").
func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// nounGroupBack returns the start of the noun group that ends at token
// end (inclusive), and where its determiner starts; start > end when
// there is none.
func nounGroupBack(ts []labelToken, end int) (start int) {
	start = end + 1
	for i := end; i >= 0; i-- {
		t := ts[i]
		if t.isFunction() || verbAt(ts, i) || (i < end && t.stop) {
			break
		}
		if participle(t.lower) && !(i > 0 && (labelDeterminers[ts[i-1].lower] || possessive(ts[i-1].text))) {
			break
		}
		start = i
		if t.open {
			break
		}
	}
	return start
}

// nounGroupForward returns the end (exclusive) of the noun group that
// starts at token i.
func nounGroupForward(ts []labelToken, i int) int {
	j := i
	for j < len(ts) && j-i < 5 {
		t := ts[j]
		if t.isFunction() || t.isVerb() || participle(t.lower) || (j > i && t.open) {
			break
		}
		j++
		if t.stop {
			break
		}
	}
	return j
}

// phraseBack returns the start of the noun phrase ending at token end,
// with "of/on/for/in" phrases chained before it ("public share of the
// budget"), and its text without the leading determiner.
func phraseBack(ts []labelToken, end int) (int, string) {
	return chainBack(ts, end, nounGroupBack, func(w string) bool { return w == "of" }, 9)
}

// possessor is the owner named just before a figure ("the port's" in
// "the port's $2 billion expansion"), with a space, or "".
func possessor(ts []labelToken, k int) string {
	if k == 0 || !possessive(ts[k-1].text) {
		return ""
	}
	i := k - 1
	for i > 0 && i > k-3 && ts[i-1].name && !ts[i-1].stop {
		i--
	}
	return joinTokens(ts[i:k]) + " "
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// subjectBack returns a clause's subject ending at token end: a noun
// phrase with the phrases that qualify it ("traffic into the centre").
func subjectBack(ts []labelToken, end int) (int, string) {
	group := func(ts []labelToken, end int) int { start, _ := phraseBack(ts, end); return start }
	return chainBack(ts, end, group, func(w string) bool { return phrasePreps[w] }, 8)
}

// chainBack returns the start of the phrase group finds ending at token
// end, with the phrases before it that join it by a word joins accepts
// ("share *of* the budget"), up to maxLen tokens, and its text.
func chainBack(ts []labelToken, end int, group func([]labelToken, int) int, joins func(string) bool, maxLen int) (int, string) {
	start := group(ts, end)
	if start > end {
		return start, ""
	}
	for {
		k := start - 1
		if k >= 0 && labelDeterminers[ts[k].lower] {
			k--
		}
		if k < 1 || !joins(ts[k].lower) || ts[k-1].stop {
			break
		}
		s := group(ts, k-1)
		if s > k-1 || end-s > maxLen {
			break
		}
		start = s
	}
	return start, joinTokens(ts[start : end+1])
}

// phraseForward returns the noun phrase starting at token i (after its
// determiner), with at most one "of/on/for/in" phrase after it.
func phraseForward(ts []labelToken, i int) (int, string) {
	for i < len(ts) && labelDeterminers[ts[i].lower] {
		i++
	}
	end := nounGroupForward(ts, i)
	if end == i {
		return i, ""
	}
	text := joinTokens(ts[i:end])
	if end < len(ts) && !ts[end-1].stop {
		k := end
		if participle(ts[k].lower) && !ts[k].stop {
			// "levy added in May on imported fuel": the participle's
			// own phrase is left out, the noun's "on" phrase kept.
			k++
			if e := anyPPForward(ts, k); e > k && !ts[e-1].stop && e < len(ts) && joinPreps[ts[e].lower] && ts[e].lower != "in" {
				k = e
			}
		}
		if e := ppForward(ts, k); e > k {
			text += " " + joinTokens(ts[k:e])
			end = e
		}
	}
	return end, text
}

// anyPPForward returns the end of a prepositional phrase at token i, a
// time ("in May") included, or i.
func anyPPForward(ts []labelToken, i int) int {
	if i >= len(ts) || !phrasePreps[ts[i].lower] {
		return i
	}
	k := i + 1
	for k < len(ts) && labelDeterminers[ts[k].lower] {
		k++
	}
	if e := nounGroupForward(ts, k); e > k {
		return e
	}
	return i
}

// ppForward returns the end of a "of/on/for/in …" phrase at token i, or i.
func ppForward(ts []labelToken, i int) int {
	if i >= len(ts) || !joinPreps[ts[i].lower] || ts[i].fig >= 0 {
		return i
	}
	k := i + 1
	for k < len(ts) && labelDeterminers[ts[k].lower] {
		k++
	}
	if k < len(ts) && (ts[k].fig >= 0 || unitWord.MatchString(ts[k].lower)) {
		return i // a figure, or a time ("on Tuesday"), is not what a label needs
	}
	e := nounGroupForward(ts, k)
	if e == k {
		return i
	}
	return e
}

func joinTokens(ts []labelToken) string {
	var ws []string
	for _, t := range ts {
		ws = append(ws, t.text)
	}
	return strings.Join(ws, " ")
}

// figureLabel returns the label of the figure at token k, and whether the
// label is the clause's subject and verb rather than a noun phrase.
func figureLabel(ts []labelToken, k int, f figure) (label string, clause bool) {
	// A count names what it counts; a phrase after it says which ones.
	if f.kind == figCount {
		unit := countedNoun(f.value)
		if joinedNumber.MatchString(f.value) {
			// "120-seat assembly": the joined noun modifies what follows.
			if e := nounGroupForward(ts, k+1); e > k+1 {
				return joinTokens(ts[k+1 : e]), false
			}
			return "", false
		}
		if e := ppForward(ts, k+1); e > k+1 && !ts[k].stop {
			return unit + " " + joinTokens(ts[k+1:e]), false
		}
		if p := possessor(ts, k); p != "" {
			return p + unit, false
		}
		// "the depot will employ about 200 workers": what the count
		// measures is the clause's subject and verb.
		if l, clause := clauseLabel(ts, k, f); l != "" {
			return l, clause
		}
		return unit, false
	}
	// "$40 million grant", "two-day hearing": the figure modifies a noun.
	if !ts[k].stop && k+1 < len(ts) && !ts[k+1].isFunction() && !verbAt(ts, k+1) && !participle(ts[k+1].lower) {
		if _, ph := phraseForward(ts, k+1); ph != "" {
			return possessor(ts, k) + ph, false
		}
	}
	// "60% of the seats": a share of what follows.
	if f.kind == figPercent && !ts[k].stop && k+1 < len(ts) && ts[k+1].lower == "of" {
		if end, ph := phraseForward(ts, k+2); ph != "" {
			return "share of " + joinTokens(ts[k+2:end]), false
		}
	}
	return clauseLabel(ts, k, f)
}

// clauseLabel labels a figure by the phrase before it: the phrase it is
// the value of ("fare of £3"), or the clause's subject and verb.
func clauseLabel(ts []labelToken, k int, f figure) (label string, clause bool) {
	// Walk back over the words that tie a figure to its phrase: "fare
	// of", "raised the grant to", "at only".
	i := k - 1
	sawPrep := false
	ties := valuePreps
	if f.kind == figDate {
		ties = datePreps
	}
	for i >= 0 && !ts[i].stop && (ties[ts[i].lower] || ts[i].lower == "a" || ts[i].lower == "an" || figureQualifiers[ts[i].lower] ||
		particles[ts[i].lower] && i > 0 && verbAt(ts, i-1)) {
		// "about", "nearly" qualify the figure; "of", "at", "to" tie it
		// to a phrase.
		sawPrep = sawPrep || ties[ts[i].lower] && !approximators[ts[i].lower]
		i--
	}
	after := ""
	if e := ppForward(ts, k+1); e > k+1 && !ts[k].stop {
		after = " " + joinTokens(ts[k+1:e])
	}
	if sawPrep && i >= 0 && !ts[i].stop {
		if _, ph := phraseBack(ts, i); ph != "" && !verbAt(ts, i) {
			return ph + after, false
		}
	}
	// The figure is the object or the complement of a verb: label it by
	// the clause's subject and verb.
	end := i
	for i >= 0 && !ts[i].stop && !ts[i].isVerb() && ts[i].fig < 0 && !labelDeterminers[ts[i].lower] && !phrasePreps[ts[i].lower] {
		// an adverb or a verb the lists do not know: keep it with the verb
		if i > 0 && (ts[i-1].isVerb() || labelAuxiliaries[ts[i-1].lower]) {
			i--
			continue
		}
		break
	}
	v := i
	copula := end == i // a verb the lists do not know is no copula
	for v >= 0 && !ts[v].stop && (ts[v].isVerb() || labelAuxiliaries[ts[v].lower] || strings.HasSuffix(ts[v].lower, "ly")) {
		// A copula, or a participle after its noun ("imports increasing
		// from…"), leaves the subject as what the figure measures.
		copula = copula && (labelAuxiliaries[ts[v].lower] || strings.HasSuffix(ts[v].lower, "ly") ||
			strings.HasSuffix(ts[v].lower, "ing") && (v == 0 || !labelAuxiliaries[ts[v-1].lower]))
		v--
	}
	if v < i && v >= 0 {
		if s, subj := subjectBack(ts, v); subj != "" && s <= v {
			if copula {
				// "the charge will be £6": the subject is what it measures.
				return subj + after, false
			}
			verbs := joinTokens(ts[v+1 : end+1])
			for _, t := range ts[end+1 : k] {
				if particles[t.lower] {
					verbs += " " + t.text // "bring in"
				}
			}
			for _, t := range ts[end+1 : k] {
				if t.lower == "by" {
					// "traffic would fall by 30%": the figure is how much.
					return subj + " " + verbs + " by" + after, true
				}
			}
			// "the project will cost $2 billion": the figure is what the
			// project will cost, a noun phrase in the clause's words.
			det := ""
			if s > 0 && labelDeterminers[ts[s-1].lower] && ts[s-1].lower != "no" {
				det = ts[s-1].lower + " "
			}
			return "what " + det + subj + " " + verbs + after, true
		}
	}
	return "", false
}
