package bot_test

import (
	"os"
	"strings"
	"testing"
)

// TestAnswerMechanisms checks, on a small invented coverage that no rule
// was written for (testdata/mechanisms: a harbour expansion reported by
// two outlets, the second later and with other figures), each general
// mechanism of the answer engine once.
func TestAnswerMechanisms(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/mechanisms"))
	for _, c := range []struct {
		name, q string
		want    []string // each in the first three excerpts; the first in the first
	}{
		// Word families (WordNet): "resignation" for "resigned".
		{"WordFamily", "When was the harbour director's resignation?", []string{"resigned on May 3"}},
		// A demonym for its country (WordNet pertainyms).
		{"Demonym", "What did Korean officials say about the terminal?", []string{"Officials in Korea"}},
		// A common acronym the text never defines (WordNet).
		{"Acronym", "What did the WTO rule on the harbour?", []string{"World Trade Organization ruled"}},
		// Answer types: a length of time, a rate, a count, not another figure.
		{"Duration", "How long will the works take?", []string{"18 months"}},
		{"Frequency", "How often will the ferries run?", []string{"every 20 minutes"}},
		{"Count", "How many cranes will the quay get?", []string{"12 cranes"}},
		// A slip of the keyboard is read as the coverage's nearest word.
		{"Slip", "How many crnaes will the quay get?", []string{"12 cranes"}},
		// Several sources with different figures: each one in the top 3.
		{"SourcesDiffer", "How many jobs will the expansion create?", []string{"jobs", "300 jobs", "350 jobs"}},
		// The current state: the newer report first.
		{"Latest", "What is the latest cost of the harbour expansion?", []string{"$460 million"}},
		{"LatestTerse", "harbour expansion cost latest", []string{"$460 million"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := ask(t, b, c.q)
			if !a.Covered || a.Partial || len(a.Excerpts) == 0 {
				t.Fatalf("%q: covered %v, partial %v, %d excerpts; want an answer", c.q, a.Covered, a.Partial, len(a.Excerpts))
			}
			if !strings.Contains(a.Excerpts[0].Text, c.want[0]) {
				t.Errorf("%q: first excerpt %q does not say %q", c.q, a.Excerpts[0].Text, c.want[0])
			}
			for _, w := range c.want[1:] {
				found := false
				for _, e := range a.Excerpts {
					found = found || strings.Contains(e.Text, w)
				}
				if !found {
					t.Errorf("%q: no excerpt says %q: %+v", c.q, w, a.Excerpts)
				}
			}
		})
	}
	t.Run("SourcesDifferSaysSo", func(t *testing.T) {
		a := ask(t, b, "How many jobs will the expansion create?")
		if !a.SourcesDiffer || !strings.HasPrefix(a.Text, "Sources differ") {
			t.Errorf("answer %q (sources_differ %v) should say the sources differ", a.Text, a.SourcesDiffer)
		}
	})
	t.Run("Partial", func(t *testing.T) {
		// The coverage gives a general fee, not one for tankers.
		a := ask(t, b, "What fee do oil tankers pay at the harbour?")
		if !a.Partial || !strings.Contains(a.Text, "doesn't give that for") || !strings.Contains(a.Text, "2% of cargo value") {
			t.Errorf("answer %q (covered %v, partial %v): want a partial answer quoting the general fee", a.Text, a.Covered, a.Partial)
		}
	})
	t.Run("UnknownSubjectNoun", func(t *testing.T) {
		// "will recycled slag be added": "slag" is the subject, not the
		// verb (WordNet knows it only as a noun), and nothing says it.
		a := ask(t, b, "Will recycled slag be added to the quay?")
		if a.Covered && !a.Partial {
			t.Errorf("answer %q: a thing the coverage never mentions was answered in full", a.Text)
		}
	})
	t.Run("UnknownNounEndingInIng", func(t *testing.T) {
		// "herring" ends like a verb form but WordNet knows it as a noun:
		// a thing the coverage never mentions.
		a := ask(t, b, "What fee does the harbour charge on herring?")
		if a.Covered && !a.Partial {
			t.Errorf("answer %q: a thing the coverage never mentions was answered in full", a.Text)
		}
	})
	t.Run("UnknownModifier", func(t *testing.T) {
		// The coverage gives a general fee on cargo, never one on bulk
		// cargo: the specific is the word before the noun.
		a := ask(t, b, "What fee does the harbour charge on bulk cargo?")
		if !a.Partial || !strings.Contains(a.Text, "doesn't give that for bulk") {
			t.Errorf("answer %q (covered %v, partial %v): want a partial answer saying it lacks bulk cargo", a.Text, a.Covered, a.Partial)
		}
	})
	t.Run("SlipInTheThingAsked", func(t *testing.T) {
		// A slip after "about" or "on" is read as the word before the
		// question is judged: not refused for a word the coverage lacks.
		for _, c := range []struct{ q, want string }{
			{"What did the harbour director say about crnaes?", ""},
			{"What fee does the harbour charge on crnaes?", "doesn't give that for cranes"},
		} {
			a := ask(t, b, c.q)
			if !a.Covered || !strings.Contains(a.Note, "Read “crnaes” as “cranes”.") || !strings.Contains(a.Text, c.want) || strings.Contains(a.Text, "for ;") {
				t.Errorf("%q: covered %v, answer %q; want the slip read and %q", c.q, a.Covered, a.Text, c.want)
			}
		}
	})
	t.Run("SlipSaysHowItWasRead", func(t *testing.T) {
		a := ask(t, b, "How many crnaes will the quay get?")
		if !strings.HasPrefix(a.Text, "Read “crnaes” as “cranes”.") || a.Note != "Read “crnaes” as “cranes”." {
			t.Errorf("answer %q, note %q: want it to say how the slip was read", a.Text, a.Note)
		}
	})
	t.Run("IrregularPastIsAVerb", func(t *testing.T) {
		// "fought" is a verb form (WordNet's exception lists), not a
		// thing the coverage lacks.
		a := ask(t, b, "Who fought the harbour expansion?")
		if strings.Contains(a.Text, "for fought") {
			t.Errorf("answer %q: an irregular past tense named as a missing thing", a.Text)
		}
	})
	t.Run("UnknownName", func(t *testing.T) {
		a := ask(t, b, "What did Maersk say about the expansion?")
		if a.Covered {
			t.Errorf("answer %q: a name the coverage never mentions should not be covered", a.Text)
		}
	})
}

// TestNoConfidentWrongAnswers: on the embedded coverage, which never
// mentions cars or rice, questions about them are answered in part at
// most, saying what the coverage does not give; a question that names
// the European Union by its acronym is answered.
func TestNoConfidentWrongAnswers(t *testing.T) {
	b, _ := tradeBot(t)
	for _, c := range []struct{ q, lacks string }{
		{"What tariff will Japanese cars pay in the US?", "Japanese cars"},
		{"Will Japan buy more American rice?", "American rice"},
	} {
		a := ask(t, b, c.q)
		if a.Covered && !a.Partial {
			t.Errorf("%q: answered in full with %q", c.q, a.Text)
		}
		if a.Partial && !strings.Contains(a.Text, "doesn't give that for "+c.lacks) {
			t.Errorf("%q: partial answer %q should say it lacks %q", c.q, a.Text, c.lacks)
		}
	}
	if a := ask(t, b, "Is the EU getting the same deal?"); !a.Covered || a.Partial || !strings.Contains(a.Excerpts[0].Text, "European Union") {
		t.Errorf("EU question: %+v, want the excerpt naming the European Union", a)
	}
}

// TestAlsoInNeverCitesItself: an excerpt widened with the sentence after
// it may take another edition's citation; its "also in" must not then
// name the paragraph it is cited from.
func TestAlsoInNeverCitesItself(t *testing.T) {
	b, _ := tradeBot(t)
	for _, q := range readSet(t, "testdata/extra-questions.jsonl") {
		a := ask(t, b, q.Question)
		for _, e := range append(a.Excerpts, a.More...) {
			for _, c := range e.AlsoIn {
				if c.DocID == e.DocID && c.Paragraph == e.Paragraph {
					t.Errorf("%q: excerpt from %s ¶%d is also in itself: %+v", q.Question, e.DocID, e.Paragraph, e.AlsoIn)
				}
			}
		}
	}
}
