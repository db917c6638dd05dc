package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func runEnv(t *testing.T, env config, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, env, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const steelDoc = `---
id: steel-quota-note
title: Steel quota note
publisher: Test Wire
published: 2025-09-01
---

## Steel

Japan and the United States agreed a steel quota of 1.2 million tonnes a year, officials said on Monday.
`

// coverageDir is a corpus folder with one good document and one broken.
func coverageDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "steel.md"), steelDoc)
	writeFile(t, filepath.Join(dir, "drafts", "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	return dir
}

func TestSourcesCommand(t *testing.T) {
	dir := coverageDir(t)
	out, _, err := runEnv(t, config{CorpusDir: dir, NoEmbedded: true}, "sources")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"steel-quota-note  Steel quota note  Test Wire  2025-09-01  1",
		"1 document; 2 files skipped:",
		filepath.Join(dir, "drafts", "broken.md") + ": front matter: yaml:",
		filepath.Join(dir, "empty.txt") + ": empty file",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("sources output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskFromCorpusDir(t *testing.T) {
	dir := coverageDir(t)
	t.Run("WithEmbedded", func(t *testing.T) {
		out, _, err := runEnv(t, config{CorpusDir: dir}, "ask", "What is the steel quota?")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "1.2 million tonnes") || !strings.Contains(out, "Steel quota note, Test Wire") {
			t.Errorf("answer does not cite the folder's document:\n%s", out)
		}
	})
	t.Run("EmbeddedLeftOut", func(t *testing.T) {
		out, _, err := runEnv(t, config{CorpusDir: dir, NoEmbedded: true}, "ask", "Who is William Chou?")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "JAPAN Forward") {
			t.Errorf("DEALBOT_EMBEDDED=false still answers from the embedded coverage:\n%s", out)
		}
	})
}

func TestIndexCommand(t *testing.T) {
	env := config{CorpusDir: coverageDir(t), IndexDir: filepath.Join(t.TempDir(), "index")}
	_, errOut, err := runEnv(t, env, "index")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "msg=indexing done=3 total=3") || !strings.Contains(errOut, "3 documents") || !strings.Contains(errOut, "2 files skipped") {
		t.Errorf("first build: no progress lines or summary:\n%s", errOut)
	}
	_, errOut, err = runEnv(t, env, "index")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errOut, "msg=indexing") || !strings.Contains(errOut, "3 documents") {
		t.Errorf("second build over the same files indexed again:\n%s", errOut)
	}
	t.Run("NoIndexDir", func(t *testing.T) {
		_, errOut, err := runEnv(t, config{}, "index")
		if err == nil || !strings.Contains(errOut, "DEALBOT_INDEX_DIR") {
			t.Errorf("err %v, stderr %q; want a pointer to DEALBOT_INDEX_DIR", err, errOut)
		}
	})
}

func TestAddCommand(t *testing.T) {
	page, err := os.ReadFile("../../corpus/testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/report.pdf" {
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	dir := t.TempDir()
	// dealbot add follows the rule of every fetch: a loopback server is
	// refused unless DEALBOT_ALLOW_HOSTS names it.
	_, errOut, err := runEnv(t, config{CorpusDir: dir}, "add", srv.URL+"/2025/08/japan-vetting-fund-projects")
	if err == nil || !strings.Contains(errOut, "refusing a non-public address") || !strings.Contains(errOut, "DEALBOT_ALLOW_HOSTS") {
		t.Errorf("add from loopback without DEALBOT_ALLOW_HOSTS: err %v, stderr %q; want a refusal naming the setting", err, errOut)
	}
	env := config{CorpusDir: dir, AllowHosts: []string{"127.0.0.1"}}

	out, _, err := runEnv(t, env, "add", srv.URL+"/2025/08/japan-vetting-fund-projects")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "added "+filepath.Join(dir, "japan-vetting-fund-projects.md")) || !strings.Contains(out, "Harbor Ledger, 2025-08-04") {
		t.Errorf("add output:\n%s", out)
	}
	out, _, _ = runEnv(t, env, "sources")
	if !strings.Contains(out, "japan-vetting-fund-projects") {
		t.Errorf("the added article is not a source:\n%s", out)
	}
	for _, tc := range []struct{ name, url, want string }{
		{"NotHTML", srv.URL + "/report.pdf", "not an HTML page"},
		{"SameURLAgain", srv.URL + "/2025/08/japan-vetting-fund-projects", "already in the corpus"},
		{"FileURL", "file:///etc/passwd", "not an http(s) URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, err := runEnv(t, env, "add", tc.url)
			if err == nil || !strings.Contains(errOut, tc.want) {
				t.Errorf("err %v, stderr %q; want %q", err, errOut, tc.want)
			}
		})
	}
	t.Run("NoCorpusDir", func(t *testing.T) {
		_, errOut, err := runEnv(t, config{}, "add", srv.URL)
		if err == nil || !strings.Contains(errOut, "DEALBOT_CORPUS_DIR") {
			t.Errorf("err %v, stderr %q", err, errOut)
		}
	})
}

// TestConsoleAnswersFromDroppedFile runs the bot (console on a pipe) and
// drops a document into its corpus folder: the next questions are answered
// from it, without a restart.
func TestConsoleAnswersFromDroppedFile(t *testing.T) {
	dir := t.TempDir()
	env := config{CorpusDir: dir, IndexDir: filepath.Join(t.TempDir(), "index")}
	in, questions := io.Pipe()
	var out, errb lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(context.Background(), nil, env, in, &out, &errb) }()
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for start := time.Now(); !cond(); time.Sleep(20 * time.Millisecond) {
			if time.Since(start) > 5*time.Second {
				t.Fatalf("after 5s, %s\nstdout:\n%s\nstderr:\n%s", what, out.String(), errb.String())
			}
		}
	}
	waitFor("the console has not started", func() bool { return strings.Contains(errb.String(), "starting the local console") })

	writeFile(t, filepath.Join(dir, "steel.md"), steelDoc)
	writeFile(t, filepath.Join(dir, "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n")
	start := time.Now()
	waitFor("no answer cites the dropped document", func() bool {
		io.WriteString(questions, "What is the steel quota?\n")
		time.Sleep(50 * time.Millisecond)
		return strings.Contains(out.String(), "Steel quota note, Test Wire")
	})
	t.Logf("answered from the dropped file %v after it was written", time.Since(start).Round(10*time.Millisecond))
	if !strings.Contains(errb.String(), "broken.md") {
		t.Errorf("the broken file beside it was not reported:\n%s", errb.String())
	}
	questions.Close()
	if err := <-done; err != nil {
		t.Errorf("run: %v", err)
	}
}

// TestRestartAnswersFromIndexOnDisk: a restart over a persistent index
// answers from it at once, while the coverage is read again in the
// background; what changed while dealbot was stopped is indexed then, and
// the list of sources waits for that reading.
func TestRestartAnswersFromIndexOnDisk(t *testing.T) {
	dir := coverageDir(t)
	env := config{CorpusDir: dir, IndexDir: filepath.Join(t.TempDir(), "index")}
	if _, errOut, err := runEnv(t, env, "index"); err != nil {
		t.Fatalf("index: %v\n%s", err, errOut)
	}
	// Changed while dealbot was stopped.
	writeFile(t, filepath.Join(dir, "steel.md"), strings.Replace(steelDoc, "1.2 million tonnes", "1.5 million tonnes", 1))

	in, questions := io.Pipe()
	var out, errb lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(context.Background(), nil, env, in, &out, &errb) }()
	io.WriteString(questions, "What is the steel quota?\n")
	for start := time.Now(); !strings.Contains(out.String(), "tonnes a year"); time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("no answer:\nstdout:\n%s\nstderr:\n%s", out.String(), errb.String())
		}
	}
	if !strings.Contains(errb.String(), "answering from the index on disk while the coverage is checked for changes") {
		t.Errorf("the restart did not answer from the index on disk:\n%s", errb.String())
	}
	io.WriteString(questions, "/deal sources\n")
	for start := time.Now(); !strings.Contains(out.String(), "steel-quota-note"); time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("sources not listed:\n%s", out.String())
		}
	}
	for start := time.Now(); !strings.Contains(out.String(), "1.5 million tonnes"); time.Sleep(50 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("the change made while stopped was not indexed:\n%s", out.String())
		}
		io.WriteString(questions, "What is the steel quota?\n")
	}
	questions.Close()
	if err := <-done; err != nil {
		t.Errorf("run: %v", err)
	}
}
