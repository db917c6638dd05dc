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
// the paragraphs that say its rarest key content; when those are too few,
// or none of them answers, the search widens to all, and finds the answer
// or what answers in part.
func TestNarrowSearch(t *testing.T) {
	ctx := context.Background()
	doc := func(id, text string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: Trade notes\npublisher: Trade News\npublished: 2025-03-01\n---\n\n" + text + "\n")}
	}
	fsys := fstest.MapFS{
		"lumber.md":  doc("lumber", "Canada charges a duty of 6% on softwood lumber from the United States."),
		"mills.md":   doc("mills", "Lumber mills in Canada cut 300 jobs."),
		"prices.md":  doc("prices", "Lumber prices in Canada rose in May."),
		"salmon.md":  doc("salmon", "Norway charges a duty of 2% on imported salmon feed."),
		"exports.md": doc("exports", "Japan buys most of the farmed salmon it imports from Chile."),
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

	for _, c := range []struct {
		name, question, want string
		partial              bool
		searches             int // the alias look-up, the kept search and, widened, the whole one
	}{
		// Three paragraphs say Canada and lumber; one answers.
		{"AnsweredWithin", "What duty does Canada charge on lumber?", "6%", false, 2},
		// One paragraph says Norway and salmon: too few to rank alone.
		{"TooFew", "What duty does Norway charge on salmon?", "2%", false, 3},
		// None says both Canada and salmon: the wider search finds the
		// duty Canada charges, an answer in part.
		{"NoneAnswers", "What duty does Canada charge on salmon?", "6%", true, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			counted.reset()
			a := ask(t, b, c.question)
			if !a.Covered || a.Partial != c.partial || !strings.Contains(a.Excerpts[0].Text, c.want) {
				t.Errorf("answer %+v; want %q, partial %v", a, c.want, c.partial)
			}
			if searches, kept := counted.reset(); kept != 1 || searches != c.searches {
				t.Errorf("%d searches, %d kept within the key terms; want %d, 1", searches, kept, c.searches)
			}
		})
	}
}
