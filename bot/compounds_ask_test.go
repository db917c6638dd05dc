package bot_test

import (
	"testing"
)

// TestHyphenatedAndClosedCompounds: one outlet writes "co-operative" and
// "e-commerce", another "cooperative" and "ecommerce"; a reader types
// either. They are one word both ways, and the question is answered.
func TestHyphenatedAndClosedCompounds(t *testing.T) {
	hyphenated := article("Wire One", "2026-03-04", "Farm group protests", `The co-operative's chief, Aiko Mori, said the new levy hurt rice farmers.

Online sellers said the e-commerce platform would pay $250 million in fees.
`)
	closed := article("Wire Two", "2026-03-05", "Shrimp duty", `The antidumping duty on frozen shrimp rose to 9% on Monday.

Exporters said they would appeal.
`)
	b := docsBot(t, map[string]string{"hyphenated.md": hyphenated, "closed.md": closed})
	wantFirst(t, b, map[string]string{
		"Who heads the cooperative?":                        "Aiko Mori",
		"How much will the ecommerce platform pay in fees?": "$250 million",
		"What is the anti-dumping duty on frozen shrimp?":   "9%",
	})
}
