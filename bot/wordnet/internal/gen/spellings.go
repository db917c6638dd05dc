package main

import (
	"regexp"
	"slices"
	"strings"
)

// britishSpelling rewrites a British spelling the American way, by the
// regular differences between the two: -our/-or ("colour"), -re/-er
// ("centre"), -ence/-ense ("defence"), -ise/-ize and its derivatives
// ("organisation"), -yse/-yze ("analyse"), -ogue/-og ("catalogue"),
// -mme/-m ("programme"), ae and oe ("anaemia", "manoeuvre") and the
// doubled l before a suffix ("travelled").
var britishSpelling = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`our`), "or"},
	{regexp.MustCompile(`re$`), "er"},
	{regexp.MustCompile(`ence$`), "ense"},
	{regexp.MustCompile(`is(e|ed|es|ing|ation|ations|er|ers|able)$`), "iz$1"},
	{regexp.MustCompile(`ys(e|ed|es|ing)$`), "yz$1"},
	{regexp.MustCompile(`ogue$`), "og"},
	{regexp.MustCompile(`mme$`), "m"},
	{regexp.MustCompile(`ae`), "e"},
	{regexp.MustCompile(`oe`), "e"},
	{regexp.MustCompile(`ll(ed|ing|er|ers)$`), "l$1"},
}

// spellingPairs finds, within each synset, two single-word lemmas that
// are one word in British and American spelling: the second is the first
// rewritten by one of britishSpelling's rules ("defence\tdefense").
// WordNet holding both in one sense is what makes them one word; the rule
// says which is which.
func (d *db) spellingPairs() []string {
	var pairs []string
	for _, key := range d.keys {
		var lemmas []string
		for _, l := range d.synsets[key].lemmas {
			if l = strings.ToLower(l); isWords(l) && !strings.ContainsAny(l, "_-") {
				lemmas = append(lemmas, l)
			}
		}
		for _, b := range lemmas {
			for _, r := range britishSpelling {
				if a := r.re.ReplaceAllString(b, r.with); a != b && slices.Contains(lemmas, a) {
					pairs = append(pairs, b+"\t"+a)
				}
			}
		}
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}
