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

// TestWireBoilerplate: the credit lines and calls to action outlets add
// to a story are not read as part of it: "Reporting by … in Tokyo" had
// answered where the rice would go, and "Read more: Markets brace …" what
// markets brace for.
func TestWireBoilerplate(t *testing.T) {
	doc := article("Wire One", "2025-09-08", "Japan to buy more US rice", `Japan will raise its purchases of US rice by 75% within its existing tariff-free quota, the farm ministry said on Monday.

Read more: Markets brace for a busy week of data

The larger US share starts with the tenders for the fiscal year beginning in April 2026.

Reporting by Kenji Sato in Tokyo and Maria Lopez in Washington; Additional reporting by Tom Reed; Editing by Jane Hill

Sign up here for our daily newsletter on trade and markets.

Our Standards: The Thomson Reuters Trust Principles.
`)
	b := docsBot(t, map[string]string{"rice.md": doc})
	for _, q := range []string{"Where will the extra US rice go?", "How many buyers signed up?", "What markets brace for data?", "Who reported from Washington?"} {
		a := ask(t, b, q)
		for _, e := range append(a.Excerpts, a.More...) {
			for _, boiler := range []string{"Reporting by", "Sign up", "Our Standards", "Read more", "Markets brace"} {
				if strings.Contains(e.Text, boiler) {
					t.Errorf("%q: excerpt %q; want no credit line or call to action", q, e.Text)
				}
			}
		}
	}
}
