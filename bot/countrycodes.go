package bot

// Stage 3 (weigh), continued: a country's code ("JP cars", "KOR exports",
// "jp cars") is read as the country's name. Analysts write the ISO codes
// of trade statistics where news writes names: read as typed, "JP" was a
// name the coverage never mentions, and the question was refused.

import (
	"context"
	"fmt"
	"strings"

	"github.com/dealbot/dealbot/bot/countries"
	"github.com/dealbot/dealbot/bot/wordlist"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// countryNamed returns the name of the country a question word is the
// ISO 3166-1 code of ("JP" → Japan, "KOR" → South Korea), or "" when it
// is no such code, the coverage uses the word itself, or the coverage
// never writes the name (a code that is also an acronym, "AI" for
// Anguilla, is left as typed unless the coverage is about that country).
// A code in lower case ("jp") is read only when it is no English word
// WordNet or the spell checker's list knows, nor a function word ("in",
// "it", "be" are codes too).
func (b *Bot) countryNamed(ctx context.Context, t *term) (string, error) {
	if t.df != 0 || t.number || len(t.word) < 2 || len(t.word) > 3 {
		return "", nil
	}
	if !t.upper && (stopwords[t.form] || wordnet.Known(t.word) || wordlist.Has(t.word)) {
		return "", nil
	}
	name, ok := countries.Name(t.word)
	if !ok {
		return "", nil
	}
	words := strings.Fields(strings.ToLower(name))
	counts, err := b.idx.TermCounts(ctx, words)
	if err != nil {
		return "", fmt.Errorf("count the words of a country's name: %w", err)
	}
	used := false
	for _, n := range counts {
		if n == 0 {
			return "", nil // the coverage never writes the name
		}
		used = used || n > 0
	}
	if !used {
		return "", nil
	}
	return name, nil
}
