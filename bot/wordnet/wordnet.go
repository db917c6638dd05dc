// Package wordnet gives the answer engine general English morphology from
// WordNet 3.0: base forms (Lemma), word families linked by derivation and
// pertainymy (Related: resign/resignation, korea/korean), acronyms spelled
// out in the same synset (LongForms, Acronyms: eu/european union),
// multi-word verbs (CollocationAt: take place, hand out), the words
// near a noun's or verb's commonest sense (Neighbours: boat/vessel), and
// which part of speech its sense-tagged corpus uses a word as most
// (MostlyVerb, MostlyNoun, OnlyModifier, MostlyModifier: offer is mostly
// a verb, far never a noun, original mostly an adjective), a word's British and American spellings (American,
// OtherSpelling: defence/defense, organisation/organization), and the
// other names of a country or an organisation (OtherNames: UK/Britain,
// Burma/Myanmar), which nouns are kinds of person (IsPerson:
// ambassador, minister), which nouns are kinds of place (IsLocation:
// province, region), which nouns name physical things (IsPhysical: rice,
// steel; not weakness), which verbs say that someone is in charge
// (InCharge: run, head, chair), which nouns are amounts (IsAmount:
// tariff, fine, quota), which verbs can say that something changed
// (IsChange: rise, cut, add), and which country a national capital is
// the capital of (CountryOf: Seoul, South Korea), and a place's adjective
// and its people's noun (Demonyms: Switzerland, Swiss; Australia,
// Aussie), and the kinds of place a name names (PlaceKinds: South
// Carolina, state).
//
// The knowledge is twenty-one generated tables embedded in the binary:
// words.tsv.gz (one line per WordNet single-word lemma or exception-list
// form: word, parts of speech, lemma when it differs, related words),
// inflections.tsv (each base form with its irregular inflections, the
// exception lists read backwards: Inflections), acronyms.tsv (acronym,
// long form), collocations.tsv (multi-word verb, part of speech) and
// neighbours.tsv.gz (noun or verb, the words of its commonest sense and of
// that sense's hypernyms) and usage.tsv.gz (word, how often SemCor tags it
// as a noun, a verb, an adjective and an adverb, from WordNet's
// cntlist.rev) and spellings.tsv.gz (a British spelling, the American
// one, where WordNet lists both in one sense) and names.tsv.gz (a proper
// name of an organisation or a place, its other names) and
// persons.tsv.gz (the common nouns whose commonest sense is in WordNet's
// noun.person file) and charge.tsv.gz (the verbs of being in charge and
// the words for who is) and amounts.tsv.gz (the nouns whose commonest
// sense is an amount) and money.tsv.gz (those of them only a sum of
// money states: a sum, a price, an income) and change.tsv.gz (the verbs with a sense in
// WordNet's verb.change file among their three commonest, or a sense
// narrower than "change magnitude") and capitals.tsv.gz (each national
// capital and the country it is part of, through a province or a
// region) and demonyms.tsv.gz (a place and the adjectives that pertain
// to it and the nouns for its people, all written with a capital, and
// each such word and its place)
// and phrasal.tsv.gz (a multi-word verb and the single-word verbs of its
// sense: PhrasalSynonyms) and currencies.tsv.gz (the nouns of monetary
// units and their plurals: Currencies) and placekinds.tsv.gz (a place's
// proper name and the kinds of place it is: PlaceKinds, South Carolina,
// state) and plurals.tsv.gz (the plural nouns that do not end in -s:
// Plurals) and locations.tsv.gz (the common nouns whose commonest noun
// sense is in WordNet's noun.location file, mostly used as nouns:
// IsLocation, Locations) and physical.tsv.gz (the common nouns whose
// commonest noun sense is a physical thing, in one of WordNet's files of
// animals, artifacts, the body, foods, places, natural objects, persons,
// plants and substances: IsPhysical).
// They are
// parsed once, on first use.
// All inputs are lower-case words or lower-case phrases with single spaces;
// all outputs are lower-case.
//
// Source: Debian's wordnet-base 1:3.0-37 (WordNet 3.0), licence in
// LICENSE-WordNet. To regenerate the tables:
//
//	cd /tmp && apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	WORDNET_DICT=/tmp/wn/usr/share/wordnet go generate ./bot/wordnet
//
// The generator's -dict flag defaults to $WORDNET_DICT, else
// /usr/share/wordnet (where apt-get install wordnet-base puts it).
package wordnet

//go:generate go run ./internal/gen
