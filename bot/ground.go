package bot

// Stage 3 (ground): whether the coverage answers a question at all, in full or in part.

import "strings"

// minSupport is the share of a question's weight that the best excerpts
// must say for the question to count as covered. Calibrated on the
// evaluation sets: answerable questions score 0.45 and above, questions
// about things the coverage never mentions (another country's goods, a
// sports final, the weather) 0.39 and below.
const minSupport = 0.42

// answered reports whether one of the excerpts that would be shown
// answers the question: says enough of it, all its key content in one
// place, and a time if it asks when, a figure if it asks how much.
func answered(cands []candidate) bool {
	for _, c := range cands[:min(len(cands), MaxExcerpts)] {
		if c.support >= minSupport && c.together && c.fits {
			return true
		}
	}
	return false
}

// notCovered is the answer when the coverage does not answer a question;
// it says what the coverage does cover.
var notCovered = "The coverage I have doesn't answer that. It covers these topics: " +
	strings.Join(Topics, ", ") + "."
