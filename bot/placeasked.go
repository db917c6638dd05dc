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
	head := q.focus
	for head+1 < len(q.terms) && q.terms[head+1].prev == head && q.terms[head+1].thing() && !wordnet.MostlyVerb(q.terms[head+1].word) {
		head++
	}
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
// that the question does not name: a run of one to maxPlaceWords
// capitalised words side by side, written as WordNet writes a place of
// that kind.
func (q *question) namesPlaceOf(a *analysed, kind string) bool {
	toks := a.toks
	for i := range toks {
		for n := 1; n <= maxPlaceWords && i+n <= len(toks); n++ {
			run := toks[i : i+n]
			last := run[len(run)-1]
			if !last.capital || last.stop || n > 1 && run[n-2].end+1 != last.at {
				break
			}
			if !run[0].capital {
				break
			}
			words := make([]string, n)
			for j, tk := range run {
				words[j] = tk.word
			}
			name := strings.Join(words, " ")
			if !slices.Contains(wordnet.PlaceKinds(name), kind) {
				continue
			}
			if slices.ContainsFunc(run, q.saysToken) || q.namesAny(name) {
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
