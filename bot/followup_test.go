package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

func TestFollowUp(t *testing.T) {
	tests := []struct {
		earlier []string
		msg     string
		want    string // "" when msg asks on its own
	}{
		// A pronoun stands for what the earlier question named: a name
		// for "he", a plural for "they", else the last singular thing.
		{[]string{"What tariff do Japanese cars pay now?"}, "when does it take effect?", "when does the tariff take effect?"},
		{[]string{"Why did Ishiba quit?"}, "Who replaced him?", "Who replaced Ishiba?"},
		{[]string{"Who picks the fund's projects?"}, "how big is it?", "how big is the fund?"},
		{[]string{"How big is the fund?"}, "who runs it?", "who runs the fund?"},
		{[]string{"When was the deal signed?"}, "who signed it?", "who signed the deal?"},
		{[]string{"When did the panel open the steel investigation?"}, "which products does it cover?", "which products does the steel investigation cover?"},
		{[]string{"Who picks the fund's projects?"}, "what are they?", "what are projects?"},
		// "that" without a noun stands for what the question said.
		{[]string{"Could some products end up tariff-free?"}, "where was that announced?", "Could some products end up tariff-free - where was that announced?"},
		// A new thing in place of the phrase it parallels.
		{[]string{"What tariff does the US charge on Vietnamese goods?"}, "and korean goods?", "What tariff does the US charge on korean goods?"},
		{[]string{"What tariff do Japanese cars pay now?"}, "and for Korea?", "What tariff do Japanese cars pay now for Korea?"},
		{[]string{"What tariff do Japanese cars pay now?"}, "what about Korea?", "What tariff do Korean cars pay now?"},
		{[]string{"What tariff does Japan pay on cars?"}, "what about Thailand?", "What tariff does Thailand pay on cars?"},
		// A name takes the place of a name of its sort, or of none.
		{[]string{"Why did Ishiba quit?"}, "what about Korea?", ""},
		{[]string{"Why did Ishiba quit?"}, "and Lutnick?", "Why did Lutnick quit?"},
		{[]string{"What did Akazawa say about Japan's fund?"}, "what about Korea?", "What did Akazawa say about Korea's fund?"},
		{[]string{"What did Akazawa say about Japan's fund?"}, "and Lutnick?", "What did Lutnick say about Japan's fund?"},
		// Not a month or a day for a person; a company for a place.
		{[]string{"What tariff did Japan agree in July?"}, "what about Lutnick?", ""},
		{[]string{"What rate did Washington threaten in April?"}, "and Trump?", "What rate did Trump threaten in April?"},
		{[]string{"What tariff does Japan pay on cars?"}, "what about Toyota?", "What tariff does Toyota pay on cars?"},
		{[]string{"What did Toyota say about Japan's tariffs?"}, "what about GM?", "What did GM say about Japan's tariffs?"},
		{[]string{"What tariff do South Korean cars pay now?"}, "what about Japan?", "What tariff do Japanese cars pay now?"},
		// A name keeps its article as typed.
		{[]string{"What tariff does the US charge on steel?"}, "what about India?", "What tariff does India charge on steel?"},
		{[]string{"What did the U.S. say about cars?"}, "and the UK?", "What did the UK say about cars?"},
		{[]string{"What rate did Washington threaten in April?"}, "and under the deal?", "What rate did Washington threaten in April under the deal?"},
		// Only what is asked: the earlier question's things.
		{[]string{"What tariff do Japanese cars pay now?"}, "when?", "when (tariff, Japanese cars)?"},
		{[]string{"How long do the provisional duties apply?"}, "at what rate?", "at what rate (provisional duties)?"},
		{[]string{"How much money is going into the minerals fund?"}, "run by whom?", "run by whom (money, minerals fund)?"},
		// Nothing named: the earlier question, newest.
		{[]string{"What tariff do Japanese cars pay?"}, "latest?", "What tariff do Japanese cars pay - latest?"},
		// A chain: each earlier question is read with those before it.
		{[]string{"Why did Ishiba quit?", "Who replaced him?"}, "when did she take office?", "when did Ishiba take office?"},
		{[]string{"How big is the fund?", "who runs it?"}, "since when?", "since when (fund)?"},
		// Questions that ask on their own are left alone.
		{[]string{"Why did Ishiba quit?"}, "What did the LDP say?", ""},
		{[]string{"What is the deal?"}, "what does this year look like?", ""},
		{[]string{"Will the central bank sell won to fund the investments?"}, "what about rate cuts?", ""},
		{[]string{"What did Ishiba say?"}, "how much rice will Japan buy?", ""},
		{[]string{"What did Ishiba say?"}, "When was the pledge made, and who made it?", ""},
		{nil, "when does it take effect?", ""},
		{[]string{"hi"}, "when does it take effect?", ""},
		{[]string{"What tariff do cars pay?"}, "", ""},
		{[]string{"What tariff do cars pay?"}, "Why did Ishiba quit? Who replaced him?", ""},
		// Chat between questions is no question: the one before it stands.
		{[]string{"How big is the fund?", "great, thanks"}, "who picks its projects?", "who picks the fund's projects?"},
		// A name after an article, initials with their stops.
		{[]string{"What did the U.S. say about cars?"}, "what about the EU?", "What did the EU say about cars?"},
		{[]string{"What did the U.S. say about cars?"}, "when did it say that?", "when did the U.S. say that?"},
		// "any update?" is a question of news, "and?" and "?" none.
		{[]string{"What tariff do Japanese cars pay?"}, "any update?", "What tariff do Japanese cars pay - any update?"},
		{[]string{"What tariff do Japanese cars pay?"}, "and?", ""},
		{[]string{"What tariff do Japanese cars pay?"}, "???", ""},
		{[]string{"What did rice cost in July?"}, "and now?", "What did rice cost in July - and now?"},
		// A terse question is a question; an acknowledgement is none.
		{[]string{"swap line size latest"}, "for how long?", "for how long (swap line size)?"},
		{[]string{"How big is the fund?", "thanks, that helps a lot"}, "who runs it?", "who runs the fund?"},
		// A pronoun a phrase after it names.
		{[]string{"What tariff do Japanese cars pay?"}, "How does it work, the MFN clause?", ""},
	}
	for _, tt := range tests {
		got, ok := bot.FollowUp(tt.earlier, tt.msg)
		want := tt.want
		if want == "" {
			want = tt.msg
		}
		if got != want || ok != (tt.want != "") {
			t.Errorf("FollowUp(%q, %q) = %q, %v; want %q, %v", tt.earlier, tt.msg, got, ok, want, tt.want != "")
		}
		if ok && !bot.LeansOnEarlier(tt.msg) {
			t.Errorf("LeansOnEarlier(%q) = false, but it is read as a follow-up", tt.msg)
		}
	}
}

// TestFollowUpAnswered asks follow-ups over the embedded coverage: alone,
// they name nothing it can be searched for and are refused; read after
// the question before them they are answered from the passages on what
// that question named.
func TestFollowUpAnswered(t *testing.T) {
	b, _ := tradeBot(t)
	ctx := context.Background()
	for _, tt := range []struct{ earlier, msg, find string }{
		{"Why did Ishiba quit?", "Who replaced him?", "Ishiba"},
		{"What tariff do Japanese cars pay now?", "when?", "tariff"},
	} {
		alone, err := b.Ask(ctx, tt.msg)
		if err != nil && !errors.Is(err, bot.ErrEmptyQuestion) { // "when?" asks for nothing the coverage could say
			t.Fatal(err)
		}
		if alone.Covered {
			t.Errorf("%q alone: covered, want refused (the test needs a follow-up the coverage cannot answer alone)", tt.msg)
		}
		q, ok := bot.FollowUp([]string{tt.earlier}, tt.msg)
		if !ok {
			t.Fatalf("%q after %q: not read as a follow-up", tt.msg, tt.earlier)
		}
		ans, err := b.Ask(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Covered || len(ans.Excerpts) == 0 || !strings.Contains(ans.Excerpts[0].Text, tt.find) {
			t.Errorf("%q after %q, asked as %q: covered %v, excerpts %d; want the first to say %q", tt.msg, tt.earlier, q, ans.Covered, len(ans.Excerpts), tt.find)
		}
		if ans.Question != q {
			t.Errorf("answer's question %q, want %q (the reader sees how the follow-up was read)", ans.Question, q)
		}
	}
}

// FuzzFollowUp: whatever people type, a follow-up is read without a panic,
// a message that is not one comes back as typed, and one that is one is
// also one LeansOnEarlier finds (the transport reads a conversation only
// then).
func FuzzFollowUp(f *testing.F) {
	for _, s := range []string{
		"when does it take effect?", "what about the U.K.?", "and?", "?", "great", "", "<@U123> who replaced him?",
		"What did the U.S. say?", "any update?", "How does it work, the MFN clause?", "🇯🇵 latest?", "Zürich: when?",
	} {
		f.Add("What did the U.S. say about Japanese cars?", s)
		f.Add(s, "when does it take effect?")
	}
	f.Fuzz(func(t *testing.T, earlier, msg string) {
		got, ok := bot.FollowUp([]string{earlier}, msg)
		if !ok && got != msg {
			t.Errorf("FollowUp(%q, %q) = %q, false: want the message as typed", earlier, msg, got)
		}
		if ok && !bot.LeansOnEarlier(msg) {
			t.Errorf("FollowUp(%q, %q) read a follow-up LeansOnEarlier does not see", earlier, msg)
		}
	})
}

// BenchmarkFollowUp reads each question of a set as a follow-up of the one
// before it, as a transport does for a message that leans on its
// conversation (LeansOnEarlier first, FollowUp only then); compare with
// BenchmarkAnswer, the answer that follows.
func BenchmarkFollowUp(b *testing.B) {
	qs := readSet(b, "testdata/extra-questions.jsonl")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		earlier, msg := qs[i%len(qs)].Question, qs[(i+1)%len(qs)].Question
		if bot.LeansOnEarlier(msg) {
			bot.FollowUp([]string{earlier}, msg)
		}
	}
}
