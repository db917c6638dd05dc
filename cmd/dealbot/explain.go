package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/dealbot/dealbot/bot"
)

// explainQuestion prints how the bot read a question and its n best
// candidates (`dealbot ask --explain N`): as JSON, one object, or as
// text, the terms, the verdict and each candidate with the features that
// score it.
func explainQuestion(ctx context.Context, b *bot.Bot, question string, n int, asJSON bool, stdout io.Writer) error {
	ex, err := b.Explain(ctx, question, n)
	if errors.Is(err, bot.ErrEmptyQuestion) {
		_, err = fmt.Fprintln(stdout, "Please ask a question.")
		return err
	}
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(ex)
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "question\t%s\n", ex.Question)
	fmt.Fprintln(w, "term\tweight\tkey\tfocus\tpassages")
	for _, t := range ex.Terms {
		fmt.Fprintf(w, "%s\t%.2f\t%v\t%v\t%d\n", t.Word, t.Weight, t.Key, t.Focus, t.DocFreq)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	best := "none"
	if ex.Best >= 0 {
		best = fmt.Sprint(ex.Best + 1)
	}
	fmt.Fprintf(stdout, "verdict: %s (%s); best candidate: %s", ex.Verdict, ex.Rule, best)
	if len(ex.Missing) > 0 {
		fmt.Fprintf(stdout, "; missing: %s", strings.Join(ex.Missing, ", "))
	}
	fmt.Fprintln(stdout)
	for i, c := range ex.Candidates {
		fmt.Fprintf(stdout, "\n%d. %.3f support %.2f answers %v [%s ¶%d]", i+1, c.Score, c.Support, c.Answers, c.DocID, c.Paragraph)
		if len(c.Missing) > 0 {
			fmt.Fprintf(stdout, " missing: %s", strings.Join(c.Missing, ", "))
		}
		fmt.Fprintf(stdout, "\n   %s\n  ", c.Text)
		for _, f := range c.Features {
			if f.Value != 0 {
				fmt.Fprintf(stdout, " %s %.2f", f.Name, f.Value)
			}
		}
		fmt.Fprintln(stdout)
	}
	return nil
}
