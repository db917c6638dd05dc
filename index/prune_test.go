package index_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestSearchSmallIndexIsExhaustive: on a small index (the embedded
// coverage) a search scores every passage, so it finds exactly what an
// exhaustive search finds, with the same scores.
func TestSearchSmallIndexIsExhaustive(t *testing.T) {
	ids, ps := embeddedPassages(t)
	ix := openWith(t, ids, ps)
	for _, text := range []string{"tariff rate Japan pay", "who decides which projects the fund backs", "Ishiba pressure election"} {
		q := index.Query{Size: 40, Clauses: []index.Clause{
			{Text: text, Boost: 1},
			{Field: "aliases", Text: text, Boost: 0.1},
			{Field: "section", Text: text, Boost: 0.3},
		}}
		got, want := searchBoth(t, ix, q)
		if len(got) != len(want) || len(got) == 0 {
			t.Fatalf("%q: %d hits, exhaustive %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i].ID != want[i].ID || got[i].Score != want[i].Score {
				t.Fatalf("%q: hit %d is %s (%.4f), exhaustive %s (%.4f)", text, i, got[i].ID, got[i].Score, want[i].ID, want[i].Score)
			}
		}
	}
}

// TestSearchPrunesCommonWords: on a large index a passage that says only
// a common word of the query is not scored, while the passages that say
// its rarer words are found and ranked as by an exhaustive search.
func TestSearchPrunesCommonWords(t *testing.T) {
	ctx := context.Background()
	// "tariffs" is in every passage (too many to score them all), the
	// other words in a few.
	c := fillerDocs(3000)
	c.add("lumber", "Canada pays tariffs on lumber.")
	c.add("rice", "Rice imports face tariffs.")
	c.add("lumber2", "Lumber mills in Canada expect a slow year.")
	ix := openWith(t, c.ids, c.ps)

	q := index.Query{Size: 10, Clauses: []index.Clause{{Text: "tariffs Canada lumber"}}}
	got, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var gotIDs []string
	for _, h := range got {
		gotIDs = append(gotIDs, h.DocID)
	}
	if want := []string{"lumber", "lumber2"}; fmt.Sprint(gotIDs) != fmt.Sprint(want) {
		t.Errorf("pruned search found %v, want %v (only passages with a rare word)", gotIDs, want)
	}

	q.Exhaustive = true
	all, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 10 {
		t.Fatalf("exhaustive search found %d hits, want 10 (the fillers say tariffs)", len(all))
	}
	if all[0].DocID != "lumber" || all[0].Score != got[0].Score {
		t.Errorf("exhaustive best is %s (%.4f), pruned %s (%.4f): the passage saying every word should lead both with the same score",
			all[0].DocID, all[0].Score, got[0].DocID, got[0].Score)
	}

	// When every word is common, the rarest still leads the search.
	q = index.Query{Size: 5, Clauses: []index.Clause{{Text: "tariffs trade"}}}
	got, err = ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Errorf("all-common query found %d hits, want 5", len(got))
	}
}

// TestSearchPhraseOfAWordItNeeds: a phrase made of a word a paragraph must
// say anyway finds no other paragraph, so checking it only where that word
// is changes no hit; a phrase of other words still finds its own.
func TestSearchPhraseOfAWordItNeeds(t *testing.T) {
	var c oneParagraphDocs
	for i := range 300 {
		c.add(fmt.Sprintf("speech%03d", i), fmt.Sprintf("The prime minister spoke on trade, day %d.", i))
	}
	for i := range 5 {
		c.add(fmt.Sprintf("resign%d", i), "The minister may resign.")
	}
	for i := range 260 {
		c.add(fmt.Sprintf("chief%03d", i), fmt.Sprintf("The chief executive left, day %d.", i))
	}
	ix := openWith(t, c.ids, c.ps)
	q := index.Query{Size: 1000, Clauses: []index.Clause{
		{Text: "prime minister resign"},
		{Text: "prime minister", Phrase: true, Boost: 0.5},
		{Text: "chief executive", Phrase: true, Boost: 0.5},
	}}
	got, want := searchBoth(t, ix, q)
	set := func(hits []index.Hit) map[string]bool {
		m := map[string]bool{}
		for _, h := range hits {
			m[h.ID] = true
		}
		return m
	}
	if g, w := set(got), set(want); len(g) != len(w) || len(g) != 565 {
		t.Fatalf("found %d passages, exhaustive %d, want all 565", len(g), len(w))
	}
	if got[0].DocID != want[0].DocID {
		t.Errorf("best hit %s, exhaustive %s", got[0].DocID, want[0].DocID)
	}
}

// TestSearchPrunedNeverEmpty: when every word of a query is common, a
// pruned search is still driven by a word, not by a topic tag or a phrase
// whose words never stand together, and so finds what there is.
func TestSearchPrunedNeverEmpty(t *testing.T) {
	ctx := context.Background()
	var c oneParagraphDocs
	for i := range 3000 {
		var topics []string
		if i%2 == 0 {
			topics = []string{"tariffs"}
		}
		c.add(fmt.Sprintf("f%04d", i), fmt.Sprintf("Item %d on tariffs and trade.", i), topics...)
	}
	for i := range 20 {
		c.add(fmt.Sprintf("p%02d", i), "The prime cut of beef.")
		c.add(fmt.Sprintf("m%02d", i), "The minister spoke.")
	}
	ix := openWith(t, c.ids, c.ps)
	for name, clauses := range map[string][]index.Clause{
		"TopicWeighsMost": {{Text: "tariffs trade"}, {Field: "topics", Text: "tariffs", Boost: 5}},
		"PhraseNeverSaid": {{Text: "tariffs trade"}, {Text: "prime minister", Phrase: true}},
	} {
		t.Run(name, func(t *testing.T) {
			hits, err := ix.Search(ctx, index.Query{Clauses: clauses, Size: 10})
			if err != nil {
				t.Fatal(err)
			}
			if n := paragraphCount(hitPassages(hits)); n != 10 {
				t.Errorf("found %d paragraphs, want 10", n)
			}
		})
	}
}

func TestSearchUnknownField(t *testing.T) {
	ids, ps := embeddedPassages(t)
	ix := openWith(t, ids, ps)
	if _, err := ix.Search(context.Background(), index.Query{Clauses: []index.Clause{{Field: "context", Text: "tariffs"}}}); err == nil {
		t.Error("a search on a field the index does not have gave no error")
	}
}

// oneParagraphDocs collects documents of one paragraph of one sentence.
type oneParagraphDocs struct {
	ids []string
	ps  []corpus.Passage
}

func (c *oneParagraphDocs) add(id, text string, topics ...string) {
	c.ids = append(c.ids, id)
	c.ps = append(c.ps, corpus.Passage{ID: id + "#p1s1", Citation: corpus.Citation{DocID: id, Paragraph: 1}, Sentence: 1,
		Text: text, Context: text, Topics: topics})
}

// fillerDocs returns n one-paragraph documents that all say "tariffs"
// and "trade", and little else: an index where those words are common.
func fillerDocs(n int) oneParagraphDocs {
	var c oneParagraphDocs
	for i := range n {
		c.add(fmt.Sprintf("filler%04d", i), fmt.Sprintf("Item %d on tariffs and trade.", i))
	}
	return c
}

// searchBoth runs q as given and exhaustively.
func searchBoth(t *testing.T, ix *index.Index, q index.Query) (pruned, exhaustive []index.Hit) {
	t.Helper()
	ctx := context.Background()
	q.Exhaustive = false
	pruned, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	q.Exhaustive = true
	exhaustive, err = ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return pruned, exhaustive
}

// TestSearchWordsInNoRecord: on a large index a search none of whose
// words is in any record finds nothing (and is not run), while a word
// that is in no record itself but whose thesaurus synonym is still finds
// what an exhaustive search finds.
func TestSearchWordsInNoRecord(t *testing.T) {
	ctx := context.Background()
	c := fillerDocs(3000)
	c.add("timber", "Canada pays duties on timber.")
	ix := openWith(t, c.ids, c.ps)
	if err := ix.PutSynonyms(ctx, [][]string{{"lumber", "timber"}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		clauses []index.Clause
		want    []string
	}{
		{"NoWordIndexed", []index.Clause{{Text: "zeppelin quasar"}}, nil},
		{"NotInTheField", []index.Clause{{Field: "aliases", Text: "tariffs Canada"}, {Field: "section", Text: "timber"}}, nil},
		{"OnlyASynonymIndexed", []index.Clause{{Text: "lumber zeppelin"}}, []string{"timber"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, want := searchBoth(t, ix, index.Query{Clauses: tc.clauses, Size: 10})
			var gotIDs, wantIDs []string
			for _, h := range got {
				gotIDs = append(gotIDs, h.DocID)
			}
			for _, h := range want {
				wantIDs = append(wantIDs, h.DocID)
			}
			if fmt.Sprint(gotIDs) != fmt.Sprint(tc.want) || fmt.Sprint(wantIDs) != fmt.Sprint(tc.want) {
				t.Errorf("found %v, exhaustive %v; want %v", gotIDs, wantIDs, tc.want)
			}
		})
	}
}
