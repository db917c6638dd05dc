package handlers

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// WriteSources lists the coverage for a terminal: one line a document
// (id, title, publisher, date, passages), then the files that were
// skipped, each with its reason.
func WriteSources(w io.Writer, docs []corpus.Document, skipped []corpus.Skipped) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "DOCUMENT\tTITLE\tPUBLISHER\tDATE\tPASSAGES\n")
	for _, d := range docs {
		date := "-"
		if !d.Published.IsZero() {
			date = d.Published.Format(time.DateOnly)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", d.ID, corpus.Clip(d.Title, 70), orDash(d.Publisher), date, len(d.Passages()))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%s", plural(len(docs), "document"))
	if len(skipped) == 0 {
		fmt.Fprintln(w, ", no file skipped.")
		return
	}
	fmt.Fprintf(w, "; %s skipped:\n", plural(len(skipped), "file"))
	for _, s := range skipped {
		fmt.Fprintf(w, "  %s: %s\n", s.Path, s.Reason)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
