package corpus

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ParseHTML extracts the article of a web page with readability: its main
// text (headings become sections) and its metadata — title, site name as
// publisher, byline as author, publication date when the page gives one,
// and the canonical URL when it declares one (else pageURL). contentType
// is the HTTP Content-Type, used for the character set; "" lets the page
// say (a <meta charset>) or defaults to UTF-8 detection. The ID is left
// empty for the caller to choose.
func ParseHTML(data []byte, contentType string, pageURL *url.URL) (Document, error) {
	r, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		return Document{}, fmt.Errorf("decode page: %w", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return Document{}, fmt.Errorf("parse page: %w", err)
	}
	canonical := canonicalURL(root, pageURL)
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(root, pageURL)
	if err != nil {
		return Document{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	if article.Node == nil {
		return Document{}, ErrNoArticle
	}
	doc := Document{
		Title:     Normalize(article.Title()),
		Publisher: Normalize(article.SiteName()),
		Author:    Normalize(article.Byline()),
		URL:       canonical,
	}
	if t, err := article.PublishedTime(); err == nil {
		doc.Published = t
	}
	blocks := htmlBlocks(article.Node)
	if doc.Title == "" {
		for i, b := range blocks {
			if b.level > 0 {
				doc.Title = b.text
				blocks = append(blocks[:i:i], blocks[i+1:]...)
				break
			}
		}
	}
	if doc.Title == "" {
		return Document{}, fmt.Errorf("%w: the page has no title", ErrNoArticle)
	}
	// The headline and the byline often repeat at the top of the body.
	for len(blocks) > 0 {
		b := Normalize(blocks[0].text)
		if !strings.EqualFold(b, doc.Title) && (doc.Author == "" || !strings.EqualFold(strings.TrimPrefix(b, "By "), doc.Author)) {
			break
		}
		blocks = blocks[1:]
	}
	doc.Paragraphs = paragraphs(blocks)
	if len(doc.Paragraphs) == 0 {
		return Document{}, ErrNoArticle
	}
	return doc, nil
}

// canonicalURL is the page's <link rel="canonical"> or og:url, resolved
// against base; base itself when the page names neither.
func canonicalURL(root *html.Node, base *url.URL) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "link" && strings.EqualFold(attr(n, "rel"), "canonical"):
				found = attr(n, "href")
			case n.Data == "meta" && attr(n, "property") == "og:url":
				found = attr(n, "content")
			case n.Data == "body":
				return // metadata lives in <head>
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found != "" {
		if u, err := url.Parse(strings.TrimSpace(found)); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if u.Scheme == "http" || u.Scheme == "https" {
				return u.String()
			}
		}
	}
	if base != nil {
		return base.String()
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Elements whose text is one paragraph (unless they hold block elements
// themselves, as a <li> holding <p>s does), and elements never read.
var (
	textBlocks = map[string]bool{
		"p": true, "li": true, "blockquote": true, "pre": true, "dd": true, "dt": true,
		"figcaption": true, "td": true, "th": true, "caption": true,
	}
	headings = map[string]int{"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
	unread   = map[string]bool{
		"script": true, "style": true, "noscript": true, "template": true, "svg": true,
		"math": true, "iframe": true, "button": true, "form": true, "nav": true,
	}
	blockish = map[string]bool{
		"p": true, "li": true, "blockquote": true, "pre": true, "dd": true, "dt": true, "dl": true,
		"figcaption": true, "figure": true, "div": true, "section": true, "article": true, "main": true,
		"header": true, "footer": true, "aside": true, "ul": true, "ol": true, "table": true,
		"thead": true, "tbody": true, "tr": true, "td": true, "th": true, "caption": true,
		"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true,
	}
)

// htmlBlocks turns an article's element tree into headings and paragraphs
// in reading order. Runs of inline content directly inside a container
// (text in a <div>) make a paragraph of their own.
func htmlBlocks(n *html.Node) []block {
	var out []block
	var inline strings.Builder
	flush := func() {
		if t := strings.TrimSpace(inline.String()); t != "" {
			out = append(out, block{text: t})
		}
		inline.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			inline.WriteString(c.Data)
		case c.Type != html.ElementNode || unread[c.Data]:
		case c.Data == "table":
			flush()
			out = append(out, tableBlocks(c)...)
		case headings[c.Data] > 0:
			flush()
			if t := Normalize(textOf(c)); t != "" {
				out = append(out, block{level: headings[c.Data], text: t})
			}
		case textBlocks[c.Data] && !hasBlockChild(c):
			flush()
			out = append(out, block{text: textOf(c)})
		case blockish[c.Data]:
			flush()
			out = append(out, htmlBlocks(c)...)
		case c.Data == "br":
			inline.WriteString(" ")
		default:
			inline.WriteString(textOf(c))
		}
	}
	flush()
	return out
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockish[c.Data] || headings[c.Data] > 0) {
			return true
		}
	}
	return false
}

// textOf is the text of n and its descendants, skipping unread elements;
// <br> counts as a space.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && unread[n.Data]:
			return
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteString(" ")
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
