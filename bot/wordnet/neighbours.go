package wordnet

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed neighbours.tsv.gz
var neighboursGz []byte

// loadNeighbours reads the table both ways: a word reaches the words of
// its line and the words whose line names it ("vessel" reaches "boat").
var loadNeighbours = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for word, near := range rows("neighbours.tsv.gz", neighboursGz, 2) {
		for _, n := range strings.Fields(near) {
			if !slices.Contains(m[word], n) {
				m[word] = append(m[word], n)
			}
			if !slices.Contains(m[n], word) {
				m[n] = append(m[n], word)
			}
		}
	}
	return m
})

// Neighbours returns the words one step from word's commonest sense as a
// noun and as a verb: the other words of that sense, of its broader sense
// and of its narrower ones ("boat" → vessel, watercraft; "vessel" → boat,
// ship …; "decide" → choose). A text may use them for the word, less surely
// than its own family. An inflected form gets its lemma's. The result is
// shared: callers must not modify it.
func Neighbours(word string) []string {
	word = lower(word)
	m := loadNeighbours()
	if n, ok := m[word]; ok {
		return n
	}
	return m[Lemma(word)]
}
