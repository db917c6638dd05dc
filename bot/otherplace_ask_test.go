package bot_test

import (
	"strings"
	"testing"
)

// TestWhereInIsAnotherPlace: "where in Ostland" is answered by the
// districts a sentence names, not by one that names only Ostland.
func TestWhereInIsAnotherPlace(t *testing.T) {
	body := `Most of the macadamia crop in Ostland is grown for export, the growers' association said in Ostland.

Ostland's macadamia crop is grown mostly on estates and smallholder plots around Thyolo and Mulanje, where the rains come earliest.
`
	b := docsBot(t, map[string]string{"doc.md": article("Wire One", "2026-03-04", "Macadamias", body)})
	checkFirstExcerpts(t, b, []firstExcerptCase{
		{"Where in Ostland is most of the macadamia crop grown?", "Thyolo", "association"},
	}, func(first string) bool { return len(first) <= 400 && strings.Contains(body, first) })
}
