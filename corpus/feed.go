package corpus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// MaxFeedSize is the largest feed document a poll reads.
const MaxFeedSize = 4 << 20

// FeedPoller imports the new items of RSS and Atom feeds that match its
// keywords, as Import does. Items remembers every item handled, so no
// item is imported twice, across restarts and processes too. The feeds
// are read through the Importer's Fetcher, and so its Guard.
type FeedPoller struct {
	Feeds    []string        // feed URLs
	Keywords []string        // an item matches when its title or description holds one, case-insensitively; none: every item matches
	Items    FeedItems       // the items handled
	Importer *Importer       // where items go
	Log      *slog.Logger    // nil: discard
	Polled   func(PollStats) // nil: nothing; else told after each poll of Run (for metrics)
}

// FeedItems remembers the feed items handled, for every process that
// polls the same feeds, so that none is imported twice. An item is keyed
// by its GUID, or its link when it has none.
type FeedItems interface {
	// Claim reports whether the caller should import the item now: false
	// when it was handled for good or another process is importing it.
	Claim(ctx context.Context, key string) (bool, error)
	// Done records the item as handled for good, with what happened.
	Done(ctx context.Context, key, result string) error
	// Release gives the claim up after a failure that may pass, so that
	// a later poll tries again.
	Release(ctx context.Context, key string) error
}

// PollStats counts what one poll did.
type PollStats struct {
	Feeds    int // feeds read
	Unread   int // feeds that could not be read
	Matched  int // new items that matched the keywords
	Imported int
	Failed   int // will be tried again at the next poll
}

// Run polls every feed now and then every interval until ctx ends.
func (p *FeedPoller) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		stats, err := p.Poll(ctx)
		if err != nil && ctx.Err() == nil && p.Log != nil {
			p.Log.Error("feed poll failed", slog.Any("err", err))
		}
		if p.Polled != nil && ctx.Err() == nil {
			p.Polled(stats)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Poll reads each feed once and imports its new matching items. A feed
// that cannot be read is logged and the others are still polled; an item
// that fails for a reason that may pass (a timeout, a server error) is
// tried again next time, one that can never succeed (not HTML, too large,
// not public, not http, already in the corpus) is remembered and left
// alone.
func (p *FeedPoller) Poll(ctx context.Context) (PollStats, error) {
	log := p.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var stats PollStats
	parser := gofeed.NewParser()
	parser.Client = p.Importer.fetcher().client()
	parser.MaxByteSize = MaxFeedSize
	parser.UserAgent = "dealbot (feed import)"
	for _, feedURL := range p.Feeds {
		feed, err := parser.ParseURLWithContext(feedURL, ctx)
		if err != nil {
			if ctx.Err() != nil {
				return stats, ctx.Err()
			}
			log.Warn("feed not read", slog.String("feed", feedURL), slog.Any("err", err))
			stats.Unread++
			continue
		}
		stats.Feeds++
		for _, item := range feed.Items {
			key := itemKey(item)
			if key == "" || item.Link == "" || !p.matches(item) {
				continue
			}
			mine, err := p.Items.Claim(ctx, key)
			if err != nil {
				return stats, fmt.Errorf("claim feed item: %w", err)
			}
			if !mine {
				continue
			}
			// An item refused as private is recorded under the allow list
			// of the time, and tried again once DEALBOT_ALLOW_HOSTS changes.
			refusedKey := "refused under [" + p.Importer.fetcher().Guard.Allowed() + "] " + key
			fresh, err := p.Items.Claim(ctx, refusedKey)
			if err != nil {
				return stats, fmt.Errorf("claim feed item: %w", err)
			}
			if !fresh {
				p.release(ctx, log, key, item.Link)
				continue
			}
			stats.Matched++
			if err := p.importItem(ctx, log, feedURL, key, refusedKey, item.Link, &stats); err != nil {
				return stats, err
			}
		}
	}
	return stats, nil
}

// importItem imports one claimed item and records or releases it.
func (p *FeedPoller) importItem(ctx context.Context, log *slog.Logger, feedURL, key, refusedKey, link string, stats *PollStats) error {
	doc, err := p.Importer.Import(ctx, link)
	if errors.Is(err, ErrNotPublic) {
		log.Warn("feed item refused: its address is private; DEALBOT_ALLOW_HOSTS can allow it", slog.String("url", link), slog.String("reason", err.Error()))
		p.release(ctx, log, key, link)
		return p.Items.Done(ctx, refusedKey, err.Error())
	}
	p.release(ctx, log, refusedKey, link)
	switch {
	case err == nil:
		stats.Imported++
		log.Info("imported feed item", slog.String("feed", feedURL), slog.String("doc", doc.ID), slog.String("url", link))
		return p.Items.Done(ctx, key, "imported "+filepath.Base(doc.Path))
	case Permanent(err):
		log.Info("feed item not imported", slog.String("url", link), slog.String("reason", err.Error()))
		return p.Items.Done(ctx, key, err.Error())
	}
	p.release(ctx, log, key, link)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	stats.Failed++
	log.Warn("feed item import failed; will retry", slog.String("url", link), slog.Any("err", err))
	return nil
}

func itemKey(it *gofeed.Item) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	return strings.TrimSpace(it.Link)
}

func (p *FeedPoller) matches(it *gofeed.Item) bool {
	if len(p.Keywords) == 0 {
		return true
	}
	text := strings.ToLower(it.Title + "\n" + it.Description)
	for _, k := range p.Keywords {
		if k = strings.ToLower(strings.TrimSpace(k)); k != "" && strings.Contains(text, k) {
			return true
		}
	}
	return false
}

// release gives up the claim on key, even when ctx has ended.
func (p *FeedPoller) release(ctx context.Context, log *slog.Logger, key, link string) {
	if err := p.Items.Release(context.WithoutCancel(ctx), key); err != nil {
		log.Warn("feed item claim not released", slog.String("url", link), slog.Any("err", err))
	}
}
