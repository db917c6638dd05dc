package bot

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// TopicLine is the digest's line for one topic: what the newest coverage
// says on it.
type TopicLine struct {
	Topic   string  // the topic's word, as the coverage writes it: "tariff"
	Label   string  // how the digest names it: "Tariff"
	Excerpt Excerpt // the newest sentence on it
}

// The digest's topics are learned from the coverage itself, not from a
// list: the nouns that several articles use and that are not the subject
// of every article (the story's own name), chosen so that each topic
// brings sentences the others do not. Each topic's line quotes its newest
// sentence, preferring one that states a figure.

// topicNoun is a candidate topic: a noun stem and where it occurs.
type topicNoun struct {
	stem     string
	word     string         // its most frequent written form
	forms    map[string]int // written forms and their counts
	articles map[string]bool
	count    int
	name     bool  // mostly written capitalised: a name
	ps       []int // passages that use it
}

// coverageTopics picks up to MaxTopics topics from the coverage and a
// line for each; shown are sentences the digest already quotes.
func coverageTopics(ps []passageInfo, shown []string) []TopicLine {
	nouns := map[string]*topicNoun{}
	articles := map[string]bool{}
	for i, p := range ps {
		article := p.Title + "\x00" + p.Publisher
		if p.Title == "" {
			article = p.DocID
		}
		articles[article] = true
		seen := map[string]bool{}
		for _, w := range topicWords(p.Text) {
			s := stem(singular(strings.ToLower(w)))
			n := nouns[s]
			if n == nil {
				n = &topicNoun{stem: s, forms: map[string]int{}, articles: map[string]bool{}}
				nouns[s] = n
			}
			n.forms[w]++
			n.articles[article] = true
			n.count++
			if !seen[s] {
				n.ps = append(n.ps, i)
				seen[s] = true
			}
		}
	}
	total := len(articles)
	var cands []*topicNoun
	for _, n := range nouns {
		caps := 0
		best := 0
		for f, c := range n.forms {
			if unicode.IsUpper([]rune(f)[0]) {
				caps += c
			}
			if c > best || c == best && f < n.word {
				n.word, best = f, c
			}
		}
		n.name = caps*2 > n.count
		n.word = strings.ToLower(n.word)
		if n.name {
			continue // people and places are who and where, not what
		}
		// A word of every article is the story itself, not a topic.
		if total >= 3 && len(n.articles) == total || len(n.articles) < 2 && total >= 2 {
			continue
		}
		cands = append(cands, n)
	}
	// Headlines name what is news: a noun of the titles counts more.
	inTitles := map[string]int{}
	titled := map[string]bool{}
	for _, p := range ps {
		if titled[p.Title] {
			continue
		}
		titled[p.Title] = true
		for _, w := range topicWords(p.Title) {
			inTitles[stem(singular(strings.ToLower(w)))]++
		}
	}
	// What the coverage measures is what it is about: the main nouns of
	// figures' labels count more too.
	measured := map[string]bool{}
	for _, p := range ps {
		for _, f := range p.figures {
			if w := lastWord(strings.ToLower(f.label)); w != "" && !f.clause {
				measured[stem(singular(w))] = true
			}
		}
	}
	score := func(n *topicNoun) float64 {
		sc := float64(len(n.articles)) * math.Log(1+float64(n.count)) * float64(1+inTitles[n.stem])
		if measured[n.stem] {
			sc *= 2
		}
		return sc
	}
	slices.SortFunc(cands, func(a, b *topicNoun) int {
		if d := score(b) - score(a); d != 0 {
			if d > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a.stem, b.stem)
	})
	var out []TopicLine
	covered := map[int]bool{}
	used := map[string]bool{}
	for _, s := range shown {
		used[s] = true
	}
	for _, n := range cands {
		if len(out) == MaxTopics {
			break
		}
		fresh := 0
		for _, i := range n.ps {
			if !covered[i] {
				fresh++
			}
		}
		if fresh*2 < len(n.ps) {
			continue // mostly the sentences of a topic already chosen
		}
		i := topicSentence(ps, n.ps, used)
		if i < 0 {
			continue
		}
		for _, j := range n.ps {
			covered[j] = true
		}
		used[ps[i].Text] = true
		out = append(out, TopicLine{Topic: n.word, Label: capitalize(n.word), Excerpt: Excerpt{Text: ps[i].Text, Citation: ps[i].Citation}})
	}
	return out
}

// topicSentence picks a topic's sentence: from the newest document that
// has one not already shown, preferring one that states a figure, then
// the earliest in the document.
func topicSentence(ps []passageInfo, idx []int, used map[string]bool) int {
	best := -1
	var bestDate time.Time
	for _, i := range idx {
		p := ps[i]
		if used[p.Text] || len(strings.Fields(p.Text)) < 8 {
			continue
		}
		switch {
		case best < 0:
		case p.date.After(bestDate):
		case p.date.Equal(bestDate) && p.DocID == ps[best].DocID && figureWeight(p) > figureWeight(ps[best]):
		default:
			continue
		}
		best, bestDate = i, p.date
	}
	return best
}

// figureWeight says how much a passage states: 2 for money or a share, 1
// for a count or a duration, 0 for none (or only a date).
func figureWeight(p passageInfo) int {
	w := 0
	for _, m := range p.figures {
		switch m.kind {
		case figMoney, figPercent:
			return 2
		case figCount, figDuration:
			w = 1
		}
	}
	return w
}

// unitWord matches the words figures are written with (scales, time
// units, months and days): they measure topics, they are not topics.
var unitWord = regexp.MustCompile(`(?i)^(?:` + scale + `|` + timeUnit + `|` + month + `|` + dayName + `|percent|cent|today|yesterday|tomorrow)$`)

// topicWords are the words of a sentence that can name a topic: nouns and
// adjectives of four letters or more that are not function words or
// common verbs.
func topicWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		lw := strings.ToLower(w)
		if len(lw) < 4 || stopwords[lw] || genericWords[lw] || labelDeterminers[lw] || labelAuxiliaries[lw] ||
			pronouns[lw] || conjunctions[lw] || commonVerbs[lw] || changeVerbs[lw] || phrasePreps[lw] ||
			strings.HasSuffix(lw, "ly") || participle(lw) || strings.HasSuffix(lw, "ing") || unitWord.MatchString(lw) {
			continue
		}
		out = append(out, w)
	}
	return out
}
