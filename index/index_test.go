package index_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

func embeddedPassages(tb testing.TB) ([]string, []corpus.Passage) {
	tb.Helper()
	docs, skipped := corpus.Load(corpus.Embedded())
	if len(skipped) > 0 {
		tb.Fatalf("skipped: %+v", skipped)
	}
	var ids []string
	var ps []corpus.Passage
	for _, d := range docs {
		ids = append(ids, d.ID)
		ps = append(ps, d.Passages()...)
	}
	return ids, ps
}

// paragraphCount is how many paragraphs ps come from.
func paragraphCount(ps []corpus.Passage) int {
	seen := map[string]bool{}
	for _, p := range ps {
		seen[p.DocID+"/"+strconv.Itoa(p.Paragraph)] = true
	}
	return len(seen)
}

func hitPassages(hits []index.Hit) []corpus.Passage {
	ps := make([]corpus.Passage, len(hits))
	for i, h := range hits {
		ps[i] = h.Passage
	}
	return ps
}

// openWith puts ps in a new temporary index, closed when the test ends.
func openWith(tb testing.TB, ids []string, ps []corpus.Passage) *index.Index {
	tb.Helper()
	ix, err := index.Open("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	if err := ix.Put(context.Background(), ids, ps); err != nil {
		tb.Fatal(err)
	}
	return ix
}

func TestBuildAndSearch(t *testing.T) {
	ctx := context.Background()
	ids, ps := embeddedPassages(t)
	ix := openWith(t, ids, ps)
	n, err := ix.Count()
	if want := paragraphCount(ps); err != nil || n != uint64(want) {
		t.Fatalf("Count = %d, %v; want %d paragraphs", n, err, want)
	}

	t.Run("StemmedMatch", func(t *testing.T) {
		// "reviewing" and "agencies" stem to the forms in the text.
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "JBIC reviewing projects"}}, Size: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || !strings.Contains(hits[0].Context, "JBIC") {
			t.Fatalf("top hit = %+v, want the paragraph on NEXI and JBIC", hits)
		}
		// A paragraph's sentences come together, in order, with its score.
		for i, h := range hits[1:] {
			if h.Paragraph == hits[i].Paragraph && h.DocID == hits[i].DocID && (h.Sentence != hits[i].Sentence+1 || h.Score != hits[i].Score) {
				t.Errorf("hit %d: sentence %d (%.3f) after sentence %d (%.3f) of the same paragraph", i+1, h.Sentence, h.Score, hits[i].Sentence, hits[i].Score)
			}
		}
		h := hits[0]
		if h.DocID == "" || h.Paragraph == 0 || h.Title == "" || h.Publisher != "JAPAN Forward" || h.Context == "" {
			t.Errorf("hit lost its citation: %+v", h.Passage)
		}
	})
	t.Run("Phrase", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "upper house majority", Phrase: true}}, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if n := paragraphCount(hitPassages(hits)); n != 2 {
			t.Fatalf("got hits from %d paragraphs, want the paragraph in both editions", n)
		}
	})
	t.Run("SectionField", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "section", Text: "domestic pressure"}}, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.Section != "Domestic Pressure on Ishiba" {
				t.Errorf("hit from section %q", h.Section)
			}
		}
		if len(hits) == 0 {
			t.Error("no hits in section")
		}
	})
	t.Run("NoMatch", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "baseball"}}})
		if err != nil || len(hits) != 0 {
			t.Errorf("hits = %v, err = %v; want none", hits, err)
		}
	})
	t.Run("ReplaceDocument", func(t *testing.T) {
		doc, err := corpus.Parse("x.md", []byte("---\nid: "+ids[0]+"\ntitle: Replaced\n---\n\nOnly one sentence about baseball now.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Put(ctx, []string{doc.ID}, doc.Passages()); err != nil {
			t.Fatal(err)
		}
		hits, _ := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "doc_id", Text: ids[0]}}, Size: 100})
		if len(hits) != 1 || hits[0].Title != "Replaced" {
			t.Errorf("after replace, doc has %d passages: %+v", len(hits), hits)
		}
	})
	t.Run("ReplacedParagraphReadAnew", func(t *testing.T) {
		// A search keeps the paragraphs it read; one indexed again with
		// the same id but other words must not come back as it was.
		for _, text := range []string{"Baseball season opens in Tokyo.", "Baseball season opens in Osaka."} {
			doc, err := corpus.Parse("x.md", []byte("---\nid: "+ids[0]+"\ntitle: Replaced\n---\n\n"+text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.Put(ctx, []string{doc.ID}, doc.Passages()); err != nil {
				t.Fatal(err)
			}
			hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "baseball season"}}})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 || hits[0].Text != text {
				t.Errorf("after indexing %q, hits = %+v", text, hitPassages(hits))
			}
		}
	})
}

func TestQueryFeatures(t *testing.T) {
	ctx := context.Background()
	ids, ps := embeddedPassages(t)
	// Tag the passages as the bot would, by hand: the index only stores
	// and searches what it is given.
	for i := range ps {
		if strings.Contains(ps[i].Text, "Section 232") {
			ps[i].Topics = []string{"tariffs"}
		}
		if strings.Contains(ps[i].Text, "NEXI [") {
			ps[i].Aliases = []corpus.Alias{{Name: "NEXI", Meaning: "Nippon Export and Investment Insurance"}}
		}
	}
	ix := openWith(t, ids, ps)
	if err := ix.PutSynonyms(ctx, [][]string{{"chips", "semiconductors"}, {"armed", "defense"}}); err != nil {
		t.Fatal(err)
	}

	t.Run("CountIgnoresSynonyms", func(t *testing.T) {
		n, err := ix.Count()
		if want := paragraphCount(ps); err != nil || n != uint64(want) {
			t.Errorf("Count = %d, %v; want %d paragraphs", n, err, want)
		}
	})
	t.Run("Synonyms", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "chips"}}, Size: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || !strings.Contains(hits[0].Text, "semiconductors") {
			t.Errorf("chips found %+v, want a passage on semiconductors", hits)
		}
		if hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "armed"}}}); err != nil || len(hits) == 0 {
			t.Errorf("armed found %d hits, %v; want the defense passages", len(hits), err)
		}
	})
	t.Run("RequiredClause", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{
			{Field: "topics", Text: "tariffs", Required: true},
			{Text: "negotiation"},
		}, Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Fatal("no hits")
		}
		// Hits are the sentences of paragraphs with a tagged sentence;
		// each sentence keeps its own tags.
		tagged := map[string]bool{}
		for _, h := range hits {
			tagged[h.DocID+"/"+strconv.Itoa(h.Paragraph)] = tagged[h.DocID+"/"+strconv.Itoa(h.Paragraph)] || len(h.Topics) > 0
			if want := strings.Contains(h.Text, "Section 232"); want != (len(h.Topics) == 1 && h.Topics[0] == "tariffs") {
				t.Errorf("hit %s has topics %v", h.ID, h.Topics)
			}
		}
		for para, ok := range tagged {
			if !ok {
				t.Errorf("paragraph %s has no sentence on the topic", para)
			}
		}
		if !strings.Contains(hits[0].Context, "negotiation") {
			t.Errorf("optional clause should rank: first hit's paragraph %q", hits[0].Context)
		}
	})
	t.Run("Aliases", func(t *testing.T) {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "aliases", Text: "what is NEXI"}}, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		var defining []index.Hit
		for _, h := range hits {
			if len(h.Aliases) > 0 {
				defining = append(defining, h)
			}
		}
		if paragraphCount(hitPassages(hits)) != 1 || len(defining) != 1 || defining[0].Aliases[0].Meaning != "Nippon Export and Investment Insurance" {
			t.Errorf("alias search found %+v", hits)
		}
	})
	t.Run("TermCounts", func(t *testing.T) {
		got, err := ix.TermCounts(ctx, []string{"tariffs", "the", "baseball", "Ishiba", "75-year-old"})
		if err != nil {
			t.Fatal(err)
		}
		if got[0] < 2 || got[1] != -1 || got[2] != 0 || got[3] < 2 || got[4] < 2 {
			t.Errorf("TermCounts = %v, want [≥2 -1 0 ≥2 ≥2]", got)
		}
	})
	t.Run("ShorterThesaurus", func(t *testing.T) {
		if err := ix.PutSynonyms(ctx, [][]string{{"chips", "semiconductors"}}); err != nil {
			t.Fatal(err)
		}
		// Another thesaurus starts the index over: the coverage is put
		// again, as Sync does at a start.
		if n, err := ix.Count(); err != nil || n != 0 {
			t.Errorf("Count after another thesaurus = %d, %v; want 0 until the coverage is put again", n, err)
		}
		if err := ix.Put(ctx, ids, ps); err != nil {
			t.Fatal(err)
		}
		n, err := ix.Count()
		if want := paragraphCount(ps); err != nil || n != uint64(want) {
			t.Errorf("Count = %d, %v; want %d paragraphs", n, err, want)
		}
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "armed"}}})
		if err != nil || len(hits) != 0 {
			t.Errorf("a dropped synonym still matches: %d hits, %v", len(hits), err)
		}
	})
}
