package bot

import (
	"fmt"
	"os"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestZZDebugMentions(t *testing.T) {
	dir := os.Getenv("ZZPACK")
	if dir == "" {
		t.Skip()
	}
	docs, _ := corpus.Load(os.DirFS(dir))
	if os.Getenv("ZZEMB") != "" {
		e, _ := corpus.Load(corpus.Embedded())
		docs = append(docs, e...)
	}
	for _, d := range docs {
		for _, p := range d.Passages() {
			for _, m := range sentenceMentions(p, d.Published) {
				fmt.Printf("%-22s ¶%d %-9s %-28q label=%q head=%s clause=%v moved=%v old=%d part=%v when=%q\n", d.ID[:min(22, len(d.ID))], p.Paragraph, m.kind, m.value, m.label, m.head, m.clause, m.moved, m.old, m.part, m.when)
			}
		}
	}
}
