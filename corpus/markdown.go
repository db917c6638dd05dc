package corpus

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A Markdown body (the front matter already cut off) is read as CommonMark
// by goldmark, so that it splits where a reader sees it split:
//
//   - a heading (ATX "## Tariffs" or setext, underlined with = or -) sets
//     the section, even with text on the very next line;
//   - a paragraph is one paragraph, its lines joined with a space;
//   - each list item is one paragraph, whatever paragraphs it holds
//     (a list nested in it gives paragraphs of its own);
//   - a block quote's paragraphs are paragraphs;
//   - a pipe table (GitHub's extension) gives one paragraph a row, each
//     cell after its column's heading (see rowText);
//   - a footnote (PHP Markdown Extra's "[^1]" and "[^1]: text") gives its
//     text as a paragraph where goldmark puts the notes, after the body,
//     and its marker in the text nothing;
//   - code blocks are kept as plain text, one paragraph each: in news
//     coverage an indented block is almost always indented prose;
//   - an HTML block is read as a saved page's body is (see htmlBlocks),
//     so a <p> gives its text and a comment or a <script> nothing;
//   - inline markup is reduced to the words a reader sees: emphasis and
//     link text are kept, link destinations dropped, code spans kept as
//     text, inline HTML tags dropped, images (a picture, not the text of
//     the coverage) left out; backslash escapes and character references
//     (&amp;, &#8217;) are resolved.
//
// goldmark's parser is safe for concurrent use, so the Loader's workers
// share this one.
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote)).Parser()

// markdownBlocks reads a Markdown body into headings and raw paragraphs in
// reading order. A paragraph keeps its line breaks ("\n"); Normalize turns
// them into spaces.
func markdownBlocks(body string) []block {
	src := []byte(body)
	r := mdReader{src: src}
	r.children(markdownParser.Parse(text.NewReader(src)))
	return r.out
}

// mdReader collects the blocks of one parsed Markdown source.
type mdReader struct {
	src []byte
	out []block
}

// children reads each block inside n.
func (r *mdReader) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
}

// block reads one block node: a heading or text block makes a block of
// its own, a container (document, list, block quote) its children.
func (r *mdReader) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		r.out = append(r.out, block{level: n.Level, text: Normalize(r.inline(n))})
	case *ast.Paragraph, *ast.TextBlock:
		r.out = append(r.out, block{text: r.inline(n)})
	case *ast.ListItem:
		r.listItem(n)
	case *east.Table:
		r.table(n)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		r.out = append(r.out, block{text: string(n.Lines().Value(r.src))})
	case *ast.HTMLBlock:
		r.htmlBlock(n)
	case *ast.ThematicBreak:
	default:
		r.children(n)
	}
}

// listItem makes one paragraph of a list item's text. Blocks nested in
// the item (a sub-list, a quote) are read in their place, so the text on
// either side of them makes a paragraph each.
func (r *mdReader) listItem(item *ast.ListItem) {
	var text []string
	flush := func() {
		if len(text) > 0 {
			r.out = append(r.out, block{text: strings.Join(text, "\n")})
			text = nil
		}
	}
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			text = append(text, r.inline(c))
		default:
			flush()
			r.block(c)
		}
	}
	flush()
}

// table makes one paragraph of each row of a pipe table (see rowText).
func (r *mdReader) table(t *east.Table) {
	var heading []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, r.inline(c))
		}
		if _, ok := row.(*east.TableHeader); ok {
			heading = cells
			continue
		}
		if text := rowText(heading, cells); text != "" {
			r.out = append(r.out, block{text: text})
		}
	}
}

// htmlBlock reads a block of raw HTML as the body of a saved page is read.
func (r *mdReader) htmlBlock(n *ast.HTMLBlock) {
	raw := n.Lines().Value(r.src)
	if n.HasClosure() {
		raw = append(raw, n.ClosureLine.Value(r.src)...)
	}
	nodes, err := html.ParseFragment(bytes.NewReader(raw), &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"})
	if err != nil {
		return // HTML too deeply nested to read holds no prose worth keeping
	}
	body := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, c := range nodes {
		body.AppendChild(c)
	}
	r.out = append(r.out, htmlBlocks(body)...)
}

// inline is the plain text of a block's inline content.
func (r *mdReader) inline(n ast.Node) string {
	var b strings.Builder
	r.writeInline(&b, n)
	return b.String()
}

func (r *mdReader) writeInline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Value(r.src))
			} else {
				writeUnescaped(b, c.Value(r.src))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(r.src))
		case *ast.RawHTML:
			if raw := c.Segments.Value(r.src); bytes.HasPrefix(bytes.ToLower(raw), []byte("<br")) {
				b.WriteByte(' ')
			}
		case *ast.Image, *east.FootnoteLink, *east.FootnoteBacklink:
		default: // emphasis, link, code span: their text
			r.writeInline(b, c)
		}
	}
}

// writeUnescaped writes CommonMark text as a reader sees it: "\*" is "*",
// "&amp;" is "&", "&#8217;" is "’". A reference goldmark does not know is
// left as written.
func writeUnescaped(b *strings.Builder, v []byte) {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		b.Write(v)
		return
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			b.WriteByte(v[i+1])
			i++
			continue
		}
		if c == '&' {
			if resolved, n := reference(v[i:]); n > 0 {
				b.Write(resolved)
				i += n - 1
				continue
			}
		}
		b.WriteByte(c)
	}
}

// reference resolves the character reference v starts with ("&amp;",
// "&#8217;", "&#x2019;"), giving its characters and its length in v; n is
// 0 when v does not start with one.
func reference(v []byte) (resolved []byte, n int) {
	// The longest HTML5 entity name is 31 letters; a numeric reference
	// has at most 8 characters.
	j := 1
	for j < len(v) && j < 40 && (util.IsAlphaNumeric(v[j]) || j == 1 && v[j] == '#') {
		j++
	}
	if j == 1 || j >= len(v) || v[j] != ';' {
		return nil, 0
	}
	ref := v[:j+1]
	resolved = util.ResolveEntityNames(util.ResolveNumericReferences(ref))
	if bytes.Equal(resolved, ref) {
		return nil, 0
	}
	return resolved, len(ref)
}

// escapeMarkdown writes one line of plain text so that CommonMark reads
// it back as the same text, in one paragraph or heading: inline markup
// characters and character references are backslash-escaped, and so is a
// line start that would open a heading, quote, list or code fence, and a
// run of "#" that would close a heading. It keeps an imported article's
// "1. " or "*" from becoming a list or emphasis when the saved file is
// loaded, and keeps goldmark off its slow paths (a long run of "[a](" or
// "> " takes it time quadratic in the run).
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\`*_[]<", c) >= 0,
			i == 0 && strings.IndexByte("#>-+~", c) >= 0,
			c == '#' && strings.Trim(s[i:], "# ") == "",
			c == '&' && startsReference(s[i:]),
			(c == '.' || c == ')') && i <= 9 && isDigits(s[:i]): // "1. " opens a list
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// startsReference reports whether s starts with a character reference.
func startsReference(s string) bool {
	_, n := reference([]byte(s[:min(len(s), 41)]))
	return n > 0
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
