package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestAnswerSlot: the figure a question asks for counts where the
// question's words stand beside it ("owns 40 ships"), not where the
// sentence states a figure of something else ("every two hours"); for a
// question of why, the reason ("because fuel costs rose"); a question
// asking for none of them has no slot.
func TestAnswerSlot(t *testing.T) {
	q := weighed("How many ships does the harbour authority own?", 60, map[string]int{"ships": 4, "harbour": 6, "authority": 8, "own": 5})
	beside := "The harbour authority owns 40 ships, most of them tugs."
	apart := "Ships of the harbour authority must report their position to the coastguard every two hours."
	a := newAnalysisCache(8)
	total := q.knownWeight()
	sb, sa := answerSlot(&q, a.excerpt(beside), total, nil), answerSlot(&q, a.excerpt(apart), total, nil)
	if sb <= sa || sb <= 0.5 {
		t.Errorf("slot beside %.2f, apart %.2f: want the figure beside the question's words to count more, and for most of it", sb, sa)
	}
	cands := rank(&q, []index.Hit{sentenceHit("apart", apart, 2), sentenceHit("beside", beside, 1.8)}, a)
	if cands[0].hit.ID != "beside" {
		t.Errorf("ranked %q first; want the figure of ships", cands[0].text)
	}

	why := weighed("Why did the harbour authority sell ships?", 60, map[string]int{"ships": 4, "harbour": 6, "authority": 8, "sell": 5})
	if s := answerSlot(&why, a.excerpt(beside), why.knownWeight(), nil); s != 0 {
		t.Errorf("slot %.2f for a question of why and a sentence that gives no reason; want 0", s)
	}
	// A reason is what a question of why asks for: it counts where the
	// question's words stand beside it.
	reason := "The harbour authority sold ships because fuel costs rose."
	reasonApart := "Fuel costs rose because of the war, and in a later statement on its fleet the harbour authority said it sold ships."
	sb, sa = answerSlot(&why, a.excerpt(reason), why.knownWeight(), nil), answerSlot(&why, a.excerpt(reasonApart), why.knownWeight(), nil)
	if sb <= sa || sb <= 0.5 {
		t.Errorf("reason slot beside %.2f, apart %.2f: want the reason beside the question's words to count more, and for most of it", sb, sa)
	}
}

// TestTokenOffsets: each word's offset is where it starts in the text as
// tokenize reads it (acronyms' stops removed), so that what a pattern
// finds there can be placed among the words.
func TestTokenOffsets(t *testing.T) {
	text := "The U.S. bought 2,500 tonnes of rice in May."
	read := undot(text)
	for _, tk := range tokenize(text) {
		if got := strings.ToLower(read[tk.at : tk.at+len(tk.word)]); got != tk.word {
			t.Errorf("word %q at %d reads %q", tk.word, tk.at, got)
		}
	}
	e := newAnalysisCache(1).excerpt(text)
	sp := e.spansOf(kindAmount)
	if len(sp) != 1 || e.content[sp[0][0]].word != "2,500" || e.content[sp[0][1]-1].word != "tonnes" {
		t.Errorf("amount spans %v of %v; want 2,500 tonnes", sp, e.content)
	}
	// A match that starts inside a word ("500 million" in "$2,500
	// million") starts with that word.
	e = newAnalysisCache(1).excerpt("It paid $2,500 million for the port.")
	for _, sp := range e.spansOf(kindAmount) {
		if w := e.content[sp[0]].word; w != "2,500" {
			t.Errorf("an amount span starts at %q; want 2,500 (spans %v of %v)", w, e.spansOf(kindAmount), e.content)
		}
	}
}

// TestFocusFigureSlot: "what fee" asks for a figure of the fee, which a
// sentence gives when the figure stands beside the word ("a fee of $40");
// a figure elsewhere in the sentence is of something else.
func TestFocusFigureSlot(t *testing.T) {
	q := weighed("What fee do ships pay at the port?", 60, map[string]int{"fee": 3, "ships": 6, "pay": 5, "port": 9})
	if q.focus < 0 || q.kinds&figureKinds != 0 {
		t.Fatalf("focus %d, kinds %b: want a focus and no figure kind, for the test to mean anything", q.focus, q.kinds)
	}
	total := q.knownWeight()
	a := newAnalysisCache(8)
	beside := "Ships pay a fee of $40 at the port, the authority said."
	apart := "Ships paid $40 million in total to the port last year, before the fee rules changed."
	sb, sa := answerSlot(&q, a.excerpt(beside), total, nil), answerSlot(&q, a.excerpt(apart), total, nil)
	if sb <= 0.5 || sa != 0 {
		t.Errorf("slot beside %.2f, apart %.2f: want most of the question beside the fee's figure, none where the figure is not the fee's", sb, sa)
	}
}

// TestOwnNameNoSlot: for "who heads the Federation of Malaysian
// Manufacturers", the federation's own name is no statement of who; a
// person's name beside the question's words is.
func TestOwnNameNoSlot(t *testing.T) {
	q := weighed("Who heads the Federation of Malaysian Manufacturers?", 40, map[string]int{"heads": 2, "federation": 3, "malaysian": 9, "manufacturers": 4})
	cache := newAnalysisCache(4)
	total := q.knownWeight()
	if got := answerSlot(&q, cache.excerpt("The Federation of Malaysian Manufacturers was less enthusiastic."), total, nil); got != 0 {
		t.Errorf("the question's own name as the answer's slot: %.2f, want 0", got)
	}
	if got := answerSlot(&q, cache.excerpt("Lim Chee Keong, who heads the Federation of Malaysian Manufacturers, was less enthusiastic."), total, nil); got == 0 {
		t.Error("a person's name beside the question's words: no slot")
	}
}

// TestTimeSlotInClause: for a question of when, a date counts as said of
// the question's words anywhere in its clause ("Vestria and Norland
// signed an accord … in Kell on Monday, March 9"), not across a comma
// ("…, officials in Kell said on Monday"); for a question of how much,
// only within slotWindow words.
func TestTimeSlotInClause(t *testing.T) {
	a := newAnalysisCache(8)
	when := weighed("When did Vestria and Norland sign the accord?", 60, map[string]int{"vestria": 8, "norland": 8, "sign": 6, "accord": 9})
	inClause := "Vestria and Norland signed an accord on harbour fees for fishing boats in the port of Kell on Monday, March 9."
	apart := "Vestria and Norland signed an accord on harbour fees for fishing boats, officials in the port of Kell said on Monday, March 9."
	total := when.knownWeight()
	si, sa := answerSlot(&when, a.excerpt(inClause), total, nil), answerSlot(&when, a.excerpt(apart), total, nil)
	if si <= sa || si < 0.9 {
		t.Errorf("slot in the clause %.2f, across a comma %.2f: want the date to count for the words of its clause, and only there", si, sa)
	}
	much := weighed("How much did Vestria pay for the fishing boats?", 60, map[string]int{"vestria": 8, "pay": 9, "fishing": 7, "boats": 6})
	far := "Vestria bought the fishing boats for its northern ports on the Kell peninsula for $40 million."
	if s := answerSlot(&much, a.excerpt(far), much.knownWeight(), nil); s > 0 {
		t.Errorf("slot %.2f for a figure seven words from the question's: want the clause reading for dates only", s)
	}
}
