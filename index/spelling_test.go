package index_test

import (
	"context"
	"testing"
)

// TestSpelling: a slip finds the coverage's word within one or two edits,
// the most frequent when several are; a word with no near term, a short
// word and a term the index holds find nothing.
func TestSpelling(t *testing.T) {
	var c oneParagraphDocs
	c.add("a", "Japan pays a tariff of 15% on cars.")
	c.add("b", "The tariff cut takes effect in September.")
	c.add("c", "The tarot reader said nothing about trade.")
	c.add("d", "The investment fund is large.")
	ix := openWith(t, c.ids, c.ps)
	ctx := context.Background()
	for _, tc := range []struct {
		word, want string
		count      int
	}{
		{"tarrif", "tariff", 2},
		{"tarif", "tariff", 2},
		{"tarrifs", "tariff", 2},
		{"investmnet", "", 0}, // the stem drops the suffix the slip is in
		{"zebra", "", 0},
		{"cas", "", 0},
		{"tariff", "", 0},
	} {
		got, n, err := ix.Spelling(ctx, tc.word)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want || n != tc.count {
			t.Errorf("Spelling(%q) = %q, %d; want %q, %d", tc.word, got, n, tc.want, tc.count)
		}
	}
}
