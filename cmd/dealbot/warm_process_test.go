package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestWarmRestartProcess: a second `dealbot index` over the same corpus
// folder and persistent index parses and tags only the file changed in
// between; the others are taken from the index.
func TestWarmRestartProcess(t *testing.T) {
	corpusDir, indexDir := t.TempDir(), filepath.Join(t.TempDir(), "index")
	const n = 200
	if err := corpus.WriteSynthetic(corpusDir, n, 3, corpus.Realistic); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DEALBOT_INDEX_DIR": indexDir, "DEALBOT_CORPUS_DIR": corpusDir, "DEALBOT_EMBEDDED": "false"}
	first := start(t, env, "index")
	<-first.done
	if first.err != nil {
		t.Fatalf("first index: %v\n%s", first.err, first.stderr.String())
	}
	changed := filepath.Join(corpusDir, "gen-00007.md")
	f, err := os.OpenFile(changed, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "\nA paragraph added while dealbot was stopped.\n")
	f.Close()

	second := start(t, env, "index")
	<-second.done
	if second.err != nil {
		t.Fatalf("second index: %v\n%s", second.err, second.stderr.String())
	}
	m := regexp.MustCompile(`not parsed or tagged again" restored=(\d+) read=(\d+)`).FindStringSubmatch(second.stderr.String())
	if m == nil || m[1] != fmt.Sprint(n-1) || m[2] != "1" {
		t.Errorf("second run: want %d documents restored and 1 read; log:\n%s", n-1, second.stderr.String())
	}
	if !regexp.MustCompile(`changed=1 `).MatchString(second.stderr.String()) {
		t.Errorf("second run: the changed file was not indexed again; log:\n%s", second.stderr.String())
	}
}
