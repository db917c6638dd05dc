package bot_test

import (
	"strings"
	"testing"
)

// TestSumNotFoldedIntoShares: a sentence that repeats most of another
// outlet's words but gives a sum of money the other does not is shown
// as its own excerpt, not folded into the other as the passage told
// twice.
func TestSumNotFoldedIntoShares(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"july.md": `---
id: july
title: Ports agree inspection terms
publisher: Harbour Wire
published: 2025-07-10
---

Chile will pay 60% of the cost of the port inspection programme, which runs at about $3.4 million a year, with the US covering the rest.
`,
		"sept.md": `---
id: sept
title: Final text raises Chile's share
publisher: Coastline Press
published: 2025-09-20
---

Chile will pay 75% of the cost of the port inspection programme, up from the 60% share reported in July.
`})
	a := ask(t, b, "What share of the port inspection programme's cost does Chile pay?")
	var texts []string
	for _, e := range a.Excerpts {
		texts = append(texts, e.Text)
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "75%") || !strings.Contains(all, "$3.4 million") {
		t.Errorf("excerpts %q; want both the 75%% share and, on its own, the $3.4 million sentence", texts)
	}
}
