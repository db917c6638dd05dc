package bot

import "testing"

// TestWhatWasSaidAsksForAQuote: a question of what someone said, or how
// they reacted, asks for a quotation; not "a say on" (a noun), a comment
// period, a question of opinion, nor one that asks for a figure, a time,
// a name or a reason besides, nor how an amount reacted.
func TestWhatWasSaidAsksForAQuote(t *testing.T) {
	for _, c := range []struct {
		question string
		quote    bool
	}{
		{"What did Meta say about the fine?", true},
		{"What did Meta say?", true},
		{"What has Carney said?", true},
		{"How did Beijing react?", true},
		{"how did the steelworkers union react to the closing?", true},
		{"What was the union's response to the deal?", true},
		{"Did the minister comment on the ruling?", true},
		{"Is Ottawa commenting on the sale?", true},
		{"Will the Senate get a say on the broader agreement?", false},
		{"Who has the final say on which projects get money?", false},
		{"What do Irish farmers make of the change?", false},
		{"When does the comment period end?", false},
		{"How many steelworkers responded to the survey?", false},
		{"When did the EU respond?", false},
		{"Who responded first?", false},
		{"Why did Tokyo react so sharply?", false},
		{"How did prices react to the tariff?", false},
		{"Why did Meta get fined?", false},
	} {
		if got := parseQuestion(c.question).kinds&kindQuote != 0; got != c.quote {
			t.Errorf("%q asks for a quotation: %v, want %v", c.question, got, c.quote)
		}
	}
}

// TestQuotes: words between quotation marks, or a quotation cut by the
// excerpt's start or end, are a quotation; a scare quote, a title, the
// gap between two quotes, inch marks and apostrophes are not.
func TestQuotes(t *testing.T) {
	for _, c := range []struct {
		text  string
		quote bool
	}{
		{`"This is a multi-billion-dollar tariff on a successful American company," Meta said.`, true},
		{`“This is a tariff on success,” Meta said.`, true},
		{`‘We will not back down,’ she said.`, true},
		{`"This decision ignores how people use our services, and we will appeal`, true},
		{`“This decision ignores how people use our services`, true},
		{`it hurts American consumers as much as our producers," he said.`, true},
		{`it hurts American consumers as much as our producers,” he said on Tuesday.`, true},
		{`Takaichi said an attack could be a "survival-threatening situation" for Japan.`, true},
		{`Trump called it a "reciprocal" tariff.`, false},
		{`The plan, dubbed "Liberation Day", took effect in April.`, false},
		{`The two governments called it the "Economic Prosperity Deal".`, false},
		{`They signed an "Agreement on Reciprocal Trade" in October.`, false},
		{`Starmer called it "a really fantastic, historic day".`, true},
		{`Officials said the "Made in America" rule was a "hard line for us".`, true},
		{`"I did not say that," he said.`, true},
		{`"We will," she said.`, true},
		{`"It is what it is."`, true},
		{`"No," he said, and "never".`, false},
		{`The 48" pipeline and 36" valves were delivered.`, false},
		{`The company's chief said it wouldn't change its plans.`, false},
		{"Meta was fined €200 million over its pay-or-consent model on Wednesday.", false},
	} {
		if got := quotes(c.text); got != c.quote {
			t.Errorf("quotes(%q) = %v, want %v", c.text, got, c.quote)
		}
	}
}

// TestWhatWasSaidPrefersAQuote: such a question scores a quotation above
// a report of the event.
func TestWhatWasSaidPrefersAQuote(t *testing.T) {
	score := kindScorer(parseQuestion("What did Meta say about the fine?"))
	quoted := `"This is a multi-billion-dollar tariff on a successful American company," Meta said.`
	reported := "Meta was fined €200 million over its pay-or-consent model on Wednesday."
	if q, r := score(quoted), score(reported); q <= r {
		t.Errorf("kind score: quoted %.2f, reported event %.2f; want the quotation higher", q, r)
	}
}

// TestQuotesSpeaker: for "what did X say", a quotation counts as the
// answer's kind only when X speaks: named in the sentence, or in its
// paragraph with the sentence speaking by a pronoun; someone else's
// quotation does not.
func TestQuotesSpeaker(t *testing.T) {
	q := weighed("What did Dale Hartwig say about Brazil's offer?", 40, map[string]int{"dale": 2, "hartwig": 2, "brazil": 30, "offer": 6})
	speakers := q.speakersAsked()
	if len(speakers) != 2 {
		t.Fatalf("speakers %v; want Dale and Hartwig", speakers)
	}
	cache := newAnalysisCache(8)
	for _, c := range []struct {
		text, context string
		want          bool
	}{
		{`"Five hundred million liters is a step, not a destination," AEPC chief executive Dale Hartwig said.`, "", true},
		{`"It is a step, not a destination," he said.`, "Dale Hartwig, the AEPC's chief executive, spoke in Washington.", true},
		{`"It is a step, not a destination," he said.`, "The minister spoke in Brasília.", false},
		{`"So the grower in Trujillo eats most of it."`, "Dale Hartwig said buyers had pushed back.", true},
		{`"This offer changes nothing," said Renata Alves, Brazil's trade secretary.`, "Dale Hartwig had asked for more.", false},
	} {
		e := cache.excerpt(c.text)
		ctx := analyse(c.context)
		ms, mcs := make([]float64, len(q.terms)), make([]float64, len(q.terms))
		for i := range q.terms {
			ms[i], mcs[i] = q.terms[i].match(&e.analysed), q.terms[i].match(&ctx)
		}
		if got := quotesSpeaker(speakers, ms, mcs, c.text); got != c.want {
			t.Errorf("%q (paragraph %q) quotes Dale Hartwig: %v, want %v", c.text, c.context, got, c.want)
		}
	}
	r := weighed("What was the union's response?", 40, nil)
	if s := r.speakersAsked(); s != nil {
		t.Errorf("no auxiliary before a verb of saying: speakers %v, want none", s)
	}
}
