package wordnet_test

import (
	"bufio"
	"compress/gzip"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// readLines returns the non-comment lines of a file of this package,
// gunzipped if its name ends in .gz.
func readLines(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var r = bufio.NewReader(f)
	sc := bufio.NewScanner(r)
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(r)
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		sc = bufio.NewScanner(z)
	}
	var lines []string
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			lines = append(lines, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return lines
}

var (
	wordRE = regexp.MustCompile(`^[^\sA-Z]+$`)
	posRE  = regexp.MustCompile(`^(-|n?v?a?r?)$`)
)

func TestWordTableWellFormed(t *testing.T) {
	lines := readLines(t, "words.tsv.gz")
	if len(lines) < 50000 {
		t.Fatalf("words.tsv.gz has %d lines, want WordNet's 90,000 or so", len(lines))
	}
	words := make(map[string]bool, len(lines))
	prev := ""
	for i, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("line %d %q: %d fields, want 4 (word, parts of speech, lemma, related)", i+1, line, len(f))
		}
		word, pos, lemma, related := f[0], f[1], f[2], f[3]
		if !wordRE.MatchString(word) || word <= prev {
			t.Errorf("line %d: word %q is not lower-case, or not after %q", i+1, word, prev)
		}
		prev = word
		words[word] = true
		if pos == "" || !posRE.MatchString(pos) {
			t.Errorf("line %d %q: parts of speech %q, want letters of nvar in order, or -", i+1, word, pos)
		}
		if lemma == word || (lemma != "" && !wordRE.MatchString(lemma)) {
			t.Errorf("line %d %q: lemma %q, want empty or another word", i+1, word, lemma)
		}
		if pos == "-" && related == "" {
			t.Errorf("line %d %q: adds nothing (no part of speech, no related words)", i+1, word)
		}
		if related == "" {
			continue
		}
		rel := strings.Split(related, " ")
		for _, r := range rel {
			if !wordRE.MatchString(r) || r == word {
				t.Errorf("line %d %q: related word %q", i+1, word, r)
			}
		}
		if len(slices.Compact(slices.Clone(slices.Sorted(slices.Values(rel))))) != len(rel) {
			t.Errorf("line %d %q: related words repeat: %q", i+1, word, related)
		}
	}
	for i, line := range lines {
		if f := strings.Split(line, "\t"); f[2] != "" && !words[f[2]] {
			t.Errorf("line %d %q: lemma %q has no line", i+1, f[0], f[2])
		}
	}
}

func TestAcronymTableWellFormed(t *testing.T) {
	lines := readLines(t, "acronyms.tsv")
	if len(lines) < 100 {
		t.Fatalf("acronyms.tsv has %d lines, want WordNet's 500 or so", len(lines))
	}
	for i, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Errorf("line %d %q: want acronym, long form and kind", i+1, line)
			continue
		}
		acr, long, kind := f[0], f[1], f[2]
		letters := strings.ReplaceAll(acr, ".", "")
		if len(letters) < 2 || len(letters) > 6 || acr != strings.ToLower(acr) {
			t.Errorf("line %d %q: want a lower-case acronym of 2 to 6 letters", i+1, line)
		}
		if long != strings.ToLower(long) || !strings.Contains(long, " ") || strings.ContainsAny(long, "_") {
			t.Errorf("line %d %q: want a lower-case long form of several words", i+1, line)
		}
		if kind != "name" && kind != "common" {
			t.Errorf("line %d %q: want the kind name or common", i+1, line)
		}
	}
}

// Every word of the table is its lemma's lemma: matching Lemma(a) against
// Lemma(b) never depends on which side was already a base form.
func TestLemmaIdempotent(t *testing.T) {
	for _, line := range readLines(t, "words.tsv.gz") {
		w, _, _ := strings.Cut(line, "\t")
		if l := wordnet.Lemma(w); wordnet.Lemma(l) != l {
			t.Errorf("Lemma(%q) = %q but Lemma(%q) = %q", w, l, l, wordnet.Lemma(l))
		}
	}
}
