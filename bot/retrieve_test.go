package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// countingIndex is a real index that counts the searches made of it.
type countingIndex struct {
	*index.Index
	mu             sync.Mutex
	searches, kept int // all searches, and those kept within groups
}

func (c *countingIndex) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	c.mu.Lock()
	c.searches++
	if len(q.Within) > 0 {
		c.kept++
	}
	c.mu.Unlock()
	return c.Index.Search(ctx, q)
}

func (c *countingIndex) reset() (searches, kept int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	searches, kept = c.searches, c.kept
	c.searches, c.kept = 0, 0
	return searches, kept
}

// TestNarrowSearch: on a large index a question's search is first kept to
// the paragraphs that say its rarest key content; when none of them
// answers, the search widens to all and finds what answers in part.
func TestNarrowSearch(t *testing.T) {
	ctx := context.Background()
	fsys := fstest.MapFS{
		"lumber.md": {Data: []byte("---\nid: lumber\ntitle: Lumber trade\npublisher: Trade News\npublished: 2025-03-01\n---\n\n" +
			"Canada charges a duty of 6% on softwood lumber from the United States.\n")},
		"salmon.md": {Data: []byte("---\nid: salmon\ntitle: Fish exports\npublisher: Trade News\npublished: 2025-03-02\n---\n\n" +
			"Norway sells most of its farmed salmon to Japan.\n")},
	}
	// Enough paragraphs that scoring all that say "duty" or "charge" is
	// worth avoiding.
	for i := range 300 {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: port-%d\ntitle: Port notice %d\npublisher: Port News\npublished: 2025-01-01\n---\n\n", i, i)
		for j := range 4 {
			fmt.Fprintf(&b, "The port will charge a duty on cargo at berth %d-%d.\n\n", i, j)
		}
		fsys[fmt.Sprintf("port-%d.md", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	docs, skipped := corpus.Load(fsys)
	if len(skipped) > 0 {
		t.Fatalf("skipped %+v", skipped)
	}
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := bottest.Index(ctx, ix, docs); err != nil {
		t.Fatal(err)
	}
	counted := &countingIndex{Index: ix}
	b := bot.New(counted)

	t.Run("AnsweredWithin", func(t *testing.T) {
		a := ask(t, b, "What duty does Canada charge on lumber?")
		if !a.Covered || a.Partial || !strings.Contains(a.Text, "6%") {
			t.Errorf("answer %+v; want the lumber duty", a)
		}
		if searches, kept := counted.reset(); kept != 1 || searches != 2 {
			t.Errorf("%d searches, %d kept within the key terms; want the alias look-up and one kept search", searches, kept)
		}
	})
	t.Run("Widened", func(t *testing.T) {
		// No paragraph says both Canada and salmon: the kept search finds
		// none, the wider one the duty Canada charges, as a partial answer.
		a := ask(t, b, "What duty does Canada charge on salmon?")
		if !a.Covered || !a.Partial || !strings.Contains(a.Excerpts[0].Text, "6%") {
			t.Errorf("answer %+v; want the lumber duty, in part", a)
		}
		if searches, kept := counted.reset(); kept != 1 || searches != 3 {
			t.Errorf("%d searches, %d kept within the key terms; want the alias look-up, the kept search and the wider one", searches, kept)
		}
	})
}
