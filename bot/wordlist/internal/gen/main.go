// Command gen builds the wordlist package's embedded table from SCOWL's
// American and British word lists (Debian's wamerican and wbritish put
// them in /usr/share/dict). Run it through `go generate ./bot/wordlist`;
// the package comment in bot/wordlist says how to fetch the lists.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

func main() {
	dir := os.Getenv("SCOWL_DICT")
	if dir == "" {
		dir = "/usr/share/dict"
	}
	dict := flag.String("dict", dir, "directory of SCOWL's american-english and british-english lists; default $SCOWL_DICT or /usr/share/dict")
	out := flag.String("out", "words.txt.gz", "output: the table, gzipped")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		log.Fatal(err)
	}
}

func run(dict, out string) error {
	seen := map[string]bool{}
	for _, name := range []string{"american-english", "british-english"} {
		if err := read(filepath.Join(dict, name), seen); err != nil {
			return err
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	return write(out, words)
}

// read adds to seen the list's lower-case words of five letters a–z or
// more that WordNet does not know.
func read(path string, seen map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("word list: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if len(w) >= 5 && lettersOnly(w) && !wordnet.Known(w) {
			seen[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("word list %s: %w", path, err)
	}
	return nil
}

// lettersOnly reports whether w is of the letters a–z only: no capital
// (a name), apostrophe (a possessive) or accent.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func write(path string, words []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("word table: %w", err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	w := bufio.NewWriter(zw)
	for _, word := range words {
		fmt.Fprintln(w, word)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("word table: %w", err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("word table: %w", err)
	}
	return f.Close()
}
