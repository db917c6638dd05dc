package bot_test

import "testing"

// TestPeopleNameTheirCountry: a question that names a country by its
// people's noun ("Aussie", "Swedes") is answered by coverage that names
// the country, not refused as asking about a name it never writes.
func TestPeopleNameTheirCountry(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{"lamb.md": article("Wire One", "2025-08-12", "US duty on lamb", `
The United States will impose an additional 18% tariff on lamb and mutton from Australia from September 1.

Sweden's pulp mills will pay a 15% tariff on board shipped to the United States.
`)})
	wantFirst(t, b, map[string]string{
		"What extra duty is the US slapping on Aussie lamb?": "18%",
		"What tariff do Swedes pay on board?":                "15%",
	})
}
