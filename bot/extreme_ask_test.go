package bot_test

import "testing"

// TestAskExtreme checks that a question of the extreme is answered by the
// sentence that names it by another superlative than the question's, over
// one that gives the question's figures and words without one.
func TestAskExtreme(t *testing.T) {
	b := storyBot(t, "Andes Wire", "US duty hits Chilean walnuts",
		"Chilean walnut exports to the United States rose to 40,000 tonnes last year, a fifth of what the country sells abroad.",
		"Growers in the Maule valley said the 10% duty would cut prices at the farm gate.",
		"Germany remains the largest customer for Chilean walnuts, ahead of Italy and Spain.",
	)
	wantFirst(t, b, map[string]string{
		"Which country buys the most Chilean walnuts?": "Germany remains the largest customer",
	})
}
