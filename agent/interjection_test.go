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
