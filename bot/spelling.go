package bot

// Stage 3 (weigh), continued: a slip of the keyboard ("tarrif") is read as
// the coverage's word it is nearest to.

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordlist"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// minSlip is the length from which a word may be read as a slip: shorter
// words are a letter away from too many others.
const minSlip = 5

// respellText returns the question's text with each word the coverage
// never uses written as the word or words it was typed for (see meant),
// and the slips; the text as it was when there are none. A long word in
// lower case is read as the function word one slip away ("thier" →
// their, "becuase" → because), else any long word as the word WordNet
// lists one slip away that the coverage uses most ("carmkaers" →
// carmakers, "exectuive" → executive, "Japaense" → Japanese), or as two
// words run together ("Japanesecars"); a short one as the one function
// word one slip away ("teh" → the); a country's code as the country's
// name ("JP cars" as "Japan cars"). The caller reads the text afresh, so
// that the question is read as if typed right, not only the word. A word
// with no such reading is left to correctSlips.
//
// A word one slip from English words the coverage never uses is left as
// typed: reading it as one ("monhtly" as monthly) answered a question the
// coverage does not, where the word unread had it refused (the seventh
// round's evaluation, docs/answers.md).
func (b *Bot) respellText(ctx context.Context, q *question) (string, []slip, error) {
	text := q.text
	var slips []slip
	for i := range q.terms {
		t := &q.terms[i]
		if t.df != 0 {
			continue // every reading is of a word the coverage never uses
		}
		typed := cmp.Or(q.written([]int{i}), t.word)
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(typed) + `\b`)
		loc := re.FindStringIndex(text)
		next := ""
		if loc != nil {
			next = firstWord(text[loc[1]:])
		}
		word, err := b.meant(ctx, t, typed, next)
		if err != nil {
			return "", nil, err
		}
		if word == "" || loc == nil {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(typed); unicode.IsUpper(r) {
			first, size := utf8.DecodeRuneInString(word)
			word = string(unicode.ToUpper(first)) + word[size:]
		}
		text = text[:loc[0]] + word + text[loc[1]:]
		slips = append(slips, slip{typed: typed, stem: stem(word), word: word})
	}
	return text, slips, nil
}

// meant returns the word a question word, typed as typed and followed by
// the word next, was typed for, or "" when it was typed as meant: for a
// word that may be a slip (see maySlip), the function word or the WordNet
// word it is a slip for, else the two words it runs together (see
// runTogether); for a shorter one, the function word it is a slip for
// (see shortSlip), else the country its code names (see countryNamed).
func (b *Bot) meant(ctx context.Context, t *term, typed, next string) (string, error) {
	if !maySlip(t) {
		if w := shortSlip(t, next); w != "" {
			return w, nil
		}
		return b.countryNamed(ctx, t)
	}
	if !t.capital {
		if w := slipOfStopword(t.word); w != "" {
			return w, nil
		}
	}
	used, _, err := b.nearestUsed(ctx, wordnet.Respellings(t.word))
	if used != "" || err != nil {
		return used, err
	}
	return b.runTogether(ctx, t, typed)
}

// maySlip reports whether a question word may be a slip of the keyboard:
// the coverage never uses it in any form, it is no figure, and neither
// WordNet nor a spell checker's word list knows it ("amidst" is no slip
// for "midst"); shorter words are a letter away from too many others.
func maySlip(t *term) bool {
	return t.df == 0 && !t.number && len(t.word) >= minSlip && !wordnet.Known(t.word) && !wordlist.Has(t.word)
}

// shortSlip returns the function word a short word in lower case, before
// the word next, is one slip of the keyboard from ("teh" → the, "adn" →
// and, "waht" → what), or "": a word of three or four letters that the
// coverage never uses and neither WordNet nor the spell checker's list
// knows ("per", "via" are English), one slip from one
// function word only, two neighbouring letters swapped first ("adn" is
// "and" swapped, and "an" with a letter added). "hwo" is "how" and "who"
// swapped: the word after it decides, as English grammar does ("how"
// before an adjective or an adverb in its base form: "hwo *many*", "hwo
// *long*"; else "who": "hwo *signed*"). Such slips
// are the commonest of quick typing; read as typed they were things the
// coverage never names.
func shortSlip(t *term, next string) string {
	if t.capital || t.df != 0 || t.number || len(t.word) < 3 || len(t.word) >= minSlip || wordnet.Known(t.word) || wordlist.Has(t.word) {
		return ""
	}
	switch found := stopwordsAmong(wordnet.Swaps(t.word)); {
	case len(found) == 1:
		return found[0]
	case slices.Equal(found, []string{"how", "who"}):
		if next = strings.ToLower(next); next == "much" || next == "many" || wordnet.IsAdjective(next) && wordnet.Lemma(next) == next {
			return "how" // not before an inflected verb: "hwo *signed*" is "who signed"
		}
		return "who"
	}
	if found := stopwordsAmong(wordnet.Slips(t.word)); len(found) == 1 {
		return found[0]
	}
	return ""
}

// firstWord returns the first word of s, letters only.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, notLetter)
	if i := strings.IndexFunc(s, notLetter); i >= 0 {
		return s[:i]
	}
	return s
}

// stopwordsAmong returns the function words among words, sorted, each
// once.
func stopwordsAmong(words iter.Seq[string]) []string {
	var found []string
	for w := range words {
		if stopwords[w] && !slices.Contains(found, w) {
			found = append(found, w)
		}
	}
	slices.Sort(found)
	return found
}

// oneSlipApart reports whether two words are one slip of the keyboard
// apart (see wordnet.Slips).
func oneSlipApart(a, b string) bool {
	for s := range wordnet.Slips(a) {
		if s == b {
			return true
		}
	}
	return false
}

// slipOfStopword returns the function word one slip of the keyboard from
// w ("thier" → their), or "".
func slipOfStopword(w string) string {
	for s := range wordnet.Slips(w) {
		if stopwords[s] {
			return s
		}
	}
	return ""
}

// correctSlips reads each question word that may be a slip (see maySlip)
// and that respellText could not read as the coverage's word nearest to
// it in spelling ("tarrif" → tariff, two slips away; "Akazwa" → Akazawa:
// names are misspelt more than words), and weighs the question again;
// the answer says how it read them. A word English has ("mangoes") is a
// thing the coverage lacks, not a slip, and is left as it is; so is a
// name no coverage word is one slip from ("Airbus"; "Econotimes", an
// outlet, is not "economy"), and a word in lower case one slip from
// English the coverage lacks ("monhtly" is not the coverage's "mostly").
func (b *Bot) correctSlips(ctx context.Context, q *question) ([]slip, error) {
	var slips []slip
	for i := range q.terms {
		t := &q.terms[i]
		if !maySlip(t) || !t.capital && len(wordnet.Respellings(t.word)) > 0 {
			continue
		}
		spelled, ok, err := b.nearestSpelled(ctx, t.word)
		if err != nil {
			return nil, err
		}
		if !ok || t.capital && !oneSlipApart(t.stem, spelled) {
			continue
		}
		s := slip{typed: cmp.Or(q.written([]int{i}), t.word)}
		t.respell(spelled)
		s.stem = t.stem
		slips = append(slips, s)
	}
	if len(slips) == 0 {
		return nil, nil
	}
	return slips, b.weigh(ctx, q)
}

// nearestUsed returns the one of words the coverage uses in most
// passages, and whether it uses any.
func (b *Bot) nearestUsed(ctx context.Context, words []string) (string, bool, error) {
	if len(words) == 0 {
		return "", false, nil
	}
	counts, err := b.idx.TermCounts(ctx, words)
	if err != nil {
		return "", false, fmt.Errorf("count respellings of a question word: %w", err)
	}
	best := -1
	for i, n := range counts {
		if n > 0 && (best < 0 || n > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", false, nil
	}
	return words[best], true, nil
}

// nearestSpelled returns the coverage's word nearest to word in spelling
// (see index.Index.Spelling), and whether there is one.
func (b *Bot) nearestSpelled(ctx context.Context, word string) (string, bool, error) {
	spelled, n, err := b.idx.Spelling(ctx, word)
	if err != nil {
		return "", false, fmt.Errorf("spelling of a question word: %w", err)
	}
	return spelled, spelled != "" && n > 0, nil
}

// slip is a question word read as another: typed as the question wrote
// it, stem the word it was read as; word is that word when the coverage
// may not write it (a word WordNet knows), else "".
type slip struct {
	typed, stem, word string
}

// slipNote says how the slips were read, in the words of the excerpts
// ("Read “tarrif” as “tariff”."): the index holds stems, so the word
// shown is the first the excerpts use with that stem, or else the word
// WordNet knows it was read as. A slip read as the coverage's word that
// no excerpt shows is left unsaid.
func slipNote(slips []slip, ex []Excerpt) string {
	var parts []string
	for _, s := range slips {
		w := cmp.Or(wordWithStem(s.stem, ex), s.word)
		if stopwords[s.word] {
			w = s.word // a function word as read, not as a sentence opens with it ("The")
		}
		if w != "" {
			parts = append(parts, "“"+s.typed+"” as “"+w+"”")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Read " + strings.Join(parts, ", ") + "."
}

// wordWithStem returns the first word of the excerpts whose stem is s, as
// written there ("Akazawa", without a possessive's "'s"), or "".
func wordWithStem(s string, ex []Excerpt) string {
	for _, e := range ex {
		text := undot(e.Text)
		for _, tk := range tokenize(e.Text) {
			if tk.stem == s {
				return asWritten(text[tk.at:tk.end])
			}
		}
	}
	return ""
}

// respell makes a term the word w (a term of the index, as its analyser
// writes it), with w's family and neighbours; typed keeps the word as the
// question wrote it.
func (t *term) respell(w string) {
	t.typed = t.word
	t.word, t.form, t.stem = w, w, stem(w)
	t.verbForm = verbForm(w)
	t.markPredicate()
	t.alt, t.altStem = "", ""
	t.variants, t.variantStems, t.longForms, t.concepts = nil, nil, nil, nil
	t.expandFamily()
}
