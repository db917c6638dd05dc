package bot_test

import "testing"

// TestPlaceNamedByTheRest: a question that names a country in full
// ("the Czech Republic") is answered by coverage that names it by the
// rest of its name ("Czech glass"), not refused as asking about a name
// the coverage never writes.
func TestPlaceNamedByTheRest(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{"glass.md": article("Wire One", "2025-08-14", "Glassmakers weigh US duty", `
About 12% of Czech glass exports go to the United States, the industry association said.

Most of the country's glassworks are in the Liberec region.
`)})
	wantFirst(t, b, map[string]string{"What share of the Czech Republic's glass exports ends up in the US?": "12%"})
}
