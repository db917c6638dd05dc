package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// MaxFeedSize is the largest feed document a poll reads.
const MaxFeedSize = 4 << 20

// FeedPoller imports the new items of RSS and Atom feeds that match its
// keywords, as Import does. It remembers every item it has handled in a
// state file, so no item is imported twice, across restarts too.
type FeedPoller struct {
	Feeds     []string         // feed URLs
	Keywords  []string         // an item matches when its title or description holds one, case-insensitively; none: every item matches
	StateFile string           // JSON; written atomically
	Importer  *Importer        // where items go; give it a PublicOnly Fetcher
	Log       *slog.Logger     // nil: discard
	Now       func() time.Time // nil: time.Now
}

// feedState is the state file: the items already handled, by key (the
// item's GUID, or its link when it has none).
type feedState struct {
	Items map[string]handledItem `json:"items"`
}

type handledItem struct {
	Link    string    `json:"link"`
	Handled time.Time `json:"handled"`
	Result  string    `json:"result"` // "imported FILE" or why it was not
}

// PollStats counts what one poll did.
type PollStats struct {
	Matched  int // new items that matched the keywords
	Imported int
	Failed   int // will be tried again at the next poll
}

// Run polls every feed now and then every interval until ctx ends.
func (p *FeedPoller) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := p.Poll(ctx); err != nil && ctx.Err() == nil && p.Log != nil {
			p.Log.Error("feed poll failed", slog.Any("err", err))
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
// already in the corpus) is remembered and left alone.
func (p *FeedPoller) Poll(ctx context.Context) (PollStats, error) {
	log := p.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var stats PollStats
	state, err := p.load()
	if err != nil {
		return stats, err
	}
	parser := gofeed.NewParser()
	// The feeds themselves are the operator's choice: no PublicOnly here.
	parser.Client = defaultClient
	parser.MaxByteSize = MaxFeedSize
	parser.UserAgent = "dealbot (feed import)"
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	for _, feedURL := range p.Feeds {
		feed, err := parser.ParseURLWithContext(feedURL, ctx)
		if err != nil {
			if ctx.Err() != nil {
				return stats, ctx.Err()
			}
			log.Warn("feed not read", slog.String("feed", feedURL), slog.Any("err", err))
			continue
		}
		for _, item := range feed.Items {
			key := itemKey(item)
			if key == "" || item.Link == "" || !p.matches(item) {
				continue
			}
			if _, done := state.Items[key]; done {
				continue
			}
			stats.Matched++
			doc, err := p.Importer.Import(ctx, item.Link)
			switch {
			case err == nil:
				stats.Imported++
				state.Items[key] = handledItem{Link: item.Link, Handled: now().UTC(), Result: "imported " + filepath.Base(doc.Path)}
				log.Info("imported feed item", slog.String("feed", feedURL), slog.String("doc", doc.ID), slog.String("url", item.Link))
			case Permanent(err):
				state.Items[key] = handledItem{Link: item.Link, Handled: now().UTC(), Result: err.Error()}
				log.Info("feed item not imported", slog.String("url", item.Link), slog.String("reason", err.Error()))
			default:
				if ctx.Err() != nil {
					return stats, p.save(state)
				}
				stats.Failed++
				log.Warn("feed item import failed; will retry", slog.String("url", item.Link), slog.Any("err", err))
			}
		}
		// Saved after each feed, so a crash loses at most one feed's record
		// (and the URL check still stops a second import).
		if err := p.save(state); err != nil {
			return stats, err
		}
	}
	return stats, nil
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

func (p *FeedPoller) load() (feedState, error) {
	st := feedState{Items: map[string]handledItem{}}
	data, err := os.ReadFile(p.StateFile)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read feed state: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("read feed state %s: %w", p.StateFile, err)
	}
	if st.Items == nil {
		st.Items = map[string]handledItem{}
	}
	return st, nil
}

func (p *FeedPoller) save(st feedState) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(p.StateFile, data); err != nil {
		return fmt.Errorf("save feed state: %w", err)
	}
	return nil
}

// writeFileAtomic replaces name with data so that a reader (or a crash)
// sees the old file or the new one, never part of one.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := writeTemp(filepath.Dir(name), data)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	return os.Rename(tmp, name)
}
