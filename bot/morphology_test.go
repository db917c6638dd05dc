package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestIrregularFormSaysItsBase: an irregular inflection in a question is
// said by its base in a text ("were they paid" by "80% of their pay"),
// as a base is said by its irregular inflections ("lose" by "lost"), though
// the two share too few letters to be a family by spelling.
func TestIrregularFormSaysItsBase(t *testing.T) {
	for _, c := range []struct{ word, base string }{{"paid", "pay"}, {"sold", "sell"}, {"fought", "fight"}, {"lose", "lost"}} {
		q := parseQuestion("Who " + c.word + " it?")
		q.expandMorphology()
		i := slices.IndexFunc(q.terms, func(t term) bool { return t.word == c.word })
		if i < 0 {
			t.Fatalf("%q: no term %q", q.text, c.word)
		}
		if !slices.Contains(q.terms[i].variants, c.base) {
			t.Errorf("%q: variants %v; want %q", c.word, q.terms[i].variants, c.base)
		}
	}
}

// TestInflectedFormSaysItsBasesFamily: an inflected form is said by the
// nouns of its base's family ("sold" by "selling", "spent" by
// "spending", "shipped" by "shipment"), whose spelling is compared with
// the base's, not with the form's; not by other derivations ("committed"
// by "committee"), nor by a family when the form has two bases ("taxes":
// "tax" and "taxi").
func TestInflectedFormSaysItsBasesFamily(t *testing.T) {
	for _, c := range []struct {
		word, kin string
		want      bool
	}{
		{"sold", "selling", true}, {"spent", "spending", true}, {"shipped", "shipment", true},
		{"committed", "committee", false}, {"taxes", "taxi", false}, {"leaves", "leaflet", false},
	} {
		q := parseQuestion("How much was " + c.word + "?")
		q.expandMorphology()
		i := slices.IndexFunc(q.terms, func(t term) bool { return t.word == c.word })
		if i < 0 {
			t.Fatalf("%q: no term %q", q.text, c.word)
		}
		if slices.Contains(q.terms[i].variants, c.kin) != c.want {
			t.Errorf("%q: variants %v; want %q: %v", c.word, q.terms[i].variants, c.kin, c.want)
		}
	}
}

// TestRespelledWordIsReadAgain: a slip read as a word of the coverage is
// read as that word, its part of speech included: "manaeg", which no
// dictionary knows, becomes "manage", a verb.
func TestRespelledWordIsReadAgain(t *testing.T) {
	q := parseQuestion("Who will manaeg the fund?")
	i := slices.IndexFunc(q.terms, func(t term) bool { return t.word == "manaeg" })
	if i < 0 {
		t.Fatalf("no term for the slip in %+v", q.terms)
	}
	if q.terms[i].predicate {
		t.Fatalf("the slip is already a verb: %+v", q.terms[i])
	}
	q.terms[i].respell("manage")
	if tm := q.terms[i]; !tm.predicate || tm.typed != "manaeg" {
		t.Errorf("respelled term %+v: want the verb manage, typed as manaeg", tm)
	}
}

// TestDemonymMeansItsCountry: the adjective of a name says what the name
// says in the thesaurus: "American" is said by "US", as "America" is.
func TestDemonymMeansItsCountry(t *testing.T) {
	q := parseQuestion("How much American beef can enter Switzerland duty-free?")
	q.expandMorphology()
	for i := range q.terms {
		if tm := &q.terms[i]; tm.word == "american" {
			if tm.match(newAnalysisCache(2).context("US exporters get duty-free quotas of 500 tonnes of beef.")) == 0 {
				t.Error(`"US" does not say "American"`)
			}
			return
		}
	}
	t.Fatal("no term american")
}

// TestRegrouped: a whole number's thousands written the other way; years
// and decimals are left alone.
func TestRegrouped(t *testing.T) {
	for w, want := range map[string]string{"1250": "1,250", "300000": "300,000", "1,250": "1250", "1234567": "1,234,567", "2026": "", "1.5": "", "850": "", "tariff": ""} {
		if got := regrouped(w); got != want {
			t.Errorf("regrouped(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestPlaceSaidByItsAdjective: a country is said by its adjective and
// the adjective by the country, though they share no stem
// ("Switzerland", "Swiss"; "Dutch", "the Netherlands").
func TestPlaceSaidByItsAdjective(t *testing.T) {
	for _, c := range []struct{ question, word, text string }{
		{"What rate did Washington threaten Switzerland with?", "switzerland", "Swiss exporters began paying a 39% tariff."},
		{"Who owns the Dutch chipmaker?", "dutch", "The Netherlands took control of the chipmaker in October."},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		i := slices.IndexFunc(q.terms, func(t term) bool { return t.word == c.word })
		if i < 0 {
			t.Fatalf("%q: no term %q", c.question, c.word)
		}
		if q.terms[i].match(newAnalysisCache(2).context(c.text)) == 0 {
			t.Errorf("%q does not say %q", c.text, c.word)
		}
	}
}

// TestShortTitle: an acronym of a title is said by the title without its
// last word when what is left still names someone ("CEO": "chief
// executive"); a name or a title cut short is not ("chief financial").
func TestShortTitle(t *testing.T) {
	q := parseQuestion("Who is Prairie Crown's CEO?")
	q.expandMorphology()
	i := slices.IndexFunc(q.terms, func(t term) bool { return t.form == "ceo" })
	if i < 0 {
		t.Fatalf("no term CEO in %+v", q.terms)
	}
	if q.terms[i].match(newAnalysisCache(2).context("Ravi Dhillon, chief executive of Prairie Crown, said so.")) == 0 {
		t.Error(`"chief executive" does not say "CEO"`)
	}
	for long, want := range map[string]string{"chief executive officer": "chief executive", "chief financial officer": "", "united states trade representative": "", "european union": ""} {
		if got := shortTitle(long); got != want {
			t.Errorf("shortTitle(%q) = %q, want %q", long, got, want)
		}
	}
}

// TestPlaceAdjectiveSaidByPlaceNames: a place's adjective is said by the
// place's other names, as the place is: "American" by "US", "Dutch" by
// "Holland".
func TestPlaceAdjectiveSaidByPlaceNames(t *testing.T) {
	for q, text := range map[string]string{
		"How much will American shipyards get?": "US shipyards will get $10.5 billion under the plan.",
		"What tariff do Dutch growers face?":    "Growers in Holland face a 10% tariff within the quota.",
	} {
		pq := parseQuestion(q)
		pq.expandMorphology()
		adj := strings.Fields(q)[3]
		i := pq.termOf(strings.ToLower(adj))
		if i < 0 {
			t.Fatalf("%q: no term %q in %+v", q, adj, pq.terms)
		}
		if a := analyseConcepts(text); pq.terms[i].match(&a) == 0 {
			t.Errorf("%q: %q not said by %q", q, adj, text)
		}
	}
}
