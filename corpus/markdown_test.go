package corpus_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// parseBody parses a Markdown body under a minimal front matter.
func parseBody(tb testing.TB, body string) []corpus.Paragraph {
	tb.Helper()
	doc, err := corpus.Parse("doc.md", []byte("---\nid: doc\ntitle: T\n---\n\n"+body))
	if err != nil {
		tb.Fatalf("Parse: %v", err)
	}
	return doc.Paragraphs
}

// p is a paragraph numbered by its place in want.
type p struct{ section, text string }

func checkParagraphs(tb testing.TB, got []corpus.Paragraph, want []p) {
	tb.Helper()
	w := make([]corpus.Paragraph, len(want))
	for i, x := range want {
		w[i] = corpus.Paragraph{Number: i + 1, Section: x.section, Text: x.text}
	}
	if !reflect.DeepEqual(got, w) {
		tb.Errorf("Paragraphs =\n%+v\nwant\n%+v", got, w)
	}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []p
	}{
		{"HeadingThenText",
			"Lead.\n\n## Tariffs\nUnder the agreement, the rate falls to 15%.\n",
			[]p{{"", "Lead."}, {"Tariffs", "Under the agreement, the rate falls to 15%."}}},
		{"HeadingInsideABlock",
			"First line.\n## Tariffs\nUnder the agreement.\n### Cars ###\nAutos pay 15%.\n",
			[]p{{"", "First line."}, {"Tariffs", "Under the agreement."}, {"Cars", "Autos pay 15%."}}},
		{"SetextHeadings",
			"Deal Done\n=========\nThe text.\n\nWhat Next\n---\nMore text.\n",
			[]p{{"Deal Done", "The text."}, {"What Next", "More text."}}},
		{"Footnotes",
			"The fund is worth $550 billion.[^1] It starts in May.[^note]\n\n[^1]: Per the fact sheet.\n[^note]: Officials said so.\n",
			[]p{{"", "The fund is worth $550 billion. It starts in May."}, {"", "Per the fact sheet."}, {"", "Officials said so."}}},
		{"ListOfThree",
			"## Terms\nUnder the new rules:\n\n- Sprinklers are banned.\n- Pools need a permit.\n- Fines rise to $500.\n",
			[]p{{"Terms", "Under the new rules:"}, {"Terms", "Sprinklers are banned."}, {"Terms", "Pools need a permit."}, {"Terms", "Fines rise to $500."}}},
		{"ListInterruptsParagraph",
			"The main points are:\n* cars at 15%\n* rice left out\n",
			[]p{{"", "The main points are:"}, {"", "cars at 15%"}, {"", "rice left out"}}},
		{"OrderedLooseAndNestedList",
			"1. First point,\n   over two lines.\n\n   Its second paragraph.\n\n2. Second point.\n   - A detail of it.\n",
			[]p{{"", "First point, over two lines. Its second paragraph."}, {"", "Second point."}, {"", "A detail of it."}}},
		{"LinesWithoutBlankLines",
			"Officials met on Monday.\nThey agreed on a rate\nof 15 percent.\n\nA second paragraph.\n",
			[]p{{"", "Officials met on Monday. They agreed on a rate of 15 percent."}, {"", "A second paragraph."}}},
		{"HardLineBreaks",
			"One line  \nanother\\\nand a third.\n",
			[]p{{"", "One line another and a third."}}},
		{"Emphasis",
			"The *safety clause* is **key**, and __so__ is _this_ and ***that***.\n",
			[]p{{"", "The safety clause is key, and so is this and that."}}},
		{"Links",
			"See the [CVWA map](https://example.com/map \"Map\"), a [reference link][ref] and <https://example.com/x>.\n\n[ref]: https://example.com/ref\n",
			[]p{{"", "See the CVWA map, a reference link and https://example.com/x."}}},
		{"CodeSpansAndImages",
			"Run `dealbot ask` to check. ![A photo of the port](port.jpg)\n",
			[]p{{"", "Run dealbot ask to check."}}},
		{"EscapesAndReferences",
			"A \\*literal\\* star, AT&T, &amp; an &#8364;5 fee, &nbsp;and &bogus; stays.\n",
			[]p{{"", "A *literal* star, AT&T, & an €5 fee, and &bogus; stays."}}},
		{"BracketsThatAreNotLinks",
			"\"[US Commerce Secretary Howard] Lutnick has said so,\" he said.\n",
			[]p{{"", `"[US Commerce Secretary Howard] Lutnick has said so," he said.`}}},
		{"BlockQuote",
			"> \"This is a model,\" Chou said.\n> It will be copied.\n>\n> A second quoted paragraph.\n",
			[]p{{"", `"This is a model," Chou said. It will be copied.`}, {"", "A second quoted paragraph."}}},
		{"CodeBlocksKeptAsText",
			"Before.\n\n    An indented block of prose\n    over two lines.\n\n```\nfenced text\n```\n",
			[]p{{"", "Before."}, {"", "An indented block of prose over two lines."}, {"", "fenced text"}}},
		{"HTMLBlocksReadAsHTML",
			"<!-- an editor's note -->\n\n<p>A paragraph <b>in</b> HTML.</p>\n\n<script>var x = 1;</script>\n\nThe <span>inline</span> tags go,<br>their words stay.\n",
			[]p{{"", "A paragraph in HTML."}, {"", "The inline tags go, their words stay."}}},
		{"ThematicBreak",
			"Before.\n\n---\n\nAfter.\n",
			[]p{{"", "Before."}, {"", "After."}}},
		{"PipeTableOneRowAParagraph",
			"The new rates:\n\n| Country | Tariff | Effective |\n|---|---|---|\n| Japan | 15% | September 16 |\n| Switzerland | *39%* | |\n\nMore later.\n",
			[]p{{"", "The new rates:"}, {"", "Country: Japan; Tariff: 15%; Effective: September 16"}, {"", "Country: Switzerland; Tariff: 39%"}, {"", "More later."}}},
		{"HTMLTableOneRowAParagraph",
			"<table><caption>New rates</caption><tr><th>Country</th><th>Tariff</th></tr><tr><td>Japan</td><td>15%</td></tr><tr><td>Korea</td><td>15%</td></tr></table>\n",
			[]p{{"", "New rates"}, {"", "Country: Japan; Tariff: 15%"}, {"", "Country: Korea; Tariff: 15%"}}},
		{"TableWithoutHeadingRow",
			"<table><tr><td>Japan</td><td>15%</td></tr></table>\n",
			[]p{{"", "Japan; 15%"}}},
		{"TrailerOfHeadlinesAsAList",
			"Body text here.\n\nRELATED:\n\n- Some Other Headline\n- Trump's Tariff Blitz\n",
			[]p{{"", "Body text here."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkParagraphs(t, parseBody(t, tt.body), tt.want)
		})
	}
}

func TestMarkdownTitleFromHeading(t *testing.T) {
	for name, src := range map[string]string{
		"ATX":    "---\nid: a\n---\n# The Title\nFirst paragraph.\n",
		"Setext": "---\nid: a\n---\nThe Title\n=========\n\nFirst paragraph.\n",
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := corpus.Parse("a.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != "The Title" {
				t.Errorf("Title = %q, want %q", doc.Title, "The Title")
			}
			checkParagraphs(t, doc.Paragraphs, []p{{"", "First paragraph."}})
		})
	}
}

// TestMarkdownOddFiles: files no one meant to write load or are reported,
// never crash the loader.
func TestMarkdownOddFiles(t *testing.T) {
	// A list nested one level deeper on each line.
	nestedList := func(levels int) string {
		var b strings.Builder
		for i := range levels {
			b.WriteString(strings.Repeat("  ", i) + "- level\n")
		}
		return b.String()
	}
	tests := []struct {
		name    string
		body    string
		wantErr string // "" when the file must load
	}{
		{"BinaryBytes", "Text \x00\x01\x02 more.\n", "binary"},
		{"NotUTF8", "caf\xe9 \xff\xfe\n", "UTF-8"},
		{"ControlCharacters", "Text \x01\x02\x1b[31m red.\n", ""},
		{"OnlyHeadings", "# One\n## Two\n### Three\n", "no body text"},
		{"OnlyMarkup", "---\n\n***\n\n<!-- nothing -->\n\n![img](x.png)\n", "no body text"},
		{"UnclosedMarkup", "*open [link ( `code <b attr=\"\n\n```\nno closing fence\n", ""},
		// goldmark takes time quadratic in nesting depth; news never nests
		// more than a few levels, so deeper nesting is refused at once.
		{"NestedQuotes", strings.Repeat("> ", 16) + "Quoted.\n", ""},
		{"TooDeepQuotes", strings.Repeat("> ", 200000) + "Quoted.\n", "nesting too deep: line 6 opens 200000 block quotes"},
		{"NestedList", nestedList(64), ""},
		{"TooDeepList", nestedList(2000), "nesting too deep: line 71 is indented 130 columns"},
		{"NestedBrackets", strings.Repeat("[", 16) + "text" + strings.Repeat("]", 16) + "\n", ""},
		{"TooDeepBrackets", strings.Repeat("[", 100000) + "text" + strings.Repeat("]", 100000) + "\n", "link destinations open"},
		{"UnclosedLinks", strings.Repeat("[a](", 100000) + "\n", "link destinations open"},
		{"UnclosedLinksInSeparateParagraphs", strings.Repeat(strings.Repeat("[a](", 16)+"\n\n", 1000), ""},
		{"EscapedBrackets", strings.Repeat(`\[a\](`, 100000) + "\n", ""},
		{"Parentheses", strings.Repeat("(", 100000) + "\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := corpus.Parse("odd.md", []byte("---\nid: odd\ntitle: T\n---\n\n"+tt.body))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Parse: %v, want the file loaded", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Parse: error %v, want one mentioning %q", err, tt.wantErr)
			}
			for _, ps := range doc.Passages() {
				if !utf8.ValidString(ps.Text) || len(ps.Text) > corpus.MaxExcerpt {
					t.Errorf("bad passage %q", ps.Text)
				}
			}
		})
	}
	t.Run("AtTheSizeLimit", func(t *testing.T) {
		const n = 70000
		src := largeMarkdown(t, n)
		src = append(src, bytes.Repeat([]byte("\n"), corpus.MaxFileSize-len(src))...)
		doc, err := corpus.Parse("large.md", src)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Paragraphs) != n {
			t.Fatalf("got %d paragraphs, want %d", len(doc.Paragraphs), n)
		}
		last := doc.Paragraphs[n-1]
		if want := fmt.Sprintf("Part %d", (n-1)/20+1); last.Number != n || last.Section != want || !strings.HasPrefix(last.Text, fmt.Sprintf("Item %d:", n)) {
			t.Errorf("last paragraph = %+v, want ¶%d in %q", last, n, want)
		}
		if _, err := corpus.Parse("large.md", append(src, '\n')); err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("one byte over the limit: err = %v, want a size-limit error", err)
		}
	})
}

// TestMarkdownRoundTrip: a document saved with Markdown (as imported
// articles are) loads back with the same paragraphs and sections, however
// much its text looks like Markdown.
func TestMarkdownRoundTrip(t *testing.T) {
	texts := []string{
		"1. Not a list: the year 2025. began badly.",
		"2025. A year of tariffs.",
		"3) Nor this.",
		"# Not a heading",
		"## Nor this ##",
		"- Not a list item",
		"+5% in a year",
		"* Nor this",
		"> Not a quote",
		"--- not a rule",
		"***",
		"===",
		"~~~ not a fence",
		"``` nor this",
		"<div>Not HTML</div> and <b>this</b> <https://example.com/autolink>",
		"*Not emphasis* and _this_ and snake_case_name",
		"[Not a link](https://example.com) and ![not an image](x.png)",
		"[ref]: https://example.com/not-a-definition",
		"AT&T, &amp; as written, &#8364; and &copy; too",
		`A back\slash, a \*, and one at the end\`,
		"`not code`",
		"We're #1 in the ranking #",
		"a | table | row",
		"Dashes — stay – as published, $550 billion, 15%.",
	}
	var doc corpus.Document
	doc.ID, doc.Title = "round-trip", "Round *Trip* #1"
	for i, text := range texts {
		section := "Plain Section"
		if i%2 == 1 {
			section = "## A *Section* [with](markup) #"
		}
		doc.Paragraphs = append(doc.Paragraphs, corpus.Paragraph{Number: i + 1, Section: section, Text: text})
	}
	src := doc.Markdown()
	got, err := corpus.Parse("round-trip.md", src)
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, src)
	}
	if got.Title != doc.Title {
		t.Errorf("Title = %q, want %q", got.Title, doc.Title)
	}
	if !reflect.DeepEqual(got.Paragraphs, doc.Paragraphs) {
		for i := range max(len(got.Paragraphs), len(doc.Paragraphs)) {
			var g, w corpus.Paragraph
			if i < len(got.Paragraphs) {
				g = got.Paragraphs[i]
			}
			if i < len(doc.Paragraphs) {
				w = doc.Paragraphs[i]
			}
			if g != w {
				t.Errorf("paragraph %d = %+v, want %+v", i+1, g, w)
			}
		}
		t.Logf("saved as:\n%s", src)
	}
}
