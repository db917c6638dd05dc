package bot_test

import "testing"

// TestAskSizeByFigure checks that "how big" is said by a figure, not by
// the word: a sentence that calls something a big step gives no size.
func TestAskSizeByFigure(t *testing.T) {
	b := storyBot(t, "Amman Wire", "Garment zones brace for US tariff",
		"Officials called the review a big step for the garment zones and their workforce.",
		"Exporters said orders for the winter season had already slowed.",
		"The garment zones' workforce stands at about 68,000, most of them migrant women.",
	)
	wantFirst(t, b, map[string]string{
		"How big is the garment zones' workforce?": "stands at about 68,000",
	})
}
