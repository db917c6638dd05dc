package handlers_test

import (
	"testing"

	"github.com/dealbot/dealbot/handlers"
)

// TestPlural: counts in log lines and notes read as English ("2 replies
// abandoned", not "2 replys").
func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		noun, want string
	}{
		{1, "reply", "1 reply"}, {2, "reply", "2 replies"}, {0, "reply", "0 replies"},
		{2, "day", "2 days"}, {2, "key figure", "2 key figures"}, {1, "question", "1 question"},
		{10, "question", "10 questions"}, {3, "y", "3 ys"},
	} {
		if got := handlers.Plural(tt.n, tt.noun); got != tt.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}
