package bot

import "testing"

// TestQuestionOfAMessage: the question a message asks, without its
// preamble, greeting or thanks; abbreviations do not end a sentence, and a
// message of several questions, or of none, is kept whole. A label before
// a question that names nothing ("Japanese cars: tariff now?") is kept; a
// spaced dash sets a question apart from what comes before it.
func TestQuestionOfAMessage(t *testing.T) {
	for msg, want := range map[string]string{
		"Quick one for a piece I am writing: what tariff do Japanese cars pay now?": "what tariff do Japanese cars pay now?",
		"hey @dealbot who picks the fund's projects? thanks!":                       "who picks the fund's projects?",
		"I'm writing about the deal. Why did Ishiba quit? Cheers":                   "Why did Ishiba quit?",
		"Hi! What did Mr. Akazawa say about U.S. tariffs?":                          "What did Mr. Akazawa say about U.S. tariffs?",
		"What is the MFN clause? Does it cover chips?":                              "What is the MFN clause? Does it cover chips?",
		"So far, how many cars has Japan shipped?":                                  "So far, how many cars has Japan shipped?",
		"steel quota latest":               "steel quota latest",
		"Please explain the safety clause": "explain the safety clause",
		"thanks":                           "",
		"hi":                               "",
		"???":                              "",
		"Can you tell me what tariff Japanese cars pay now?":           "what tariff Japanese cars pay now?",
		"Any idea who picks the projects?":                             "who picks the projects?",
		"Do we know whether the deal is binding?":                      "whether the deal is binding?",
		"I'd like to know why Ishiba quit":                             "why Ishiba quit",
		"Tell me about the profit split":                               "about the profit split",
		"btw who picks the projects?":                                  "who picks the projects?",
		"Quick q - who picks the projects?":                            "who picks the projects?",
		"FYI - who picks the projects?":                                "who picks the projects?",
		"Sorry if this was asked before, but who picks the projects?":  "who picks the projects?",
		"Hmm, who picks the projects?":                                 "who picks the projects?",
		"So, who picks the projects?":                                  "who picks the projects?",
		"Hi all, who picks the projects?":                              "who picks the projects?",
		"Who picks the projects? asap":                                 "Who picks the projects?",
		"WHAT TARIFF DO JAPANESE CARS PAY NOW?":                        "what tariff do japanese cars pay now?",
		"USMCA?":                                                       "USMCA?",
		"Can someone tell me why Ishiba quit?":                         "why Ishiba quit?",
		"Trying to find out why Ishiba quit":                           "why Ishiba quit",
		"I'm trying to understand who picks the projects":              "who picks the projects",
		"Remind me why Ishiba quit":                                    "why Ishiba quit",
		"Does somebody know who picks the projects?":                   "who picks the projects?",
		"Who heads the IMO?":                                           "Who heads the IMO?",
		"WHAT TARIFF DO 🇯🇵 CARS PAY RN?":                               "what tariff do japan cars pay now?",
		"who picks the projects btw":                                   "who picks the projects",
		"Japanese cars: tariff now?":                                   "Japanese cars tariff now?",
		"The fund: who picks the projects?":                            "who picks the projects?",
		"Japanese cars: what's the tariff?":                            "what's the tariff?",
		"Asking for a friend: who picks the projects?":                 "who picks the projects?",
		"Quick one for a piece: tariff now?":                           "tariff now?",
		"Give me the tariff on Japanese cars":                          "the tariff on Japanese cars",
		"Please show me the profit split":                              "the profit split",
		"I'm looking for the reason Ishiba quit":                       "the reason Ishiba quit",
		"I need the latest quota":                                      "latest quota",
		"I need to know why Ishiba quit":                               "why Ishiba quit",
		"Writing up the Korea deal - what rate do Korean goods pay?":   "what rate do Korean goods pay?",
		"Writing up the Korea deal — what rate do Korean goods pay":    "what rate do Korean goods pay",
		"What did the minister - Akazawa - say about cars?":            "What did the minister - Akazawa - say about cars?",
		"Japanese cars - tariff?":                                      "Japanese cars - tariff?",
		"Japanese cars: give me the tariff?":                           "Japanese cars the tariff?",
		"Japanese cars: can you tell me the tariff?":                   "Japanese cars the tariff?",
		"Which tariff - the 15% one - does Japan pay?":                 "Which tariff - the 15% one - does Japan pay?",
		"What tariff do cars pay - is that 15%?":                       "What tariff do cars pay - is that 15%?",
		"I am writing a piece on autos. Japanese cars: tariff now?":    "Japanese cars tariff now?",
		"Japanese cars: isn't the tariff 15%?":                         "isn't the tariff 15%?",
		"I’m looking for the tariff on Japanese cars":                  "the tariff on Japanese cars",
		"I'd like the tariff on Japanese cars":                         "tariff on Japanese cars",
		"Need a licence to export cars to Japan?":                      "Need a licence to export cars to Japan?",
		"Writing about autos for tomorrow\nwhat do Japanese cars pay?": "what do Japanese cars pay?",
		"what tariff do\nJapanese cars pay":                            "what tariff do\nJapanese cars pay",
		"Reading about the land dispute at the plant. Who is refusing to sell their land to Solenne? A name would do.":         "Who is refusing to sell their land to Solenne?",
		"Tracking how the number moved. What was the energy pledge when METI first put a number on it? Need the first figure.": "What was the energy pledge when METI first put a number on it?",
		"Writing up the Korea deal -- what rate do Korean goods pay?":                                                          "what rate do Korean goods pay?",
		"Fact-checking the White House claim - which farm goods did it say Japan would buy?":                                   "Fact-checking the White House claim - which farm goods did it say Japan would buy?",
		"The fund started at $400 billion. How big is it now?":                                                                 "The fund started at $400 billion. How big is it now?",
		"origin fraud cases found by customs this year\n- latest?":                                                             "origin fraud cases found by customs this year\n- latest?",
		"Client call in 20 minutes and they will ask. What is the Swiss tariff rate now? Just the number.":                     "What is the Swiss tariff rate now?",
		"Tariffs on cheese, chocolate etc. Which goods pay 15%?":                                                               "Which goods pay 15%?",
		"need how much more US rice Japan will import":                                                                         "how much more US rice Japan will import",
		"Need if the deal is binding":                                                                                          "if the deal is binding",
		"need to know whether the deal is binding":                                                                             "whether the deal is binding",
		"pls send the catch limit the scientists recommended":                                                                  "the catch limit the scientists recommended",
		"is the quota gonna go up":                                                                                             "is the quota going to go up",
		"I wonder why Kaldmark wants a bigger share":                                                                           "why Kaldmark wants a bigger share",
		"Need the surge figure for the lede - by how much did imports rise?":                                                   "by how much did imports rise?",
		"need to confirm whether Japanese goods pay 15%":                                                                       "whether Japanese goods pay 15%",
		"I wonder if the deal is binding":                                                                                      "if the deal is binding",
	} {
		if got := questionOf(msg); got != want {
			t.Errorf("questionOf(%q) = %q, want %q", msg, got, want)
		}
	}
}

// TestApostrophed: contractions typed without their apostrophe get it, in
// the case they were typed; words of their own are left.
func TestApostrophed(t *testing.T) {
	for in, want := range map[string]string{
		"whats the tariff":             "what's the tariff",
		"Whats the tariff":             "What's the tariff",
		"WHATS THE TARIFF":             "WHAT'S THE TARIFF",
		"why didnt ishiba quit":        "why didn't ishiba quit",
		"im asking if its binding":     "I'm asking if its binding",
		"were the cars hit as well":    "were the cars hit as well",
		"Is the whatsit fund binding?": "Is the whatsit fund binding?",
	} {
		if got := apostrophed(in); got != want {
			t.Errorf("apostrophed(%q) = %q, want %q", in, got, want)
		}
	}
}
