package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate runs the generator on a made-up dictionary in WordNet's
// format (testdata/dict) and checks each table line it should write.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	out := outputsIn(dir)
	words, acronyms, inflections, collocations := out.words, out.acronyms, out.inflections, out.collocations
	usage, spellings, names, persons := out.usage, out.spellings, out.names, out.persons
	charge, amounts, change := out.charge, out.amounts, out.change
	if err := run(filepath.Join("testdata", "dict"), out); err != nil {
		t.Fatal(err)
	}
	if cs := tableLines(t, out.capitals); len(cs) != 3 || cs["ottawa"] != "ottawa\tcanada" || cs["bytown"] != "bytown\tcanada" || cs["whitehorse"] != "whitehorse\tcanada" {
		t.Errorf("capitals.tsv.gz: %q; want Ottawa and its other name Bytown (not Canadian capital) with Canada, the country Ontario is part of, and Whitehorse with Canada, not with the Yukon, a region (area, country); not Toronto, no capital", cs)
	}
	if ds := tableLines(t, out.demonyms); len(ds) != 5 || ds["korea"] != "korea\tkorean" || ds["korean"] != "korean\tkorea" ||
		ds["canada"] != "canada\tcanadian|canuck" || ds["canuck"] != "canuck\tcanada" || ds["canadian"] != "canadian\tcanada" {
		t.Errorf("demonyms.tsv.gz: %q; want Korea and Korean, its adjective by a pertainym between capitalised words of a place, not European (derived from the European Union, no place) nor peninsular (lower-case); and Canada with Canadian and Canuck, the nouns of its members, not Laurier (one person, an instance)", ds)
	}
	if pk := tableLines(t, out.placeKinds); pk["canada"] != "canada\tcountry" || pk["ottawa"] != "" {
		t.Errorf("placekinds.tsv.gz: %q; want Canada, an instance of North American country (more than one word), with the word of the class one step broader, country; nothing for Ottawa, whose class national capital is more than one word and has no broader class in the test dictionary", pk)
	}
	if ls := tableLines(t, out.locations); len(ls) != 3 || ls["state"] != "state" || ls["country"] != "country" || ls["area"] != "area" {
		t.Errorf("locations.tsv.gz: %q; want area, country and state, whose commonest senses are noun.location and written in lower case, not Canada (a proper name) nor national_capital (more than one word)", ls)
	}
	if ps := tableLines(t, out.physical); len(ps) != 8 || ps["europium"] == "" || ps["chairman"] == "" || ps["country"] == "" || ps["child"] == "" || ps["resignation"] != "" || ps["quota"] != "" || ps["deadline"] != "" {
		t.Errorf("physical.tsv.gz: %q; want area, chairman, child, country, director, europium, general and state (substances, persons, places), not resignation, quota, deadline or protection (acts, possessions, times), nor Canada (a proper name)", ps)
	}
	if ps := tableLines(t, out.plurals); len(ps) != 2 || ps["children"] != "children" || ps["chairmen"] != "chairmen" {
		t.Errorf("plurals.tsv.gz: %q; want children (the noun exception list's) and chairmen (chairman, a person, in -men)", ps)
	}
	if ps := tableLines(t, out.phrasal); len(ps) != 1 || ps["step down"] != "step down\tresign" {
		t.Errorf("phrasal.tsv.gz: %q; want step down with resign, the single word of its sense", ps)
	}
	if cs := tableLines(t, change); len(cs) != 2 || cs["rise"] != "rise" || cs["soar"] != "soar" {
		t.Errorf("change.tsv.gz: %q; want rise (its second sense is of change) and soar (a verb of motion narrower than change_magnitude), not export (none is) nor resign", cs)
	}
	if as := tableLines(t, amounts); len(as) != 2 || as["quantity"] != "quantity" || as["quota"] != "quota" {
		t.Errorf("amounts.tsv.gz: %q; want quantity and quota, narrower than it, not deadline, a time, nor chairman", as)
	}
	if ms := tableLines(t, out.money); len(ms) != 0 {
		t.Errorf("money.tsv.gz: %q; want none of the test dictionary's amounts, quantity and quota, no sums of money", ms)
	}
	if ps := tableLines(t, persons); len(ps) != 4 || ps["child"] != "child" || ps["chairman"] != "chairman" {
		t.Errorf("persons.tsv.gz: %q; want the test dictionary's four noun.person nouns, child and chairman among them", ps)
	}
	if data, err := os.ReadFile(charge); err != nil || !strings.HasSuffix(string(data), "\nrole\tchairman\nrole\tdirector\nverb\tchair\nverb\tdirect\n") {
		t.Errorf("charge.tsv should hold the verbs direct (glossed \"be in charge of\") and chair (one step narrower), and the words for who does them, director and chairman, not general, mostly an adjective (%v):\n%s", err, data)
	}
	if ns := tableLines(t, names); ns["eu"] != "eu\teuropean union|common market" || ns["european union"] != "european union\teu|common market" || ns["eu"] == "" || ns["europium"] != "" {
		t.Errorf("names.tsv.gz: %q; want the EU's other names for each of its names, nothing for the element Eu (eu's first sense is the EU) nor europium", ns)
	}
	if sp := tableLines(t, spellings); len(sp) != 2 || sp["defence"] != "defence\tdefense" || sp["organisation"] != "organisation\torganization" {
		t.Errorf("spellings.tsv.gz: %q; want defence → defense and organisation → organization, nothing for protection (no rule makes it defense)", sp)
	}
	if used := tableLines(t, usage); used["resign"] != "resign\t0 12 0 0" || used["far"] != "far\t0 0 3 5" || used["step"] != "" {
		t.Errorf("usage.tsv.gz: resign %q, far %q, step %q; want the counts summed by part of speech, multi-word lemmas left out", used["resign"], used["far"], used["step"])
	}
	if data, err := os.ReadFile(collocations); err != nil || !strings.Contains(string(data), "\nstep down\tv\n") || strings.Contains(string(data), "union") ||
		!strings.Contains(string(data), "\nunder fire\ta\n") || strings.Contains(string(data), "first class") {
		t.Errorf("collocations.tsv should hold the verb step down and the idiom under fire, no multi-word noun and no longer phrase (%v):\n%s", err, data)
	}
	if data, err := os.ReadFile(inflections); err != nil || !strings.Contains(string(data), "\nchild\tchildren\n") {
		t.Errorf("inflections.tsv lacks child → children (%v):\n%s", err, data)
	}
	if near := tableLines(t, filepath.Join(dir, "neighbours.tsv.gz")); near["resignation"] != "resignation\tchild" {
		t.Errorf("neighbours.tsv.gz: resignation's line is %q, want its hypernym child", near["resignation"])
	}
	got := tableLines(t, words)
	for _, c := range []struct{ name, line string }{
		{"DerivationBothWays", "resign\tv\t\tresignation"},
		{"DerivationTarget", "resignation\tn\t\tresign"},
		// Korean(a) is a satellite with a syntactic marker; its pertainym
		// pointer names word 1 of each synset, not "peninsular".
		{"PertainymMarkerStripped", "korean\ta\t\tkorea"},
		{"PertainymReverse", "korea\tn\t\tkorean"},
		{"WordNumberNotSynset", "peninsular\ta\t\t"},
		{"ExceptionWithBaseLinks", "children\tn\tchild\tchild"},
		{"ExceptionIdentityDropped", "resigned\tv\tresign\tresign resignation"},
		{"AcronymIsAWordToo", "eu\tn\t\t"},
	} {
		t.Run(c.name, func(t *testing.T) {
			word, _, _ := strings.Cut(c.line, "\t")
			if got[word] != c.line {
				t.Errorf("line for %q = %q, want %q", word, got[word], c.line)
			}
		})
	}
	t.Run("NoMultiWordLemmas", func(t *testing.T) {
		for w, line := range got {
			if strings.ContainsAny(w, "_ ") || strings.Contains(line, "_") {
				t.Errorf("multi-word lemma in %q", line)
			}
		}
	})

	raw, err := os.ReadFile(acronyms)
	if err != nil {
		t.Fatal(err)
	}
	body := strings.SplitN(string(raw), "\n", 2)[1] // after the comment
	want := "eu\teuropean union\tname\nwto\tworld trade organization\tname\n"
	if body != want {
		t.Errorf("acronyms.tsv = %q, want %q (not Eu, the element; not Common Market)", body, want)
	}
}

// TestGenerateIsDeterministic: the same dictionary gives the same bytes, so
// a regenerated table shows no diff unless WordNet changed.
func TestGenerateIsDeterministic(t *testing.T) {
	var outs [2][]byte
	for i := range outs {
		dir := t.TempDir()
		out := outputsIn(dir)
		words := out.words
		if err := run(filepath.Join("testdata", "dict"), out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(words)
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = b
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two runs wrote different words.tsv.gz")
	}
}

func TestGenerateMissingDictionary(t *testing.T) {
	dir := t.TempDir()
	err := run(filepath.Join(dir, "nowhere"), outputsIn(dir))
	if err == nil || !strings.Contains(err.Error(), "nowhere") {
		t.Errorf("run on a missing directory: err = %v, want one naming the path", err)
	}
}

// outputsIn names each table in dir as the generator's flags do, with
// charge.tsv left uncompressed to be read as it is.
func outputsIn(dir string) outputs {
	in := func(name string) string { return filepath.Join(dir, name) }
	return outputs{words: in("words.tsv.gz"), acronyms: in("acronyms.tsv"), inflections: in("inflections.tsv"), collocations: in("collocations.tsv"),
		neighbours: in("neighbours.tsv.gz"), usage: in("usage.tsv.gz"), spellings: in("spellings.tsv.gz"), names: in("names.tsv.gz"),
		persons: in("persons.tsv.gz"), charge: in("charge.tsv"), amounts: in("amounts.tsv.gz"), money: in("money.tsv.gz"), currencies: in("currencies.tsv.gz"), change: in("change.tsv.gz"),
		capitals: in("capitals.tsv.gz"), phrasal: in("phrasal.tsv.gz"), demonyms: in("demonyms.tsv.gz"), placeKinds: in("placekinds.tsv.gz"),
		plurals: in("plurals.tsv.gz"), locations: in("locations.tsv.gz"), physical: in("physical.tsv.gz")}
}

// tableLines reads a generated words table into word -> line.
func tableLines(tb testing.TB, path string) map[string]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		tb.Fatal(err)
	}
	lines := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			w, _, _ := strings.Cut(line, "\t")
			lines[w] = line
		}
	}
	return lines
}
