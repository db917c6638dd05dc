package handlers

import (
	"context"
	"time"
)

// feedLease is how long a claim on a feed item lasts unrecorded: longer
// than fetching one article takes.
const feedLease = 5 * time.Minute

// FeedItems keeps a corpus.FeedPoller's items in a Store, under one team,
// so that the processes polling the same feeds import each item once.
type FeedItems struct {
	store Store
	team  string
	owner string
}

// NewFeedItems returns the feed items of team in store.
func NewFeedItems(store Store, team string) *FeedItems {
	return &FeedItems{store: store, team: team, owner: NewOwner()}
}

// Claim implements corpus.FeedItems: an item taken over from a process
// that died is imported again, and the importer's check for a URL already
// in the corpus stops a second copy.
func (f *FeedItems) Claim(ctx context.Context, key string) (bool, error) {
	st, err := f.store.ClaimFeedItem(ctx, f.team, key, f.owner, feedLease)
	return st.Mine(), err
}

// Done implements corpus.FeedItems.
func (f *FeedItems) Done(ctx context.Context, key, result string) error {
	return f.store.RecordFeedItem(ctx, f.team, key, f.owner, result)
}

// Release implements corpus.FeedItems.
func (f *FeedItems) Release(ctx context.Context, key string) error {
	return f.store.ReleaseFeedItem(ctx, f.team, key, f.owner)
}
