package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// Bleve keeps an index in segments, merged as batches come; loading
// 10,000 documents leaves five or more. A search looks up each of its
// terms in every segment's dictionary and walks the postings of each, so
// on a coverage that changes only now and then, one segment is the
// cheapest to search: at 10,000 documents an answer costs about 30% less
// on one segment than on five, a plain query about 20% less (see
// docs/performance.md). Files added later go to new segments, merged as
// usual.

// merger is what Compact needs of the Bleve index (scorch).
type merger interface {
	ForceMerge(ctx context.Context, mo *mergeplan.MergePlanOptions) error
}

// Compact merges the index's segments into one, returning when it is
// done or the index is closed (Bleve's ForceMerge does not stop for ctx,
// which is passed on for when it does). Searches go on meanwhile; writes
// wait. The passages and the Version do not change; their scores may
// (see "Scores hang on segments" in docs/performance.md).
func (ix *Index) Compact(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return fmt.Errorf("compact index: %w", err)
	}
	m, ok := adv.(merger)
	if !ok {
		return nil
	}
	if err := m.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("compact index: %w", err)
	}
	return ctx.Err()
}
