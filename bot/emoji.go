package bot

// Stage 0, continued: emoji in a message. Slack sends an emoji as its
// shortcode ("who picks the projects :eyes:", ":thinking_face:"): read as
// words, "eyes" and "face" were things the coverage must name, and the
// answer came back partial or refused. An emoji says how the writer
// feels, not what is asked, except a flag, which names its country
// ("what tariff do :flag-jp: cars pay", "🇯🇵 car tariff").

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/countries"
)

// shortcodes finds a run of Slack emoji shortcodes (":eyes:",
// ":+1::skin-tone-2:", ":flag-jp:"), where a word may start: a colon that
// ends a word ("Note: …") or a time ("10:30") is none.
var shortcodes = regexp.MustCompile(`(^|[^\pL\pN:])((?::[a-z0-9_+'-]+:)+)`)

// oneShortcode finds one shortcode in a run.
var oneShortcode = regexp.MustCompile(`:([a-z0-9_+'-]+):`)

// legacyFlags are the flags whose Slack shortcode is the bare country
// code (":jp:", ":us:", ":gb:", ":uk:"): the ten of the first emoji sets
// (Unicode's emoji from Japanese carriers), which Slack kept under their
// old names. Every other flag is ":flag-xx:".
var legacyFlags = map[string]string{
	"cn": "CN", "de": "DE", "es": "ES", "fr": "FR", "gb": "GB", "uk": "GB",
	"it": "IT", "jp": "JP", "kr": "KR", "ru": "RU", "us": "US",
}

// withoutEmoji returns a message with its emoji shortcodes taken out, and
// its flags (as shortcodes or as Unicode's pairs of regional indicator
// letters) written as the names of their countries (flags side by side
// joined by "and"; in capitals in a message typed in capitals), and its
// runs of spaces as one (see spacedAsOne).
func withoutEmoji(msg string) string {
	if !strings.Contains(msg, ":") && !strings.ContainsFunc(msg, isRegionalIndicator) {
		return msg // no shortcode, no flag: most messages
	}
	shouted := !strings.ContainsFunc(msg, unicode.IsLower)
	named := func(names []string) string {
		n := strings.Join(names, " and ")
		if shouted {
			n = strings.ToUpper(n) // the message is read as shouted (see unshouted)
		}
		return n
	}
	msg = shortcodes.ReplaceAllStringFunc(msg, func(run string) string {
		lead, codes := "", run
		if r, size := utf8.DecodeRuneInString(run); r != ':' {
			lead, codes = run[:size], run[size:]
		}
		var names []string
		for _, m := range oneShortcode.FindAllStringSubmatch(codes, -1) {
			if name, ok := flagName(m[1]); ok {
				names = append(names, name)
			}
		}
		return lead + " " + named(names) + " "
	})
	if !strings.ContainsFunc(msg, isRegionalIndicator) {
		return spacedAsOne(msg)
	}
	var b strings.Builder
	rs := []rune(msg)
	for i := 0; i < len(rs); {
		var names []string
		for i+1 < len(rs) && isRegionalIndicator(rs[i]) && isRegionalIndicator(rs[i+1]) {
			if name, ok := countries.Name(string([]rune{rs[i] - 0x1F1E6 + 'A', rs[i+1] - 0x1F1E6 + 'A'})); ok {
				names = append(names, name)
			}
			i += 2
		}
		if len(names) > 0 {
			b.WriteString(" " + named(names) + " ")
			continue
		}
		if !isRegionalIndicator(rs[i]) {
			b.WriteRune(rs[i])
		}
		i++
	}
	return spacedAsOne(b.String())
}

// spacedAsOne returns s with each run of spaces as one space, and its
// line breaks kept: a line of its own sets a question apart (see clauses).
func spacedAsOne(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// flagName returns the name of the country a flag's shortcode stands for
// ("flag-jp", "jp" → Japan), and whether it is a flag.
func flagName(code string) (string, bool) {
	iso, ok := strings.CutPrefix(code, "flag-")
	if !ok {
		if iso, ok = legacyFlags[code]; !ok {
			return "", false
		}
	}
	if len(iso) != 2 {
		return "", false
	}
	return countries.Name(iso)
}

// isRegionalIndicator reports whether r is one of Unicode's regional
// indicator letters, two of which make a flag.
func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
