package wordnet_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot/wordnet"
)

func TestRelatedBothWays(t *testing.T) {
	for _, pair := range [][2]string{
		{"resign", "resignation"},
		{"korea", "korean"},
		{"japan", "japanese"},
		{"negotiate", "negotiation"},
		{"decide", "decision"},
		{"invest", "investment"},
		{"invest", "investor"},
		{"retroactive", "retroactively"},
		{"europe", "european"},
	} {
		t.Run(pair[0]+"_"+pair[1], func(t *testing.T) {
			for _, p := range [][2]string{pair, {pair[1], pair[0]}} {
				if got := wordnet.Related(p[0]); !slices.Contains(got, p[1]) {
					t.Errorf("Related(%q) = %q, want it to contain %q", p[0], got, p[1])
				}
			}
		})
	}
}

func TestRelatedBaseForms(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string // all must be present
	}{
		{"went", []string{"go"}},
		{"children", []string{"child"}},
		{"better", []string{"good", "well"}},
		{"resigned", []string{"resign"}},
		{"resignations", []string{"resignation", "resign"}},
		{"negotiated", []string{"negotiate", "negotiation"}},
		{"Korean", []string{"korea"}},
	} {
		t.Run(c.word, func(t *testing.T) {
			got := wordnet.Related(c.word)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("Related(%q) = %q, want it to contain %q", c.word, got, w)
				}
			}
		})
	}
}

func TestRelatedIsNotTransitive(t *testing.T) {
	// act -> action -> actionable: one step only.
	if !slices.Contains(wordnet.Related("action"), "actionable") {
		t.Fatalf("Related(action) = %q lacks actionable; the test no longer shows a second step", wordnet.Related("action"))
	}
	if got := wordnet.Related("act"); slices.Contains(got, "actionable") {
		t.Errorf("Related(act) = %q, want no actionable (two links away)", got)
	}
}

func TestRelatedUnknown(t *testing.T) {
	for _, w := range []string{"dealbot", "", "xqzt", "european union"} {
		if got := wordnet.Related(w); len(got) != 0 {
			t.Errorf("Related(%q) = %q, want nothing", w, got)
		}
	}
}

func TestRelatedNeverIncludesTheWord(t *testing.T) {
	for _, w := range []string{"resign", "went", "better", "act", "japan"} {
		if got := wordnet.Related(w); slices.Contains(got, w) {
			t.Errorf("Related(%q) = %q, includes the word itself", w, got)
		}
	}
}

func TestLemma(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"went", "go"},
		{"children", "child"},
		{"mice", "mouse"},
		{"tariffs", "tariff"},
		{"countries", "country"},
		{"negotiated", "negotiate"},
		{"negotiating", "negotiate"},
		{"resignations", "resignation"},
		{"resigned", "resign"},
		{"hoping", "hope"},
		{"stopped", "stop"}, // verbs come before adjectives
		{"planned", "plan"},
		{"biggest", "big"},
		{"better", "better"}, // a noun and a verb in WordNet; Related gives good
		{"found", "found"},   // a verb itself, though verb.exc maps it to find
		{"news", "news"},
		{"glasses", "glasses"}, // a noun itself: spectacles
		{"boxes", "box"},
		{"Tariffs", "tariff"},
		{"dealbot", "dealbot"},
		{"", ""},
	} {
		t.Run(c.word, func(t *testing.T) {
			if got := wordnet.Lemma(c.word); got != c.want {
				t.Errorf("Lemma(%q) = %q, want %q", c.word, got, c.want)
			}
		})
	}
}

func TestAcronyms(t *testing.T) {
	for _, c := range []struct{ acronym, long string }{
		{"eu", "european union"},
		{"wto", "world trade organization"},
		{"nato", "north atlantic treaty organization"},
		{"imf", "international monetary fund"},
		{"un", "united nations"},
		{"opec", "organization of petroleum-exporting countries"},
		{"u.s.", "united states"},
	} {
		t.Run(c.acronym, func(t *testing.T) {
			if got := wordnet.LongForms(c.acronym); !slices.Contains(got, c.long) {
				t.Errorf("LongForms(%q) = %q, want it to contain %q", c.acronym, got, c.long)
			}
			if got := wordnet.Acronyms(c.long); !slices.Contains(got, c.acronym) {
				t.Errorf("Acronyms(%q) = %q, want it to contain %q", c.long, got, c.acronym)
			}
		})
	}
	t.Run("CaseInsensitive", func(t *testing.T) {
		if got := wordnet.LongForms("EU"); !slices.Contains(got, "european union") {
			t.Errorf("LongForms(EU) = %q, want european union", got)
		}
		if got := wordnet.Acronyms("European Union"); !slices.Contains(got, "eu") {
			t.Errorf("Acronyms(European Union) = %q, want eu", got)
		}
	})
	t.Run("InitialsMustSpell", func(t *testing.T) {
		// "Europe" shares the EU synset but is one word; "Common Market"
		// shares it too but spells CM.
		if got := wordnet.LongForms("eu"); slices.Contains(got, "common market") || slices.Contains(got, "europe") {
			t.Errorf("LongForms(eu) = %q, want only long forms spelling EU", got)
		}
	})
}

func TestIsNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"rice": true, "planes": true, "relief": true, "tariffs": true,
		"often": false, "retroactive": false, "quickly": false, "zzyzx": false,
		"children": true, "fought": false, "took": false,
	} {
		if got := wordnet.IsNoun(w); got != want {
			t.Errorf("IsNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"decides": true, "added": true, "ran": true, "plant": true, "run": true, "getting": true, "planned": true, "fought": true, "paid": true,
		"sewage": false, "children": false, "retroactive": false, "zzyzx": false,
	} {
		if got := wordnet.IsVerb(w); got != want {
			t.Errorf("IsVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestKnown(t *testing.T) {
	for w, want := range map[string]bool{"tariffs": true, "went": true, "quickly": true, "chipmakers": false, "zzyzx": false} {
		if got := wordnet.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestInflections(t *testing.T) {
	for base, want := range map[string]string{"lose": "lost", "buy": "bought", "child": "children", "rise": "rose"} {
		if got := wordnet.Inflections(base); !slices.Contains(got, want) {
			t.Errorf("Inflections(%q) = %v, want %q among them", base, got, want)
		}
	}
	if got := wordnet.Inflections("tariff"); len(got) != 0 {
		t.Errorf("Inflections(tariff) = %v, want none: regular forms are the stemmer's", got)
	}
}

func TestCollocationAt(t *testing.T) {
	for _, c := range []struct {
		words string
		want  int
	}{
		{"take place in manila", 2},
		{"took place", 2},
		{"walked out of the talks", 3}, // "walk out of"
		{"walked out on thursday", 2},
		{"at sea", 2},     // a preposition and a word: an idiom, not a place asked about
		{"under fire", 2}, // "why is the minister under fire"
		{"in force", 2},
		{"first class", 0}, // a thing and its qualifier
		{"hand out", 2},
		{"steel safeguard", 0},
		{"place", 0},
	} {
		if got := wordnet.CollocationAt(strings.Fields(c.words)); got != c.want {
			t.Errorf("CollocationAt(%q) = %d, want %d", c.words, got, c.want)
		}
	}
}

func TestNeighboursBothWays(t *testing.T) {
	for _, c := range []struct{ word, near string }{
		{"boat", "vessel"}, {"boats", "watercraft"}, {"vessel", "boat"}, {"car", "automobile"}, {"decide", "choose"},
	} {
		if !slices.Contains(wordnet.Neighbours(c.word), c.near) {
			t.Errorf("Neighbours(%q) lacks %q: %v", c.word, c.near, wordnet.Neighbours(c.word))
		}
	}
	if n := wordnet.Neighbours("zzyzx"); len(n) != 0 {
		t.Errorf("Neighbours of an unknown word: %v", n)
	}
}

// TestIsCommonAcronym: an acronym whose long form WordNet writes in lower
// case is a kind of thing; one it writes with capitals names one thing.
func TestIsCommonAcronym(t *testing.T) {
	for acr, want := range map[string]bool{"CEO": true, "gdp": true, "SUV": true, "WTO": false, "NATO": false, "EU": false, "LNG": false} {
		if got := wordnet.IsCommonAcronym(acr); got != want {
			t.Errorf("IsCommonAcronym(%q) = %v, want %v", acr, got, want)
		}
	}
}

// TestUsage: the tagged corpus's counts say which part of speech a word
// mostly is.
func TestUsage(t *testing.T) {
	for _, c := range []struct {
		word           string
		verb, modifier bool
	}{
		{"offer", true, false}, {"offers", true, false}, {"ran", true, false},
		{"cost", false, false}, {"face", false, false},
		{"far", false, true}, {"aside", false, true},
		{"probe", true, false}, {"tariff", false, false}, {"Swissmem", false, false},
		{"last", false, false}, {"open", true, false},
	} {
		if got := wordnet.MostlyVerb(c.word); got != c.verb {
			t.Errorf("MostlyVerb(%q) = %v, want %v", c.word, got, c.verb)
		}
		if got := wordnet.OnlyModifier(c.word); got != c.modifier {
			t.Errorf("OnlyModifier(%q) = %v, want %v", c.word, got, c.modifier)
		}
	}
	for w, want := range map[string]bool{"original": true, "initial": true, "first": true, "far": true, "current": false, "steel": false, "rice": false, "originals": false, "Swissmem": false} {
		if got := wordnet.MostlyModifier(w); got != want {
			t.Errorf("MostlyModifier(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"slash": true, "cuts": true, "HQ": false, "MOU": false, "Swissmem": false} {
		if got := wordnet.InUse(w); got != want {
			t.Errorf("InUse(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSpellings: a British spelling has its American one, inflected too,
// and the other way round; a word WordNet spells one way has none.
func TestSpellings(t *testing.T) {
	for w, want := range map[string]string{
		"defence": "defense", "defences": "defenses", "organisation": "organization", "organisations": "organizations",
		"organising": "organizing", "organised": "organized", "centre": "center", "labour": "labor", "programmes": "programs",
		"defense": "defense", "tariff": "tariff",
	} {
		if got := wordnet.American(w); got != want {
			t.Errorf("American(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{"defense": "defence", "centers": "centres", "defence": "defense", "tariff": "", "subsidized": "subsidised"} {
		if got := wordnet.OtherSpelling(w); got != want {
			t.Errorf("OtherSpelling(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestOtherNames: a country's or an organisation's other names, when
// WordNet's commonest sense of each is that one; none for a common word.
func TestOtherNames(t *testing.T) {
	for name, want := range map[string]string{"uk": "britain", "britain": "united kingdom", "burma": "myanmar", "wto": "world trade organization"} {
		if got := wordnet.OtherNames(name); !slices.Contains(got, want) {
			t.Errorf("OtherNames(%q) = %q, want %q among them", name, got, want)
		}
	}
	for _, w := range []string{"tariff", "europe", "labor"} {
		if got := wordnet.OtherNames(w); got != nil {
			t.Errorf("OtherNames(%q) = %q, want none", w, got)
		}
	}
	if got := wordnet.OtherNames("european union"); slices.Contains(got, "europe") {
		t.Errorf("OtherNames(european union) = %q: Europe is a continent first", got)
	}
}

// TestIsPerson: titles are kinds of person; a country or a trade is not.
func TestIsPerson(t *testing.T) {
	for w, want := range map[string]bool{"ambassador": true, "minister": true, "chairman": true, "china": false, "trade": false, "tariff": false} {
		if got := wordnet.IsPerson(w); got != want {
			t.Errorf("IsPerson(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsLocation: the common nouns whose commonest noun sense is a kind
// of place; not a place's own name, a noun of another sense, nor a word
// mostly used as another part of speech.
func TestIsLocation(t *testing.T) {
	for w, want := range map[string]bool{"province": true, "region": true, "district": true, "port": true, "canada": false, "tariff": false, "minister": false, "see": false, "left": false, "there": false, "reach": false} {
		if got := wordnet.IsLocation(w); got != want {
			t.Errorf("IsLocation(%q) = %v, want %v", w, got, want)
		}
	}
	if ls := wordnet.Locations(); len(ls) < 100 || !slices.IsSorted(ls) {
		t.Errorf("Locations() = %d words, sorted %v; want the whole table, sorted", len(ls), slices.IsSorted(ls))
	}
}

// TestRespellings: the known words one slip from a word, commonest first.
func TestRespellings(t *testing.T) {
	for word, want := range map[string]string{
		"carmkaers": "carmakers", // swapped
		"agrement":  "agreement", // left out
		"exectuive": "executive",
		"goverment": "government",
		"tarifff":   "tariff",   // added
		"brokreed":  "brokered", // not "brokeed", which morphy would take for broke
	} {
		if got := wordnet.Respellings(word); len(got) == 0 || got[0] != want {
			t.Errorf("Respellings(%q) = %v, want %q first", word, got, want)
		}
	}
	for _, word := range []string{"tariff", "Akazawa1", "chipmakerzz", ""} {
		if got := wordnet.Respellings(word); len(got) != 0 {
			t.Errorf("Respellings(%q) = %v, want none", word, got)
		}
	}
}

// TestComparative: an adjective's comparative or superlative by WordNet's
// rules; not a noun or a verb that ends the same way.
func TestComparative(t *testing.T) {
	for w, want := range map[string]bool{
		"lower": true, "biggest": true, "bigger": true, "later": true, "larger": true,
		"farmer": false, "order": false, "border": false, "quota": false, "interest": false,
	} {
		if got := wordnet.Comparative(w); got != want {
			t.Errorf("Comparative(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSuperlative: the superlatives of WordNet's suffix rules, not their
// comparatives nor words that end the same way.
func TestSuperlative(t *testing.T) {
	for w, want := range map[string]bool{
		"biggest": true, "latest": true, "largest": true,
		"bigger": false, "lower": false, "interest": false, "honest": false,
	} {
		if got := wordnet.Superlative(w); got != want {
			t.Errorf("Superlative(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSwaps: each pair of neighbouring letters swapped once; a swap of two
// like letters gives nothing new.
func TestSwaps(t *testing.T) {
	got := slices.Collect(wordnet.Swaps("teeh"))
	if want := []string{"eteh", "tehe"}; !slices.Equal(got, want) {
		t.Errorf("Swaps(teeh) = %v, want %v", got, want)
	}
}

// TestInCharge: the verbs WordNet defines as being in charge, in any form,
// and its words for who is, mostly nouns.
func TestInCharge(t *testing.T) {
	// "leading" and "heading" are nouns too, which Lemma keeps.
	for _, v := range []string{"runs", "heads", "led", "chaired", "manage", "directs", "leading", "heading", "running", "chairing"} {
		if !wordnet.InCharge(v) {
			t.Errorf("InCharge(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"pay", "said", "tariff", "leader", "paying", "leaders"} {
		if wordnet.InCharge(v) {
			t.Errorf("InCharge(%q) = true, want false", v)
		}
	}
	words := wordnet.ChargeWords()
	for _, w := range []string{"chairman", "chairwoman", "president", "executive", "director", "manager", "leader", "run", "head", "led"} {
		if !slices.Contains(words, w) {
			t.Errorf("ChargeWords() lacks %q", w)
		}
	}
	for _, w := range []string{"general", "chief", "model"} {
		if slices.Contains(words, w) {
			t.Errorf("ChargeWords() holds %q, mostly no noun or no person", w)
		}
	}
}

// TestIsChange: verbs of change in any form, not verbs of having and
// moving things.
func TestIsChange(t *testing.T) {
	for _, w := range []string{"rise", "rose", "risen", "rising", "fell", "cut", "increased", "adds", "doubled", "grew", "soared", "jumped", "gained", "tumbling"} {
		if !wordnet.IsChange(w) {
			t.Errorf("IsChange(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"export", "exports", "sell", "sold", "pay", "paid", "take", "bring", "ship", "cost"} {
		if wordnet.IsChange(w) {
			t.Errorf("IsChange(%q) = true, want false", w)
		}
	}
}

// TestCountryOf: a national capital's country, through the province
// it is part of; nothing for a city that is no capital.
func TestCountryOf(t *testing.T) {
	for capital, want := range map[string]string{"seoul": "south korea", "ottawa": "canada", "tokyo": "japan", "toronto": "", "tariff": ""} {
		if got := wordnet.CountryOf(capital); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", capital, got, want)
		}
	}
}

// TestDemonyms: a place and its adjective or its people's noun, both
// ways, however unlike their spelling; nothing for a common word's
// pertainym; no more places for a word already a place's adjective
// ("American": America, not "US").
func TestDemonyms(t *testing.T) {
	for word, want := range map[string]string{
		"switzerland": "swiss", "swiss": "switzerland", "netherlands": "dutch|dutchman|hollander|netherlander",
		"wales": "cymry|welsh|welshman", "aussie": "australia", "australia": "aussie|australian", "swede": "sverige|sweden",
		"turk": "turkey", "american": "america", "navy": "", "tariff": "",
		// The word before a formal name's style: "Malagasy Republic"; not
		// "United" of the United Kingdom, an adjective in lower case.
		"malagasy": "madagascar", "united": "",
	} {
		if got := strings.Join(wordnet.Demonyms(word), "|"); got != want {
			t.Errorf("Demonyms(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestCurrencies(t *testing.T) {
	got := wordnet.Currencies()
	for _, w := range []string{"dollar", "cent", "penny", "dirham", "zloty", "rupee"} {
		if !slices.Contains(got, w) {
			t.Errorf("%q is no currency, want one", w)
		}
	}
	for _, w := range []string{"mill", "mark", "yen", "pound", "share"} {
		if slices.Contains(got, w) {
			t.Errorf("%q is a currency, want none: its commonest sense is another thing", w)
		}
	}
}

func TestPlaceKinds(t *testing.T) {
	for name, want := range map[string]string{
		"south carolina": "state",
		"houston":        "city",
		"japan":          "country",
		"brazil":         "country",
	} {
		if got := wordnet.PlaceKinds(name); !slices.Contains(got, want) {
			t.Errorf("PlaceKinds(%q) = %q, want %q among them", name, got, want)
		}
	}
	// A class of more than one word gives its broader class's word, not
	// its own: "Asian country" is no kind word.
	for _, name := range []string{"japan", "texas"} {
		for _, k := range wordnet.PlaceKinds(name) {
			if strings.Contains(k, " ") || strings.Contains(k, "_") || k != strings.ToLower(k) {
				t.Errorf("PlaceKinds(%q) holds %q, want single lower-case words", name, k)
			}
		}
	}
	if got := wordnet.PlaceKinds("steel"); got != nil {
		t.Errorf("PlaceKinds(steel) = %q, want none", got)
	}
}

// TestIsMoney: an amount whose commonest sense is a price or an income is
// money; a quantity, and a fee, a tariff or a tax (as often a rate), are
// not.
func TestIsMoney(t *testing.T) {
	for w, want := range map[string]bool{"revenue": true, "sales": true, "earnings": true, "price": true, "fee": false, "quota": false, "volume": false, "tariff": false, "tax": false, "share": false} {
		if got := wordnet.IsMoney(w); got != want {
			t.Errorf("IsMoney(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsPhysical: nouns of physical things, not of abstractions; a plural
// is read by its lemma.
func TestIsPhysical(t *testing.T) {
	for w, want := range map[string]bool{
		"rice": true, "motorcycles": true, "steel": true, "farmer": true, "port": true,
		"weakness": false, "methodology": false, "behalf": false, "proportions": false, "tariff": false,
	} {
		if got := wordnet.IsPhysical(w); got != want {
			t.Errorf("IsPhysical(%q) = %v, want %v", w, got, want)
		}
	}
}
