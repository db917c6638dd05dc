package corpus

import "testing"

// TestBoilerplate: wire copy's credit lines and calls to action are no
// part of the story; prose that opens the same way is.
func TestBoilerplate(t *testing.T) {
	for text, want := range map[string]bool{
		"Reporting by Kenji Sato in Tokyo and Maria Lopez in Washington; Additional reporting by Tom Reed; Editing by Jane Hill": true,
		"(Reporting by Leika Kihara; Editing by Sam Holmes)":                                                                     true,
		"Writing by David Dolan; Editing by Kim Coghill.":                                                                        true,
		"Associated Press writers Mari Yamaguchi in Tokyo and Josh Boak in Washington contributed to this report.":               true,
		"Reporting by Ana de la Cruz in Madrid; Editing by Jane Hill":                                                            true,
		"Associated Press writer Josh T. Boak in Washington contributed to this report.":                                         true,
		"Sign up for the fund closed in March, the ministry said.":                                                               false,
		"Register for the auction opened on Monday.":                                                                             false,
		"Sign up here for our daily newsletter on trade and markets.":                                                            true,
		"Subscribe to our newsletter.":                                                                                           true,
		"Follow us on X for the latest.":                                                                                         true,
		"Our Standards: The Thomson Reuters Trust Principles.":                                                                   true,
		"Read more: Markets brace for a busy week of data":                                                                       true,
		"By Kenji Sato and Maria Lopez":                                                                                          true,
		"By Kenji Sato, Bloomberg":                                                                                               true,
		"Updated October 3, 2025, 10:30 a.m. ET":                                                                                 true,
		"Published: 3 Oct 2025":                                                                                                  true,
		"Photo: A container ship at the port of Yokohama, Japan, on October 1.":                                                  true,
		"(Reuters/Issei Kato)":                                                                                                   true,
		"Updated figures show exports fell sharply in the quarter.":                                                              false,
		"Posted 2025-10-03 08:00 UTC":                                                                                            true,
		"By March, exports had fallen 20%.":                                                                                      false,
		"By Tuesday the deal was done.":                                                                                          false,
		"Updated figures show exports fell 20% in the quarter, the ministry said.":                                               false,
		"Reporting by Reuters showed that Japan paid more.":                                                                      false,
		"Research by the IMF shows that tariffs raise prices.":                                                                   false,
		"Writing by hand is slower, the official said.":                                                                          false,
		"Japan contributed $5 billion to the fund.":                                                                              false,
		"Toyota and Honda contributed.":                                                                                          false,
		"The ministry said it would sign up five more buyers.":                                                                   false,
		"Related measures: the ministry will also cut the rice tariff.":                                                          false,
	} {
		if got := boilerplate(text); got != want {
			t.Errorf("boilerplate(%q) = %v, want %v", text, got, want)
		}
	}
}
