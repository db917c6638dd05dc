package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestSourcesDifferOnlyOnFigures: two sources' answers are said to differ
// when the question asks for a figure and they give different ones; two
// sources answering why are both shown, and not said to differ.
func TestSourcesDifferOnlyOnFigures(t *testing.T) {
	cand := versionCandidates()
	for _, c := range []struct {
		question string
		a, b     string
		differ   bool
	}{
		{"How many jobs will the works create?", "The works will create 300 jobs, the board said.", "Union leaders expect the works to bring 350 jobs to the port.", true},
		{"How big is the harbour fund?", "The fund was raised to $550 million, with 90% of its profits for the city.", "Lenders agreed a $550 million package for the quay works on Tuesday.", false},
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
