package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDocsCiteExistingFiles checks that every repository file the README
// and docs/ cite, as a relative link or as a path in backquotes, exists:
// a reader who follows one must find it.
func TestDocsCiteExistingFiles(t *testing.T) {
	root := filepath.Join("..", "..")
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, filepath.Join(root, "README.md"))

	link := regexp.MustCompile(`\]\(([^)#\s]+)(#[^)]*)?\)`)
	// A path in backquotes that starts at one of the repository's top-level
	// folders, like `index/prune.go` or `handlers/testdata/digest.golden`.
	quoted := regexp.MustCompile("`((?:cmd|corpus|index|bot|handlers|docs|\\.ci)/[A-Za-z0-9_./-]*)`")
	for _, page := range pages {
		body, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(body), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(page), target)); err != nil {
				t.Errorf("%s links to %s, which does not exist", page, target)
			}
		}
		for _, m := range quoted.FindAllStringSubmatch(string(body), -1) {
			if _, err := os.Stat(filepath.Join(root, m[1])); err != nil {
				t.Errorf("%s cites `%s`, which does not exist", page, m[1])
			}
		}
	}
}
