package bot

import "testing"

// TestDateIsNoCount: the numbers of a date ("May 25", "25 May", "2025")
// are not a count of things; a number of things beside a date still is,
// and its span is where the things are counted.
func TestDateIsNoCount(t *testing.T) {
	checkCues(t, kindCount, map[string]bool{
		"The plant halted production on May 25 and has since extended the pause.": false,
		"Production stopped on 25 May at the plant.":                              false,
		"The tariff it imposed in 2025 on electric bicycles stays.":               false,
		"The halt affects about 2,900 workers, the company said.":                 true,
		"On May 25 the company sent 3,400 workers home.":                          true,
		"Twelve cranes arrived in 2024.":                                          true,
		// Words that begin like a month, and a number in a year's range
		// that no word dates by, are counts as before.
		"Exports went to 12 markets last year.":         true,
		"The agency opened 12 separate investigations.": true,
		"Maybe 10 companies will leave.":                true,
		"Sales declined 15 percent.":                    true,
		"About 2000 workers lost jobs.":                 true,
	})
	e := newAnalysisCache(4).excerpt("On May 25 the company sent 3,400 workers home.")
	sp := e.spansOf(kindCount)
	if len(sp) != 1 || e.content[sp[0][0]].word != "3,400" {
		t.Errorf("count spans %v of %v; want one, at 3,400", sp, e.content)
	}
}

// TestPeriodHalfIsNoShare: a half of a year or an hour says when or how
// long, not what share ("the first aircraft would arrive in the second
// half of 2028" gives no figure for "how much is the order worth"); a
// half of something still is a share.
func TestPeriodHalfIsNoShare(t *testing.T) {
	for _, c := range []struct {
		text  string
		share bool
	}{
		{"The first aircraft would arrive in the second half of 2028.", false},
		{"First-half sales were flat.", false},
		{"The company will report its half-year results in August.", false},
		{"The talks lasted half an hour.", false},
		{"Half of its profits will go to the US government.", true},
		{"The US keeps half the profits in the first half of the year.", true},
		{"Exports fell 12% in the second half.", true},
		{"Deliveries resume in the second half of fiscal 2026.", false},
		{"The first half of the year was slow.", false},
		{"They held a half-hour meeting and a half-day strike.", false},
		{"The second half of the loan will be released next year.", true},
		{"The last half of the shipments was rejected.", true},
		{"First half of its revenue comes from China.", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			e := newAnalysisCache(4).excerpt(c.text)
			if got := e.holds(kindPercent) != 0; got != c.share {
				t.Errorf("holds a share: %v, want %v", got, c.share)
			}
		})
	}
}

// TestPeriodHalfIsNoNumber: a sentence whose only "number" is the half of
// a period states no figure.
func TestPeriodHalfIsNoNumber(t *testing.T) {
	if hasNumber("Deliveries will start in the second half of next year.") {
		t.Error("the second half of next year read as a figure")
	}
	if !hasNumber("Half of the deliveries will start next year.") {
		t.Error("half of the deliveries not read as a figure")
	}
}

// TestDateIsNoPlace: a month or a weekday after a preposition says when,
// not where ("lower its prices from July 15" answers no question of
// where); a place after one still is, and where it stands is its span.
func TestDateIsNoPlace(t *testing.T) {
	checkCues(t, kindPlace, map[string]bool{
		"Prairie Crown Potash said it would lower its US prices from July 15 to reflect the new rate.": false,
		"The talks resumed on Monday and will end in March.":                                           false,
		"The duty was cut in September, officials said.":                                               false,
		"The talks resumed in Geneva on Monday.":                                                       true,
		"Shipments from Saskatchewan fell in March.":                                                   true,
	})
}

// checkCue checks that a text holds the kind k, and has spans of it, as
// want says.
func checkCue(t *testing.T, k kind, text string, want bool) {
	t.Helper()
	e := newAnalysisCache(4).excerpt(text)
	if got := e.holds(k) != 0; got != want {
		t.Errorf("holds kind %b: %v, want %v", k, got, want)
	}
	if got := len(e.spansOf(k)) > 0; got != want {
		t.Errorf("spans of kind %b %v, want some: %v", k, e.spansOf(k), want)
	}
}

// checkCues runs checkCue on each text, as a subtest named by it: wants
// maps each text to whether it holds the kind k.
func checkCues(t *testing.T, k kind, wants map[string]bool) {
	t.Helper()
	for text, want := range wants {
		t.Run(text, func(t *testing.T) { checkCue(t, k, text, want) })
	}
}

// TestPartitiveOneIsNoCount: the "one" of "one of" names a member of a
// group, not a count of one thing ("one of the world's largest
// lemon-growing regions" gives no number for "how many people does it
// employ"); the group's own number still counts.
func TestPartitiveOneIsNoCount(t *testing.T) {
	checkCues(t, kindCount, map[string]bool{
		"Tucumán is one of the world's largest lemon-growing regions.": false,
		"One of its biggest customers has stopped ordering.":           false,
		"She is one of 12 members of the board.":                       true,
		"Twenty-one of the company's workers were laid off.":           true,
		"Security is only one of their concerns.":                      false,
		"The union has one representative on the panel.":               true,
	})
}

// TestSinceDateIsNoReason: "since", "after" or "following" before a date
// says when, not why ("has paid 10% since April"); before anything else
// it may still give a cause.
func TestSinceDateIsNoReason(t *testing.T) {
	checkCues(t, kindReason, map[string]bool{
		"Bulgarian rose oil has paid a 10% import duty since April 5.":    false,
		"Korean cars had entered the United States duty-free since 2012.": false,
		"Prices fell sharply after March 3, traders said.":                false,
		"Orders dried up following the end of June.":                      false,
		"Orders dried up after the tariff took effect.":                   true,
		"Exports fell because of the duty.":                               true,
	})
}

// TestDueToVerbIsNoReason: "due to" before a verb's base form says what
// is scheduled ("is due to take effect in May"), not why; before
// anything else it gives a cause.
func TestDueToVerbIsNoReason(t *testing.T) {
	checkCues(t, kindReason, map[string]bool{
		"The new quota is due to take effect in May.":             false,
		"Commerce is due to publish its final ruling next month.": false,
		"Shipments fell due to the tariff.":                       true,
		"Output dropped due to repairs at the plant.":             true,
		"Margins narrowed due to rising costs.":                   true,
	})
}

// TestLabelNumberIsNoCount: the number of a label ("Section 232",
// "Chapter 10") names a law or a part and counts nothing; a count beside
// it still counts.
func TestLabelNumberIsNoCount(t *testing.T) {
	checkCues(t, kindCount, map[string]bool{
		"The Section 232 tariffs on lumber stay in place.":              false,
		"Ottawa will challenge it under Chapter 10 of the agreement.":   false,
		"The Section 232 tariffs cover 38 product codes.":               true,
		"Commerce opened 12 separate investigations under Section 301.": true,
	})
}

// TestUnnamedSourcesAreNoCount: "two people familiar with the talks"
// says who told the reporter, not how many of anything the story is
// about; a count of people it is about still counts.
func TestUnnamedSourcesAreNoCount(t *testing.T) {
	checkCues(t, kindCount, map[string]bool{
		"The deal is close, two people familiar with the talks said.": false,
		"Three officials briefed on the plan said it would slip.":     false,
		"Two people were hurt when the crane fell.":                   true,
		"The plant employs 400 people, two people familiar said.":     true,
	})
}

// TestPlaceNameIsNoPerson: two capitalised words that name a place
// ("the United States", "New York") are no person's name; a person's
// name beside them still is.
func TestPlaceNameIsNoPerson(t *testing.T) {
	for _, k := range []kind{kindPerson, kindName} {
		checkCues(t, k, map[string]bool{
			"Exports to the United States fell 5% last year.":           false,
			"Shipments bound for New York were held at the port.":       false,
			"Exports to the United States fell, said Anthony Albanese.": true,
		})
	}
}
