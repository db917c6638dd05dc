package bot_test

import "testing"

// TestAskShareOf checks that a question of a share of something is
// answered by a percentage of it ("about 11% of Czech glass exports"),
// over a sentence with other percentages and more of the question's
// words.
func TestAskShareOf(t *testing.T) {
	b := storyBot(t, "Prague Wire", "US tariff hits Czech glass",
		"Before the tariff, most of the Czech Republic's glass exports entered the United States at duties of between 3% and 7.5%.",
		"Workshops in the north said orders had slowed since the summer.",
		"The United States buys about 11% of Czech glass exports.",
	)
	wantFirst(t, b, map[string]string{
		"What portion of the Czech Republic's glass exports ends up in the US?": "about 11% of Czech glass exports",
	})
}
