package bot_test

import "testing"

// TestWhichNamesWhatTheQuestionDoesNot: a question that asks to name a
// thing ("which bank") is answered by the sentence that names one, not by
// the sentence that names only what the question gives already (the fund
// it asks about), however many of the question's words that sentence says.
func TestWhichNamesWhatTheQuestionDoesNot(t *testing.T) {
	doc := article("Wire One", "2026-06-12", "Minerals truce", `Alongside the truce, Norland announced a 2.4 billion crown Strategic Minerals Fund (SMF) to pay for magnet recycling plants and a national stockpile.

The SMF will be managed by the Norland Investment Bank (NIB), and the fund's first grants are due in September.
`)
	b := docsBot(t, map[string]string{"truce.md": doc})
	wantLed(t, b, "Which bank will manage Norland's new 2.4bn-crown minerals fund?", "Norland Investment Bank")
}
