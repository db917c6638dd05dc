package index_test

import (
	"context"
	"fmt"
	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"slices"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestSynonymsAcrossRestarts reopens a persistent index as the bot does at
// every start: the thesaurus is put again, then the coverage, which may
// have changed, is synced. Writing the same definitions again used to
// replace them all, after which Bleve failed every merge and search with
// "no synonyms found".
func TestSynonymsAcrossRestarts(t *testing.T) {
	dir := t.TempDir() + "/index"
	ctx := context.Background()
	// As many groups as the bot's thesaurus, so that segments merge.
	thesaurus := [][]string{{"levy", "tariff"}}
	for i := range 80 {
		thesaurus = append(thesaurus, []string{fmt.Sprintf("word%da", i), fmt.Sprintf("word%db", i)})
	}
	start := func(groups [][]string, docs ...index.Doc) *index.Index {
		t.Helper()
		ix := openIndex(t, dir)
		if err := ix.PutSynonyms(ctx, groups); err != nil {
			t.Fatal(err)
		}
		syncDocs(t, ix, docs...)
		return ix
	}
	a := doc(t, "a", "The tariff on steel rises.")
	b := doc(t, "b", "A new tariff on aluminium.")
	c := doc(t, "c", "Officials cut the duty on rice.")

	ix := start(thesaurus, a)
	ix.Close()
	ix = start(thesaurus, b) // same thesaurus, other coverage
	if got := hitDocs(t, ix, "levy"); !slices.Equal(got, []string{"b"}) {
		t.Errorf("after a restart, levy finds %v, want [b]", got)
	}
	ix.Close()
	ix = start(append([][]string{{"duty", "levy"}}, thesaurus[1:]...), b, c) // another thesaurus
	defer ix.Close()
	if got := hitDocs(t, ix, "levy"); !slices.Equal(got, []string{"c"}) {
		t.Errorf("after the thesaurus changed, levy finds %v, want [c]", got)
	}
	if got := hitDocs(t, ix, "aluminium"); !slices.Equal(got, []string{"b"}) {
		t.Errorf("after the thesaurus changed, aluminium finds %v, want [b]", got)
	}
}

// TestSynonymsAcrossRestartsEmbedded is the same on the embedded coverage
// and the bot's thesaurus, with a document added at the second start.
func TestSynonymsAcrossRestartsEmbedded(t *testing.T) {
	dir := t.TempDir() + "/index"
	ctx := context.Background()
	docs, _ := corpus.Load(corpus.Embedded())
	var all []index.Doc
	for _, d := range docs {
		all = append(all, index.Doc{ID: d.ID, Passages: d.Passages()})
	}
	for i, extra := range [][]index.Doc{nil, {doc(t, "x", "Officials cut the levy on rice.")}, nil} {
		ix := openIndex(t, dir)
		if err := ix.PutSynonyms(ctx, bot.Thesaurus()); err != nil {
			t.Fatal(err)
		}
		syncDocs(t, ix, append(all[:len(all):len(all)], extra...)...)
		if got := hitDocs(t, ix, "tariff"); len(got) == 0 {
			t.Errorf("start %d: tariff finds nothing", i+1)
		}
		ix.Close()
	}
}
