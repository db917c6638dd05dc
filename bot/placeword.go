package bot

// Stage 1 (parse), continued: the kind of place a place's name ends in.
// "What share of the *Czech Republic*'s glass exports …" is answered by
// "about 11% of Czech glass exports": news names a country by its
// adjective as often as by its full name, and "Republic" is then no name
// the coverage lacks, nor key content a passage must say.

import (
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// maxPlaceWords is how many words a place's name may have: "Central
// African Republic", "United Arab Emirates".
const maxPlaceWords = 3

// markPlaceWords marks the terms that end a place's name WordNet knows
// with a common noun that is no place itself ("Republic" in "Czech
// Republic", "Islands" in "Solomon Islands", "Coast" in "Ivory Coast";
// not "Korea" in "South Korea"): the rest of the name says which place.
// The name is a run of capitalised words side by side in the question.
func markPlaceWords(toks []token, termAt map[int]int, terms []term) {
	for i, tk := range toks {
		k, ok := termAt[i]
		if !ok || !tk.capital || tk.upper || i == 0 || !wordnet.IsNoun(tk.word) || wordnet.PlaceKinds(tk.word) != nil {
			continue
		}
		words := []string{tk.word}
		for j := i - 1; j >= 0 && i-j < maxPlaceWords; j-- {
			if !toks[j].capital || toks[j].stop || toks[j].end+1 != toks[j+1].at {
				break
			}
			words = append([]string{toks[j].word}, words...)
			if wordnet.PlaceKinds(strings.Join(words, " ")) != nil {
				terms[k].placeWord = true
				break
			}
		}
	}
}
