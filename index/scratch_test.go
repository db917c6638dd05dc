package index

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratchPlan(t *testing.T) {
	ix, err := Open(os.Getenv("SCRATCH_IDX"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range strings.Split(os.Getenv("QS"), "|") {
		t.Log("==", q)
		start := time.Now()
		ix.Search(context.Background(), Query{Clauses: []Clause{{Text: q}}, Size: 40})
		t.Log(time.Since(start))
	}
}
