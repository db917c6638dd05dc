package bot_test

import "testing"

// TestAskGovernmentByCapital: a question that names a government by its
// capital, where the coverage writes the capital elsewhere, is answered
// by the sentence in which the country acts, not by one that only
// quotes the capital's name.
func TestAskGovernmentByCapital(t *testing.T) {
	doc := article("Northern Ledger", "2026-05-14", "Canada and Chile conclude trade pact", `Canada and Chile concluded negotiations on a trade pact in Santiago on Monday, May 11, after two years of talks.

The chief negotiator said the talks resumed in February after a long freeze. "Ottawa wanted five years, Santiago wanted ten," he said.

Farm groups in both countries welcomed the pact. Canadian canola growers expect to sell more seed to Chile.

Chile's copper exports to Canada rose 4% last year, the mining ministry said.
`)
	b := docsBot(t, map[string]string{"a.md": doc})
	wantLed(t, b, "When did Ottawa and Santiago conclude the negotiations?", "May 11")
}
