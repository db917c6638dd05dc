package bot

// thesaurus lists words and phrases that news about trade deals uses for
// the same thing. It is general vocabulary of trade, investment, security
// and politics coverage, not the wording of any one article; what a
// particular article defines for itself (its acronyms, its people's
// roles) is learned from the text instead (see learn.go).
var thesaurus = [][]string{
	// trade
	{"tariff", "tariffs", "duty", "duties", "levy", "levies", "import tax", "import taxes", "customs duties"},
	{"impose", "imposed", "imposes", "imposing", "hit", "hits", "slap", "slapped", "target", "targeted", "targeting"},
	{"most-favored-nation", "most favored nation", "most-favoured-nation", "most favoured nation", "mfn"},
	{"clause", "provision", "safeguard"},
	{"agreement", "deal", "pact", "accord", "treaty", "arrangement", "agreed"},
	{"negotiation", "negotiations", "talks", "bargaining", "negotiate", "negotiated"},
	{"finalize", "finalized", "complete", "completed", "conclude", "concluded", "seal", "sealed", "clinch", "reach"},
	{"surplus", "surpluses", "imbalance", "imbalances"},
	{"exports", "export", "shipments", "sales"},
	{"imports", "import", "purchases", "purchase", "procurement", "buying", "buy", "acquisitions"},
	{"partner", "partners", "ally", "allies", "countries"},
	{"bilateral", "two countries", "two nations", "two governments"},
	{"rate", "rates", "level"},
	{"lowest", "cheapest", "best"},
	{"advantage", "edge", "benefit"},
	{"competitiveness", "competitive"},
	// sectors and goods
	{"semiconductor", "semiconductors", "chip", "chips", "microchips", "chipmaking", "chipmaker", "chipmakers"},
	{"pharmaceuticals", "pharmaceutical", "pharma", "drugs", "medicines", "drugmakers"},
	{"autos", "auto", "cars", "car", "automobiles", "automakers", "automotive"},
	{"shipbuilding", "shipyards", "shipbuilders", "ships"},
	{"sector", "sectors", "industry", "industries"},
	{"goods", "products", "items", "merchandise"},
	{"critical minerals", "rare earths", "minerals"},
	{"tech", "technology", "high-tech"},
	// money and investment
	{"fund", "framework", "facility", "vehicle", "pot", "pool", "package"},
	{"investment", "investments", "invest", "investing", "invests", "investor", "investors"},
	{"fdi", "foreign direct investment", "inward investment"},
	{"commitment", "commitments", "pledge", "pledged", "promise", "commit", "committed"},
	{"expansion", "expand", "expanding", "enlargement"},
	{"company", "companies", "firm", "firms", "corporation", "corporations", "business", "businesses", "conglomerate"},
	{"worth", "value", "valued", "cost", "costs", "price"},
	{"big", "large", "huge", "massive", "sizable", "size", "scale"},
	{"capital", "money", "financing", "funding", "funds", "funded", "finance", "financed", "paid for",
		"grant", "grants", "subsidy", "subsidies", "loan", "loans", "bonds"},
	{"extra", "additional", "add", "adds", "added", "overrun", "overruns"},
	{"project", "projects", "ventures", "initiatives"},
	// who runs it
	{"decide", "decides", "decision", "choose", "chooses", "select", "selects", "pick", "picks", "determine", "call the shots"},
	{"review", "reviews", "vet", "vets", "screen", "evaluate", "assess", "examine", "scrutinize", "approve"},
	{"operate", "operates", "operated", "operating", "operational", "run", "runs", "running", "manage", "manages", "managed", "administer", "administered",
		"govern", "governance", "oversee", "oversees", "oversight", "mechanism", "control", "controls", "controlled", "in charge"},
	{"timescale", "timeline", "timeframe", "time frame", "schedule", "timetable", "deadline", "deadlines"},
	{"details", "detail", "specifics", "particulars", "information"},
	{"unclear", "uncertain", "murky", "vague", "ambiguous", "unknown", "undecided", "unresolved"},
	{"clarify", "clarified", "clarification"},
	{"highlight", "highlighted", "showcase", "feature", "featured", "tout", "touted", "promote"},
	{"publicize", "publicise", "advertise", "trumpet"},
	{"agency", "agencies", "institution", "institutions", "body", "bodies", "organization", "organizations", "organisation", "organisations",
		"authority", "authorities", "regulator", "regulators"},
	// politics
	{"prime minister", "pm", "premier"},
	{"opposition", "opposition parties", "opposition lawmakers", "opposition politicians"},
	{"critics", "opponents", "skeptics", "sceptics", "detractors", "opposition"},
	{"worry", "worried", "worries", "fear", "fears", "feared", "concern", "concerns", "concerned", "anxious"},
	{"ruling party", "liberal democratic party", "ldp"},
	{"upper house", "house of councillors"},
	{"lower house", "house of representatives"},
	{"parliament", "diet", "legislature"},
	{"election", "elections", "vote", "poll", "polls", "ballot"},
	{"criticize", "criticise", "criticizing", "criticism", "criticisms", "complain", "complaint", "complaints", "attack", "attacking", "slam", "fault", "blast"},
	{"pressure", "backlash", "heat", "strain", "trouble", "troubles", "problems", "difficulties", "woes", "turmoil"},
	{"political", "politics", "politically"},
	{"government", "administration"},
	{"lawmakers", "legislators", "politicians"},
	{"transparency", "openness", "accountability"},
	// defense and security
	{"defense", "defence", "military", "armed forces", "arms"},
	{"spending", "spend", "spends", "spent", "expenditure", "expenditures", "budget", "outlays"},
	{"annual", "annually", "yearly", "each year", "per year", "every year"},
	{"equipment", "hardware", "weapons", "arms", "weaponry", "kit"},
	{"increase", "increasing", "rise", "rising", "grow", "growing", "growth", "raise", "boost", "hike", "jump", "climb"},
	// outlook
	{"model", "template", "blueprint", "precedent", "prototype"},
	{"aim", "aims", "aimed", "goal", "goals", "objective", "objectives", "purpose", "intent", "target", "targets"},
	{"strategy", "strategic", "strategically"},
	{"alliance", "partnership", "relationship", "ties", "relations"},
	{"future", "upcoming", "coming"},
	{"start", "starts", "begin", "begins", "launch", "launches", "open", "opens", "opening", "commence"},
	{"delay", "delayed", "delays", "postpone", "postponed", "pushed back", "slip", "slips", "setback"},
	{"old", "age"},
	// people and places
	{"expert", "analyst", "scholar", "researcher", "specialist", "commentator"},
	{"think tank", "institute"},
	{"eu", "european union", "brussels"},
	// A capital city stands for its government: "Washington will decide".
	{"japan", "japanese", "tokyo"},
	{"korea", "korean", "seoul"},
	{"america", "american", "americans", "united states", "US", "washington"},
	{"china", "chinese", "beijing"},
	{"economy", "economic", "economies"},
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

// conceptsOf returns the thesaurus meanings of a word: those of its form,
// or, for a form the thesaurus does not list, those of the listed words
// that share its stem ("selection" means what "select" means). Stems
// conflate words a thesaurus keeps apart ("government", "governance"), so
// they are only the fallback.
func (lx *lexicon) conceptsOf(t token) []int {
	if cs := lx.byWord[t.form]; len(cs) > 0 {
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
