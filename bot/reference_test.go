package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestOnlyReference: a sentence that says a question's event only after
// "after", "since" … and gives no date does not say when it happened; one
// that dates the event, or says it in a clause of its own, may.
func TestOnlyReference(t *testing.T) {
	a := newAnalysisCache(8)
	for _, c := range []sentenceCase{
		{"When did Kaldmark's delegation walk out?", "The two countries agreed a four-year deal, two weeks after Kaldmark's delegation walked out of talks.", true},
		{"When was the Korea deal announced?", "The talks have stalled for about two months since the deal was announced.", true},
		{"When was the Korea deal announced?", "The talks have stalled since the deal was announced on Wednesday, July 30.", false},
		// A short paragraph is one excerpt: the next sentence's date is of something else.
		{"When was the Korea deal announced?", "The talks have stalled for about two months since the deal was announced. Japanese cars have paid 15% since September 16.", true},
		{"When did Kaldmark's delegation walk out?", "Kaldmark's negotiators walked out of the talks in Lindhaven on Thursday, October 8.", false},
		{"When did Kaldmark's delegation walk out?", "The delegation walked out two weeks ago, officials said.", false},
		{"Why did Kaldmark's delegation walk out?", "Two weeks after the delegation walked out, the countries agreed a deal.", false},
		{"When did Seoul announce the deal?", "Shortly after the election, Seoul announced the deal.", false},
		{"When did Brunner phone Trump before the tariff was announced?", "Brunner spoke to Trump by telephone on July 31, hours before the new rate was announced.", false},
		{"When did Japan sign the deal?", "The following week, Japan signed the deal.", false},
		{"When did Japan sign the deal?", "Exports have risen since the deal was signed last year.", false},
		{"When did the tariffs take effect?", "Prices have climbed since the tariffs took effect on Thursday.", false},
		{"When did Kaldmark's delegation walk out?", "The countries agreed a deal on October 22, two weeks after Kaldmark's delegation walked out.", true},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if got := onlyReference(&q, q.eventVerbs(), a.excerpt(c.text)); got != c.want {
			t.Errorf("%q, %q: only the reference %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestReferenceRanks: the sentence that dates the walkout ranks above the
// one that counts another event's time from it.
func TestReferenceRanks(t *testing.T) {
	q := weighed("When did Kaldmark's delegation walk out?", 60, map[string]int{"kaldmark": 20, "delegation": 3, "walk": 2})
	after := "Kaldmark and Vestria agreed a four-year deal to share the catch, two weeks after Kaldmark's delegation walked out of talks."
	dated := "Kaldmark's negotiators walked out of the mackerel talks in Lindhaven on Thursday, October 8."
	cands := rank(&q, []index.Hit{sentenceHit("after", after, 2), sentenceHit("dated", dated, 1.6)}, newAnalysisCache(8))
	if cands[0].hit.ID != "dated" {
		t.Errorf("ranked %q first; want the sentence that dates the walkout", cands[0].text)
	}
}
