package wordnet

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

//go:embed synonyms.tsv.gz
var synonymsGz []byte

var loadSynonyms = sync.OnceValue(func() map[string][]string {
	z, err := gzip.NewReader(bytes.NewReader(synonymsGz))
	if err != nil {
		panic("wordnet: synonyms.tsv.gz: " + err.Error())
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		panic("wordnet: synonyms.tsv.gz: " + err.Error())
	}
	m := make(map[string][]string, bytes.Count(raw, []byte("\n")))
	for line := range strings.Lines(string(raw)) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		word, syns, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			panic("wordnet: synonyms.tsv.gz: bad line " + line)
		}
		m[word] = strings.Fields(syns)
	}
	return m
})

// Synonyms returns the other words of word's commonest sense in each part
// of speech, from WordNet's synsets: "car" → auto, automobile, machine,
// motorcar; "usage" → use, utilization …. An inflected form ("cars") gets
// its lemma's. Only the first sense counts: rarer senses bring in words
// that seldom mean it. The result is shared: callers must not modify it.
func Synonyms(word string) []string {
	word = lower(word)
	m := loadSynonyms()
	if s, ok := m[word]; ok {
		return s
	}
	return m[Lemma(word)]
}
