// Package tablefile serves the tables the answer engine embeds
// (bot/wordnet's, bot/wordlist's, bot/countries' and
// bot/currencycodes'): for their generators, where their source is read
// from (ISOList reads iso-codes' JSON) and how a table is written (a
// header line naming its source and columns, then one line each, gzipped
// when the file name ends in ".gz"); for the packages, how a plain
// table's rows are read back (Rows).
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

// SourceDir is the directory a generator reads its source from by
// default: the one the environment variable env names, else fallback
// (where Debian's package puts it).
func SourceDir(env, fallback string) string {
	if dir := os.Getenv(env); dir != "" {
		return dir
	}
	return fallback
}
