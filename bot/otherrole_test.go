package bot

import "testing"

// TestOtherRole: a sentence that names someone by another role than the
// one asked about ("Chief Financial Officer Ayumi Kuroda" for the chief
// executive) names no holder of it; one that says the role, or names
// nobody by a role, is left to the other checks.
func TestOtherRole(t *testing.T) {
	q := weighed("Who is Hoshida's chief executive?", 40, map[string]int{"hoshida": 12, "chief": 5, "executive": 3})
	if q.role != "chief executive" {
		t.Fatalf("role %q, want %q", q.role, "chief executive")
	}
	cache := newAnalysisCache(8)
	for text, want := range map[string]bool{
		`"Every car we ship now carries a cost," Chief Financial Officer Ayumi Kuroda said in Tokyo.`: true,
		"Deputy Foreign Minister Marco Bellini met the two companies on Monday.":                      true,
		"Hoshida Chief Executive Kenji Arima said the tariff cost ¥90 billion.":                       false,
		"Kenji Arima, who has run Hoshida since 2021, said the tariff cost ¥90 billion.":              false,
	} {
		e := cache.excerpt(text)
		ms := make([]float64, len(q.terms))
		for i := range q.terms {
			ms[i] = q.terms[i].match(&e.analysed)
		}
		if got := otherRole(&q, ms, &e.analysed, q.personNames(e)); got != want {
			t.Errorf("%q names another role: %v, want %v", text, got, want)
		}
	}
}
