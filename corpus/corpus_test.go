package corpus_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

func TestParseFrontMatterAndHeadings(t *testing.T) {
	src := "---\nid: sample-1\ntitle: \"A “Sample” Title\"\npublisher: Example News\nauthor: Jane Roe\nurl: https://example.com/a\npublished: 2025-07-23\nedition: original\n---\n\nFirst paragraph.\n\n## Section One\n\nSecond paragraph, wrapped\nover two lines.\n\n## Section Two ##\n\nThird.\n"
	doc, err := corpus.Parse("sample.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.ID, "sample-1"; got != want {
		t.Errorf("ID = %q, want %q", got, want)
	}
	if got, want := doc.Title, `A "Sample" Title`; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	if doc.Publisher != "Example News" || doc.Author != "Jane Roe" || doc.URL != "https://example.com/a" || doc.Edition != "original" {
		t.Errorf("metadata = %+v", doc)
	}
	if want := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", doc.Published, want)
	}
	want := []corpus.Paragraph{
		{Number: 1, Section: "", Text: "First paragraph."},
		{Number: 2, Section: "Section One", Text: "Second paragraph, wrapped over two lines."},
		{Number: 3, Section: "Section Two", Text: "Third."},
	}
	if !reflect.DeepEqual(doc.Paragraphs, want) {
		t.Errorf("Paragraphs =\n%+v\nwant\n%+v", doc.Paragraphs, want)
	}
}

func TestParsePlainText(t *testing.T) {
	src := "The Headline Of The Piece\nThe first paragraph says something.\nA Short Heading\nThe second paragraph says more.\n"
	doc, err := corpus.Parse("notes/piece.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "The Headline Of The Piece" || doc.ID != "piece" {
		t.Errorf("Title, ID = %q, %q", doc.Title, doc.ID)
	}
	if len(doc.Paragraphs) != 2 || doc.Paragraphs[1].Section != "A Short Heading" {
		t.Errorf("Paragraphs = %+v", doc.Paragraphs)
	}
}

func TestTrailerRemoved(t *testing.T) {
	src := "---\ntitle: T\n---\n\nBody text here.\n\nRELATED:\n\nSome Other Headline\n\nTrump 's Tariff Blitz: Will Japan Fold or Fight?\n"
	doc, err := corpus.Parse("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 1 || doc.Paragraphs[0].Text != "Body text here." {
		t.Errorf("Paragraphs = %+v, want only the body", doc.Paragraphs)
	}
	t.Run("KeptWhenProseFollows", func(t *testing.T) {
		src := "---\ntitle: T\n---\n\nRelated:\n\nThis paragraph is real prose. It goes on for two sentences.\n"
		doc, err := corpus.Parse("t.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Paragraphs) != 2 {
			t.Errorf("Paragraphs = %+v, want both kept", doc.Paragraphs)
		}
	})
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Japan ‘s edge", "Japan's edge"},
		{"We don ‘t know how it ‘ll work", "We don't know how it'll work"},
		{"the two countries ‘ push", "the two countries' push"},
		{"a “safety clause” that", `a "safety clause" that`},
		{"Japan’s  \n\t edge", "Japan's edge"},
		{"dashes — stay – as published", "dashes — stay – as published"},
	}
	for _, tt := range tests {
		if got := corpus.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"USMidSentence", "These U.S. tariffs apply to steel. They may widen.",
			[]string{"These U.S. tariffs apply to steel.", "They may widen."}},
		{"USThenCapital", "U.S. Commerce Secretary Howard Lutnick spoke. He said so.",
			[]string{"U.S. Commerce Secretary Howard Lutnick spoke.", "He said so."}},
		{"USEndsSentence", "It has surpluses with the U.S. The deal is a model.",
			[]string{"It has surpluses with the U.S.", "The deal is a model."}},
		{"Title", "Mr. Chou spoke. Dr. Smith agreed.", []string{"Mr. Chou spoke.", "Dr. Smith agreed."}},
		{"Money", "It is a $550 billion framework. It is worth $1.5 billion more.",
			[]string{"It is a $550 billion framework.", "It is worth $1.5 billion more."}},
		{"QuoteEnds", `"This Japan deal is a model," Chou argued. "It works." He left.`,
			[]string{`"This Japan deal is a model," Chou argued.`, `"It works."`, "He left."}},
		{"Brackets", `"[US Commerce Secretary Howard] Lutnick has said so. [Minister Ryosei] Akazawa said NEXI [Nippon Export. Insurance] will review."`,
			[]string{`"[US Commerce Secretary Howard] Lutnick has said so.`, `[Minister Ryosei] Akazawa said NEXI [Nippon Export. Insurance] will review."`}},
		{"Question", "Will Japan fold? Nobody knows!", []string{"Will Japan fold?", "Nobody knows!"}},
		{"Initial", "J. Smith wrote it. Then he left.", []string{"J. Smith wrote it.", "Then he left."}},
		{"DecimalEnds", "It was set at 27.84%. Kurzeme Granula received 19.46%. Others pay $4.5bn. Officials agreed.",
			[]string{"It was set at 27.84%.", "Kurzeme Granula received 19.46%.", "Others pay $4.5bn.", "Officials agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corpus.SplitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEmbeddedCoverage(t *testing.T) {
	docs, skipped := corpus.Load(corpus.Embedded())
	if len(skipped) != 0 {
		t.Fatalf("skipped = %+v", skipped)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2 editions", len(docs))
	}
	editions := map[string]corpus.Document{}
	for _, d := range docs {
		editions[d.Edition] = d
		if d.Title != "Trade Deal Puts Japan–US Alliance on a New Economic and Strategic Footing" || d.Publisher != "JAPAN Forward" {
			t.Errorf("%s: title %q publisher %q", d.ID, d.Title, d.Publisher)
		}
		if d.URL != "" || !d.Published.IsZero() {
			t.Errorf("%s: URL %q / date %v invented", d.ID, d.URL, d.Published)
		}
		for _, p := range d.Paragraphs {
			for _, bad := range []string{"‘", "’", " 's", " 't", "RELATED", "Brazenness"} {
				if strings.Contains(p.Text, bad) {
					t.Errorf("%s ¶%d contains %q: %s", d.ID, p.Number, bad, p.Text)
				}
			}
		}
	}
	orig := editions["original"]
	sections := map[string]bool{}
	for _, p := range orig.Paragraphs {
		sections[p.Section] = true
	}
	for _, s := range []string{"Tariff Advantage Gives Japan an Edge", "Big Fund, Few Details", "Domestic Pressure on Ishiba", "FDI Signals Missed", "A Model Deal"} {
		if !sections[s] {
			t.Errorf("original edition lacks section %q", s)
		}
	}
	if _, ok := editions["rewrite"]; !ok {
		t.Error("no rewrite edition")
	}
}

func TestPassagesKeepCitation(t *testing.T) {
	docs, _ := corpus.Load(corpus.Embedded())
	for _, d := range docs {
		for _, p := range d.Passages() {
			if p.DocID != d.ID || p.Title != d.Title || p.Publisher != d.Publisher || p.Edition != d.Edition || p.Paragraph < 1 || p.Sentence < 1 {
				t.Fatalf("passage %s lost its citation: %+v", p.ID, p.Citation)
			}
			if len(p.Text) > corpus.MaxExcerpt {
				t.Errorf("passage %s is %d bytes", p.ID, len(p.Text))
			}
			if !strings.Contains(p.Context, p.Text) {
				t.Errorf("passage %s is not verbatim from its paragraph", p.ID)
			}
		}
	}
}

// TestPassagesBefore: a paragraph of one sentence that opens by referring
// back carries the sentence it refers back to (the last of the paragraph
// before); a longer paragraph, a sentence that names its subject, and a
// paragraph after a heading carry none.
func TestPassagesBefore(t *testing.T) {
	checkNeighbour(t, "Before", func(p corpus.Passage) string { return p.Before }, `---
title: "Ishiba to step down"
---

Ishiba beat Sanae Takaichi in a party runoff in 2024. He took office in October.

She is tipped to run again in the race to succeed him.

Takaichi has not said whether she will run.

They argued for days. The party split.

## Next steps

He will stay on until a successor is chosen.
`, map[string]string{
		"She is tipped to run again in the race to succeed him.": "He took office in October.",
		"Takaichi has not said whether she will run.":            "",
		"They argued for days.":                                  "",
		"He will stay on until a successor is chosen.":           "",
	})
}

// TestPassagesAfter: every sentence of a paragraph carries the first
// sentence of the paragraph after it in the same section; the last
// paragraph of a section, and of the document, carries none.
func TestPassagesAfter(t *testing.T) {
	checkNeighbour(t, "After", func(p corpus.Passage) string { return p.After }, `---
title: "Potash rate delayed"
---

The lower rate was pushed back. Importers were told on Monday.

Officials said customs needed time. They gave no date.

## Reaction

Farmers were angry.
`, map[string]string{
		"The lower rate was pushed back.":     "Officials said customs needed time.",
		"Importers were told on Monday.":      "Officials said customs needed time.",
		"Officials said customs needed time.": "",
		"They gave no date.":                  "",
		"Farmers were angry.":                 "",
	})
}

// checkNeighbour parses doc and checks, for each passage whose text want
// names, the neighbouring sentence field reads from it.
func checkNeighbour(t *testing.T, name string, field func(corpus.Passage) string, doc string, want map[string]string) {
	t.Helper()
	d, err := corpus.Parse("wire.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, p := range d.Passages() {
		w, ok := want[p.Text]
		if !ok {
			continue
		}
		seen++
		if got := field(p); got != w {
			t.Errorf("%q: %s %q, want %q", p.Text, name, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d passages checked", seen, len(want))
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("word ", 200)
	got := corpus.Clip(long, corpus.MaxExcerpt)
	if len(got) > corpus.MaxExcerpt || !strings.HasSuffix(got, "…") {
		t.Errorf("Clip gave %d bytes ending %q", len(got), got[len(got)-5:])
	}
	if got := corpus.Clip("short", 10); got != "short" {
		t.Errorf("Clip(short) = %q", got)
	}
}

func TestLoadSkipsBrokenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md":      {Data: []byte("---\nid: good\ntitle: Good\n---\n\nA fine paragraph.\n")},
		"bad-yaml.md":  {Data: []byte("---\ntitle: [unclosed\n---\n\nText.\n")},
		"no-close.md":  {Data: []byte("---\ntitle: x\n\nText.\n")},
		"empty.md":     {Data: []byte("  \n")},
		"binary.txt":   {Data: []byte("abc\x00def")},
		"latin1.txt":   {Data: []byte("Title\ncaf\xe9 au lait.\n")},
		"no-title.md":  {Data: []byte("---\nid: x\n---\n\nText.\n")},
		"bad-date.md":  {Data: []byte("---\ntitle: T\npublished: yesterday\n---\n\nText.\n")},
		"notes.json":   {Data: []byte("{}")},
		".hidden.md":   {Data: []byte("---\ntitle: Hidden\n---\n\nText.\n")},
		"zdup/good.md": {Data: []byte("---\nid: good\ntitle: Again\n---\n\nText.\n")},
	}
	docs, skipped := corpus.Load(fsys)
	if len(docs) != 1 || docs[0].ID != "good" {
		t.Fatalf("docs = %+v, want only good", docs)
	}
	reasons := map[string]string{}
	for _, s := range skipped {
		reasons[s.Path] = s.Reason
	}
	want := map[string]string{
		"bad-yaml.md":  "front matter",
		"no-close.md":  "no closing ---",
		"empty.md":     "empty file",
		"binary.txt":   "binary",
		"latin1.txt":   "UTF-8",
		"no-title.md":  "title is missing",
		"bad-date.md":  "published",
		"zdup/good.md": "duplicate id",
	}
	for path, frag := range want {
		if !strings.Contains(reasons[path], frag) {
			t.Errorf("%s: reason %q, want it to mention %q", path, reasons[path], frag)
		}
	}
	if len(skipped) != len(want) {
		t.Errorf("skipped %d files, want %d: %+v", len(skipped), len(want), skipped)
	}
}

func TestReadFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(path, []byte("Title\n"+strings.Repeat("x", corpus.MaxFileSize)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := corpus.ReadFile(os.DirFS(dir), "big.txt")
	if err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("err = %v, want a size-limit error", err)
	}
}

// TestTooManyPassages: a file within the size limit but of more than
// MaxPassages sentences is refused, and listed with the reason; one of
// 45,000 paragraphs of two sentences each loads.
func TestTooManyPassages(t *testing.T) {
	var over, long strings.Builder
	over.WriteString("---\ntitle: Many lines\n---\n\n")
	for range corpus.MaxPassages + 1 {
		over.WriteString("Tariffs rose.\n\n")
	}
	long.WriteString("---\ntitle: A long record\n---\n\n")
	for i := range 45000 {
		long.WriteString("Day " + strconv.Itoa(i) + ": the panel met. It agreed.\n\n")
	}
	docs, skipped := corpus.Load(fstest.MapFS{
		"over.md": {Data: []byte(over.String())},
		"long.md": {Data: []byte(long.String())},
	})
	if len(docs) != 1 || docs[0].Path != "long.md" || len(docs[0].Passages()) != 90000 {
		t.Errorf("loaded %d documents, want long.md with 90,000 passages", len(docs))
	}
	if len(skipped) != 1 || skipped[0].Path != "over.md" || !strings.Contains(skipped[0].Reason, "over the 100000-passage limit: split it") {
		t.Errorf("skipped %+v, want over.md with the passage limit as the reason", skipped)
	}
}
