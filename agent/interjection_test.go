package agent

import "testing"

// TestDropInterjection checks that a leading exclamation comes off a
// statement, and stays on a reply word or a message that is only that.
func TestDropInterjection(t *testing.T) {
	for in, want := range map[string]string{
		"oh no i forgot my friend priyanka's birthday yesterday": "i forgot my friend priyanka's birthday yesterday",
		"OMG my sister got engaged!!!":                           "my sister got engaged!!!",
		"ugh, i think i upset my mum":                            "i think i upset my mum",
		"omg lol she actually said yes":                          "she actually said yes",
		"oh no thanks":                                           "oh no thanks",
		"omg":                                                    "omg",
		"wow ok":                                                 "wow ok",
		"ohh i see":                                              "ohh i see",
		"man united won again":                                   "man united won again",
	} {
		if got := dropInterjection(in); got != want {
			t.Errorf("dropInterjection(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestClosingHopeForTwo checks that the wish under a draft to two people
// agrees with them.
func TestClosingHopeForTwo(t *testing.T) {
	if got := closingHope(OccasionThanks, "Hana and Zoe"); got != "I hope Hana and Zoe are glad to hear from you." {
		t.Errorf("closingHope for two = %q", got)
	}
	if got := closingHope(OccasionThanks, "Ana"); got != "I hope Ana is glad to hear from you." {
		t.Errorf("closingHope for one = %q", got)
	}
}

// TestBotQuestionIsNoNews checks that a question to the companion about
// itself is not kept as something told, to be joined to a later draft.
func TestBotQuestionIsNoNews(t *testing.T) {
	for _, s := range []string{"im kinda new here, what can you actually do", "just got this app, how does this work"} {
		if tellsSomething(s) {
			t.Errorf("%q kept as something told", s)
		}
	}
	if !tellsSomething("my sister just moved to lisbon for work") {
		t.Error("news no longer kept")
	}
}
