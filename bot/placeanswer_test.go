package bot_test

import (
	"strings"
	"testing"
)

// TestPlaceNamedByTheRest: a question that names a country in full
// ("the Czech Republic") is answered by coverage that names it by the
// rest of its name ("Czech glass"), not refused as asking about a name
// the coverage never writes.
func TestPlaceNamedByTheRest(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{"glass.md": `---
id: glass
title: Glassmakers weigh US duty
published: 2025-08-14
---

About 12% of Czech glass exports go to the United States, the industry association said.

Most of the country's glassworks are in the Liberec region.
`})
	a := ask(t, b, "What share of the Czech Republic's glass exports ends up in the US?")
	if !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "12%") {
		t.Errorf("covered %v, excerpts %+v; want the one giving 12%%", a.Covered, a.Excerpts)
	}
}
