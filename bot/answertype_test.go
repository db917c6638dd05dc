package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestWhoPrefersAName: for a question of who, an excerpt that names a
// person ("the Minister of Commerce, Helena Varga") scores its kind above
// one that names only a role ("to the minister").
func TestWhoPrefersAName(t *testing.T) {
	cache := newAnalysisCache(4)
	named := cache.excerpt("Any final measure needs the approval of the Minister of Commerce, Helena Varga.")
	role := cache.excerpt("The board expects to send its final recommendation to the minister in October.")
	if named.holds(kindName) == 0 || role.holds(kindName) != 0 {
		t.Fatalf("name cue: named %v, role %v", named.holds(kindName) != 0, role.holds(kindName) != 0)
	}
	if n, r := kindScore(kindPerson, named.holds(scoredCues(kindPerson)), false), kindScore(kindPerson, role.holds(scoredCues(kindPerson)), false); n <= r {
		t.Errorf("kind score: named %.2f, role only %.2f; want the name higher", n, r)
	}
}

// TestNegationAnswersYesNo: a yes-or-no question is answered by a
// sentence that denies it ("nothing had been put in writing") as well as
// by one that says it is unsettled, so both carry the kind it asks for; a
// plain statement does not.
func TestNegationAnswersYesNo(t *testing.T) {
	a := newAnalysisCache(8)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Officials added that nothing had been put in writing.", true},
		{"The port has not signed a contract with the dredging firm.", true},
		{"The port hasn't signed it.", true},
		{"The port hasn’t signed it.", true},
		{"No contract exists.", true},
		{"Breaches cannot lead to sanctions.", true},
		{"Whether the port will sign remains unclear.", true},
		{"The port signed a contract with the dredging firm.", false},
		{"No. 10 said the port signed a contract.", false},
		{"The port went ahead without delay.", false},
	} {
		e := a.excerpt(c.text)
		if got := e.holds(kindUncertain) != 0; got != c.want {
			t.Errorf("%q: holds a yes-or-no answer %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHowFarAsksForAFigure: "how far", "how deep", "how steep" and "how
// sharply" ask for a measure or a degree, which a figure gives, as "how
// much" and "how big" do.
func TestHowFarAsksForAFigure(t *testing.T) {
	for _, s := range []string{
		"How far below normal has rainfall been?", "How deep are the cuts?",
		"How steep is the new tariff?", "How sharply did exports fall?",
	} {
		if q := parseQuestion(s); q.kinds&kindAmount == 0 {
			t.Errorf("%q: kinds %b, want an amount", s, q.kinds)
		}
	}
}

// TestWhatIsTheRateAsksForAShare: "what's the rate", "what is the duty
// rate" ask for a percentage as "what rate" does, with up to two words
// before the noun after "the"; "what did Japan cut" asks for no share.
func TestWhatIsTheRateAsksForAShare(t *testing.T) {
	wantParsed(t, map[string]bool{
		"What's the provisional duty rate on imported steel?": true,
		"What is the duty rate on steel?":                     true,
		"What was the share of exports going to Canada?":      true,
		"What rate applies above the quota?":                  true,
		"What did Japan cut?":                                 false,
		"What did the ministry cut from the budget?":          false,
	}, "asks a share", func(q question) bool { return q.kinds&kindPercent != 0 })
}

// wantParsed checks, for each question of cases, that what the question
// is read to ask (flag, named name) is as wanted.
func wantParsed(t *testing.T, cases map[string]bool, name string, flag func(question) bool) {
	t.Helper()
	for s, want := range cases {
		if got := flag(parseQuestion(s)); got != want {
			t.Errorf("%q %s: %v, want %v", s, name, got, want)
		}
	}
}

// TestDurationWithAModifier: a length of time may have a word between
// its number and its unit ("45 working days", "a full week"), but not any
// word ("a hard week", "20 percent year-on-year").
func TestDurationWithAModifier(t *testing.T) {
	for s, want := range map[string]bool{
		"The bureau has up to 45 working days to decide.": true,
		"The plant stopped for a full week.":              true,
		"Talks lasted 30 days.":                           true,
		"It was a hard week for exporters.":               false,
		"Exports rose 20 percent year-on-year.":           false,
		"Turnout was high in an election year.":           false,
	} {
		t.Run(s, func(t *testing.T) {
			if got := newAnalysisCache(2).excerpt(s).holds(kindDuration) != 0; got != want {
				t.Errorf("holds a duration: %v, want %v", got, want)
			}
		})
	}
}

// TestCommonStatementsOfKind: the ways English news states a rate in
// time, a date and a share that the patterns once missed ("every twelve
// months", "on 3 March", "one in five"), and near misses that state none.
func TestCommonStatementsOfKind(t *testing.T) {
	for _, tc := range []struct {
		k    kind
		s    string
		want bool
	}{
		{kindFrequency, "The board will review the measure every twelve months.", true},
		{kindFrequency, "Inspections take place every 6 weeks.", true},
		{kindFrequency, "Flights leave every other day.", true},
		{kindFrequency, "The panel meets biweekly.", true},
		{kindFrequency, "It will take a few months to decide.", false},
		{kindTime, "The rules took effect on 3 March.", true},
		{kindTime, "Output fell in the third quarter.", true},
		{kindTime, "Three factories closed.", false},
		{kindPercent, "One in five exporters has cut jobs.", true},
		{kindPercent, "A fifth of the harvest goes abroad.", true},
		{kindPercent, "Seven out of ten farms are small.", true},
		{kindPercent, "Five firms bid for the contract.", false},
		{kindPercent, "Xi secured a fifth term.", false},
		{kindPercent, "Exports rose for a sixth consecutive month.", false},
		{kindPercent, "Protests drew thousands in several cities.", false},
		{kindTime, "Another 15 may close, the union said.", false},
		{kindTime, "The Audi Q3 is built in Hungary.", false},
		{kindTime, "Sales fell in Q3.", true},
	} {
		t.Run(tc.s, func(t *testing.T) {
			if got := newAnalysisCache(2).excerpt(tc.s).holds(tc.k) != 0; got != tc.want {
				t.Errorf("holds kind %d: %v, want %v", tc.k, got, tc.want)
			}
		})
	}
}

// TestWhenPrefersADate: a question of when is answered better by a date
// ("on Monday, October 5") than by a time with no date ("two weeks
// after", "soon").
func TestWhenPrefersADate(t *testing.T) {
	q := parseQuestion("When did the talks begin?")
	score := kindScorer(q)
	dated, vague := score("The talks opened on Monday, October 5."), score("A deal came two weeks after the talks began.")
	if !(dated > vague && vague > 0) {
		t.Errorf("kind score: dated %.2f, vague %.2f; want the date higher and the vague time above nothing", dated, vague)
	}
}

// TestWhenPrefersADay: a question of when is answered better by a date
// with its day ("on Monday, October 20", "20 October") than by a month, a
// weekday or a year alone, which still beat a time with no date; a wire
// dateline's day is not the sentence's.
func TestWhenPrefersADay(t *testing.T) {
	q := parseQuestion("When was the swap line signed?")
	score := kindScorer(q)
	vague := score("The swap line was signed two weeks after the election.")
	for _, day := range []string{"The swap line was signed on Monday, October 20.", "The swap line was signed on 20 October.", "The swap line was signed on Oct. 20."} {
		for _, month := range []string{"The swap line was signed in October.", "The swap line was signed on Monday.", "The swap line was signed in 2025.", "BUENOS AIRES, Oct 21 (Reuters) - The swap line was signed on Monday."} {
			if d, m := score(day), score(month); !(d > m && m > vague) {
				t.Errorf("kind score: %.2f for %q, %.2f for %q, %.2f for no date; want them in that order", d, day, m, month, vague)
			}
		}
	}
}

// TestYearAsked: a question of which year is answered by a year as well
// as by a day; a question of when better by a day.
func TestYearAsked(t *testing.T) {
	kind := func(question, text string) float64 {
		q := weighed(question, 60, map[string]int{"plant": 6, "built": 4})
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].features.kind
	}
	if k := kind("In what year was the plant built?", "The plant was built in 1998."); k != wKindFigure {
		t.Errorf("kind %.2f for a year, asked which year; want %.2f", k, wKindFigure)
	}
	if k := kind("When was the plant built?", "The plant was built in 1998."); k != dayShare*wKindFigure {
		t.Errorf("kind %.2f for a year, asked when; want %.2f", k, dayShare*wKindFigure)
	}
}

// TestHowManyPrefersThings: a question of how many is answered better by
// a number of things ("52 nickel smelters") than by a figure of units
// ("240 million wet tonnes", "two weeks").
func TestHowManyPrefersThings(t *testing.T) {
	for text, want := range map[string]bool{
		"Indonesia has 52 nickel smelters in operation.":      true,
		"The quota was set at 240 million wet tonnes of ore.": false,
		"The plant will close for two weeks.":                 false,
		"Tariffs rose 15 percent.":                            false,
	} {
		if got := countsThings(text); got != want {
			t.Errorf("countsThings(%q) = %v, want %v", text, got, want)
		}
	}
	q := parseQuestion("How many smelters are running?")
	score := kindScorer(q)
	if things, units := score("Indonesia has 52 smelters in operation."), score("Smelters will need 250 million tonnes of ore."); !(things > units && units > 0) {
		t.Errorf("kind score: things %.2f, units %.2f; want things higher", things, units)
	}
}

// TestPlaceExpressions: a place news names beside the kind of place it
// is, or after "around", is a place; the end of a month is not, nor a
// sentence's first word before a noun of place, nor a word mostly used
// as a verb whose commonest noun sense is a place ("see", "left").
func TestPlaceExpressions(t *testing.T) {
	for _, s := range []string{"most of it comes from the province of Castellón", "a smelter in the southern Batken region", "factories clustered around Tangier", "the southern districts of Thyolo and Mulanje", "growers in the counties of Kerry and Cork"} {
		if !holdsKind(kindPlace, s) {
			t.Errorf("%q: no place found", s)
		}
	}
	for _, s := range []string{"by the end of March", "the ministry said on Tuesday", "Diplomatic sources said talks stalled", "Analysts see tariffs rising", "officials said Biden left the meeting early"} {
		if holdsKind(kindPlace, s) {
			t.Errorf("%q: read as a place", s)
		}
	}
}

// TestTimeExpressions: times written as news writes them are times.
func TestTimeExpressions(t *testing.T) {
	for _, s := range []string{"in mid-March", "mid-July shipments", "by the end of March", "at the start of April", "on the 15th", "mid-2027", "on the 4th of September"} {
		if !holdsKind(kindTime, s) {
			t.Errorf("%q: no time found", s)
		}
	}
	if holdsKind(kindTime, "TOKYO, Sept 4 (Reuters) - The fund chose three projects.") {
		t.Errorf("a wire dateline's date read as the time of the sentence")
	}
	for _, s := range []string{"a year ago", "two weeks after the talks", "a month later"} {
		if !holdsKind(kindTime, s) {
			t.Errorf("%q: no time found", s)
		}
	}
	if holdsKind(kindTime, "it would save about $2 billion a year") {
		t.Errorf(`"a year" as a rate read as a time`)
	}
}

// TestAmountsInOtherCurrencies: an amount in a currency named by its code
// or its word is an amount.
func TestAmountsInOtherCurrencies(t *testing.T) {
	for _, s := range []string{"a fee of 40 francs", "CHF 40 a head", "2.4 billion crowns", "USD 400 each", "500 pesos a month"} {
		if !holdsKind(kindAmount, s) {
			t.Errorf("%q: no amount found", s)
		}
	}
}

// TestHowLongIsAThing: "how long is the pipeline" asks for a distance or
// a length of time; "how long will the talks take" only for a time.
func TestHowLongIsAThing(t *testing.T) {
	a := newAnalysisCache(2)
	distance := a.excerpt("The project would carry gas through an 800-mile (1,290 km) pipeline.")
	for s, want := range map[string]bool{
		"How long is the Alaska gas pipeline?": true,
		"How long were the border fences?":     true,
		"How long will the talks take?":        false,
		"How long does the pause last?":        false,
	} {
		if q := parseQuestion(s); states(q.needs, distance) != want {
			t.Errorf("%q (needs %b): a distance answers it: %v, want %v", s, q.needs, !want, want)
		}
	}
}

// TestKindNamedByANoun: a terse question names the kind of answer it wants
// by a noun ("safeguard review frequency", "provisional duties
// duration"), which then is no word the answer must say.
func TestKindNamedByANoun(t *testing.T) {
	for s, want := range map[string]kind{
		"safeguard review frequency":  kindFrequency,
		"provisional duties duration": kindDuration,
		"mackerel agreement length":   kindDuration | kindLength,
		"the length of the pause":     kindDuration | kindLength,
	} {
		q := parseQuestion(s)
		if q.kinds&want != want {
			t.Errorf("%q: kinds %b, want %b", s, q.kinds, want)
		}
		for _, tm := range q.terms {
			if kindNouns[tm.form] != 0 && !tm.kindNoun {
				t.Errorf("%q: %q names the kind asked for, not a thing to say", s, tm.word)
			}
		}
	}
}

// TestQuantityAskedByItsNoun: a request for "the cost of" or "the size
// of" a thing needs a figure, as "how much" does; the noun later in a
// question does not make it one.
func TestQuantityAskedByItsNoun(t *testing.T) {
	wantParsed(t, map[string]bool{
		"the cost of the LNG terminal":            true,
		"total value of the Boeing orders":        true,
		"the price of gold":                       true,
		"What is the cost of the terminal?":       true,
		"How much will the terminal cost?":        true,
		"Who will bear the cost of the terminal?": false,
		"the terminal's builders":                 false,
	}, "needs an amount", func(q question) bool { return q.needs&kindAmount != 0 })
}

// TestHowMuchTime: "how much time" asks how long, which a length of time
// answers, not a sum.
func TestHowMuchTime(t *testing.T) {
	q := parseQuestion("How much time does the board have to reach a final ruling?")
	if q.needs&kindDuration == 0 || q.needs&kindAmount != 0 {
		t.Errorf("kinds %b, needs %b: want a length of time, not an amount", q.kinds, q.needs)
	}
}

// TestKindNounInsideAPhrase: a kind noun inside another phrase ("the arm's
// length principle") asks for no kind, and a question of how long
// something lasts asks for no distance.
func TestKindNounInsideAPhrase(t *testing.T) {
	if q := parseQuestion("What is the arm's length principle in the transfer pricing rules?"); q.kinds&(kindDuration|kindLength) != 0 {
		t.Errorf("arm's length: kinds %b, want no length of time or distance", q.kinds)
	}
	if q := parseQuestion("How long is the pause expected to last?"); q.kinds&kindLength != 0 || q.kinds&kindDuration == 0 {
		t.Errorf("how long … last: kinds %b, want a length of time only", q.kinds)
	}
}

// kindScorer scores the kinds of answer q asks for that a text holds, as
// rank does.
func kindScorer(q question) func(text string) float64 {
	cache := newAnalysisCache(8)
	return func(text string) float64 {
		e := cache.excerpt(text)
		return kindScore(q.kinds, e.holds(scoredCues(q.kinds)), e.hedges)
	}
}

// TestQuotedTimeIsTheSpeakers: a time said inside a quotation is the
// speaker's ("today", "next year" as they spoke), not the time of the
// event a question of when asks about; the same sentence's time outside
// the quotation, or a quoted title, still counts.
func TestQuotedTimeIsTheSpeakers(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`"Today it is 75% inside the quota. We want to know it will not grow tomorrow," said Fujimura.`, false},
		{`"We expect the first cargo next year," the chief executive said.`, false},
		{`"We expect the first cargo soon," the chief executive said on Monday, May 4.`, true},
		{`The agency said the rules take effect on July 1.`, true},
	} {
		if got := holdsKind(kindTime, c.text); got != c.want {
			t.Errorf("%q: holds a time %v, want %v", c.text, got, c.want)
		}
	}
}

// TestListOfTwoNames: a question of which things is answered by names
// joined by "and" ("Porsche and Audi"), as by a longer list, but not by
// an editor's bracketed long form of a name ("NEXI [Nippon Export and
// Investment Insurance]").
func TestListOfTwoNames(t *testing.T) {
	q := parseQuestion("Which brands have no factory in America?")
	score := kindScorer(q)
	named, unnamed := score("Porsche and Audi are the most exposed, because neither has a plant in America."), score("The brands that have no factory in America are the most exposed.")
	if named <= unnamed {
		t.Errorf("kind score: two names %.2f, none %.2f; want the names higher", named, unnamed)
	}
	bracketed := score("He said NEXI [Nippon Export and Investment Insurance] will review the brands.")
	if bracketed != unnamed {
		t.Errorf("kind score: an editor's bracket %.2f, want %.2f, as with no list", bracketed, unnamed)
	}
}

// TestAmongThemOpensAList: "among them" opens an enumeration as
// "including" does ("38 product lines, among them skis and
// snowboards"): a question of which things gets the kind it asks for,
// and the items count as named after its focus.
func TestAmongThemOpensAList(t *testing.T) {
	q := parseQuestion("Which products are on the tariff list?")
	score := kindScorer(q)
	listed, unlisted := score("The duty covers 38 product lines, among them skis and snowboards."), score("The duty covers 38 product lines from Austria.")
	if listed <= unlisted {
		t.Errorf("kind score: listed %.2f, not %.2f; want the list higher", listed, unlisted)
	}
	if n := focusList(&q, newAnalysisCache(4).excerpt("The duty covers 38 product lines, among them skis and snowboards.")); n != 2 {
		t.Errorf("items listed after the focus: %d, want 2", n)
	}
}

// TestDoneNotHedged: a question of whether something was done is
// answered by a sentence that says it was not, or that whether it was is
// open, better than by one that says it may be done.
func TestDoneNotHedged(t *testing.T) {
	q := parseQuestion("Did the two sides agree on fishing quotas?")
	cache := newAnalysisCache(4)
	score := func(text string) float64 {
		e := cache.excerpt(text)
		return kindScore(q.kinds, doneCues(&q, e.holds(scoredCues(q.kinds)), text), e.hedges)
	}
	denied, open, hedged := score("The two sides did not agree on fishing quotas."), score("It is unclear whether the two sides agreed on fishing quotas."), score("The two sides may agree on fishing quotas next month.")
	if !(denied > hedged && open > hedged) {
		t.Errorf("kind score: denied %.2f, open %.2f, hedged %.2f; want the hedge lowest", denied, open, hedged)
	}
	if will := parseQuestion("Will the two sides agree on fishing quotas?"); will.doneAsked {
		t.Errorf("%q read as asking whether it was done", will.text)
	}
}

// TestHowAVoteWentAsksForATally: "how did the Senate vote", "how did MEPs
// split", "how did the vote go" ask for a tally ("by 21 votes to 15"), a
// count; "how did the Greens take the vote" asks for a reaction.
func TestHowAVoteWentAsksForATally(t *testing.T) {
	for q, want := range map[string]bool{
		"How did the Bolivian Senate vote on the pact?": true,
		"How did MEPs split on the safeguard text?":     true,
		"How did the ratification vote go?":             true,
		"How did the vote go?":                          true,
		"How did the panel vote?":                       true,
		"how did the Greens take the vote?":             false,
		"How did the minister react to the vote?":       false,
		"Who called the vote?":                          false,
	} {
		if got := parseQuestion(q).kinds&kindCount != 0; got != want {
			t.Errorf("%q asks for a count: %v, want %v", q, got, want)
		}
	}
}
