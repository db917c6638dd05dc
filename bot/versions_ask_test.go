package bot_test

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

// TestNearDuplicateVersionNamed: two outlets' near-identical sentences
// that differ in the figure asked about are shown once, the other cited
// as also in, and the answer says the sources differ and what the other
// gives.
func TestNearDuplicateVersionNamed(t *testing.T) {
	b := docsBot(t, map[string]string{
		"a.md": article("Wire One", "2026-03-04", "Korea seals investment pact", "Korea will invest $350 billion in the United States, including $150 billion in cash, officials said.\n"),
		"b.md": article("Harbor Ledger", "2026-03-05", "Seoul agrees US investment", "Korea will invest $350 billion in the United States, including $200 billion in cash, officials said.\n"),
	})
	a := ask(t, b, "How much of Korea's investment will be in cash?")
	if !a.Covered || len(a.Excerpts) != 1 || len(a.Excerpts[0].AlsoIn) != 1 {
		t.Fatalf("want one excerpt citing the other outlet as also in: %+v", a)
	}
	other := map[string]string{"a": "Harbor Ledger gives $200 billion.", "b": "Wire One gives $150 billion."}[a.Excerpts[0].DocID]
	if !a.SourcesDiffer || !strings.HasPrefix(a.Text, "Sources differ. "+other) {
		t.Errorf("sources differ %v, text %q; want it to open %q", a.SourcesDiffer, a.Text, "Sources differ. "+other)
	}
}

// TestCurrencyCodeVersions: two outlets' near copies of one sentence with
// sums written in an ISO code ("ISK 5.2 billion", "ISK 6.5 billion") are
// two versions, each shown: read as no figures at all, they were folded
// as one sentence told twice.
func TestCurrencyCodeVersions(t *testing.T) {
	b := docsBot(t, map[string]string{
		"a.md": article("Wire One", "2025-08-12", "US raises tariff on Ruritanian fish", "The Ruritanian Fish Exporters' Association estimates that the 15% rate will cost its members about ISK 5.2 billion a year in lost sales and lower prices.\n"),
		"b.md": article("Harbor Ledger", "2025-09-19", "Ruritania presses Washington", "The Ruritanian Fish Exporters' Association estimates that the 15% tariff costs the industry ISK 6.5 billion a year.\n"),
	})
	wantAmongFirst(t, ask(t, b, "What does the exporters' association reckon the 15% rate costs the industry each year?"), "ISK 5.2 billion", "ISK 6.5 billion")
}

// wantAmongFirst fails the test unless the answer is covered and each
// of wants is in one of its first three excerpts.
func wantAmongFirst(t *testing.T, a bot.Answer, wants ...string) {
	t.Helper()
	var texts []string
	for _, e := range a.Excerpts[:min(3, len(a.Excerpts))] {
		texts = append(texts, e.Text)
	}
	all := strings.Join(texts, "\n")
	for _, w := range wants {
		if !a.Covered || !strings.Contains(all, w) {
			t.Errorf("want %q among the first excerpts: covered %v, %q", w, a.Covered, texts)
		}
	}
}

// TestFigureInWordsVersion: another outlet's near copy of a sentence that
// gives a figure in digits where the first gives it in words ("about 40%"
// against "roughly a third") is its version, shown, not the sentence told
// twice.
func TestFigureInWordsVersion(t *testing.T) {
	b := docsBot(t, map[string]string{
		"a.md": article("Wire One", "2025-10-14", "Ruritania wins kiwifruit deal", "Ruritania supplies roughly a third of the kiwifruit the United States imports, with most of the rest coming from Chile and Italy.\n"),
		"b.md": article("Harbor Ledger", "2025-10-15", "Kiwifruit growers cheer deal", "Ruritania supplies about 40% of US kiwifruit imports, ahead of Chile and Italy.\n"),
	})
	wantAmongFirst(t, ask(t, b, "What share of America's kiwifruit imports comes from Ruritania?"), "roughly a third", "about 40%")
}
