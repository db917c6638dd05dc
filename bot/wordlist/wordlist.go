// Package wordlist tells whether a word is English a spell checker
// accepts though WordNet does not list it ("amidst", "admins",
// "backlogged", "abductee"): such a word is no slip of the keyboard for
// the WordNet word one letter from it ("among" is not "along").
//
// The knowledge is one generated table embedded in the binary,
// words.txt.gz: the lower-case words of three letters or more in SCOWL's
// American and British lists (size 50, as Debian's wamerican and
// wbritish ship them) that the wordnet package does not know (see
// wordnet.Known), one a line after a header. Licence in LICENSE-SCOWL. To regenerate it:
//
//	cd /tmp && apt-get download wamerican wbritish && for d in w*.deb; do dpkg-deb -x $d /tmp/scowl; done
//	SCOWL_DICT=/tmp/scowl/usr/share/dict go generate ./bot/wordlist
//
// The generator's -dict flag defaults to $SCOWL_DICT, else
// /usr/share/dict (where apt-get install wamerican wbritish puts them).
package wordlist

//go:generate go run ./internal/gen -out words.txt.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

//go:embed words.txt.gz
var wordsGz []byte

var load = sync.OnceValue(func() map[string]bool {
	r, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		panic("wordlist: words.txt.gz: " + err.Error())
	}
	b, err := io.ReadAll(r)
	if err != nil {
		panic("wordlist: words.txt.gz: " + err.Error())
	}
	m := map[string]bool{}
	for line := range strings.Lines(string(b)) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
})

// Has reports whether word, in any case, is in the table: English that
// WordNet does not list.
func Has(word string) bool { return load()[strings.ToLower(word)] }
