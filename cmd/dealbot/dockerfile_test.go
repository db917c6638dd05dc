package main

import (
	"bufio"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dockerBuild is the Dockerfile's go build command, as written there.
func dockerBuild(t *testing.T, root string) string {
	t.Helper()
	f, err := os.Open(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cmd, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "RUN "); ok && strings.Contains(cmd, "go build") {
			return cmd
		}
	}
	t.Fatal("the Dockerfile has no RUN … go build line")
	return ""
}

// TestDockerfileBuild: docker build is not available here, so this runs
// the Dockerfile's own build command (read from it, not copied) and checks
// that it makes a static binary that starts and says its version.
func TestDockerfileBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dealbot")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := dockerBuild(t, root)
	out := regexp.MustCompile(`-o (\S+)`)
	if !out.MatchString(cmd) || !strings.Contains(cmd, "CGO_ENABLED=0") {
		t.Fatalf("build command %q: want CGO_ENABLED=0 and -o OUTPUT", cmd)
	}
	bin := filepath.Join(t.TempDir(), "dealbot")
	cmd = out.ReplaceAllLiteralString(cmd, "-o "+bin)
	build := exec.Command("sh", "-c", cmd)
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, b)
	}

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
	// When the build recorded the commit, version names it.
	info, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`vcs\.revision=(\w+)`).FindSubmatch(info); m != nil && !strings.Contains(string(got), string(m[1])) {
		t.Errorf("dealbot version = %q, want the commit %s", got, m[1])
	}
	t.Logf("%s", got)
}
