package bot_test

import (
	"strings"
	"testing"
)

// TestWireParagraphs: in wire copy, which gives each sentence a paragraph
// of its own, a sentence that opens by referring back ("She is tipped to
// … succeed him") is read with the sentence before it, as it is when both
// share a paragraph: the question was refused, "Ishiba" being only in the
// paragraph before.
func TestWireParagraphs(t *testing.T) {
	const (
		first  = "Ishiba beat the hardline conservative Sanae Takaichi in a party runoff in 2024."
		second = "She is widely tipped to run again in the race to succeed him."
	)
	rest := `

Prime Minister Shigeru Ishiba said on Sunday that he would step down after his party lost its majority in the upper house.

The party will hold a leadership election in October, officials said.

The yen weakened after the announcement, and shares in exporters rose.
`
	for name, body := range map[string]string{
		"one paragraph": first + " " + second + rest,
		"two":           first + "\n\n" + second + rest,
	} {
		b := docsBot(t, map[string]string{"ishiba.md": article("Wire One", "2025-09-08", "Ishiba to step down", body)})
		a := ask(t, b, "Who might succeed Ishiba?")
		if !a.Covered || a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, first+" "+second) {
			t.Errorf("%s: covered %v, partial %v, excerpts %+v; want %q first", name, a.Covered, a.Partial, a.Excerpts, first+" "+second)
		}
	}
}
