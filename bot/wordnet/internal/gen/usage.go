package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// usage returns how often WordNet's sense-tagged corpus (SemCor, counted
// in cntlist.rev) uses each single-word lemma as a noun, a verb, an
// adjective and an adverb ("offer" 4 150 0 0: mostly a verb; "far" 0 0 26
// 125: never a noun).
func usage(dict string) (map[string]*[4]int, error) {
	counts := map[string]*[4]int{}
	err := eachLine(filepath.Join(dict, "cntlist.rev"), func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want sense key, sense number and count: %q", line)
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("want a sense key: %q", f[0])
		}
		if lemma == "" || strings.Contains(lemma, "_") {
			return nil // a multi-word lemma
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("count %q: %w", f[2], err)
		}
		// The sense key's synset type: 1 noun, 2 verb, 3 adjective, 4
		// adverb, 5 adjective satellite.
		i := strings.IndexByte("1234", rest[0])
		if rest[0] == '5' {
			i = 2
		}
		if i < 0 {
			return fmt.Errorf("synset type %q", rest[:1])
		}
		lemma = strings.ToLower(lemma)
		if counts[lemma] == nil {
			counts[lemma] = new([4]int)
		}
		counts[lemma][i] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	return counts, nil
}

// usageLines returns "word<TAB>noun verb adjective adverb" lines, leaving
// out the lemmas the corpus never tags.
func usageLines(counts map[string]*[4]int) []string {
	out := make([]string, 0, len(counts))
	for w, c := range counts {
		if c[0]+c[1]+c[2]+c[3] > 0 {
			out = append(out, fmt.Sprintf("%s\t%d %d %d %d", w, c[0], c[1], c[2], c[3]))
		}
	}
	slices.Sort(out)
	return out
}

func writeUsage(path string, lines []string) error {
	return writeLines(path, "word<TAB>how often SemCor tags it as a noun, a verb, an adjective and an adverb", lines)
}
