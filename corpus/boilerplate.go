package corpus

// What outlets add to a story that says nothing of it: a trailer of other
// articles' headlines ("RELATED:"), the credit lines of wire copy
// ("Reporting by …; Editing by …", "… contributed to this report."),
// calls to action ("Sign up here", "Read more: <headline>"), bylines,
// time stamps and photo credits set as paragraphs. Read as
// passages they answered questions they have nothing to do with:
// "Reporting by Kenji Sato in Tokyo" for where something will happen,
// "Sign up here for our daily newsletter" for how many. They are the
// conventions of news publishing, not the wording of any article.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pointers are the words that point a reader to other articles.
const pointers = `related|read more|read also|also read|see also`

// trailerMarker finds the line that opens a trailer of other articles'
// headlines: "RELATED:", "Read more", "More from Reuters".
var trailerMarker = regexp.MustCompile(`(?i)^(` + pointers + `|related (articles|stories|coverage|reading)|more from [\w ]+|recommended|you may also like)\s*:?\s*$`)

// dropTrailer removes a block such as "RELATED:" and the headline-like
// lines after it, which name other articles rather than say anything.
func dropTrailer(blocks []block) []block {
	for i, b := range blocks {
		if !trailerMarker.MatchString(strings.TrimSpace(b.text)) {
			continue
		}
		rest := blocks[i+1:]
		headlines := true
		for _, r := range rest {
			if r.level == 0 && !looksLikeHeadline(r.text) {
				headlines = false
				break
			}
		}
		if headlines {
			return blocks[:i]
		}
	}
	return blocks
}

// looksLikeHeadline reports whether a block reads as a headline: one
// short line with no sentence inside it.
func looksLikeHeadline(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.Contains(s, "\n") && utf8.RuneCountInString(s) <= 160 && strings.Count(s, ". ") == 0
}

// maxBoilerplate is the longest paragraph read as a credit line or a
// call to action: such lines are short; a longer paragraph is prose.
const maxBoilerplate = 300

// credit finds one credit of wire copy: "Reporting by Kenji Sato in
// Tokyo", "Additional reporting by Tom Reed", "Editing by Jane Hill".
var credit = regexp.MustCompile(`(?i)^((additional|contributing) )?(reporting|writing|editing|graphics|fact-checking|compiled) by (.+)$`)

// creditWords may join the names of a credit: "Kenji Sato in Tokyo and
// Maria Lopez in Washington".
var creditWords = map[string]bool{"and": true, "in": true, "at": true, "from": true, "with": true, "&": true,
	// The particles of names: "Ana de la Cruz", "Pieter van der Berg".
	"de": true, "la": true, "del": true, "da": true, "di": true, "du": true, "le": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "al": true}

// credits reports whether a paragraph is credit lines only, separated by
// semicolons and perhaps in brackets: "(Reporting by Kenji Sato in Tokyo;
// Editing by Jane Hill)". The names are capitalised: "Reporting by Reuters
// showed that …" is prose.
func credits(text string) bool {
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	text = strings.TrimSuffix(strings.TrimPrefix(text, "("), ")")
	for _, part := range strings.Split(text, ";") {
		m := credit.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return false
		}
		for _, w := range strings.Fields(strings.ReplaceAll(m[4], ",", " ")) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !creditWords[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}

// contributed finds the credit line that closes agency copy: "Associated
// Press writers Mari Yamaguchi in Tokyo and Josh Boak in Washington
// contributed to this report."
var contributed = regexp.MustCompile(`(?i)\bcontributed (reporting|to this (report|story|article))\.?$`)

// initial finds a name's initial: "T. " in "Josh T. Boak".
var initial = regexp.MustCompile(`\b\p{Lu}\. `)

// callToAction finds a line that asks the reader to do something rather
// than report: "Sign up here", "Subscribe to our newsletter", "Follow us
// on X", "Click here", "Read more: <headline>", "Our Standards: The
// Thomson Reuters Trust Principles." "Sign up for the fund closed in
// March" is prose: signing up must be for the outlet's own things.
var callToAction = regexp.MustCompile(`(?i)^((sign up|subscribe|register)( (here|now|today)\b| (for|to) (our|the) [\w ]*\b(newsletters?|briefings?|alerts?|podcasts?|channel)\b)|click here\b|follow (us|@\S+) on\b|our standards:|(` + pointers + `)\s*:\s*\S)`)

// byline finds a byline set as a paragraph: "By Kenji Sato and Maria
// Lopez", "By Kenji Sato, Bloomberg".
var byline = regexp.MustCompile(`^By \p{Lu}[\pL.'-]*( \p{Lu}[\pL.'-]*)*((,| and|, and) \p{Lu}[\pL.'-]*( \p{Lu}[\pL.'-]*)*)*$`)

// stamp finds the time a page says it was published or updated, set as a
// paragraph: "Updated October 3, 2025, 10:30 a.m. ET", "Published: 3 Oct
// 2025".
var stamp = regexp.MustCompile(`(?i)^(last )?(updated|published|posted)( on)?:? ((\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{1,2}(st|nd|rd|th)?)?,? \d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})[\pL\d ,.:]{0,30}$`)

// photoCredit finds a photograph's caption or credit: "Photo: …",
// "(Reuters/Issei Kato)", "File photo: …".
var photoCredit = regexp.MustCompile(`(?i)^((file )?(photo|image|picture|photograph)( credit)?:|\(?(reuters|afp|ap|bloomberg|getty images)/[\pL .'-]+\)?\.?$)`)

// boilerplate reports whether a paragraph is a credit line or a call to
// action (see credits, contributed and callToAction), a byline, a time
// stamp or a photo's caption (see byline, stamp and photoCredit), not the
// story.
func boilerplate(text string) bool {
	if len(text) > maxBoilerplate {
		return false
	}
	text = strings.TrimSpace(text)
	if credits(text) || callToAction.MatchString(text) || byline.MatchString(text) || stamp.MatchString(text) || photoCredit.MatchString(text) {
		return true
	}
	// "… contributed to this report.": one sentence, naming writers (an
	// initial's full stop ends none: "Josh T. Boak").
	return contributed.MatchString(text) && !strings.Contains(strings.TrimSuffix(initial.ReplaceAllString(text, ""), "."), ". ")
}
