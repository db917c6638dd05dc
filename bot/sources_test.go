package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestSourcesDifferOnlyOnFigures: two sources' answers are said to differ
// when the question asks for a figure and they give different ones of one
// thing (not "300 jobs" and "12 terminals"; two dates are of one thing);
// two sources answering why are both shown, and not said to differ.
func TestSourcesDifferOnlyOnFigures(t *testing.T) {
	cand := versionCandidates()
	for _, c := range []struct {
		question string
		a, b     string
		differ   bool
	}{
		{"How many jobs will the works create?", "The works will create 300 jobs, the board said.", "Union leaders expect the works to bring 350 jobs to the port.", true},
		{"How big is the harbour fund?", "The fund was raised to $550 million, with 90% of its profits for the city.", "Lenders agreed a $550 million package for the quay works on Tuesday.", false},
		{"How many jobs will the port create?", "The port will create 300 jobs, the board said.", "Its operator, which runs 12 terminals, expects jobs to follow.", false},
		{"When does the port open?", "The port opens on March 3, the board said.", "Its operator says the port opens on April 9.", true},
		{"Why was the plan rejected?", "The plan was rejected in 2024 because it cost too much.", "Residents fought the plan for two years over noise from the quay.", false},
	} {
		q := parseQuestion(c.question)
		cands := []candidate{cand("a", c.a, 1), cand("b", c.b, 1)}
		if got := versions(&q, cands); got != c.differ {
			t.Errorf("%q: differ %v, want %v", c.question, got, c.differ)
		}
		if cands[0].hit.DocID == cands[1].hit.DocID {
			t.Errorf("%q: one source shown twice", c.question)
		}
	}
}

// TestVersionNamesWhatIsAsked: another source's version must name the
// thing asked about: for "how many jobs", jobs, not another figure ("on
// Thursday, October 8"); for "which port", a port, not another sentence
// of that source about the harbour.
func TestVersionNamesWhatIsAsked(t *testing.T) {
	cand := versionCandidates()
	for _, c := range []struct {
		question string
		counts   map[string]int
		a, b, c  string
	}{
		{"How many jobs depend on the harbour?", map[string]int{"jobs": 3, "depend": 2, "harbour": 5},
			"The harbour supports roughly 11,000 jobs.", "Dockers walked out of the harbour on Thursday, October 8.", "Union leaders count about 9,500 jobs on the quays."},
		{"Which port will get the new cranes?", map[string]int{"port": 3, "cranes": 2},
			"The new cranes will go to the port of Harwick.", "Dockers walked out over the new cranes on Thursday.", "Officials said the port at Lenby would get the cranes first."},
	} {
		q := weighed(c.question, 40, c.counts)
		cands := []candidate{cand("a", c.a, 3), cand("b", c.b, 2.9), cand("c", c.c, 2.5)}
		versions(&q, cands)
		if cands[1].hit.DocID != "c" {
			t.Errorf("%q: second excerpt %q; want the other source's answer", c.question, cands[1].text)
		}
	}
}

// TestVersionCountsAlike: another source's version may count what the
// first version counts ("workers") where neither names the thing asked
// about ("staff"); a count of another thing ("vehicles") is no version.
func TestVersionCountsAlike(t *testing.T) {
	cand := versionCandidates()
	q := weighed("How many staff were hit by the shutdown?", 40, map[string]int{"staff": 1, "hit": 2, "shutdown": 5})
	cands := []candidate{
		cand("a", "About 3,400 workers will be sent home during the shutdown.", 3),
		cand("b", "The shutdown will cost about 5,000 vehicles of output.", 2.9),
		cand("c", "The shutdown affects about 2,900 workers, the company said.", 2.5),
	}
	versions(&q, cands)
	if cands[1].hit.DocID != "c" {
		t.Errorf("second excerpt %q; want the other source's count of workers", cands[1].text)
	}
}

// TestSourceVersionCountsAlikeFirst: a source's version is its best
// sentence that counts what the first version counts ("about 10 tonnes
// of scallops"), not its best-ranked sentence that names the thing but
// counts something else ("worth 87 billion yen"); for a question of the
// latest, its best-ranked sentence stays.
func TestSourceVersionCountsAlikeFirst(t *testing.T) {
	cand := versionCandidates()
	for question, want := range map[string]bool{
		"How big was the first scallop shipment to China?":     true,
		"How big is the latest scallop shipment to China now?": false,
	} {
		q := weighed(question, 40, map[string]int{"big": 2, "first": 9, "scallop": 6, "shipment": 4, "china": 20, "latest": 2})
		cands := []candidate{
			cand("a", "The first shipment, about 6 tonnes of frozen scallops, left for China on Monday.", 3),
			cand("b", "China bought scallops worth 87.1 billion yen in 2022, before the shipment ban.", 2.9),
			cand("e", "Scallop exports to China were halted again in November, a month after the shipment.", 2.8),
			cand("b", "Hokkaido processors sent roughly 10 tonnes of scallops to Dalian in June, the first cargo under the reopening.", 2.5),
		}
		cands[3].hit.ID = "counts"
		versions(&q, cands)
		shown := false
		for _, c := range cands[:MaxExcerpts] {
			shown = shown || c.hit.ID == "counts"
		}
		if shown != want {
			t.Errorf("%q: source b's count of tonnes shown %v, want %v", question, shown, want)
		}
	}
}

// versionCandidates returns a maker of candidates that each answer in
// full, from the document doc, with a score.
func versionCandidates() func(doc, text string, score float64) candidate {
	cache := newAnalysisCache(16)
	return func(doc, text string, score float64) candidate {
		h := index.Hit{}
		h.DocID, h.Title, h.Text = doc, "Report "+doc, text
		return candidate{hit: h, text: text, score: score, support: 0.8, together: true, fits: true, excerptAnalysis: cache.excerpt(text)}
	}
}

// TestRewordedVersionKeptApart: for a question a figure answers, another
// outlet's sentence that repeats the first's words and adds to them, with
// another figure for the thing asked ("$150 billion in cash", "$200
// billion in cash"), is another version, picked and shown beside the
// first, not folded into it as the same saying. The same figures written
// otherwise ("350 billion dollars"), another edition of the same story, a
// figure of nothing comparable ("shares rose 3%"), and a near duplicate
// with one figure changed are folded, cited as also in: no excerpt is
// shown twice.
func TestRewordedVersionKeptApart(t *testing.T) {
	cand := versionCandidates()
	q := parseQuestion("How much of Korea's investment is cash?")
	const first = "Korea will invest $350 billion in the United States over the next decade, including $150 billion in cash, officials said."
	for _, c := range []struct {
		name, second string
		edition      bool // the second is another edition of the first's story
		apart        bool
	}{
		{"another figure", "Korea will invest $350 billion in the United States over the next decade, including $200 billion in cash paid in yearly instalments from 2026, with the rest in loan guarantees and shipbuilding projects, officials in Seoul said on Thursday.", false, true},
		{"written otherwise", "Korea will invest 350 billion dollars in the United States over the next decade, including 150 billion dollars in cash paid in yearly instalments from 2026, with the rest in loan guarantees and shipbuilding projects, officials in Seoul said on Thursday.", false, false},
		{"another edition", "Korea will invest $350 billion in the United States over the next decade, including $200 billion in cash paid in yearly instalments from 2026, with the rest in loan guarantees and shipbuilding projects, officials in Seoul said on Thursday.", true, false},
		{"nothing comparable", "Korea will invest $350 billion in the United States over the next decade, including $150 billion in cash paid in yearly instalments from 2026, with the rest in loan guarantees and shipbuilding projects, officials in Seoul said, and shares rose 3%.", false, false},
		{"near duplicate", "Korea will invest $350 billion in the United States over the next decade, including $200 billion in cash, officials said.", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			cands := []candidate{cand("a", first, 3), cand("b", c.second, 2.9)}
			if c.edition {
				cands[1].hit.Title = cands[0].hit.Title
			}
			versions(&q, cands)
			ex := cluster(cands, MaxExcerpts, true, q.kinds&figureAnswers != 0)
			if apart := len(ex) == 2; apart != c.apart {
				t.Fatalf("shown apart %v, want %v: %+v", apart, c.apart, ex)
			}
			if !c.apart && (len(ex[0].AlsoIn) != 1 || ex[0].AlsoIn[0].DocID != "b") {
				t.Errorf("folded without citing b as also in: %+v", ex[0])
			}
			if c.apart && ex[1].DocID != "b" {
				t.Errorf("second excerpt from %q, want b", ex[1].DocID)
			}
		})
	}
}

// TestOtherFigureKeptApartWhateverAsked: another source's sentence that
// repeats and widens one shown but gives another figure is shown apart
// for a question that asks for no figure too ("what's the tariff
// costing", "tell me about"): it is that source's version.
func TestOtherFigureKeptApartWhateverAsked(t *testing.T) {
	cand := versionCandidates()
	q := parseQuestion("Tell me about Korea's investment pledge")
	if q.kinds&figureAnswers != 0 {
		t.Fatalf("the question asks for a figure (kinds %v); the test wants one that does not", q.kinds)
	}
	cands := []candidate{
		cand("a", "Korea will invest $350 billion in the United States over the next decade, including $150 billion in cash, officials said.", 3),
		cand("b", "Korea will invest $350 billion in the United States over the next decade, including $200 billion in cash paid in yearly instalments from 2026, with the rest in loan guarantees and shipbuilding projects, officials in Seoul said on Thursday.", 2.9),
	}
	versions(&q, cands)
	ex := cluster(cands, MaxExcerpts, true, q.kinds&figureAnswers != 0)
	if len(ex) != 2 || ex[1].DocID != "b" {
		t.Fatalf("want b's version shown apart, second: %+v", ex)
	}
}
