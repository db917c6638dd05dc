package bot

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestGroundWeakEvidence: a candidate that says all of the question's key
// content and the kind of answer it needs, but too little of the rest, is
// offered as the closest the coverage comes; less than that is not
// covered, and enough is an answer.
func TestGroundWeakEvidence(t *testing.T) {
	q := &question{terms: []term{{word: "quay", df: 3, prev: -1}}}
	for _, c := range []struct {
		support float64
		want    verdict
	}{
		{minSupport, answeredFully},
		{minWeak, partly},
		{minWeak - 0.01, notAnswered},
	} {
		g := ground(q, []candidate{{support: c.support, together: true, fits: true}})
		if g.verdict != c.want {
			t.Errorf("support %.2f: verdict %d, want %d", c.support, g.verdict, c.want)
		}
		if c.want == partly && (g.best != 0 || len(g.missing) != 0) {
			t.Errorf("support %.2f: best %d, missing %v; want the candidate, nothing named missing", c.support, g.best, g.missing)
		}
	}
	if note := partialNote(q, nil); note != "The coverage may not answer that directly; the closest it comes:" {
		t.Errorf("note for weak evidence: %q", note)
	}
}

// TestGroundMissingAllKeyContent: a candidate that says enough of the
// question and the kind of answer it needs, but none of its key content,
// is the closest the coverage comes (partial, naming what it lacks) when
// it says as much as a full answer would; with less, it is not covered.
func TestGroundMissingAllKeyContent(t *testing.T) {
	q := &question{terms: []term{{word: "quay", df: 3, prev: -1}, {word: "fee", df: 4, prev: -1}}, key: []int{0}}
	for _, c := range []struct {
		support float64
		want    verdict
	}{
		{minSupport, partly},
		{minSupport - 0.01, notAnswered},
	} {
		g := ground(q, []candidate{{support: c.support, fits: true, missing: []int{0}}})
		if g.verdict != c.want {
			t.Errorf("support %.2f: verdict %d, want %d", c.support, g.verdict, c.want)
		}
		if c.want == partly && (len(g.missing) != 1 || g.missing[0] != 0) {
			t.Errorf("support %.2f: missing %v, want the key term", c.support, g.missing)
		}
	}
}

// TestGroundClosestRankedFirst: of the candidates that come closest, the
// best ranked leads: one that says all the question's key content weakly
// ("Hanwha Ocean bought Philly Shipyard" for "which Korean company owns
// Philly Shipyard") before a lower-ranked one that says more of the
// question but not the name it asks about.
func TestGroundClosestRankedFirst(t *testing.T) {
	q := &question{terms: []term{{word: "philly", df: 1, prev: -1}, {word: "shipyard", df: 2, prev: -1}}, key: []int{0, 1}}
	g := ground(q, []candidate{
		{support: minWeak + 0.1, together: true, fits: true},
		{support: minPartial + 0.05, fits: true, missing: []int{0}},
	})
	if g.verdict != partly || g.best != 0 || len(g.missing) != 0 {
		t.Errorf("verdict %d, best %d, missing %v; want the first candidate, the closest, nothing named missing", g.verdict, g.best, g.missing)
	}
}

// TestGroundClosestFarBelow: when no candidate answers in full, the
// closest that says some key content leads, unless the best candidate
// scores far above it (closestBelow): the best, though it says less of
// the question, is then more often the answer.
func TestGroundClosestFarBelow(t *testing.T) {
	q := &question{terms: []term{{word: "philly", df: 1, prev: -1}, {word: "shipyard", df: 2, prev: -1}}, key: []int{0, 1}}
	for _, c := range []struct {
		closest float64 // the closest candidate's score; the best's is 10
		want    int
	}{
		{closestBelow*10 - 0.5, 0},
		{closestBelow*10 + 0.5, 1},
	} {
		g := ground(q, []candidate{
			{score: 10, support: minPartial - 0.05, fits: true, missing: []int{0}},
			{score: c.closest, support: minPartial + 0.05, fits: true, missing: []int{0}},
		})
		if g.verdict != partly || g.best != c.want {
			t.Errorf("closest scoring %.1f: verdict %d, best %d; want in part, candidate %d", c.closest, g.verdict, g.best, c.want)
		}
	}
}

// TestGroundUnknownThingBestLeads: when the question names a thing the
// coverage never mentions ("motorcycles"), it is answered in part, and
// the best candidate leads if it fits, though one below says every key
// word; one that does not fit gives way to it.
func TestGroundUnknownThingBestLeads(t *testing.T) {
	q := &question{terms: []term{{word: "tariff", df: 3, prev: -1}, {word: "motorcycles", prev: -1}}, key: []int{0}}
	full := candidate{score: 8, support: minSupport + 0.1, together: true, fits: true}
	for _, fits := range []bool{true, false} {
		g := ground(q, []candidate{{score: 9, support: minPartial, fits: fits, missing: []int{0}}, full})
		want := 1
		if fits {
			want = 0
		}
		if g.verdict != partly || g.best != want || len(g.missing) != 1 || g.missing[0] != 1 {
			t.Errorf("best fits %v: verdict %d, best %d, missing %v; want in part, candidate %d, motorcycles missing", fits, g.verdict, g.best, g.missing, want)
		}
	}
}

// TestGroundAnswerInDoubt: an answer that says what the question asks
// for but may be about something else is offered only as the closest the
// coverage comes, naming what it lacks where it can:
//   - unconnected: a figure that stands apart from the question's words,
//     in a passage that says none of its verb ("how many people does the
//     harbour authority employ");
//   - another thing: the words qualifying the thing asked about, not the
//     thing ("Korean ferries" for "Korean tankers"); tankers are in a
//     third of the passages, what the coverage is about, so a sentence
//     need not say them to answer (see isKey);
//   - how much of what: a figure of something else for "how much
//     electricity".
//
// With the verb said, the figure beside the question's words, or the
// thing said, it is an answer. The share of the question said is not
// what is tested: it is set to what an answer needs.
func TestGroundAnswerInDoubt(t *testing.T) {
	employ := weighed("How many people does the harbour authority employ?", 60, map[string]int{"people": 5, "harbour": 9, "authority": 8, "employ": 2})
	tankers := weighed("What fee does the port charge on Korean tankers?", 60, map[string]int{"fee": 4, "port": 9, "charge": 5, "korean": 6, "tankers": 20})
	electricity := weighed("How much electricity does the port use?", 60, map[string]int{"electricity": 3, "port": 9, "use": 8})
	for _, c := range []struct {
		q    *question
		text string
		want verdict
		note string // the partial note, if it names what is missing
	}{
		{&employ, "The harbour authority, which opened its new quay last spring, has cut the ferry timetable to four days a week.", partly, ""},
		{&employ, "The harbour authority will employ more staff over four years, its director said.", answeredFully, ""},
		{&employ, "The harbour authority has 340 people on its payroll.", answeredFully, ""},
		{&tankers, "The port charges a fee of 2% of cargo value on Korean ferries.", partly, "The coverage doesn't give that for Korean tankers; the closest it comes:"},
		{&tankers, "The port charges a fee of 2% of cargo value on Korean tankers.", answeredFully, ""},
		{&electricity, "The port's use of its quays has fallen by about 30% this year.", partly, "The coverage doesn't give that for electricity; the closest it comes:"},
		{&electricity, "The port uses about 40 megawatts of electricity at its quays.", answeredFully, ""},
	} {
		cands := rankOne(c.q, c.text)
		cands[0].support = max(cands[0].support, minSupport)
		g := ground(c.q, cands)
		if g.verdict != c.want {
			t.Errorf("%q: verdict %d, want %d (beside %.2f, verb unsaid %v, other thing %v)", c.text, g.verdict, c.want, cands[0].beside, cands[0].predicateUnsaid, cands[0].otherObject)
		}
		if c.note != "" && partialNote(c.q, g.missing) != c.note {
			t.Errorf("%q: note %q, want %q", c.text, partialNote(c.q, g.missing), c.note)
		}
	}
	// "Which company …" asks for a name, which answers it; the amount it
	// mentions is not what it asks for.
	which := weighed("Which company won the contract worth $2 billion?", 60, map[string]int{"company": 5, "won": 4, "contract": 6, "worth": 3, "$2": 2, "billion": 9})
	if cands := rankOne(&which, "Hanwha Ocean won the contract, worth $2 billion, on Monday."); cands[0].otherObject != nil {
		t.Errorf("which company: %v said to be missing from a sentence naming the company", cands[0].otherObject)
	}
}

// rankOne ranks a question's one candidate: a one-sentence paragraph.
func rankOne(q *question, text string) []candidate {
	return rank(q, []index.Hit{sentenceHit("a", text, 1)}, newAnalysisCache(4))
}

// TestFocusOnlyAbove: the thing a "what X" question asks for, said by the
// candidates ranked above one that has all the key content but not by
// it, marks that one as no answer in full; said by it, or by none above,
// it does not.
func TestFocusOnlyAbove(t *testing.T) {
	q := parseQuestion("what duty do ecuadorian shrimp exporters pay")
	for i := range q.terms {
		q.terms[i].df = 1
	}
	if q.focus < 0 || q.terms[q.focus].word != "duty" {
		t.Fatalf("focus %d, want the term duty", q.focus)
	}
	analyses := newAnalysisCache(16)
	cand := func(text string) candidate { return candidate{excerptAnalysis: analyses.excerpt(text)} }
	duty := cand("Indian exporters said the anti-dumping duty still left them worse off.")
	rivals := cand("Ecuadorian shrimp exporters have gained market share this year.")
	paid := cand("Ecuadorian shrimp exporters pay a duty of 5%.")
	for _, c := range []struct {
		window []candidate
		i      int
		want   bool
	}{
		{[]candidate{duty, rivals}, 1, true},
		{[]candidate{duty, paid}, 1, false},
		{[]candidate{rivals, duty}, 0, false},
		{[]candidate{rivals, rivals}, 1, false},
	} {
		if got := focusOnlyAbove(&q, c.window, c.i); got != c.want {
			t.Errorf("focusOnlyAbove(candidate %d of %d) = %v, want %v", c.i, len(c.window), got, c.want)
		}
	}
}

// TestOutranks: the best candidate, which lacks a key word or says too
// little of the question to answer it, leads a full answer ranked far
// below it when it fits the question, gives the figure it asks for, if
// any, and says enough of it; not for a question of why that asks for
// no figure, where the key words decide.
func TestOutranks(t *testing.T) {
	count := parseQuestion("how many jobs depend on the quota trade")
	whether := parseQuestion("did the committee put the cap in writing")
	why := parseQuestion("why did the committee put the cap in writing")
	count.key = []int{0, 4} // as weigh sets them (see isKey)
	analyses := newAnalysisCache(16)
	cand := func(text string, score, support float64) candidate {
		return candidate{text: text, score: score, support: support, fits: true, missing: []int{4}, excerptAnalysis: analyses.excerpt(text)}
	}
	jobs := "Work on the quota supports about 1,800 jobs in processing plants."
	for _, c := range []struct {
		name string
		q    *question
		best candidate
		full float64 // the full answer's score
		want bool
	}{
		{"far below", &count, cand(jobs, 9, 0.8), 5, true},
		{"below", &count, cand(jobs, 9, 0.8), 7.5, true},
		{"close below", &count, cand(jobs, 9, 0.8), 8.5, false},
		{"not the kind asked", &count, cand("Work on the quota keeps the plants busy.", 9, 0.8), 5, false},
		{"says too little", &count, cand(jobs, 9, 0.2), 5, false},
		{"question of whether", &whether, cand(jobs, 9, 0.8), 5, true},
		{"question of why", &why, cand(jobs, 9, 0.8), 5, false},
		{"every key word, too little of the rest", &count, candidate{text: jobs, score: 9, support: minPartial + 0.05, fits: true, excerptAnalysis: analyses.excerpt(jobs)}, 5, true},
		{"no key content", &count, candidate{text: jobs, score: 9, support: 0.35, fits: true, missing: []int{0, 4}, excerptAnalysis: analyses.excerpt(jobs)}, 5, false},
	} {
		full := candidate{score: c.full}
		if got := outranks(c.q, &c.best, &full); got != c.want {
			t.Errorf("%s: outranks = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestOutranksWhenNewer: for a question of the current state, a newer
// best candidate leads a full answer close below it when all it lacks
// is a name of the question (an update that says "Manila" where the
// older report and the question say "Metro Manila"); not when it lacks
// a common word ("cars"), nor when the question asks for no current
// state, nor when it is the older.
func TestOutranksWhenNewer(t *testing.T) {
	now := parseQuestion("what does a kilo of rice cost in Metro Manila now")
	then := parseQuestion("what does a kilo of rice cost in Metro Manila")
	at := func(q *question, w string) int {
		return slices.IndexFunc(q.terms, func(t term) bool { return t.word == w })
	}
	analyses := newAnalysisCache(4)
	price := "In Manila, the retail price of rice fell to 55 pesos a kilo."
	cand := func(published string, missing ...int) candidate {
		c := candidate{text: price, score: 9, support: 0.7, fits: true, missing: missing, excerptAnalysis: analyses.excerpt(price)}
		c.hit.Published = published
		return c
	}
	full := candidate{score: 8.8}
	full.hit.Published = "2026-09-10"
	for _, c := range []struct {
		name string
		q    *question
		best candidate
		want bool
	}{
		{"newer, a name missing", &now, cand("2026-10-06", at(&now, "metro")), true},
		{"newer, a common word missing", &now, cand("2026-10-06", at(&now, "kilo")), false},
		{"no current state asked", &then, cand("2026-10-06", at(&then, "metro")), false},
		{"older", &now, cand("2026-09-01", at(&now, "metro")), false},
	} {
		if c.best.missing[0] < 0 {
			t.Fatalf("%s: no such term", c.name)
		}
		if got := outranks(c.q, &c.best, &full); got != c.want {
			t.Errorf("%s: outranks = %v, want %v", c.name, got, c.want)
		}
	}
}
