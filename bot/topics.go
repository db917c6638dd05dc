package bot

import (
	"context"
	"slices"
	"sort"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// Topics are the subjects the bot tags passages with and that users can
// ask within ("/deal tariffs …").
var Topics = []string{"tariffs", "fund", "politics", "defense", "investment", "outlook", "overview"}

// IsTopic reports whether name is one of Topics.
func IsTopic(name string) bool {
	for _, t := range Topics {
		if t == name {
			return true
		}
	}
	return false
}

// coveredTopics returns the Topics at least one passage of the index is
// tagged with, in the order of Topics.
func (b *Bot) coveredTopics(ctx context.Context) ([]string, error) {
	var out []string
	for _, t := range Topics {
		ok, err := b.idx.Matches(ctx, index.Query{Clauses: []index.Clause{{Field: "topics", Text: t, Required: true}}})
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, t)
		}
	}
	return out, nil
}

// topicCues is the lexicon that tags topics: words that coverage of any
// trade deal uses when it writes about each topic, with a weight for how
// surely each one signals it. A passage is about a topic when its cues add
// up to tagThreshold. The lexicon is general vocabulary of each subject;
// it holds no name, clause or phrase of any one article (a country's
// parties and houses, a statute's section number, a column's catchword):
// what one article calls something is learned from that article (see
// learn.go), and the digest learns its topics from the coverage itself
// (see digesttopics.go).
var topicCues = map[string]map[string]float64{
	"tariffs": {
		"tariff": 3, "duties": 2, "levy": 2, "levies": 2, "import tax": 2, "customs": 1,
		"exemption": 1, "quota": 1, "trade barrier": 2, "rate": 1,
		"steel": 1, "aluminum": 1, "semiconductors": 1, "pharmaceuticals": 1, "autos": 1,
	},
	"fund": {
		"fund": 3, "framework": 1, "mechanism": 1, "projects": 1, "capital": 1, "financing": 1,
		"oversight": 2, "governance": 2, "timeline": 2,
	},
	"politics": {
		"politics": 3, "political": 3, "prime minister": 3, "minister": 1, "party": 2, "parties": 2,
		"opposition": 3, "parliament": 2, "election": 2, "ruling party": 3, "coalition": 2, "backlash": 2,
		"cabinet": 2, "criticize": 2, "lawmakers": 2, "resign": 2, "vote": 2, "domestic": 1, "pressure": 1,
	},
	"defense": {
		"defense": 3, "military": 3, "weapons": 2, "troops": 2, "missile": 2,
		"procurement": 1, "arms": 1,
	},
	"investment": {
		"fdi": 3, "foreign direct investment": 3, "investment": 1, "invest": 1, "commitment": 2,
		"expansion": 1, "company": 1, "plant": 1, "factory": 1, "jobs": 1, "manufacturing": 1,
	},
	"outlook": {
		"outlook": 3, "future": 1, "strategy": 2, "strategic": 1, "goals": 1, "partners": 2, "allies": 1,
		"alliance": 1, "competition": 1, "supply chains": 1, "economic security": 1,
	},
	"overview": {
		"overview": 3, "comprehensive": 2, "cooperation": 1, "sectors": 1, "agreement": 1,
	},
}

// topicNames are words a user types to name a topic; they count for
// detecting a question's topic, not for tagging passages.
var topicNames = map[string][]string{
	"tariffs":    {"tariffs", "trade barriers"},
	"fund":       {"fund", "governance"},
	"politics":   {"politics", "political", "domestic politics"},
	"defense":    {"defense", "military", "security"},
	"investment": {"investments", "fdi", "company investment", "corporate investment"},
	"outlook":    {"outlook", "prospects", "implications", "what next"},
	"overview":   {"overview", "summary", "gist", "big picture", "tl;dr", "background"},
}

// tagThreshold is the cue weight that makes a passage about a topic.
const tagThreshold = 2

// cue is one entry of the topic lexicon, as stems.
type cue struct {
	stems  []string
	weight float64
}

// cueLists is topicCues as stems, per topic; nameCues is topicNames.
var cueLists, nameCues = buildCues(topicCues), buildNames(topicNames)

func buildCues(m map[string]map[string]float64) map[string][]cue {
	out := map[string][]cue{}
	for topic, cs := range m {
		for w, weight := range cs {
			out[topic] = append(out[topic], cue{stems: stems(w), weight: weight})
		}
		sort.Slice(out[topic], func(i, j int) bool { // deterministic
			return phraseKey(out[topic][i].stems) < phraseKey(out[topic][j].stems)
		})
	}
	return out
}

func buildNames(m map[string][]string) map[string][]cue {
	out := map[string][]cue{}
	for topic, names := range m {
		for _, n := range names {
			out[topic] = append(out[topic], cue{stems: stems(n), weight: 3})
		}
	}
	return out
}

// topicScore adds up the weights of a topic's cues present in a text
// (given as its content stems); each cue counts once.
func topicScore(ss []string, topic string, cues map[string][]cue) float64 {
	var sum float64
	for _, c := range cues[topic] {
		if len(c.stems) > 0 && hasSeq(ss, c.stems) {
			sum += c.weight
		}
	}
	return sum
}

// cueIndex is a cue list made quick to score a text with: each cue under
// its first stem, so that reading a text once finds all its cues.
type cueIndex struct {
	byFirst map[string][]indexedCue
	cues    int
}

// indexedCue is a cue with its topic (an index into Topics) and its
// number in the cueIndex.
type indexedCue struct {
	cue
	topic, id int
}

// tagCues is cueLists as a cueIndex.
var tagCues = newCueIndex(cueLists)

func newCueIndex(cues map[string][]cue) cueIndex {
	l := cueIndex{byFirst: map[string][]indexedCue{}}
	for ti, t := range Topics {
		for _, c := range cues[t] {
			if len(c.stems) > 0 {
				l.byFirst[c.stems[0]] = append(l.byFirst[c.stems[0]], indexedCue{cue: c, topic: ti, id: l.cues})
				l.cues++
			}
		}
	}
	return l
}

// scores returns the topicScore of a text (as its content stems) for
// each of Topics. The weights are whole numbers, so the order they are
// added in does not change the sums.
func (l cueIndex) scores(ss []string) []float64 {
	sc := make([]float64, len(Topics))
	found := make([]bool, l.cues) // each cue counts once
	for i, s := range ss {
		for _, c := range l.byFirst[s] {
			if !found[c.id] && hasPrefix(ss[i:], c.stems) {
				found[c.id] = true
				sc[c.topic] += c.weight
			}
		}
	}
	return sc
}

// hasPrefix reports whether ss starts with the words seq.
func hasPrefix(ss, seq []string) bool {
	return len(ss) >= len(seq) && slices.Equal(ss[:len(seq)], seq)
}

// Tag sets the Topics of each passage from the lexicon, and the Aliases it
// defines (see learnAliases) or makes by referring back (see references).
// A sentence is tagged from its own words, helped a little by its
// paragraph and section heading, so that a short quote inherits the
// subject of the paragraph around it. Everything is learned from each
// passage and the passages before it in its document, so documents can be
// tagged and indexed one by one as coverage comes and goes; ps holds whole
// documents, each in order.
func Tag(ps []corpus.Passage) {
	memo := stemMemo{}
	var ss []string
	// The sentences of a paragraph share it, and those of a section its
	// heading (and a paragraph may be one sentence): score each once.
	shared := map[string][]float64{}
	scores := func(text string) []float64 {
		if sc, ok := shared[text]; ok {
			return sc
		}
		ss = memo.appendStems(ss[:0], text)
		sc := tagCues.scores(ss)
		shared[text] = sc
		return sc
	}
	for i := range ps {
		p := &ps[i]
		text, para, sec := scores(p.Text), scores(p.Context), scores(p.Section)
		var topics []string
		n := 0
		for ti, t := range Topics {
			own := text[ti]
			s := own + 0.3*(para[ti]-own) + 0.5*sec[ti]
			if t == "overview" && p.Paragraph <= 2 {
				s++ // a news lede summarises the story
			}
			if s >= tagThreshold {
				topics = append(topics, t)
				if own > 0 {
					n++
				}
			}
		}
		if n >= 3 && !contains(topics, "overview") {
			topics = append(topics, "overview") // a sentence that touches on much of the deal
		}
		p.Topics = topics
		p.Aliases = learnAliases(p.Text)
	}
	for i, refs := range references(ps) {
		ps[i].Aliases = append(ps[i].Aliases, refs...)
	}
}

// TopicsOf returns the topics a text is about, best first.
func TopicsOf(text string) []string {
	ss := stems(text)
	type scored struct {
		topic string
		score float64
	}
	var found []scored
	for _, t := range Topics {
		if s := topicScore(ss, t, cueLists); s >= tagThreshold {
			found = append(found, scored{t, s})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.topic
	}
	return out
}

// detectTopic returns the topic a question is about, or "": topic names
// ("tariffs", "political") and the lexicon both count.
func detectTopic(ss []string) string {
	best, bestScore := "", 0.0
	for _, t := range Topics {
		s := topicScore(ss, t, cueLists) + topicScore(ss, t, nameCues)
		if s > bestScore {
			best, bestScore = t, s
		}
	}
	if bestScore < tagThreshold {
		return ""
	}
	return best
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
