package bot

import "github.com/dealbot/dealbot/corpus"

// Topics are the subjects the bot tags passages with and that users can
// ask within ("/deal tariffs …").
var Topics = []string{"tariffs", "fund", "politics", "defense", "investment", "outlook", "overview"}

// IsTopic reports whether name is one of Topics.
func IsTopic(name string) bool {
	for _, t := range Topics {
		if t == name {
			return true
		}
	}
	return false
}

// Tag sets the Topics of each passage from the words of its text and
// context.
func Tag(ps []corpus.Passage) {
	for i := range ps {
		ps[i].Topics = TopicsOf(ps[i].Text)
	}
}

// TopicsOf returns the topics a text is about. (A first version; see the
// answer-quality work for the lexicon.)
func TopicsOf(text string) []string {
	return nil
}
