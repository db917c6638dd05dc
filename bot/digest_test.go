package bot_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
)

// readDoc parses one document of testdata.
func readDoc(tb testing.TB, name string) corpus.Document {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := corpus.Parse(name, data)
	if err != nil {
		tb.Fatalf("parse %s: %v", name, err)
	}
	return doc
}

var day = time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC)

// assertVerbatim fails unless e quotes a passage of its cited document.
func assertVerbatim(t *testing.T, docs []corpus.Document, what string, e bot.Excerpt) {
	t.Helper()
	for _, d := range docs {
		if d.ID != e.DocID {
			continue
		}
		for _, p := range d.Passages() {
			// An excerpt is a sentence or, when it refers back, the two
			// sentences of its paragraph it needs: verbatim either way.
			if p.Paragraph == e.Paragraph && strings.Contains(p.Context, e.Text) {
				return
			}
		}
	}
	t.Errorf("%s %q is not a passage of %s ¶%d", what, e.Text, e.DocID, e.Paragraph)
}

func TestDigestEmbeddedCoverage(t *testing.T) {
	docs := bottest.Embedded(t)
	d, err := bottest.Digester(t, docs).Digest(context.Background(), day, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Date.Equal(day) {
		t.Errorf("Date = %v, want %v", d.Date, day)
	}

	t.Run("NewCoverageFoldsEditions", func(t *testing.T) {
		if len(d.New) != 1 {
			t.Fatalf("got %d new coverage entries, want 1 (two editions of one article): %+v", len(d.New), d.New)
		}
		c := d.New[0]
		if c.Title != docs[0].Title || c.Publisher != "JAPAN Forward" {
			t.Errorf("got %q by %q", c.Title, c.Publisher)
		}
		if want := []string{"original", "rewrite"}; !slices.Equal(c.Editions, want) {
			t.Errorf("Editions = %v, want %v", c.Editions, want)
		}
		assertVerbatim(t, docs, "lead", c.Lead)
	})

	t.Run("KeyFigures", func(t *testing.T) {
		values := map[string]bot.Figure{}
		for _, f := range d.Figures {
			if _, dup := values[f.Value]; dup {
				t.Errorf("figure %q listed twice", f.Value)
			}
			values[f.Value] = f
			assertVerbatim(t, docs, "figure "+f.Value, f.Excerpt)
			if !strings.Contains(f.Text, f.Value) {
				t.Errorf("figure %q not in its sentence %q", f.Value, f.Text)
			}
		}
		for value, label := range map[string]string{
			"$550 billion":                    "Investment framework",
			"from $14 billion to $17 billion": "Annual defense imports",
			"$100 billion":                    "SoftBank's commitment to the US tech sector",
			"$26 billion":                     "Nippon Steel's expansion",
		} {
			f, ok := values[value]
			if !ok {
				t.Errorf("figure %q missing; got %v", value, d.Figures)
				continue
			}
			if f.Label != label {
				t.Errorf("figure %q label = %q, want %q", value, f.Label, label)
			}
			if len(f.AlsoIn) != 1 || f.AlsoIn[0].Edition == f.Edition {
				t.Errorf("figure %q: AlsoIn = %v, want the other edition", value, f.AlsoIn)
			}
		}
		if _, ok := values["$17 billion"]; ok {
			t.Error("$17 billion listed alone as well as in its range")
		}
	})

	t.Run("OpenQuestions", func(t *testing.T) {
		if len(d.Questions) == 0 {
			t.Fatal("no open questions")
		}
		var clause, fund int
		for _, q := range d.Questions {
			assertVerbatim(t, docs, "question", q)
			if strings.Contains(q.Text, "Section 232") {
				clause++
			}
			if strings.Contains(q.Text, "mechanism behind the fund") {
				fund++
			}
		}
		if clause != 1 || fund != 1 {
			t.Errorf("the safety clause question appears %d times and the fund one %d times, want once each: %v", clause, fund, d.Questions)
		}
	})

	t.Run("ByTopic", func(t *testing.T) {
		var got []string
		for _, l := range d.Topics {
			got = append(got, l.Topic)
			if l.Covered {
				assertVerbatim(t, docs, "topic "+l.Topic, l.Excerpt)
			}
		}
		if len(got) < 3 || !slices.Equal(got[:3], []string{"tariffs", "fund", "politics"}) {
			t.Errorf("topics = %v, want tariffs, fund, politics first", got)
		}
	})

	t.Run("Documents", func(t *testing.T) {
		if len(d.Documents) != len(docs) {
			t.Errorf("Documents = %v, want every document's id", d.Documents)
		}
	})
}

func TestDigestNewCoverageSinceLastDigest(t *testing.T) {
	old := bottest.Embedded(t)
	update := readDoc(t, "tariff-update.md")
	docs := append(slices.Clone(old), update)
	dg := bottest.Digester(t, docs)
	var seen []string
	for _, d := range old {
		seen = append(seen, d.ID)
	}

	t.Run("OnlyTheNewDocument", func(t *testing.T) {
		d, err := dg.Digest(context.Background(), day, seen)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.New) != 1 || d.New[0].DocIDs[0] != update.ID {
			t.Fatalf("New = %+v, want only %s", d.New, update.ID)
		}
		if lead := d.New[0].Lead.Text; !strings.HasPrefix(lead, "Washington published") {
			t.Errorf("lead = %q", lead)
		}
		if len(d.Figures) == 0 || !d.Figures[0].New || d.Figures[0].DocID != update.ID {
			t.Fatalf("first figure = %+v, want a new one from %s", d.Figures[0], update.ID)
		}
		labels := map[string]string{}
		for _, f := range d.Figures {
			labels[f.Value] = f.Label
			if f.New != (f.DocID == update.ID) {
				t.Errorf("figure %q from %s: New = %v", f.Value, f.DocID, f.New)
			}
		}
		if labels["15%"] != "Tariff on Japanese cars" || labels["¥1.5 trillion"] != "Toyota's investment plan" {
			t.Errorf("labels = %q", labels)
		}
		if !slices.ContainsFunc(d.Questions, func(q bot.Excerpt) bool { return q.DocID == update.ID }) {
			t.Errorf("the new document's open question is missing: %v", d.Questions)
		}
	})

	t.Run("SameFigureInNewDocumentIsNotRepeated", func(t *testing.T) {
		d, err := dg.Digest(context.Background(), day, seen)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range d.Figures {
			if f.Value == "$550 billion" && (f.DocID == update.ID || !slices.ContainsFunc(f.AlsoIn, func(c corpus.Citation) bool { return c.DocID == update.ID })) {
				t.Errorf("$550 billion: cited %s, also in %v; want the first mention, also in %s", f.DocID, f.AlsoIn, update.ID)
			}
		}
	})

	t.Run("NothingNew", func(t *testing.T) {
		d, err := dg.Digest(context.Background(), day, append(seen, update.ID))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.New) != 0 {
			t.Errorf("New = %+v, want none", d.New)
		}
		for _, f := range d.Figures {
			if f.New {
				t.Errorf("figure %q marked new", f.Value)
			}
		}
	})
}

func TestDigestFigureLabels(t *testing.T) {
	tests := []struct {
		sentence    string
		value, want string
	}{
		{"The deal includes an ambitious $550 billion investment framework and more.", "$550 billion", "Investment framework"},
		{"Imports are increasing from $14 billion to $17 billion.", "from $14 billion to $17 billion", "Imports"},
		{"Annual defense imports are increasing from $14 billion to $17 billion.", "from $14 billion to $17 billion", "Annual defense imports"},
		{"Chou cited SoftBank's $100 billion commitment to the US tech sector.", "$100 billion", "SoftBank's commitment to the US tech sector"},
		{"Japan will pay tariffs of 15 percent on most goods.", "15 percent", "Tariffs"},
		{"The tariff rate of 15 per cent applies to most goods.", "15 per cent", "Tariff rate"},
		{"Rice imports may rise by 75% under the deal.", "75%", "Rice imports"},
		{"The program received a US$3bn injection.", "US$3bn", "Injection"},
		{"A ¥10 trillion package was approved.", "¥10 trillion", "Package"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			doc, err := corpus.Parse("case.txt", []byte("Case\n\n"+tt.sentence+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			d, err := bottest.Digester(t, []corpus.Document{doc}).Digest(context.Background(), day, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Figures) != 1 {
				t.Fatalf("got figures %+v, want one", d.Figures)
			}
			if f := d.Figures[0]; f.Value != tt.value || f.Label != tt.want {
				t.Errorf("got %q labelled %q, want %q labelled %q", f.Value, f.Label, tt.value, tt.want)
			}
		})
	}
}

// askFunc answers AskTopic with a function, for the cases a real index
// cannot produce: failures and one passage ranked best for every topic.
type askFunc func(topic, question string) (bot.Answer, error)

func (f askFunc) AskTopic(_ context.Context, topic, question string) (bot.Answer, error) {
	return f(topic, question)
}

func TestDigestTopics(t *testing.T) {
	docs := bottest.Embedded(t)
	ps := docs[0].Passages()
	excerpt := func(i int) bot.Excerpt { return bot.Excerpt{Text: ps[i].Text, Citation: ps[i].Citation} }

	t.Run("RepeatedPassageTakesTheNext", func(t *testing.T) {
		ask := askFunc(func(topic, _ string) (bot.Answer, error) {
			if topic != "tariffs" && topic != "fund" {
				return bot.Answer{Text: "The coverage doesn't say."}, nil
			}
			return bot.Answer{Covered: true, Excerpts: []bot.Excerpt{excerpt(0), excerpt(1)}}, nil
		})
		d, err := bot.NewDigester(bottest.Library(docs), ask).Digest(context.Background(), day, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Topics) != 3 {
			t.Fatalf("got %d topic lines, want the 3 core ones: %+v", len(d.Topics), d.Topics)
		}
		if d.Topics[0].Excerpt.Text != ps[0].Text || d.Topics[1].Excerpt.Text != ps[1].Text {
			t.Errorf("tariffs and fund lines = %q, %q; want the first two passages", d.Topics[0].Excerpt.Text, d.Topics[1].Excerpt.Text)
		}
		if p := d.Topics[2]; p.Topic != "politics" || p.Covered {
			t.Errorf("politics line = %+v, want present and not covered", p)
		}
	})

	t.Run("TopicOnlyQueryFirst", func(t *testing.T) {
		var asked []string
		ask := askFunc(func(topic, question string) (bot.Answer, error) {
			asked = append(asked, topic+":"+question)
			return bot.Answer{Covered: true, Excerpts: []bot.Excerpt{excerpt(len(asked))}}, nil
		})
		if _, err := bot.NewDigester(bottest.Library(docs), ask).Digest(context.Background(), day, nil); err != nil {
			t.Fatal(err)
		}
		for _, a := range asked {
			if !strings.HasSuffix(a, ":") {
				t.Errorf("asked %q: a topic answering on its own needs no question", a)
			}
		}
	})

	t.Run("Error", func(t *testing.T) {
		boom := errors.New("index closed")
		ask := askFunc(func(string, string) (bot.Answer, error) { return bot.Answer{}, boom })
		_, err := bot.NewDigester(bottest.Library(docs), ask).Digest(context.Background(), day, nil)
		if !errors.Is(err, boom) {
			t.Errorf("err = %v, want %v", err, boom)
		}
	})
}

func TestDigestFigureIdentity(t *testing.T) {
	var docs []corpus.Document
	for i, text := range []string{
		"Wire A\n\nThe program received a US$3bn injection from Tokyo.\n",
		"Wire B\n\nTokyo gave the program a $3 billion injection on Monday.\n",
		"Wire C\n\nA separate $3 billion loan was agreed.\n",
	} {
		doc, err := corpus.Parse(strings.Repeat("x", i+1)+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	d, err := bottest.Digester(t, docs).Digest(context.Background(), day, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Figures) != 1 {
		t.Fatalf("got %d figures, want one for $3 billion: %+v", len(d.Figures), d.Figures)
	}
	f := d.Figures[0]
	if f.DocID != docs[0].ID || len(f.AlsoIn) != 1 || f.AlsoIn[0].DocID != docs[1].ID {
		t.Errorf("figure cited from %s, also in %v; want %s, also in %s only (the same injection, not the loan)", f.DocID, f.AlsoIn, docs[0].ID, docs[1].ID)
	}
}
