package main

import (
	"bufio"
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// buildAsDockerfile builds dealbot at out with the Dockerfile's go build
// line, as written there (only its -o changed).
func buildAsDockerfile(out string) error {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		return err
	}
	cmd, err := dockerBuild(root)
	if err != nil {
		return err
	}
	output := regexp.MustCompile(`-o (\S+)`)
	if !output.MatchString(cmd) || !strings.Contains(cmd, "CGO_ENABLED=0") {
		return fmt.Errorf("the Dockerfile's build command %q: want CGO_ENABLED=0 and -o OUTPUT", cmd)
	}
	cmd = output.ReplaceAllLiteralString(cmd, "-o "+out)
	build := exec.Command("sh", "-c", cmd)
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", cmd, err, b)
	}
	return nil
}

// dockerBuild is the Dockerfile's go build command.
func dockerBuild(root string) (string, error) {
	f, err := os.Open(filepath.Join(root, "Dockerfile"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cmd, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "RUN "); ok && strings.Contains(cmd, "go build") {
			return cmd, nil
		}
	}
	return "", errors.New("the Dockerfile has no RUN … go build line")
}

// TestDockerfileBuild: docker build is not available here, so the binary
// the process tests run is built with the Dockerfile's own build command
// (read from it, not copied); this checks that it is static, and that it
// starts and says its version.
func TestDockerfileBuild(t *testing.T) {
	bin := binary(t)
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary asks for a dynamic loader: not static")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v: not static", libs)
	}

	run := exec.Command(bin, "version")
	run.Env = []string{"HOME=" + t.TempDir()} // nothing else: as in a bare container
	run.Dir = t.TempDir()
	got, err := run.CombinedOutput()
	if err != nil || !strings.HasPrefix(string(got), "dealbot ") || !strings.Contains(string(got), "go1.") {
		t.Fatalf("dealbot version = %q, %v", got, err)
	}
	// In a clone (as CI is; not a git worktree, whose .git is a file Go
	// does not read), version names the commit and its module version.
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	if st, err := os.Stat(filepath.Join(root, ".git")); err == nil && st.IsDir() {
		head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
		if err != nil {
			t.Fatal(err)
		}
		want := regexp.MustCompile(`^dealbot v\S+ commit ` + strings.TrimSpace(string(head)) + `( \(modified\))?, committed \S+, go1\.`)
		if !want.Match(got) {
			t.Errorf("dealbot version = %q, want it to match %s", got, want)
		}
	}
	t.Logf("%s", got)
}
