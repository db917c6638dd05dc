package bot

import (
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// lazyCues are the kinds of answer an excerpt holds, found by
// passageCues as they are asked for. A question asks for one or two
// kinds, and matching every pattern on every sentence a search
// returns was a tenth of an answer's cost. An excerpt's analysis is
// shared between answers (see analysisCache), so what is found is kept
// atomically: tried is the kinds matched so far, found those of them the
// excerpt holds (set before tried, so a kind tried is a kind settled).
type lazyCues struct {
	tried, found atomic.Uint64
}

// holds returns the kinds among k whose cue the excerpt holds.
func (e *excerptAnalysis) holds(k kind) kind {
	// Each kind not tried yet, lowest bit first; most often none.
	for rest := k &^ kind(e.cues.tried.Load()); rest != 0; rest &= rest - 1 {
		kk := rest & -rest
		if holdsKind(kk, e.text) {
			e.cues.found.Or(uint64(kk))
		}
		e.cues.tried.Or(uint64(kk))
	}
	return kind(e.cues.found.Load()) & k
}

// findable reports whether the kind k can be found in a passage: by a
// pattern in passageCues or a check in cueChecks.
func findable(k kind) bool {
	_, pattern := passageCues[k]
	_, check := cueChecks[k]
	return pattern || check
}

// holdsKind reports whether a text holds the kind k: by its check in
// cueChecks, else by its pattern in passageCues.
func holdsKind(k kind, text string) bool {
	if check, ok := cueChecks[k]; ok {
		return check(text)
	}
	re, ok := passageCues[k]
	return ok && re.MatchString(cueText(k, text))
}

// cueChecks are the kinds a pattern finds only with a check after it: a
// number of things (see countsThings), a quotation (see quotes).
var cueChecks = map[kind]func(string) bool{
	kindThings: func(text string) bool { return countsThings(cueText(kindCount, text)) },
	kindQuote:  quotes,
	kindReason: func(text string) bool {
		return passageCues[kindReason].MatchString(cueText(kindReason, text)) || givesPurpose(text)
	},
}

// purposeClause finds an infinitive set off by a comma, which says what
// an act is for: "The ban will take effect six months later, *to give*
// producers time to finish new refining lines." Its groups: what comes
// before the comma, the verb, and the words after it up to the next
// mark.
var purposeClause = regexp.MustCompile(`(\S*),\s+(?:in order\s+|so as\s+)?to\s+([a-z]+)\b([^,;:.]*)`)

// givesPurpose reports whether a text gives the purpose of an act by an
// infinitive after a comma, whose verb the tagged corpus uses mostly as
// a verb ("to give", "to help"; not "to the", "to date"). Not after a
// figure, where it gives a result ("rose 5%, to reach $2bn"), nor a
// form of "be", nor an aside closed by another comma within three words
// ("to be sure,", "to put it mildly,", "to begin with,").
func givesPurpose(text string) bool {
	for _, m := range purposeClause.FindAllStringSubmatchIndex(text, -1) {
		before, verb := text[m[2]:m[3]], text[m[4]:m[5]]
		if verb == "be" || !wordnet.MostlyVerb(verb) || figureToken.MatchString(before) {
			continue
		}
		if after := text[m[6]:m[7]]; m[7] < len(text) && text[m[7]] == ',' && len(strings.Fields(after)) <= 2 {
			continue // an aside: ", to put it mildly, …"
		}
		return true
	}
	return false
}
