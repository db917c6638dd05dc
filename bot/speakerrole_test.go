package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestSpeakerRole: a question of what someone said names the speaker by
// a role when its last word is a person's noun; the role is that noun
// and the lower-case words right before it, not whose office it is. A
// speaker named by name or by a group has no role.
func TestSpeakerRole(t *testing.T) {
	for text, want := range map[string]string{
		"What did the Canadian prime minister say about the surcharge?":    "prime minister",
		"What did Nigeria's central bank governor say about the refinery?": "central bank governor",
		"What has Malta's prime minister said about the yacht tariff?":     "prime minister",
		"What did Intel's chairman say about the deal?":                    "chairman",
		"What did the Harlan Metals analyst say about prices?":             "analyst",
		"What did Dale Hartwig say about the deal?":                        "",
		"How did the union react to the ruling?":                           "",
		"What tariff did the minister set?":                                "",
	} {
		q := parseQuestion(text)
		var ws []string
		for _, i := range q.speakerRole(q.speakersAsked()) {
			ws = append(ws, q.terms[i].word)
		}
		if got := strings.Join(ws, " "); got != want {
			t.Errorf("%q: role %q, want %q", text, got, want)
		}
	}
}

// TestSpeakerSaidInTheRole: for what the prime minister said, a sentence
// that quotes the energy minister does not say the role; one that quotes
// the prime minister does.
func TestSpeakerSaidInTheRole(t *testing.T) {
	unsaid := func(text string) bool {
		q := weighed("What did the Canadian prime minister say about the surcharge?", 60, map[string]int{"canadian": 10, "prime": 2, "minister": 6, "surcharge": 20})
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].speakerUnsaid
	}
	if !unsaid(`"The surcharge did what it was meant to do," Canadian Energy Minister Ellen Marchand said.`) {
		t.Error("the energy minister's words read as the prime minister's")
	}
	if unsaid(`"The surcharge was Ontario's decision," Canadian Prime Minister Mark Carney said.`) {
		t.Error("the prime minister's words read as someone else's")
	}
}

// TestSpeakerNamedByNameSaid: for how Japan reacted, a sentence that
// quotes someone and says nothing of Japan, nor does its paragraph,
// gives someone else's words; one that says Japan's do not.
func TestSpeakerNamedByNameSaid(t *testing.T) {
	unsaid := func(text string) bool {
		q := weighed("How did Japan react to the submarine approval?", 60, map[string]int{"japan": 10, "submarine": 6, "approval": 4})
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].speakerUnsaid
	}
	if !unsaid(`Lee called the submarine approval "a milestone for our security".`) {
		t.Error("Lee's words read as Japan's")
	}
	if unsaid(`Japan's foreign ministry called the submarine approval "a matter of concern for the region".`) {
		t.Error("Japan's words read as someone else's")
	}
}
