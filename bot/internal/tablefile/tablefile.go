// Package tablefile writes the generated tables the answer engine embeds
// (bot/wordnet's and bot/wordlist's): a header line naming their source
// and columns, then one line each, gzipped when the file name ends in
// ".gz".
package tablefile

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Write writes a table to path: the header, unless it is "", then the
// lines.
func Write(path, header string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	var out io.Writer = f
	var z *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		if z, err = gzip.NewWriterLevel(f, gzip.BestCompression); err != nil {
			f.Close()
			return err
		}
		out = z
	}
	w := bufio.NewWriter(out)
	if header != "" {
		fmt.Fprintln(w, header)
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if z != nil {
		if err := z.Close(); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return f.Close()
}
