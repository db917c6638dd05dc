package bot

// Stage 0, continued: a message of several questions. People ask two
// things at once ("What tariff do Japanese cars pay now? When does it take
// effect?"); read as one question, the words of both must be said together
// and neither is answered well. Each is answered on its own.

import "strings"

// MaxAsked is the most questions of one message answered.
const MaxAsked = 3

// Questions returns the questions a message asks, each as it is to be
// asked (see AskTopic): the message itself, unless it asks two or more
// questions that each ask on their own (a question word or an auxiliary
// opens them, after a greeting or an "and"). A question with a pronoun
// that refers back ("When does *it* take effect?") is read as a follow-up
// of the ones before it (see FollowUp), or else asked with them. At most
// MaxAsked.
func Questions(msg string) []string {
	cleaned := unlisted(withoutEmoji(withoutLinks(msg))) // a link's "?" asks nothing; "1)" is no part of a question
	var asked []string
	for _, c := range clauses(cleaned) {
		if strings.HasSuffix(c, "?") && fullQuestion(leadingAnd.ReplaceAllString(greeting.ReplaceAllString(c, ""), "")) {
			asked = append(asked, c)
		}
	}
	if len(asked) < 2 {
		return []string{msg}
	}
	asked = asked[:min(len(asked), MaxAsked)]
	out := make([]string, len(asked))
	for i, c := range asked {
		out[i] = leadingAnd.ReplaceAllString(c, "")
		if i == 0 || !refersToMessage(c) {
			continue
		}
		if q, ok := FollowUp(asked[:i], out[i]); ok {
			out[i] = q // "When does *the tariff* take effect?" after "What tariff do cars pay?"
		} else {
			out[i] = strings.Join(asked[:i+1], " ")
		}
	}
	return out
}
