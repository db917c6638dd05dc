package bot

// Stage 5 (score), continued: "which X" questions and the enumerations
// an excerpt gives ("goods such as steel, cars and chips").

import (
	"regexp"
	"slices"
	"strings"
)

// listOpenersRE are the words that open an enumeration after a noun:
// "goods such as …", "38 lines, among them …". A passage with one holds
// a list (see passageCues).
const listOpenersRE = `such as|including|like|among them`

// listMarker opens an enumeration after a noun, or singles out its
// items: "goods such as …", "notably …".
var listMarker = regexp.MustCompile(`(?i)\b(` + listOpenersRE + `|namely|notably|especially|particularly)\b`)

// listItem separates the items of an enumeration.
var listItem = regexp.MustCompile(`\s*(,\s*(and|or)\s+|,|\s+and\s+|\s+or\s+)\s*`)

// maxListItems is the enumeration length at which an excerpt names as
// many of the things a "which X" question asks for as can be wanted.
const maxListItems = 4

// focusList is how many items the excerpt enumerates right after the
// question's focus noun or a synonym ("key sectors such as energy,
// semiconductors and shipbuilding": 3), or 0.
func focusList(q *question, e *excerptAnalysis) int {
	if q.focus < 0 {
		return 0
	}
	t := &q.terms[q.focus]
	best := 0
	for _, l := range e.lists {
		for _, tk := range l.before {
			if t.matchToken(tk) {
				best = max(best, l.items)
				break
			}
		}
	}
	return best
}

// lists finds the enumerations of a text: each list marker with the three
// words before it, and how many items follow it. An item is a short
// phrase; the enumeration ends at the first long one, which is the
// sentence going on ("including steel, and are expected to …": 1).
func lists(text string) []list {
	var out []list
	for _, m := range listMarker.FindAllStringIndex(text, -1) {
		before := tokenize(text[:m[0]])
		rest := text[m[1]:]
		if k := strings.IndexAny(rest, ".;:()\"“”"); k >= 0 {
			rest = rest[:k]
		}
		n := 0
		for _, item := range listItem.Split(rest, -1) {
			w := len(strings.Fields(item))
			if w == 0 || w > 4 {
				break
			}
			n++
		}
		out = append(out, list{before: slices.Clone(before[max(0, len(before)-3):]), items: n})
	}
	return out
}
