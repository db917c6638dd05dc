// Package corpus turns coverage documents (Markdown with front matter, plain
// text, saved web pages) into cleaned paragraphs and sentence-level
// passages that keep their citation, and brings new coverage in: articles
// fetched from the web and feeds, saved as Markdown documents. It imports
// no other package of dealbot.
package corpus

import (
	"embed"
	"io/fs"
	"time"
)

// Document is one piece of coverage after loading and cleaning.
type Document struct {
	ID         string
	Title      string
	Publisher  string
	Author     string
	URL        string
	Published  time.Time // zero when the source gives no date
	Edition    string
	Path       string // where it was read from, for reports
	Hash       string // ContentHash of the file's bytes
	Paragraphs []Paragraph
}

// Paragraph is one body paragraph with the section heading it sits under.
type Paragraph struct {
	Number  int    // 1-based within the document, headings not counted
	Section string // "" before the first heading
	Text    string // normalised
}

// Citation says where a passage comes from.
type Citation struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Edition   string `json:"edition"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
	URL       string `json:"url"`
	Published string `json:"published,omitempty"` // the document's date, "2006-01-02", or ""
}

// Passage is one sentence of a paragraph: the unit that is searched and
// shown. Context is the whole paragraph, used for ranking, never shown.
type Passage struct {
	ID string // "docID#p3s2"
	Citation
	Sentence int    // 1-based within the paragraph
	Text     string // verbatim after normalisation, at most MaxExcerpt bytes
	Context  string
	// Before is the sentence a paragraph of one sentence that opens by
	// referring back refers back to: the last of the paragraph before
	// it, in the same section ("" otherwise; see Document.Passages). The
	// passage is shown and scored with it.
	Before string
	// After is the first sentence of the paragraph after this one, in
	// the same section ("" otherwise): what a paragraph's last sentence
	// announces, wire copy often gives in the next paragraph ("The
	// agency gave its reason on Monday." "It said …"). The answer engine
	// may show it after the paragraph's last sentence (bot's carryOn).
	After   string
	Topics  []string // filled by the answer engine's tagger before indexing
	Aliases []Alias  // names this passage defines, learned by the tagger
}

// Alias is a second name the coverage itself gives for something, learned
// from the text: an acronym and its expansion ("NEXI" = "Nippon Export and
// Investment Insurance") or a person and their role ("Lutnick" = "Commerce
// Secretary").
type Alias struct {
	Name    string `json:"name"`
	Meaning string `json:"meaning"`
	// Inferred: the text never writes Name; it is read off Meaning (the
	// initials of a name it writes out), so it may stand for other
	// things too.
	Inferred bool `json:"inferred,omitempty"`
	// Described: Meaning is a description the text sets after Name
	// ("Swissmem, the association of machine makers"). It says what Name
	// is, so Name answers for it; it is not what Name always means.
	Described bool `json:"described,omitempty"`
}

// MaxExcerpt is the longest text shown to a user as one excerpt.
const MaxExcerpt = 400

// Skipped is a file that could not be loaded, and why.
type Skipped struct {
	Path   string
	Reason string
}

//go:embed docs/*.md
var embedded embed.FS

// Embedded returns the coverage that ships inside the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "docs")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder exists
	}
	return sub
}
