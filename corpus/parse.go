package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest document file that is loaded.
const MaxFileSize = 4 << 20

// MaxPassages is the most passages (sentences) one document may have: a
// file of very short lines within MaxFileSize could otherwise hold half a
// million, each with its index entries and memory. Such a file is refused
// with the reason, which `dealbot sources` lists; split it into several.
const MaxPassages = 100_000

// frontMatter is the YAML header of a Markdown document.
type frontMatter struct {
	ID        string `yaml:"id,omitempty"`
	Title     string `yaml:"title,omitempty"`
	Publisher string `yaml:"publisher,omitempty"`
	Author    string `yaml:"author,omitempty"`
	URL       string `yaml:"url,omitempty"`
	Published string `yaml:"published,omitempty"`
	Edition   string `yaml:"edition,omitempty"`
}

// Load reads every .md, .txt and .html file under fsys. Files that cannot
// be read or parsed are returned in skipped with the reason; the rest are
// served. Hidden files and folders (".name") are left out.
func Load(fsys fs.FS) (docs []Document, skipped []Skipped) {
	return new(Loader).Load(fsys)
}

// Supported reports whether a file name has an extension the loader reads.
func Supported(name string) bool {
	if strings.HasPrefix(path.Base(filepath.ToSlash(name)), ".") {
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".txt", ".html", ".htm":
		return true
	}
	return false
}

// ReadFile reads and parses one document, refusing files over MaxFileSize.
func ReadFile(fsys fs.FS, name string) (Document, error) {
	data, err := readLimited(fsys, name)
	if err != nil {
		return Document{}, err
	}
	return Parse(name, data)
}

// readLimited reads a file, refusing one over MaxFileSize before reading it.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %d bytes, over the %d-byte limit", st.Size(), MaxFileSize)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Parse turns the bytes of one file into a Document. The format follows
// the extension: Markdown with YAML front matter, plain text whose first
// line is the title, or a saved web page (see ParseHTML).
func Parse(name string, data []byte) (Document, error) {
	if len(data) > MaxFileSize {
		return Document{}, fmt.Errorf("file is %d bytes, over the %d-byte limit", len(data), MaxFileSize)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Document{}, errors.New("binary file (contains NUL bytes)")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, errors.New("empty file")
	}
	var doc Document
	var err error
	switch ext := strings.ToLower(path.Ext(name)); ext {
	case ".html", ".htm":
		// A page declares its own character set, so it is not held to UTF-8.
		doc, err = ParseHTML(data, "", nil)
	default:
		if !utf8.Valid(data) {
			return Document{}, errors.New("not valid UTF-8 text")
		}
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		text = strings.TrimPrefix(text, "\ufeff")
		if strings.TrimSpace(text) == "" {
			return Document{}, errors.New("empty file")
		}
		if ext == ".md" || ext == ".markdown" {
			doc, err = parseMarkdown(text)
		} else {
			doc, err = parsePlain(text)
		}
	}
	if err != nil {
		return Document{}, err
	}
	doc.Path = name
	doc.Hash = ContentHash(data)
	if doc.ID == "" {
		doc.ID = idFromName(name)
	}
	if len(doc.Paragraphs) == 0 {
		return Document{}, errors.New("no body text")
	}
	if n := len(doc.Passages()); n > MaxPassages {
		return Document{}, fmt.Errorf("%d passages (sentences), over the %d-passage limit: split it into several files", n, MaxPassages)
	}
	return doc, nil
}

func parseMarkdown(text string) (Document, error) {
	var fm frontMatter
	body := text
	if rest, ok := strings.CutPrefix(text, "---\n"); ok {
		head, after, found := strings.Cut(rest, "\n---")
		if !found {
			return Document{}, errors.New("front matter: no closing ---")
		}
		if err := yaml.Unmarshal([]byte(head), &fm); err != nil {
			return Document{}, fmt.Errorf("front matter: %w", err)
		}
		_, body, _ = strings.Cut(after, "\n")
	}
	doc := Document{
		ID:        strings.TrimSpace(fm.ID),
		Title:     Normalize(fm.Title),
		Publisher: strings.TrimSpace(fm.Publisher),
		Author:    strings.TrimSpace(fm.Author),
		URL:       strings.TrimSpace(fm.URL),
		Edition:   strings.TrimSpace(fm.Edition),
	}
	if fm.Published != "" {
		t, err := parseDate(fm.Published)
		if err != nil {
			return Document{}, fmt.Errorf("front matter: published: %w", err)
		}
		doc.Published = t
	}
	if doc.ID != "" && !validID.MatchString(doc.ID) {
		return Document{}, fmt.Errorf("front matter: id %q: use letters, digits, '-', '_' and '.'", doc.ID)
	}
	if err := checkNesting(body, 1+strings.Count(text[:len(text)-len(body)], "\n")); err != nil {
		return Document{}, err
	}
	blocks := markdownBlocks(body)
	if doc.Title == "" {
		// A leading "# Title" line stands in for a missing title field.
		if len(blocks) > 0 && blocks[0].level == 1 && blocks[0].text != "" {
			doc.Title = blocks[0].text
			blocks = blocks[1:]
		} else {
			return Document{}, errors.New("front matter: title is missing")
		}
	}
	doc.Paragraphs = paragraphs(blocks)
	return doc, nil
}

func parsePlain(text string) (Document, error) {
	title, body, _ := strings.Cut(strings.TrimLeft(text, "\n\t "), "\n")
	doc := Document{Title: Normalize(title)}
	var blocks []block
	for _, para := range splitParagraphs(body) {
		if looksLikeHeading(para) {
			blocks = append(blocks, block{level: 2, text: Normalize(para)})
			continue
		}
		blocks = append(blocks, block{text: para})
	}
	doc.Paragraphs = paragraphs(blocks)
	return doc, nil
}

// block is a heading (level > 0) or a raw paragraph (level 0).
type block struct {
	level int
	text  string
}

// splitParagraphs cuts plain text at blank lines. A block whose every line
// ends a sentence or reads as a heading is split into one paragraph a
// line, as news text is often saved that way.
func splitParagraphs(body string) []string {
	var out []string
	for _, chunk := range regexp.MustCompile(`\n\s*\n`).Split(body, -1) {
		lines := strings.Split(strings.TrimSpace(chunk), "\n")
		if len(lines) > 1 {
			// One paragraph a line (as in plain .txt articles) when the lines
			// end like sentences or headings; otherwise a wrapped paragraph.
			if lineParagraphs(lines) {
				for _, l := range lines {
					if strings.TrimSpace(l) != "" {
						out = append(out, strings.TrimSpace(l))
					}
				}
				continue
			}
		}
		if c := strings.TrimSpace(chunk); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// lineParagraphs reports whether every line of a block is a paragraph of
// its own: each ends a sentence or is a heading-like short line.
func lineParagraphs(lines []string) bool {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !endsSentence(l) && !looksLikeHeading(l) {
			return false
		}
	}
	return true
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// looksLikeHeading: a short line with no sentence-ending punctuation.
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "\n") || utf8.RuneCountInString(s) > 90 {
		return false
	}
	return !endsSentence(s) && !strings.HasSuffix(s, ",")
}

var (
	validID    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
	nonIDChars = regexp.MustCompile(`[^a-z0-9._-]+`)
)

// paragraphs cleans the blocks into numbered paragraphs, dropping a
// trailer of unrelated headlines (see dropTrailer) and the lines of
// credits and calls to action outlets add (see boilerplate).
func paragraphs(blocks []block) []Paragraph {
	blocks = dropTrailer(blocks)
	var out []Paragraph
	section := ""
	for _, b := range blocks {
		if b.level > 0 {
			section = b.text
			continue
		}
		text := Normalize(b.text)
		if text == "" || boilerplate(text) {
			continue
		}
		out = append(out, Paragraph{Number: len(out) + 1, Section: section, Text: text})
	}
	return out
}

func idFromName(name string) string {
	base := path.Base(filepath.ToSlash(name))
	base = strings.TrimSuffix(base, path.Ext(base))
	id := strings.Trim(nonIDChars.ReplaceAllString(strings.ToLower(base), "-"), "-.")
	if id == "" {
		id = "doc"
	}
	return id
}

func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04", "January 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 2025-07-23", s)
}
