package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// EvalQuestion is one line of a question set: a question and the strings
// (any one of them) that a right excerpt contains. No answers means the
// coverage does not answer it and the bot should say so.
type EvalQuestion struct {
	ID       string   `json:"id"`
	Topic    string   `json:"topic"`
	Question string   `json:"question"`
	Answers  []string `json:"answers"`
	// Cover, for a question several sources answer differently: groups
	// of strings, one group a source, each of which the first three
	// excerpts must hold.
	Cover [][]string `json:"cover,omitempty"`
}

// ReadEvalSet reads a question set, one JSON object a line; blank lines
// are skipped.
func ReadEvalSet(r io.Reader) ([]EvalQuestion, error) {
	var qs []EvalQuestion
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q EvalQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(q.Question) == "" {
			return nil, fmt.Errorf("line %d: no question", n)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// EvalReport holds the figures of an evaluation, as the project's scorer
// (shared/eval/score.py) computes them.
type EvalReport struct {
	N           int // questions
	Answerable  int // questions with answers
	Top1        int // … whose first excerpt holds an answer
	Top3        int // … with an answer in the first three excerpts
	Answer      int // … whose answer sentence holds an answer
	Abstainable int // questions without answers
	Abstained   int // … the bot said it could not answer, or answered only in part
	// FalseAnswers are unanswerable questions answered in full;
	// FalseAbstentions answerable ones said not to be covered.
	FalseAnswers, FalseAbstentions int
	Partial                        int // answers marked partial, of all questions
	// HedgedRight are answerable questions whose first excerpt holds the
	// answer, marked partial all the same: a right answer the reader is
	// told may not be one. The scorer counts them right; a user reads the
	// hedge.
	HedgedRight     int
	Multi, Multiple int      // questions with Cover, and those whose every source is in the first three
	Dup             int      // answers with two near-identical excerpts in the first three
	Long            int      // excerpts over the excerpt limit
	Misses          []string // one line per miss, for --verbose
}

// String is the scorer's summary line: "top1=.. top3=.. answer=..
// abstain=.. dup=.. long=.. [multi=..] n=..".
func (r EvalReport) String() string {
	multi := ""
	if r.Multiple > 0 {
		multi = fmt.Sprintf(" multi=%d/%d", r.Multi, r.Multiple)
	}
	return fmt.Sprintf("top1=%d/%d top3=%d/%d answer=%d/%d abstain=%d/%d dup=%d long=%d%s n=%d",
		r.Top1, r.Answerable, r.Top3, r.Answerable, r.Answer, r.Answerable, r.Abstained, r.Abstainable, r.Dup, r.Long, multi, r.N)
}

// Errors is the line that tells the two ways of being wrong about
// coverage apart: unanswerable questions answered in full, answerable
// ones refused; how many answers were partial, and how many of those
// were right answers hedged.
func (r EvalReport) Errors() string {
	return fmt.Sprintf("false-answers=%d/%d false-abstentions=%d/%d partial=%d hedged-right=%d/%d",
		r.FalseAnswers, r.Abstainable, r.FalseAbstentions, r.Answerable, r.Partial, r.HedgedRight, r.Top1)
}

// maxEvalExcerpt is the longest excerpt the scorer accepts, in characters.
const maxEvalExcerpt = 400

// Evaluate asks every question and scores the answers.
func (b *Bot) Evaluate(ctx context.Context, qs []EvalQuestion) (EvalReport, error) {
	return b.evaluate(ctx, qs, b.Ask)
}

// EvaluateBM25 scores the plain BM25 baseline (see AskBM25) on qs.
func (b *Bot) EvaluateBM25(ctx context.Context, qs []EvalQuestion) (EvalReport, error) {
	return b.evaluate(ctx, qs, b.AskBM25)
}

func (b *Bot) evaluate(ctx context.Context, qs []EvalQuestion, ask func(context.Context, string) (Answer, error)) (EvalReport, error) {
	var r EvalReport
	for _, q := range qs {
		a, err := ask(ctx, q.Question)
		if err != nil && err != ErrEmptyQuestion {
			return r, fmt.Errorf("evaluate %s: %w", q.ID, err)
		}
		r.add(q, a)
	}
	return r, nil
}

// add scores one answer.
func (r *EvalReport) add(q EvalQuestion, a Answer) {
	r.N++
	var texts []string
	for _, e := range a.Excerpts {
		if len([]rune(e.Text)) > maxEvalExcerpt {
			r.Long++
			texts = append(texts, "")
			continue
		}
		texts = append(texts, e.Text)
	}
	top := texts[:min(3, len(texts))]
	dup := false
	for i := range top {
		for j := i + 1; j < len(top); j++ {
			if NearDuplicate(tokenSet(evalNorm(top[i])), tokenSet(evalNorm(top[j]))) {
				dup = true
			}
		}
	}
	if dup {
		r.Dup++
	}
	if a.Partial {
		r.Partial++
	}
	if len(q.Answers) == 0 {
		r.Abstainable++
		if !a.Covered || a.Partial {
			r.Abstained++
		} else {
			r.FalseAnswers++
			r.Misses = append(r.Misses, fmt.Sprintf("MISS-ABSTAIN %s: %s -> %q", q.ID, q.Question, clip(a.Text, 120)))
		}
		return
	}
	r.Answerable++
	if !a.Covered {
		r.FalseAbstentions++
	}
	holds := func(text string, golds []string) bool {
		t := evalNorm(text)
		for _, g := range golds {
			if strings.Contains(t, evalNorm(g)) {
				return true
			}
		}
		return false
	}
	inTop := func(golds []string) bool {
		for _, t := range top {
			if a.Covered && holds(t, golds) {
				return true
			}
		}
		return false
	}
	h1 := a.Covered && len(top) > 0 && holds(top[0], q.Answers)
	h3 := inTop(q.Answers)
	if len(q.Cover) > 0 {
		r.Multiple++
		all := true
		for _, g := range q.Cover {
			all = all && inTop(g)
		}
		if all {
			r.Multi++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("MISS-MULTI %s: %s -> not every source's version in the top 3", q.ID, q.Question))
		}
	}
	if h1 {
		r.Top1++
		if a.Partial {
			r.HedgedRight++
		}
	}
	if h3 {
		r.Top3++
	}
	if a.Covered && holds(a.Text, q.Answers) {
		r.Answer++
	}
	if !h1 {
		where, first := "none", "<none>"
		if h3 {
			where = "top3"
		}
		if !a.Covered {
			where = "not covered"
		}
		if len(top) > 0 {
			first = clip(top[0], 140)
		}
		r.Misses = append(r.Misses, fmt.Sprintf("MISS %s (%s): %s -> %q", q.ID, where, q.Question, first))
	}
}

var (
	evalQuotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "-")
	evalApos   = regexp.MustCompile(`\s+'([a-z])`)
	evalSpaces = regexp.MustCompile(`\s+`)
)

// evalNorm normalises text as the scorer does before comparing.
func evalNorm(s string) string {
	s = evalQuotes.Replace(s)
	s = evalApos.ReplaceAllString(s, "'$1")
	s = evalSpaces.ReplaceAllString(s, " ")
	return strings.ToLower(strings.TrimSpace(s))
}
