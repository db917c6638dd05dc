package corpus

import (
	"fmt"
	"strings"
)

// How deeply a Markdown body may nest to be read: maxNesting block quotes
// and list items opened on one line, or brackets or link destinations
// ("](") left open in one paragraph; maxIndent columns of indentation,
// which nests lists. News text never nests more than a few levels, but
// goldmark takes time quadratic in such depth: a 4 MiB file of "[a](" or
// "> " would hold a loader worker for hours, and the bot's start with it.
// Within these limits the slowest 4 MiB file found takes a few seconds.
const (
	maxNesting = 16
	maxIndent  = 128
)

// checkNesting refuses a Markdown body nested deeper than maxNesting, in
// one pass, before goldmark reads it. firstLine is the number of the
// body's first line in the file, for the error.
func checkNesting(body string, firstLine int) error {
	brackets, parens := 0, 0
	n := firstLine - 1
	for line := range strings.Lines(body) {
		n++
		if strings.TrimSpace(line) == "" {
			brackets, parens = 0, 0 // a blank line ends a paragraph
			continue
		}
		if cols := indentation(line); cols > maxIndent {
			return fmt.Errorf("nesting too deep: line %d is indented %d columns (at most %d are read)", n, cols, maxIndent)
		}
		if m := containerMarkers(line); m > maxNesting {
			return fmt.Errorf("nesting too deep: line %d opens %d block quotes or list items (at most %d are read)", n, m, maxNesting)
		}
		closed := false // the last character was an unescaped "]"
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++ // an escaped character opens nothing
				closed = false
				continue
			case '[':
				brackets++
			case ']':
				brackets = max(brackets-1, 0)
			case '(':
				if closed {
					parens++
				}
			case ')':
				parens = max(parens-1, 0)
			}
			closed = line[i] == ']'
			if brackets > maxNesting || parens > maxNesting {
				return fmt.Errorf("nesting too deep: by line %d a paragraph leaves more than %d brackets or link destinations open", n, maxNesting)
			}
		}
	}
	return nil
}

// indentation is the column a line's text starts at, a tab moving to the
// next multiple of 4 as in CommonMark.
func indentation(line string) int {
	cols := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			return cols
		}
	}
	return cols
}

// containerMarkers counts the block quote markers (">") and list item
// markers ("-", "+", "*", "1.", "1)" followed by a space) that open a line.
func containerMarkers(line string) int {
	n := 0
	spaceAt := func(i int) bool { return i < len(line) && (line[i] == ' ' || line[i] == '\t') }
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			n++
			i++
		case (c == '-' || c == '+' || c == '*') && spaceAt(i+1):
			n++
			i += 2
		default:
			j := i
			for j < len(line) && j-i < 9 && '0' <= line[j] && line[j] <= '9' {
				j++
			}
			if j == i || j >= len(line) || line[j] != '.' && line[j] != ')' || !spaceAt(j+1) {
				return n
			}
			n++
			i = j + 2
		}
	}
	return n
}
