package corpus

import (
	"strings"

	"golang.org/x/net/html"
)

// A table (a Markdown pipe table, an HTML <table>) is read one row a
// paragraph, each cell after its column's heading: "Country: Switzerland;
// Tariff: 39%; Effective: August 7". A reader sees the heading above the
// cell; a passage cut from the table must say it too, or "39%" is a
// figure of nothing. A table without a heading row gives its cells as
// they are, joined by semicolons.

// rowText is one table row as a paragraph: each non-empty cell after its
// column's heading, when there is one.
func rowText(heading, cells []string) string {
	var parts []string
	for i, c := range cells {
		c = Normalize(c)
		if c == "" {
			continue
		}
		if i < len(heading) && Normalize(heading[i]) != "" {
			c = Normalize(heading[i]) + ": " + c
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, "; ")
}

// tableBlocks reads an HTML <table>: its caption, then one paragraph a
// row (see rowText). The heading is the first row when all its cells are
// <th>.
func tableBlocks(table *html.Node) []block {
	var out []block
	var heading []string
	first := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.Data == "caption":
				if t := Normalize(textOf(c)); t != "" {
					out = append(out, block{text: t})
				}
			case c.Data == "tr":
				cells, allHeadings := rowCells(c)
				switch {
				case first && allHeadings:
					heading = cells
				default:
					if t := rowText(heading, cells); t != "" {
						out = append(out, block{text: t})
					}
				}
				first = false
			case !unread[c.Data]:
				walk(c) // thead, tbody, tfoot
			}
		}
	}
	walk(table)
	return out
}

// rowCells returns the text of a row's cells, and whether they are all
// heading cells.
func rowCells(tr *html.Node) ([]string, bool) {
	var cells []string
	all := true
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "td" && c.Data != "th" {
			continue
		}
		cells = append(cells, textOf(c))
		all = all && c.Data == "th"
	}
	return cells, all && len(cells) > 0
}
