package bot

// Stage 5 (score), continued: how new a document is among those a
// search returned, for a question of the current state (wRecency).

import (
	"time"

	"github.com/dealbot/dealbot/index"
)

// dateRange returns the earliest and latest publication dates of the hits
// that have one ("2006-01-02" strings compare as dates).
func dateRange(hits []index.Hit) (oldest, newest string) {
	for _, h := range hits {
		d := h.Published
		if d == "" {
			continue
		}
		if oldest == "" || d < oldest {
			oldest = d
		}
		if d > newest {
			newest = d
		}
	}
	return oldest, newest
}

// newness places a date between the oldest and the newest: 1 for the
// newest, 0 for the oldest or an undated document.
func newness(d, oldest, newest string) float64 {
	if d == "" || oldest == newest {
		return 0
	}
	o, _ := time.Parse(time.DateOnly, oldest)
	n, _ := time.Parse(time.DateOnly, newest)
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return 0
	}
	return float64(t.Sub(o)) / float64(n.Sub(o))
}
