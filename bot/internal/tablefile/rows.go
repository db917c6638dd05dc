package tablefile

import "strings"

// Rows returns the rows of an embedded table as Write wrote it, without
// its header ("#" lines), each split at its tabs into n fields. A row of
// another width is a broken build: it panics, naming the table.
func Rows(name, table string, n int) [][]string {
	var out [][]string
	for line := range strings.Lines(table) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) != n {
			panic(name + ": bad line " + line)
		}
		out = append(out, f)
	}
	return out
}
