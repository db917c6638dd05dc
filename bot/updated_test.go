package bot

import (
	"strings"
	"testing"
)

func TestMovedFrom(t *testing.T) {
	for text, want := range map[string]bool{
		"She cut her estimate of the rise in shop prices to about 6%, down from 8.5%.": true,
		"The ministry raised its estimate to $50.6 billion, from the $48.2 billion.":   true,
		"Cattle Australia cut its estimate to about A$29 million, from A$40 million.":  true,
		"The share of each quota kept for processors falls from 85% to 60%.":           true,
		"The council raised its forecast for export growth to 7.5%, from about 5%":     true,
		"The levy rises to Rs 700 from Rs 500.":                                        true,
		"The forecast is now 4%, from an earlier 5%.":                                  true,
		"Aid rose to C$520 million, up from the C$370 million announced in September.": true,
		"The list rose to 2,140 tariff lines from 1,800 in July.":                      true,
		"Twenty of the 23 chapters are now closed, up from 11 in March.":               true,
		"Exports rose 27% in October from a year earlier.":                             false,
		"Imports from Mexico fell 30%.":                                                false,
		"The quota runs from 2019 to 2021.":                                            false,
		"Ostland buys beef from 5 countries.":                                          false,
		"The chief executive stepped down from the board.":                             false,
		"Revenue loss is now put at ₱3.1 billion, up from ₱2.3 billion.":               true,
		"Fees fell to ₽400 from ₽550.":                                                 true,
		"The wait grew from 5 months to 7.":                                            false,
		"Output was cut to 1.9 million tonnes from 2.3 million tonnes.":                true,
		"Revenue loss is now put at ₹3.1 billion, up from ₹2.3 billion.":               true,
		"Exports rose 12% from 12 months earlier.":                                     false,
	} {
		if got := movedFrom().MatchString(text); got != want {
			t.Errorf("movedFrom(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestGivesRevision: a revised figure counts for a question of a figure
// that it gives, and for a question of no kind in particular; not for a
// question of when, nor when the sentence lacks the kind asked.
func TestGivesRevision(t *testing.T) {
	analyses := newAnalysisCache(16)
	cand := func(text string) *candidate {
		return &candidate{text: text, excerptAnalysis: analyses.excerpt(text)}
	}
	revised := cand("She cut her estimate of the annual loss to about A$29 million, from A$40 million.")
	delayed := cand("The first cargo is now due in 2032, down from the 35% share first planned.")
	for _, c := range []struct {
		question string
		c        *candidate
		want     bool
	}{
		{"what is the latest estimate of the annual loss", revised, true},
		{"how much will farmers lose each year now", revised, true},
		{"annual loss latest", revised, true},
		{"when is the first cargo due now", delayed, false},
		{"who made the latest estimate", revised, false},
	} {
		q := parseQuestion(c.question)
		if got := givesRevision(&q, c.c); got != c.want {
			t.Errorf("givesRevision(%q, %q) = %v, want %v", c.question, c.c.text, got, c.want)
		}
	}
}

func TestCorrected(t *testing.T) {
	for text, want := range map[string]string{
		"The annual quota is 9.5 million tonnes, not 9 million.":                                   "9",
		"The exemption covers 11 tariff lines, not 9 as first reported.":                           "9",
		"The lower rate takes effect on July 15, not July 1.":                                      "July 1",
		"It booked a $4.5 billion charge, revised down from the $5.5 billion it warned of.":        "$5.5",
		"Ethiopia has 163 exporters, the authority said, revising its earlier figure of some 140.": "140",
		"Importers paid $5.3 million, up from the $4.1 million first estimated.":                   "$4.1",
		"It paid more than first estimated.":                                                       "",
		"The tariff was cut to 3% from 10%.":                                                       "",
		"Not 10 but 12 ships sailed.":                                                              "",
		"The IMF revised its growth forecast to 2.5% from 3%.":                                     "3%",
		"The ministry revised the tariff from 10% to 25% in March.":                                "",
		"Exports rose to $5 million from $4 million, as first reported by Reuters.":                "",
	} {
		ok, old := revisions(text)
		got := strings.Join(old, " ")
		if got != want {
			t.Errorf("revisions(%q) named %q, want %q", text, got, want)
		}
		if ok != (want != "" || strings.Contains(text, "than first")) {
			t.Errorf("revisions(%q) found %v", text, ok)
		}
	}
}

func TestReplacements(t *testing.T) {
	for text, want := range map[string]string{
		"Its annual capacity has been raised to 150,000 e-bikes, from 120,000.":                   "120,000",
		"The plant is to employ 310 people rather than the 220 first planned.":                    "220",
		"Japan now expects to buy $9.2 billion a year, up from the $8 billion cited.":             "$8",
		"The department cut the rate to 16.9%, from 18.4%.":                                       "18.4%",
		"The annual quota is 9.5 million tonnes, not 9 million.":                                  "9",
		"Imports from 12 countries rose, and shipments came from 2019 to 2021 stocks.":            "",
		"It chose the port rather than the airport.":                                              "",
		"It now finds six subsidy programmes countervailable rather than seven.":                  "seven",
		"The exemption covers 11 tariff lines, not nine as first reported.":                       "nine",
		"Buyers will take up to 25,000 tonnes a year, not the 30,000 tonnes reported.":            "30,000",
		"It lowered its estimate of jobs at risk to up to 4,500, from up to 6,000.":               "6,000",
		"Commerce postponed its decision to November 18, from the November 4 date.":               "November 4",
		"The quota now opens on November 1 instead of October 1.":                                 "October 1",
		"The talks were moved to November 18 from Geneva.":                                        "",
		"It now expects savings of NZ$47 million, up from its earlier estimate of NZ$42 million.": "NZ$42",
		"Output is 1.9 million tonnes, down from its June forecast of about 2.1 million.":         "2.1",
	} {
		_, corrected := revisions(text)
		if got := strings.Join(replacements(text, corrected), " "); got != want {
			t.Errorf("replacements(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestSaysFigure(t *testing.T) {
	for _, c := range []struct {
		text, v string
		want    bool
	}{
		{"up to 9 million tonnes", "9", true},
		{"up to 19 million tonnes", "9", false},
		{"up to 9.5 million tonnes", "9", false},
		{"about $5.5 billion.", "$5.5", true},
		{"about 60 containers", "60", true},
		{"on July 1, it said", "July 1", true},
		{"on July 15", "July 1", false},
		{"growth of 3.9%", "9%", false},
		{"paid $9 million", "9", true},
		{"the H9 chip", "9", false},
		{"not july 1", "July 1", true},
	} {
		if got := saysFigure(c.text, c.v); got != c.want {
			t.Errorf("saysFigure(%q, %q) = %v, want %v", c.text, c.v, got, c.want)
		}
	}
}
