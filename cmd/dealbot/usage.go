package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

const usage = `Usage:
  dealbot                      run in Slack, or as a local console without Slack credentials
  dealbot ask [--json] QUESTION...
  dealbot ask --json -         one question a line on stdin, one JSON object a line out
  dealbot ask --explain N QUESTION...   how the question was read, and its N best candidates scored
  dealbot digest               print today's digest
  dealbot digest --post [--force]   post it now to DEALBOT_DIGEST_CHANNELS (once a day unless --force)
  dealbot gen-corpus [-n N] [-seed S] [-templated] DIR   write N generated documents (for benchmarks)
  dealbot index                build or update the persistent index
  dealbot sources              list the documents and the files skipped, with the reason
  dealbot add [--timeout D] URL|FILE...  save articles or document files into the database
                               (DEALBOT_DATABASE_URL), else the corpus folder (DEALBOT_CORPUS_DIR)
  dealbot eval [--verbose] [--bm25] FILE.jsonl
                               score the bot on a question set (top1 top3 answer abstain dup long)
  dealbot healthcheck          exit 0 if the running dealbot's /healthz answers (for containers)
  dealbot version              the version, commit and build time
  dealbot help [COMMAND]       this text, or a command's

Configuration comes from the environment and from a .env file (see .env.example).
`

// commandHelp is each command's usage: what it does, its flags and an
// example.
var commandHelp = map[string]string{
	"ask": `Usage: dealbot ask [--json] QUESTION...
       dealbot ask --json -
       dealbot ask --explain N [--json] QUESTION...

Answers a question from the coverage: the answer sentence, then numbered,
cited excerpts. With --json, one JSON object; with - as the question, one
question a line from stdin and one JSON object a line out.

  --json        print JSON
  --explain N   instead of the answer, print how the question was read
                (its words, their weights, which are key), the verdict,
                and its N best candidates with the features that score
                them: for work on the answers, never shown in Slack

Example:
  dealbot ask "How big is the investment framework?"
  dealbot ask --explain 5 "Who picks the fund's projects?"
`,
	"digest": `Usage: dealbot digest [--post [--force]]

Prints today's digest of the coverage. With --post, posts it now to
DEALBOT_DIGEST_CHANNELS (needs SLACK_BOT_TOKEN), once a day per channel
unless --force.

  --post    post to the digest channels instead of printing
  --force   with --post: post even where today's digest is already posted

Example:
  DEALBOT_DIGEST_TZ=Asia/Tokyo dealbot digest
`,
	"gen-corpus": `Usage: dealbot gen-corpus [-n N] [-seed S] [-templated] DIR

Writes N generated news documents into DIR, for benchmarks: English word
statistics (tens of thousands of words, drawn with Zipf's law), varied
sentences, recurring names, figures, dates and sections.

  -n N         number of documents (default 1000)
  -seed S      random seed: the same seed writes the same documents (default 1)
  -templated   the documents of earlier measurements instead: every
               sentence from 14 templates, 246 words

Example:
  dealbot gen-corpus -n 10000 /tmp/gen
`,
	"index": `Usage: dealbot index

Builds or updates the persistent index (DEALBOT_INDEX_DIR, by default in
the user's cache directory) from the coverage, with a progress bar on a
terminal.

Example:
  DEALBOT_CORPUS_DIR=coverage dealbot index
`,
	"sources": `Usage: dealbot sources

Lists the documents answered from (id, title, publisher, date, passages)
and the files skipped, with the reason. It reads the files only, so it
works while the bot runs.

Example:
  DEALBOT_CORPUS_DIR=coverage dealbot sources
`,
	"add": `Usage: dealbot add [--timeout D] URL|FILE...

Fetches each article, extracts its text and saves it as a Markdown
document; a FILE (.md, .txt, .html) is saved as it is. With
DEALBOT_DATABASE_URL it goes into the database, and every replica
answers from it within seconds; else into DEALBOT_CORPUS_DIR, and the
running bot picks it up. Private addresses are refused unless
DEALBOT_ALLOW_HOSTS lists them.

  --timeout D   give up on a page after D (default 30s)

Examples:
  DEALBOT_CORPUS_DIR=coverage dealbot add https://example.com/2025/07/trade-deal
  DEALBOT_DATABASE_URL=postgres://dealbot@db/dealbot dealbot add notes/steel.md
`,
	"eval": `Usage: dealbot eval [--verbose] [--bm25] FILE.jsonl

Scores the bot on a question set (JSON lines: id, question, answers) and
prints top1 top3 answer abstain dup long.

  --verbose   list the questions missed
  --bm25      score plain BM25 (one paragraph a passage) instead: the
              baseline the bot is compared with

Example:
  dealbot eval bot/testdata/heldout-questions.jsonl
`,
	"healthcheck": `Usage: dealbot healthcheck

Asks the dealbot running on this machine for GET /healthz at DEALBOT_ADDR
and exits 0 when it answers 200: a container's HEALTHCHECK without curl.

Example:
  DEALBOT_ADDR=:8080 dealbot healthcheck
`,
	"version": `Usage: dealbot version

Prints the module version, the commit and the build time.

Example:
  dealbot version
`,
	"help": `Usage: dealbot help [COMMAND]

Prints the usage of dealbot, or of one command.

Example:
  dealbot help ask
`,
}

// printHelp writes the usage of cmd ("" for dealbot itself).
func printHelp(w io.Writer, cmd string) error {
	if cmd == "" {
		fmt.Fprint(w, usage)
		return nil
	}
	text, ok := commandHelp[cmd]
	if !ok {
		return fmt.Errorf("no command %q", cmd)
	}
	fmt.Fprint(w, text)
	return nil
}

// wantsHelp reports whether the arguments ask for help before any
// operand, so that "CMD --help" shows the usage without doing the work.
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			return false
		}
		if slices.Contains([]string{"-h", "-help", "--help"}, a) {
			return true
		}
	}
	return false
}

// newFlags is a command's flag set: errors and usage go to stderr, and a
// bad flag is a usage error.
func newFlags(cmd string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		printHelp(stderr, cmd)
		// A flag the help text does not name yet is still shown.
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(commandHelp[cmd], "-"+f.Name+" ") && !strings.Contains(commandHelp[cmd], "-"+f.Name+"]") {
				fmt.Fprintf(stderr, "\nOther flags:\n  -%s   %s\n", f.Name, f.Usage)
			}
		})
	}
	return fs
}

// noArgs parses the flags of a command that takes none.
func noArgs(cmd string, args []string, stderr io.Writer) error {
	fs := newFlags(cmd, stderr)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "dealbot %s takes no arguments\n\n", cmd)
		printHelp(stderr, cmd)
		return usageError{fmt.Errorf("%s takes no arguments", cmd)}
	}
	return nil
}
