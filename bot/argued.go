package bot

// Stage 5 (score), continued: a reason given as someone's argument.

import (
	"regexp"
	"slices"
)

// arguedRE finds a reason given as what someone argues: "Cairo proposed
// cutting the requirement to 8%, *arguing that* the change would let
// factories use more Egyptian yarn", "exporters *contend that* …", "*on
// the grounds* that …". English news reports a party's stated reason in
// these words whatever the story.
var arguedRE = regexp.MustCompile(`(?i)\b(arguing|argu(e|es|ed) that|contend(s|ed|ing) that|on the grounds)\b`)

// argumentGivesReason reports whether a party's argument answers a
// question of why: not one that asks why they argue ("why do importers
// argue the mussels don't compete?"), whose answer is their reason for
// it, not the claim restated in "importers argue that …".
func (q *question) argumentGivesReason() bool {
	return q.kinds&kindReason != 0 && !slices.ContainsFunc(q.terms, func(t term) bool { return t.stem == "argu" || t.stem == "contend" })
}
