package corpus

// The realistic generator writes news documents whose words follow
// English statistics: content words drawn from an embedded list of about
// 83,000 English words (words.tsv.gz, from WordNet, most frequent first)
// with Zipf's law, sentences of varied shapes built from clauses, and
// people, companies and places that recur across documents as real ones
// do. The templated generator (synthetic.go) wrote every sentence from 14
// patterns, so its 246 words and its few sentence shapes made search
// look cheaper than it is on real coverage.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/genwords -out words.tsv.gz

//go:embed words.tsv.gz
var wordsGz []byte

// zipfExponent is s in Zipf's law (the r-th word is drawn in proportion
// to 1/r^s); about 1 for English text.
const zipfExponent = 1.0

// zipfList draws words by rank.
type zipfList struct {
	words []string
	cum   []float64 // cum[i] = Σ 1/r^s for ranks 1 … i+1
}

func newZipfList(words []string) zipfList {
	z := zipfList{words: words, cum: make([]float64, len(words))}
	sum := 0.0
	for i := range words {
		sum += 1 / math.Pow(float64(i+1), zipfExponent)
		z.cum[i] = sum
	}
	return z
}

func (z zipfList) draw(r *rand.Rand) string {
	x := r.Float64() * z.cum[len(z.cum)-1]
	return z.words[min(sort.SearchFloat64s(z.cum, x), len(z.words)-1)]
}

// vocabulary is the embedded word list by word class.
type vocabulary struct {
	noun, verb, adj, adv zipfList
	past                 map[string]string // irregular past tenses, by verb
	size                 int
}

var loadVocabulary = sync.OnceValue(func() *vocabulary {
	z, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		panic("corpus: embedded words.tsv.gz: " + err.Error()) // generated and tested: a broken build
	}
	byClass := map[string][]string{}
	past := map[string]string{}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t") // word, class, irregular past
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		byClass[fields[1]] = append(byClass[fields[1]], fields[0])
		if len(fields) > 2 {
			past[fields[0]] = fields[2]
		}
	}
	if err := sc.Err(); err != nil {
		panic("corpus: embedded words.tsv.gz: " + err.Error())
	}
	v := &vocabulary{noun: newZipfList(byClass["n"]), verb: newZipfList(byClass["v"]),
		adj: newZipfList(byClass["a"]), adv: newZipfList(byClass["r"]), past: past}
	for _, ws := range byClass {
		v.size += len(ws)
	}
	return v
})

// nameSyllables make up the names of people, companies and places.
var nameSyllables = strings.Fields("ka ren to mi sa lo vi an der el ri mo na ta ko li ber gan sel tor ma di no va ru shi en ol is ur fen dal mar quin zo be ha wen ly ces bro tak ame ira vel oss pra gu")

// world is the cast of one generated corpus: recurring names, each drawn
// with Zipf's law so that some are in the news far more than others.
type world struct {
	v                              *vocabulary
	people, orgs, places, papers   zipfList
	orgKinds, roles, months, weeks []string
}

func newWorld(r *rand.Rand) *world {
	name := func() string {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(nameSyllables[r.IntN(len(nameSyllables))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	pool := func(n int, make func() string) zipfList {
		seen := map[string]bool{}
		var out []string
		for len(out) < n {
			if s := make(); !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		return newZipfList(out)
	}
	w := &world{
		v:        loadVocabulary(),
		orgKinds: strings.Fields("Holdings Group Industries Bank Motors Energy Partners Capital Systems Logistics Foods Pharma Mining Airlines Telecom"),
		roles:    []string{"chief executive of", "spokesperson for", "an analyst at", "chair of", "a director at", "head of research at", "an adviser to", "a former executive of"},
		months:   strings.Fields("January February March April May June July August September October November December"),
		weeks:    strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
	}
	w.people = pool(4000, func() string { return name() + " " + name() })
	w.places = pool(300, name)
	w.orgs = pool(800, func() string { return name() + " " + w.orgKinds[r.IntN(len(w.orgKinds))] })
	w.papers = pool(40, func() string {
		return "The " + name() + " " + []string{"Herald", "Times", "Post", "Journal", "Ledger", "Courier", "Review", "Daily"}[r.IntN(8)]
	})
	return w
}

// realistic writes one document in the style of a news article.
type realistic struct {
	*world
	r      *rand.Rand
	place  string // what the article is about
	person string
	org    string
}

func (g *realistic) noun() string { return g.v.noun.draw(g.r) }
func (g *realistic) adj() string  { return g.v.adj.draw(g.r) }
func (g *realistic) verb() string { return g.v.verb.draw(g.r) }

// recur returns the article's own subject most of the time, another from
// the world otherwise, as an article keeps coming back to its subject.
func (g *realistic) recur(own string, all zipfList) string {
	if g.r.IntN(3) > 0 {
		return own
	}
	return all.draw(g.r)
}

func (g *realistic) nounPhrase() string {
	switch g.r.IntN(10) {
	case 0:
		return "the " + g.adj() + " " + g.noun()
	case 1:
		return plural(g.noun())
	case 2:
		return "the " + g.noun() + " of the " + g.noun()
	case 3:
		return g.recur(g.person, g.people)
	case 4:
		return g.recur(g.org, g.orgs)
	case 5:
		return "officials in " + g.recur(g.place, g.places)
	case 6:
		return g.recur(g.place, g.places) + "'s " + g.noun()
	case 7:
		return "a " + g.adj() + " " + g.noun()
	case 8:
		return g.adj() + " " + plural(g.noun())
	default:
		return "the " + g.noun()
	}
}

func (g *realistic) verbPhrase() string {
	v := g.verb()
	switch g.r.IntN(8) {
	case 0:
		return "will " + v + " " + g.nounPhrase()
	case 1:
		return "has " + g.past(v) + " " + g.nounPhrase()
	case 2:
		return "is " + gerund(v) + " " + g.nounPhrase()
	case 3:
		return "plans to " + v + " " + g.nounPhrase() + " " + g.date()
	case 4:
		return "did not " + v + " " + g.nounPhrase()
	case 5:
		return "could " + v + " " + g.nounPhrase() + " " + g.adjunct()
	default:
		return g.past(v) + " " + g.nounPhrase()
	}
}

func (g *realistic) adjunct() string {
	switch g.r.IntN(6) {
	case 0:
		return "in " + g.recur(g.place, g.places)
	case 1:
		return g.date()
	case 2:
		return "by " + g.figure()
	case 3:
		return "after the " + g.noun()
	case 4:
		return "for the first time since " + strconv.Itoa(1990+g.r.IntN(35))
	default:
		return "despite " + g.nounPhrase()
	}
}

func (g *realistic) figure() string {
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("$%d.%d billion", 1+g.r.IntN(400), g.r.IntN(10))
	case 1:
		return fmt.Sprintf("%d.%d percent", g.r.IntN(40), g.r.IntN(10))
	case 2:
		return fmt.Sprintf("%d,%03d %s", 1+g.r.IntN(90), g.r.IntN(1000), plural(g.noun()))
	case 3:
		return fmt.Sprintf("$%d million", 1+g.r.IntN(900))
	default:
		return fmt.Sprintf("%d percent", 1+g.r.IntN(60))
	}
}

func (g *realistic) date() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("on %s %d", g.months[g.r.IntN(12)], 1+g.r.IntN(28))
	case 1:
		return fmt.Sprintf("in %s %d", g.months[g.r.IntN(12)], 2015+g.r.IntN(12))
	case 2:
		return "last " + g.weeks[g.r.IntN(7)]
	default:
		return fmt.Sprintf("by the end of %d", 2024+g.r.IntN(6))
	}
}

// clause is a subject and what it did.
func (g *realistic) clause() string {
	s := g.nounPhrase() + " " + g.verbPhrase()
	if g.r.IntN(3) == 0 {
		s += " " + g.adjunct()
	}
	return s
}

func (g *realistic) sentence() string {
	var s string
	switch g.r.IntN(12) {
	case 0:
		who := g.recur(g.person, g.people)
		s = fmt.Sprintf("%s, %s %s, said %s", who, g.roles[g.r.IntN(len(g.roles))], g.recur(g.org, g.orgs), g.clause())
	case 1:
		s = fmt.Sprintf("\"%s,\" %s said", capitalize(g.clause()), g.recur(g.person, g.people))
	case 2:
		s = fmt.Sprintf("According to %s, %s", g.recur(g.org, g.orgs), g.clause())
	case 3:
		s = fmt.Sprintf("%s %s %s to %s %s", capitalize(g.nounPhrase()), []string{"rose", "fell", "grew", "dropped", "climbed"}[g.r.IntN(5)], g.figure(), g.figure(), g.date())
	case 4:
		s = g.v.adv.draw(g.r) + ", " + g.clause() + ", and " + g.clause()
	case 5:
		s = fmt.Sprintf("In %d, %s", 2000+g.r.IntN(26), g.clause())
	case 6:
		s = g.nounPhrase() + ", which " + g.verbPhrase() + ", " + g.verbPhrase()
	case 7:
		s = g.clause() + " " + []string{"because", "while", "although", "after", "as"}[g.r.IntN(5)] + " " + g.clause()
	case 8:
		s = fmt.Sprintf("The %s, %s and %s of %s %s", plural(g.noun()), plural(g.noun()), plural(g.noun()), g.recur(g.place, g.places), g.verbPhrase())
	default:
		s = g.clause()
	}
	return capitalize(s) + "."
}

func (g *realistic) title() string {
	words := []string{g.place, g.past(g.verb()), capitalize(g.adj()), capitalize(g.noun())}
	if g.r.IntN(2) == 0 {
		words = append(words, "as", capitalize(g.noun()), capitalize(plural(g.verb())))
	}
	return strings.Join(words, " ")
}

func (g *realistic) heading() string {
	switch g.r.IntN(3) {
	case 0:
		return "The " + capitalize(g.adj()) + " " + capitalize(g.noun())
	case 1:
		return capitalize(plural(g.noun())) + " and " + capitalize(plural(g.noun()))
	default:
		return "What " + capitalize(plural(g.verb())) + " the " + capitalize(g.noun())
	}
}

func (g *realistic) document(i int) string {
	g.place, g.person, g.org = g.places.draw(g.r), g.people.draw(g.r), g.orgs.draw(g.r)
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: gen-%05d\ntitle: %q\npublisher: %s\npublished: %d-%02d-%02d\nedition: original\n---\n\n",
		i, g.title(), g.papers.draw(g.r), 2023+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28))
	// The same shape as the templated documents: 1–5 sections of 1–4
	// paragraphs of 1–4 sentences.
	for s := range 1 + g.r.IntN(5) {
		if s > 0 {
			fmt.Fprintf(&b, "## %s\n\n", g.heading())
		}
		for p := 1 + g.r.IntN(4); p > 0; p-- {
			for k := 1 + g.r.IntN(4); k > 0; k-- {
				b.WriteString(g.sentence())
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func realisticDocs(n int, r *rand.Rand) []string {
	g := &realistic{world: newWorld(r), r: r}
	out := make([]string, n)
	for i := range out {
		out[i] = g.document(i)
	}
	return out
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// past is a verb's past tense: the irregular one the word list gives, or
// the regular one.
func (g *realistic) past(v string) string {
	if p, ok := g.v.past[v]; ok {
		return p
	}
	return regularPast(v)
}

// plural, regularPast and gerund inflect regularly: irregular nouns come
// out wrong ("childs"), which changes nothing a benchmark measures.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func regularPast(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

func gerund(w string) string {
	if strings.HasSuffix(w, "e") && len(w) > 2 && !strings.HasSuffix(w, "ee") {
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}
