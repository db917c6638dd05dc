package tablefile

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// ISOList reads the generator's flags (-json, the directory of Debian's
// iso-codes JSON files, by default $ISO_CODES_JSON or
// /usr/share/iso-codes/json; -out, the table to write) and returns the
// entries listed under key in one of those files ("iso_4217.json",
// "4217"), and the table's path.
func ISOList[T any](file, key string) ([]T, string, error) {
	src := flag.String("json", SourceDir("ISO_CODES_JSON", "/usr/share/iso-codes/json"), "directory of iso-codes' JSON files; default $ISO_CODES_JSON or /usr/share/iso-codes/json")
	out := flag.String("out", "codes.tsv", "output: the table")
	flag.Parse()
	path := filepath.Join(*src, file)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("iso-codes: %w", err)
	}
	var doc map[string][]T
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, "", fmt.Errorf("iso-codes %s: %w", path, err)
	}
	if len(doc[key]) == 0 {
		return nil, "", fmt.Errorf("iso-codes %s: nothing listed under %q", path, key)
	}
	return doc[key], *out, nil
}
