package bot

import "testing"

// TestWithoutEmoji: Slack's emoji shortcodes are taken out of a message,
// flags (shortcodes or Unicode's regional indicators) are written as
// their countries' names, and colons that end a word or part a time are
// left as typed.
func TestWithoutEmoji(t *testing.T) {
	for msg, want := range map[string]string{
		"who picks the projects :eyes: :pray:":       "who picks the projects",
		":thinking_face: why did Ishiba quit?":       "why did Ishiba quit?",
		"thanks :+1::skin-tone-2:":                   "thanks",
		"cut :100: confirmed":                        "cut confirmed",
		"what tariff do :flag-jp: cars pay?":         "what tariff do Japan cars pay?",
		"what tariff do :jp: cars pay?":              "what tariff do Japan cars pay?",
		"🇯🇵 car tariff?":                             "Japan car tariff?",
		":flag-us: vs :flag-kr: deal":                "United States vs South Korea deal",
		":flag-us::flag-jp: deal":                    "United States and Japan deal",
		"🇺🇸🇯🇵 deal":                                  "United States and Japan deal",
		"WHAT TARIFF DO 🇯🇵 CARS PAY?":                "WHAT TARIFF DO JAPAN CARS PAY?",
		"Note: the order is signed at 10:30:00 ET":   "Note: the order is signed at 10:30:00 ET",
		"ratio 3:2:1":                                "ratio 3:2:1",
		"what did Akazawa say re:the fund:":          "what did Akazawa say re:the fund:",
		"a flag of no country :flag-zz: nor 🇿🇿 here": "a flag of no country nor here",
	} {
		if got := withoutEmoji(msg); got != want {
			t.Errorf("withoutEmoji(%q) = %q, want %q", msg, got, want)
		}
	}
}
