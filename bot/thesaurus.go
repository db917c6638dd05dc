package bot

import "github.com/dealbot/dealbot/bot/wordnet"

// thesaurus lists words and phrases that news about trade deals uses for
// the same thing. It is general vocabulary of trade, investment, security
// and politics coverage, not the wording of any one article; what a
// particular article defines for itself (its acronyms, its people's
// roles) is learned from the text instead (see learn.go).
var thesaurus = [][]string{
	{"tariff", "duty", "levy", "import tax", "import taxes", "customs duties"},
	{"impose", "hit", "slap", "target"},
	{"clause", "provision", "safeguard"},
	{"agreement", "deal", "pact", "accord", "treaty", "arrangement", "agreed"},
	{"negotiation", "talks", "bargaining", "negotiate"},
	{"finalize", "complete", "conclude", "seal", "clinch", "reach"},
	{"surplus", "imbalance"},
	{"exports", "shipments", "sales"},
	{"imports", "purchases", "procurement", "buying", "buy", "acquisitions"},
	{"partner", "ally", "allies", "countries"},
	{"bilateral", "two countries", "two nations", "two governments"},
	{"rate", "rates", "level"},
	{"lowest", "cheapest", "best"},
	{"advantage", "edge", "benefit"},
	{"competitiveness", "competitive"},
	{"semiconductor", "chip", "chips", "microchips", "chipmaking", "chipmaker", "chipmakers"},
	{"pharmaceuticals", "pharma", "drugs", "medicines", "drugmakers"},
	{"autos", "cars", "automobiles", "automakers", "automotive"},
	{"shipbuilding", "shipyards", "shipbuilders", "ships"},
	{"sector", "industry"},
	{"goods", "products", "items", "merchandise"},
	{"critical minerals", "rare earths", "minerals"},
	{"tech", "technology", "high-tech"},
	{"fund", "framework", "facility", "vehicle", "pot", "pool", "package"},
	{"investment", "invest", "investing", "investor"},
	{"fdi", "foreign direct investment", "inward investment"},
	{"commitment", "pledge", "promise", "commit"},
	{"expansion", "expand", "enlargement"},
	{"company", "firm", "corporation", "business", "conglomerate"},
	{"worth", "value", "cost", "costs", "price"},
	{"big", "large", "huge", "massive", "sizable", "size", "scale"},
	{"capital", "money", "financing", "funding", "funds", "funded", "finance", "paid for", "grant", "subsidy", "loan", "bonds"},
	{"extra", "additional", "add", "overrun"},
	{"project", "ventures", "initiatives"},
	{"decide", "decision", "choose", "select", "pick", "determine", "call the shots"},
	{"review", "vet", "screen", "evaluate", "assess", "examine", "scrutinize", "approve"},
	{"operate", "operational", "run", "running", "manage", "administer", "govern", "governance", "oversee", "oversight", "mechanism", "control", "in charge"},
	{"timeline", "timeframe", "time frame", "schedule", "timetable", "deadline"},
	{"details", "detail", "specifics", "particulars", "information"},
	{"unclear", "uncertain", "murky", "vague", "ambiguous", "unknown", "undecided", "unresolved"},
	{"clarify", "clarification"},
	{"highlight", "showcase", "feature", "tout", "promote"},
	{"publicize", "publicise", "advertise", "trumpet"},
	{"agency", "institution", "body", "organization", "organisation", "authority", "authorities", "regulator"},
	{"prime minister", "pm", "premier"},
	{"opposition", "opposition parties", "opposition lawmakers", "opposition politicians"},
	{"critics", "opponents", "skeptics", "sceptics", "detractors", "opposition"},
	{"worry", "fear", "concern", "anxious"},
	{"parliament", "legislature"},
	{"election", "vote", "poll", "polls", "ballot"},
	{"criticize", "criticise", "criticism", "complain", "complaint", "attack", "slam", "fault", "blast"},
	{"pressure", "backlash", "heat", "strain", "trouble", "problems", "difficulties", "woes", "turmoil"},
	{"political", "politics", "politically"},
	{"government", "administration"},
	{"lawmakers", "legislators", "politicians"},
	{"transparency", "openness", "accountability"},
	{"defense", "defence", "military", "armed forces", "arms"},
	{"spending", "spend", "expenditure", "budget", "outlays"},
	{"annual", "annually", "yearly", "each year", "per year", "every year"},
	{"equipment", "hardware", "weapons", "arms", "weaponry", "kit"},
	{"increase", "rise", "rising", "grow", "growing", "growth", "raise", "boost", "hike", "jump", "climb"},
	{"model", "template", "blueprint", "precedent", "prototype"},
	{"aim", "goal", "objective", "purpose", "intent", "target"},
	{"strategy", "strategic", "strategically"},
	{"alliance", "partnership", "relationship", "ties", "relations"},
	{"future", "upcoming", "coming"},
	{"start", "begin", "launch", "open", "opening", "commence"},
	{"delay", "postpone", "pushed back", "slip", "setback"},
	{"old", "age"},
	{"expert", "analyst", "scholar", "researcher", "specialist", "commentator"},
	{"think tank", "institute"},
	{"economy", "economic"},
	// The two parties of the agreement, in every document the bot indexes:
	// news names each government by its capital.
	{"japan", "tokyo"},
	{"united states", "america", "US", "washington"},
}

// concept is one meaning in the thesaurus: the single words (as forms)
// and multi-word phrases that say it.
type concept struct {
	words   map[string]bool
	phrases []phrase
}

// phrase is a multi-word expression: its text, for queries, and the forms
// of its content words in order, for matching.
type phrase struct {
	text  string
	forms []string
}

func newPhrase(text string) phrase { return phrase{text: text, forms: forms(text)} }

// lexicon indexes the thesaurus by word form, built once.
type lexicon struct {
	byWord   map[string][]int // form → concepts it belongs to
	byStem   map[string][]int // stem of a form → concepts, for a word the thesaurus lacks ("selection")
	byPhrase map[string][]int // first form of a phrase → concepts
	concepts []concept
}

func newLexicon(groups [][]string) *lexicon {
	lx := &lexicon{byWord: map[string][]int{}, byStem: map[string][]int{}, byPhrase: map[string][]int{}}
	for i, g := range groups {
		c := concept{words: map[string]bool{}}
		for _, m := range g {
			ph := newPhrase(m)
			switch {
			case len(ph.forms) == 1:
				c.words[ph.forms[0]] = true
				lx.byWord[ph.forms[0]] = appendOnce(lx.byWord[ph.forms[0]], i)
				st := stem(ph.forms[0])
				lx.byStem[st] = appendOnce(lx.byStem[st], i)
			case len(ph.forms) > 1:
				c.phrases = append(c.phrases, ph)
				lx.byPhrase[ph.forms[0]] = appendOnce(lx.byPhrase[ph.forms[0]], i)
			}
		}
		lx.concepts = append(lx.concepts, c)
	}
	return lx
}

func appendOnce(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// wordConcepts returns the meanings of a word form: those the thesaurus
// lists it under, or, for an inflection the thesaurus leaves to
// morphology ("imposed", "levies"), those of its WordNet lemma.
func (lx *lexicon) wordConcepts(form string) []int {
	if cs, ok := lx.byWord[form]; ok {
		return cs
	}
	return lx.byWord[wordnet.Lemma(form)]
}

// conceptsOf returns the thesaurus meanings of a word: those of its form,
// or, for a form the thesaurus does not list, those of the listed words
// that share its stem ("selection" means what "select" means). Stems
// conflate words a thesaurus keeps apart ("government", "governance"), so
// they are only the fallback.
func (lx *lexicon) conceptsOf(t token) []int {
	if cs := lx.wordConcepts(t.form); len(cs) > 0 {
		return cs
	}
	return lx.byStem[t.stem]
}

// defaultLexicon is the thesaurus, indexed.
var defaultLexicon = newLexicon(thesaurus)

// Thesaurus returns the synonym groups the bot uses, for an index that
// expands query words itself (Bleve's synonym source). Each call returns a
// new copy.
func Thesaurus() [][]string {
	out := make([][]string, len(thesaurus))
	for i, g := range thesaurus {
		out[i] = append([]string(nil), g...)
	}
	return out
}
