package bot

// Stage 5 (score), continued: "which country", "which US ports", "which
// states" ask for places of a kind, and news names them without the
// kind's word: "the second-largest market after *France*", "through
// *Philadelphia*, *Savannah* and *Wilmington*". WordNet says what kind
// of place a name names (wordnet.PlaceKinds: "france": country;
// "savannah": city, port), so a sentence that names a place of the kind
// asked, one the question does not name, says what the question's word
// for the kind asks. The word itself in a sentence is often the story's
// own place said again ("the *country*'s best-known farm export").

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// placeKindAsked returns the term of a "which X" question whose X is a
// kind of place ("which *country*", "which US *ports*"), with the kind
// as WordNet's place kinds write it ("port"), or -1.
func (q *question) placeKindAsked() (int, string) {
	if q.focus < 0 || !whichAsked.MatchString(q.text) {
		return -1, ""
	}
	head := q.whichHead()
	t := &q.terms[head]
	if t.capital {
		return -1, ""
	}
	kind := wordnet.Lemma(t.word)
	if !wordnet.IsPlaceKind(kind) {
		return -1, ""
	}
	return head, kind
}

// namesPlaceOf reports whether a text names a place of a kind ("port")
// that the question does not name: a name of one to maxPlaceWords
// capitalised words side by side, read from its first word ("New
// Mexico", not "Mexico" in it), written as WordNet writes a place of
// that kind. A name the question says every word of, or by another of
// its names ("the United States" for "the US"), is the question's own.
func (q *question) namesPlaceOf(a *analysed, kind string) bool {
	toks := a.toks
	for i, first := range toks {
		if !first.capital || first.stop || i > 0 && toks[i-1].capital && !toks[i-1].stop && toks[i-1].end+1 == first.at {
			continue
		}
		name := ""
		for n := 1; n <= maxPlaceWords && i+n <= len(toks); n++ {
			last := toks[i+n-1]
			if n > 1 && (!last.capital || last.stop || toks[i+n-2].end+1 != last.at) {
				break
			}
			if n == 1 {
				name = last.word
			} else {
				name += " " + last.word
			}
			if !slices.Contains(wordnet.PlaceKinds(name), kind) {
				continue
			}
			run := toks[i : i+n]
			if !slices.ContainsFunc(run, func(tk token) bool { return !q.saysToken(tk) }) || q.namesAny(name) {
				continue
			}
			return true
		}
	}
	return false
}

// namesAny reports whether the question names a place by any of its
// names ("US" for "united states").
func (q *question) namesAny(name string) bool {
	others := append([]string{name}, wordnet.OtherNames(name)...)
	return slices.ContainsFunc(q.terms, func(t term) bool {
		return slices.Contains(others, t.word) || slices.ContainsFunc(t.longForms, func(p phrase) bool { return slices.Contains(others, strings.ToLower(p.text)) })
	})
}

// kindIntroduces are the words between a kind of place and the name
// they introduce: "the ports *of* Chornomorsk", "airports *in* Los
// Angeles", "ports *including* Savannah".
var kindIntroduces = toSet(`of in at including like`)

// namedAfter reports whether a text follows a word of the term with a
// name the question does not say, as English names one of a kind: "the
// ports of Chornomorsk and Pivdennyi", "airports in Los Angeles", "the
// port Savannah". A name WordNet does not know as a place of the kind
// ("Chornomorsk"), or knows as another kind ("Los Angeles", a city, for
// "which airports"), is still the answer there.
func (q *question) namedAfter(t *term, a *analysed) bool {
	toks := a.toks
	for i, tk := range toks {
		if !t.matchToken(tk) {
			continue
		}
		j := i + 1
		if j < len(toks) && kindIntroduces[toks[j].word] {
			j++
		}
		if j < len(toks) && toks[j].capital && !toks[j].stop && !q.saysToken(toks[j]) {
			return true
		}
	}
	return false
}
