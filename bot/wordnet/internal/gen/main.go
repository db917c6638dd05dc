// Command gen builds the wordnet package's embedded tables from a WordNet 3.0
// dictionary directory (Debian's wordnet-base puts it in /usr/share/wordnet).
// Run it through `go generate ./bot/wordnet`; the package comment in
// bot/wordnet says how to fetch the dictionary.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dealbot/dealbot/bot/internal/tablefile"
	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

func main() {
	dir := tablefile.SourceDir("WORDNET_DICT", "/usr/share/wordnet")
	dict := flag.String("dict", dir, "WordNet 3.0 dictionary directory (data.*, index.*, *.exc); default $WORDNET_DICT or /usr/share/wordnet")
	var out outputs
	flag.StringVar(&out.words, "words", "words.tsv.gz", "output: the word table, gzipped")
	flag.StringVar(&out.acronyms, "acronyms", "acronyms.tsv", "output: the acronym table")
	flag.StringVar(&out.inflections, "inflections", "inflections.tsv", "output: the irregular inflections of each base form")
	flag.StringVar(&out.collocations, "collocations", "collocations.tsv", "output: multi-word verbs, adjectives and adverbs")
	flag.StringVar(&out.neighbours, "neighbours", "neighbours.tsv.gz", "output: each noun's and verb's synonyms and broader words in its commonest sense, gzipped")
	flag.StringVar(&out.usage, "usage", "usage.tsv.gz", "output: how often the tagged corpus uses each word as each part of speech, gzipped")
	flag.StringVar(&out.spellings, "spellings", "spellings.tsv.gz", "output: British spellings and their American ones, gzipped")
	flag.StringVar(&out.names, "names", "names.tsv.gz", "output: the other names of each organisation's and place's name, gzipped")
	flag.StringVar(&out.persons, "persons", "persons.tsv.gz", "output: the common nouns whose commonest sense is a kind of person, gzipped")
	flag.StringVar(&out.charge, "charge", "charge.tsv.gz", "output: the verbs of being in charge and the words for who is, gzipped")
	flag.StringVar(&out.amounts, "amounts", "amounts.tsv.gz", "output: the nouns of amounts, gzipped")
	flag.StringVar(&out.placeKinds, "placekinds", "placekinds.tsv.gz", "output: a place's proper name and the kinds of place it is, gzipped")
	flag.StringVar(&out.money, "money", "money.tsv.gz", "output: the nouns of sums of money, gzipped")
	flag.StringVar(&out.currencies, "currencies", "currencies.tsv.gz", "output: the nouns of monetary units, gzipped")
	flag.StringVar(&out.change, "change", "change.tsv.gz", "output: the verbs of change, gzipped")
	flag.StringVar(&out.capitals, "capitals", "capitals.tsv.gz", "output: each national capital's country, gzipped")
	flag.StringVar(&out.phrasal, "phrasal", "phrasal.tsv.gz", "output: the single-word synonyms of each multi-word verb, gzipped")
	flag.StringVar(&out.demonyms, "demonyms", "demonyms.tsv.gz", "output: each place's adjectives and each such adjective's place, gzipped")
	flag.StringVar(&out.plurals, "plurals", "plurals.tsv.gz", "output: the plural nouns that do not end in -s, gzipped")
	flag.StringVar(&out.locations, "locations", "locations.tsv.gz", "output: the common nouns whose commonest sense is a kind of place, gzipped")
	flag.StringVar(&out.physical, "physical", "physical.tsv.gz", "output: the common nouns whose commonest sense is a physical thing, gzipped")
	flag.Parse()
	if err := run(*dict, out); err != nil {
		log.Fatal(err)
	}
}

// outputs are the paths of the tables run writes.
type outputs struct {
	words, acronyms, inflections, collocations, neighbours, usage, spellings, names, persons, placeKinds, charge, amounts, money, currencies, change, capitals, phrasal, demonyms, plurals, locations, physical string
}

func run(dict string, out outputs) error {
	db, err := load(dict)
	if err != nil {
		return err
	}
	if err := writeWords(out.words, db); err != nil {
		return err
	}
	if err := writeInflections(out.inflections, db.inflections()); err != nil {
		return err
	}
	if err := writeAcronyms(out.acronyms, db.acronymPairs()); err != nil {
		return err
	}
	if err := writeCollocations(out.collocations, db.collocations()); err != nil {
		return err
	}
	used, err := usage(dict)
	if err != nil {
		return err
	}
	if err := writeUsage(out.usage, usageLines(used)); err != nil {
		return err
	}
	if err := writeLines(out.spellings, "British spelling<TAB>American spelling of the same WordNet sense", db.spellingPairs()); err != nil {
		return err
	}
	if err := writeLines(out.names, "name<TAB>the other names of its commonest sense, an organisation or a place, separated by |", db.namePairs()); err != nil {
		return err
	}
	if err := writeLines(out.persons, "a common noun whose commonest sense is a kind of person (noun.person)", db.personNouns()); err != nil {
		return err
	}
	if err := writeLines(out.locations, "a common noun whose commonest noun sense is a kind of place (noun.location), used mostly as a noun", db.locationNouns(used)); err != nil {
		return err
	}
	if err := writeLines(out.physical, "a common noun whose commonest noun sense is a physical thing: an animal, an artifact, a part of the body, a food, a place, a natural object, a person, a plant or a substance (noun.animal, noun.artifact, noun.body, noun.food, noun.location, noun.object, noun.person, noun.plant, noun.substance)", db.physicalNouns()); err != nil {
		return err
	}
	if err := writeLines(out.placeKinds, "a place's proper name<TAB>the kinds of place it is, one word each: the first word of each class WordNet makes it an instance of, or, when that is more than one word, of each class one step broader", db.placeKinds()); err != nil {
		return err
	}
	if err := writeLines(out.charge, "verb<TAB>a verb of being in charge (run, head, chair), or role<TAB>a word for who is (chairman, president)", db.charge(used)); err != nil {
		return err
	}
	if err := writeLines(out.amounts, "a noun whose commonest sense is a quantity, a sum of money, a magnitude, a cost, a monetary value, an income or a liability, not a time", db.amountNouns()); err != nil {
		return err
	}
	if err := writeLines(out.money, "an amount noun (see amounts.tsv.gz) whose commonest sense is a sum, a monetary value or an income, which only a sum of money states, and mostly a noun", db.moneyNouns(used)); err != nil {
		return err
	}
	if err := writeLines(out.currencies, "a noun whose commonest sense is a monetary unit, and its plurals", db.currencyNouns()); err != nil {
		return err
	}
	if err := writeLines(out.capitals, "a national capital<TAB>the country it is the capital of (a news story's \"Seoul\" for South Korea's government)", db.capitals()); err != nil {
		return err
	}
	if err := writeLines(out.change, "a verb that can say something changed: a sense in verb.change among its three commonest, or any sense narrower than change_magnitude", db.changeVerbs()); err != nil {
		return err
	}
	if err := writeLines(out.phrasal, "a multi-word verb<TAB>the single-word verbs of one of its commonest senses (the first two the tagged corpus orders, else the first) that have it among their own commonest, are mostly verbs in SemCor and are no word of the phrase", db.phrasalSynonyms(used)); err != nil {
		return err
	}
	if err := writeLines(out.demonyms, "a place's name<TAB>the adjectives of it, or such an adjective<TAB>its place (Switzerland, Swiss), separated by |", db.demonymLines()); err != nil {
		return err
	}
	if err := writeLines(out.plurals, "a plural noun that does not end in -s: a form of the noun exception list, or a noun whose commonest sense WordNet glosses as plural", db.plurals()); err != nil {
		return err
	}
	return writeLines(out.neighbours, "word<TAB>the other words of its commonest sense and of that sense's broader ones, as a noun and as a verb", db.neighbours())
}

// file names per part of speech, in morphy's order.
var posFiles = [...]struct {
	pos  morphy.POS
	name string
}{{morphy.Noun, "noun"}, {morphy.Verb, "verb"}, {morphy.Adj, "adj"}, {morphy.Adv, "adv"}}

// base is one exception-list entry's base form.
type base struct {
	word string
	pos  morphy.POS
}

type synset struct {
	lemmas  []string // as WordNet spells them: "European_Union", "galore"
	lexfile int      // its lexicographer file (wndb(5)): 14 noun.group, 15 noun.location …
	gloss   string   // its definition, the gloss's first part: "be in charge of"
}

type db struct {
	known   map[string]morphy.POS // single-word lemmas of index.*
	phrases map[string]morphy.POS // multi-word verb lemmas ("take_place")
	first   map[string][]string   // single-word noun or verb lemma -> its commonest synset as each
	senses  map[string][]string   // single-word verb lemma -> its synsets, the commonest first
	phrasal map[string][]string   // multi-word verb lemma ("step_in") -> its synsets, the commonest first
	tagged  map[string]int        // verb lemma, multi-word too -> how many of its senses the tagged corpus orders (tagsense_cnt)
	noun    map[string]string     // noun lemma, multi-word too ("south_korea") -> its commonest synset
	broader map[string][]string   // synset -> its hypernym synsets ("@")
	classes map[string][]string   // synset -> the classes it is an instance of ("@i": Ottawa, a national capital)
	wholes  map[string][]string   // synset -> the wholes it is a part of ("#p": Ottawa, of Ontario)
	groups  map[string][]string   // synset -> the groups it is a member of ("#m": Aussie, of Australia)
	except  map[string][]base     // inflected form -> base forms, in file order
	synsets map[string]*synset    // "n00001740" -> synset
	keys    []string              // synset keys in file order
	lexical map[string][]string   // word -> words linked by + or \, both directions
	derived map[string][]string   // synset -> the synsets a word of it is derivationally linked to (+)
	places  map[string][]string   // lower-case place name -> the adjectives pertaining to it, and each adjective -> its places (see demonymLines)
}

func load(dir string) (*db, error) {
	d := &db{
		known:   map[string]morphy.POS{},
		phrases: map[string]morphy.POS{},
		first:   map[string][]string{},
		senses:  map[string][]string{},
		phrasal: map[string][]string{},
		tagged:  map[string]int{},
		noun:    map[string]string{},
		broader: map[string][]string{},
		classes: map[string][]string{},
		wholes:  map[string][]string{},
		groups:  map[string][]string{},
		except:  map[string][]base{},
		synsets: map[string]*synset{},
		lexical: map[string][]string{},
		derived: map[string][]string{},
		places:  map[string][]string{},
	}
	for _, f := range posFiles {
		if err := d.readIndex(filepath.Join(dir, "index."+f.name), f.pos); err != nil {
			return nil, err
		}
		if err := d.readExceptions(filepath.Join(dir, f.name+".exc"), f.pos); err != nil {
			return nil, err
		}
	}
	type link struct{ from, ptr, pos, offset, st string }
	var links []link
	for _, f := range posFiles {
		err := eachLine(filepath.Join(dir, "data."+f.name), func(line string) error {
			if strings.HasPrefix(line, "  ") {
				return nil // licence header
			}
			fields := strings.Fields(strings.SplitN(line, " | ", 2)[0])
			if len(fields) < 4 {
				return fmt.Errorf("short synset line %.40q", line)
			}
			key := filePOS(fields[2]) + fields[0]
			n, err := strconv.ParseUint(fields[3], 16, 8)
			if err != nil {
				return fmt.Errorf("synset %s word count: %w", key, err)
			}
			s := &synset{}
			if _, gloss, ok := strings.Cut(line, " | "); ok {
				s.gloss, _, _ = strings.Cut(strings.TrimSpace(gloss), ";")
			}
			if s.lexfile, err = strconv.Atoi(fields[1]); err != nil {
				return fmt.Errorf("synset %s lexicographer file: %w", key, err)
			}
			i := 4
			for range n {
				s.lemmas = append(s.lemmas, stripMarker(fields[i]))
				i += 2 // word, lex_id
			}
			p, err := strconv.Atoi(fields[i])
			if err != nil {
				return fmt.Errorf("synset %s pointer count: %w", key, err)
			}
			i++
			for range p {
				sym, off, pos, st := fields[i], fields[i+1], fields[i+2], fields[i+3]
				i += 4
				if (sym == "+" || sym == `\`) && st != "0000" {
					links = append(links, link{key, sym, pos, off, st})
				}
				switch sym {
				case "@":
					d.broader[key] = append(d.broader[key], filePOS(pos)+off)
				case "@i":
					d.classes[key] = append(d.classes[key], filePOS(pos)+off)
				case "#p":
					d.wholes[key] = append(d.wholes[key], filePOS(pos)+off)
				case "#m":
					d.groups[key] = append(d.groups[key], filePOS(pos)+off)
				}
			}
			d.synsets[key] = s
			d.keys = append(d.keys, key)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// Lexical pointers name a word of each synset: source in the first two
	// hex digits, target in the last two (wndb(5)).
	for _, l := range links {
		src, err1 := strconv.ParseUint(l.st[:2], 16, 8)
		dst, err2 := strconv.ParseUint(l.st[2:], 16, 8)
		from, to := d.synsets[l.from], d.synsets[filePOS(l.pos)+l.offset]
		if err1 != nil || err2 != nil || to == nil || int(src) > len(from.lemmas) || int(dst) > len(to.lemmas) || src == 0 || dst == 0 {
			return nil, fmt.Errorf("bad pointer %s %s %s %s from %s", l.ptr, l.offset, l.pos, l.st, l.from)
		}
		if l.ptr == "+" {
			d.derived[l.from] = appendNew(d.derived[l.from], filePOS(l.pos)+l.offset)
		}
		d.addDemonym(l.from, l.ptr, from.lemmas[src-1], to, to.lemmas[dst-1])
		a, b := strings.ToLower(from.lemmas[src-1]), strings.ToLower(to.lemmas[dst-1])
		if a == b || strings.Contains(a, "_") || strings.Contains(b, "_") {
			continue
		}
		d.lexical[a] = appendNew(d.lexical[a], b)
		d.lexical[b] = appendNew(d.lexical[b], a)
	}
	d.addNationals()
	d.addStyledNames()
	return d, nil
}

// filePOS maps a synset type to the data file holding it: satellites ("s")
// live in data.adj.
func filePOS(ssType string) string {
	if ssType == "s" {
		return "a"
	}
	return ssType
}

// stripMarker drops an adjective's syntactic marker: "galore(ip)" -> "galore".
func stripMarker(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		return w[:i]
	}
	return w
}

func (d *db) readIndex(path string, pos morphy.POS) error {
	return eachLine(path, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			return nil
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return fmt.Errorf("%s: short line %.40q", path, line)
		}
		w := f[0]
		switch {
		case !strings.Contains(w, "_"):
			d.known[w] |= pos
		case pos == morphy.Verb && isWords(w), (pos == morphy.Adj || pos == morphy.Adv) && isWords(w) && prepositionalIdiom(w):
			d.phrases[w] |= pos
		}
		if pos != morphy.Noun && pos != morphy.Verb {
			return nil
		}
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
		// synset_offset…: the offsets close the line, the commonest sense
		// first, and only the tagged senses' order is by frequency
		// (wndb(5)).
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 || n+2 > len(f) {
			return fmt.Errorf("%s: bad synset count in %.40q", path, line)
		}
		keys := make([]string, n)
		for i, o := range f[len(f)-n:] {
			keys[i] = f[1] + o
		}
		if pos == morphy.Noun {
			d.noun[w] = keys[0]
		}
		if pos == morphy.Verb && isWords(w) {
			if tagged, err := strconv.Atoi(f[len(f)-n-1]); err == nil {
				d.tagged[w] = tagged
			}
		}
		switch {
		case !strings.Contains(w, "_"):
			d.first[w] = append(d.first[w], keys[0])
			if pos == morphy.Verb {
				d.senses[w] = keys
			}
		case pos == morphy.Verb && isWords(w):
			d.phrasal[w] = keys
		}
		return nil
	})
}

func (d *db) readExceptions(path string, pos morphy.POS) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("%s: short line %q", path, line)
		}
		if strings.Contains(f[0], "_") {
			return nil
		}
		for _, b := range f[1:] {
			if b != f[0] && !strings.Contains(b, "_") {
				d.except[f[0]] = append(d.except[f[0]], base{b, pos})
			}
		}
		return nil
	})
}

// bases lists w's base forms: exception-list entries first, then what
// morphy's rules give and the index confirms, in morphy's order.
func (d *db) bases(w string) []string {
	var out []string
	for _, b := range d.except[w] {
		out = appendNew(out, b.word)
	}
	for _, r := range morphy.Rules {
		if stem, ok := r.Stem(w); ok {
			if b := stem + r.Ending; b != w && d.known[b]&r.POS != 0 {
				out = appendNew(out, b)
			}
		}
	}
	return out
}

// lemma is morphy's first base form of w, as NLTK's morphy computes it: for
// each part of speech in turn, w and its exception-list bases, or else w and
// its rule-made bases, filtered by the index. A lemma is its own lemma
// ("found" stays "found", though verb.exc also makes it "find"), so Lemma is
// idempotent.
func (d *db) lemma(w string) string {
	for _, f := range posFiles {
		cands := []string{w}
		var exc []string
		for _, b := range d.except[w] {
			if b.pos == f.pos {
				exc = append(exc, b.word)
			}
		}
		if len(exc) > 0 {
			cands = append(cands, exc...)
		} else {
			for _, r := range morphy.Rules {
				if stem, ok := r.Stem(w); ok && r.POS == f.pos {
					cands = append(cands, stem+r.Ending)
				}
			}
		}
		for _, c := range cands {
			if d.known[c]&f.pos != 0 {
				return c
			}
		}
	}
	return w
}

// related lists what Related returns for w: its base forms, then the words
// linked to it by a lexical pointer. A form that is not a lemma itself
// ("went") also gets its bases' links, as the runtime does for regular
// inflections.
func (d *db) related(w string) []string {
	out := d.bases(w)
	n := len(out)
	links := slices.Clone(d.lexical[w])
	if d.known[w] == 0 {
		for _, b := range out[:n] {
			for _, l := range d.lexical[b] {
				links = appendNew(links, l)
			}
		}
	}
	slices.Sort(links)
	for _, l := range links {
		if l != w {
			out = appendNew(out, l)
		}
	}
	return out
}

func writeWords(path string, d *db) error {
	set := map[string]bool{}
	for w := range d.known {
		set[w] = true
	}
	for w := range d.except {
		set[w] = true
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	lines := make([]string, 0, len(words))
	for _, word := range words {
		if strings.ContainsAny(word, " \t") {
			continue
		}
		lemma := d.lemma(word)
		if lemma == word {
			lemma = ""
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%s\t%s", word, posLetters(d.known[word]|d.inflectedAs(word)), lemma, strings.Join(d.related(word), " ")))
	}
	return writeLines(path, "word<TAB>parts of speech (nvar, - for none), as a lemma or as an irregular inflection<TAB>lemma if not the word<TAB>related words", lines)
}

// inflectedAs is the parts of speech whose exception lists make w an
// inflection: "children" a noun, "fought" a verb, "paid" a verb as well
// as the adjective WordNet lists.
func (d *db) inflectedAs(w string) morphy.POS {
	var p morphy.POS
	for _, b := range d.except[w] {
		p |= b.pos
	}
	return p
}

func posLetters(p morphy.POS) string {
	var b strings.Builder
	for i, f := range posFiles {
		if p&f.pos != 0 {
			b.WriteByte("nvar"[i])
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

// isWords reports whether a multi-word lemma is plain lower-case words
// ("take_place"), not a name ("Palm_Beach"), a number or a spelling with
// marks ("o'clock", "20/20").
func isWords(w string) bool {
	return strings.Trim(w, "abcdefghijklmnopqrstuvwxyz_") == "" && !strings.Contains(w, "__")
}

func appendNew(list []string, w string) []string {
	if slices.Contains(list, w) {
		return list
	}
	return append(list, w)
}

func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if err := fn(sc.Text()); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
