package wordnet

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"iter"
	"strings"
	"sync"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

//go:embed words.tsv.gz
var wordsGz []byte

//go:embed acronyms.tsv
var acronymsTSV string

// table is the parsed form of the embedded files. Every word of words.tsv.gz
// owns a run of group: the word itself, then its related words. Related
// returns the run without its head; for a regular inflection, whose base is
// the head, it returns the whole run. Either way it hands out a shared slice.
type table struct {
	words  map[string]entry
	group  []string
	long   map[string][]string // acronym -> long forms
	short  map[string][]string // long form -> acronyms
	common map[string]bool     // acronym -> a long form is a common noun ("ceo")
}

type entry struct {
	start, end uint32 // group[start] is the word, group[start+1:end] its related words
	lemma      uint32 // group[lemma] is its lemma
	pos        morphy.POS
}

// load parses the tables on first use. They are generated and checked by
// the tests, so a parse error is a broken build, not a runtime condition.
var load = sync.OnceValue(func() *table {
	t, err := parse(wordsGz, acronymsTSV)
	if err != nil {
		panic("wordnet: embedded table: " + err.Error())
	}
	return t
})

// gunzip returns the text of an embedded gzipped table.
func gunzip(name string, gz []byte) (string, error) {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", fmt.Errorf("open %s: %w", name, err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	return string(raw), nil
}

// mustGunzip is gunzip for a table embedded at build time: a table that
// does not unzip is a broken build, not a runtime condition.
func mustGunzip(name string, gz []byte) string {
	text, err := gunzip(name, gz)
	if err != nil {
		panic("wordnet: " + err.Error())
	}
	return text
}

// rows yields the rows of an embedded gzipped table of one or two
// tab-separated columns, its header comment left out: each row's key and
// value ("" for one column). A row of another shape is a broken build.
func rows(name string, gz []byte, columns int) iter.Seq2[string, string] {
	raw := mustGunzip(name, gz)
	return func(yield func(string, string) bool) {
		for line := range strings.Lines(raw) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			line = strings.TrimSuffix(line, "\n")
			key, value, ok := strings.Cut(line, "\t")
			if ok != (columns == 2) {
				panic("wordnet: " + name + ": bad line " + line)
			}
			if !yield(key, value) {
				return
			}
		}
	}
}

func parse(gz []byte, acronyms string) (*table, error) {
	text, err := gunzip("words.tsv.gz", gz)
	if err != nil {
		return nil, err
	}
	t := &table{
		words:  make(map[string]entry, strings.Count(text, "\n")),
		long:   map[string][]string{},
		short:  map[string][]string{},
		common: map[string]bool{},
	}
	// Each line adds its word and its related words: at most two strings
	// plus one per space.
	t.group = make([]string, 0, 2*strings.Count(text, "\n")+strings.Count(text, " "))
	lemmas := map[string]string{}
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, ok1 := strings.Cut(line, "\t")
		pos, rest, ok2 := strings.Cut(rest, "\t")
		lemma, related, ok3 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || !ok3 || word == "" {
			return nil, fmt.Errorf("words.tsv.gz line %d: want word, parts of speech, lemma and related words: %q", n, line)
		}
		if _, dup := t.words[word]; dup {
			return nil, fmt.Errorf("words.tsv.gz line %d: %q listed twice", n, word)
		}
		e := entry{start: uint32(len(t.group))}
		e.lemma = e.start
		if lemma != "" {
			lemmas[word] = lemma
		}
		if e.pos, ok1 = parsePOS(pos); !ok1 {
			return nil, fmt.Errorf("words.tsv.gz line %d: parts of speech %q, want letters of nvar or -", n, pos)
		}
		t.group = append(t.group, word)
		for related != "" {
			var r string
			r, related, _ = strings.Cut(related, " ")
			t.group = append(t.group, r)
		}
		e.end = uint32(len(t.group))
		t.words[word] = e
	}
	for word, lemma := range lemmas {
		l, ok := t.words[lemma]
		if !ok {
			return nil, fmt.Errorf("words.tsv.gz: lemma %q of %q has no line", lemma, word)
		}
		e := t.words[word]
		e.lemma = l.start
		t.words[word] = e
	}
	for n, line := range strings.Split(strings.TrimSuffix(acronyms, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" || (f[2] != "name" && f[2] != "common") {
			return nil, fmt.Errorf("acronyms.tsv line %d: want acronym, long form and name or common: %q", n+1, line)
		}
		acr, long := f[0], f[1]
		t.long[acr] = append(t.long[acr], long)
		t.short[long] = append(t.short[long], acr)
		if f[2] == "common" {
			t.common[acr] = true
		}
	}
	return t, nil
}

func parsePOS(s string) (morphy.POS, bool) {
	if s == "-" {
		return 0, true
	}
	var p morphy.POS
	for _, c := range []byte(s) {
		i := strings.IndexByte("nvar", c)
		if i < 0 {
			return 0, false
		}
		p |= morphy.Order[i]
	}
	return p, p != 0
}

// inflected finds the base form of a word the table does not list, by
// morphy's suffix rules ("tariffs" -> "tariff"), trying nouns, then verbs,
// then adjectives, each rule's result checked against the index.
func (t *table) inflected(word string) (entry, bool) {
	for b := range t.bases(word) {
		if !b.doubled {
			return b.entry, true
		}
	}
	return entry{}, false
}

// base is a listed word that a rule of morphy's, its suffix taken off,
// leaves of another.
type base struct {
	rule    morphy.Rule
	stem    string // the word without the rule's suffix
	entry   entry  // the base form, listed with the rule's part of speech
	doubled bool   // found by undoing a doubled final consonant: "getting" → "get"
}

// bases yields the base forms morphy's rules find for word, in the rules'
// order: for each rule, its stem with the rule's ending, then, for a rule
// that adds no ending, the stem with a doubled final consonant undone.
func (t *table) bases(word string) iter.Seq[base] {
	return func(yield func(base) bool) {
		for _, r := range morphy.Rules {
			s, ok := r.Stem(word)
			if !ok {
				continue
			}
			if e, ok := t.words[s+r.Ending]; ok && e.pos&r.POS != 0 && !yield(base{rule: r, stem: s, entry: e}) {
				return
			}
			if n := len(s); r.Ending == "" && n > 2 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
				if e, ok := t.words[s[:n-1]]; ok && e.pos&r.POS != 0 && !yield(base{rule: r, stem: s, entry: e, doubled: true}) {
					return
				}
			}
		}
	}
}

// lower returns s lower-cased, allocating only when s has a capital letter.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// wordSet returns a loader of a one-column table as a set of its words,
// read once, on first use.
func wordSet(name string, gz []byte) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for word := range rows(name, gz, 1) {
			m[word] = true
		}
		return m
	})
}

// wordLists returns a loader of a two-column table as a map from each
// first column to its second column's words, cut by split, read once, on
// first use.
func wordLists(name string, gz []byte, split func(string) []string) func() map[string][]string {
	return sync.OnceValue(func() map[string][]string {
		m := map[string][]string{}
		for word, list := range rows(name, gz, 2) {
			m[word] = split(list)
		}
		return m
	})
}

// bars cuts a list of words separated by "|" ("united kingdom|britain").
func bars(list string) []string { return strings.Split(list, "|") }
