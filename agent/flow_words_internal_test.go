package agent

import "testing"

// TestDescribedWho checks that someone told by where they are known from
// answers who a draft is for, with the kind of tie the place says.
func TestDescribedWho(t *testing.T) {
	for _, tc := range []struct{ text, rel string }{
		{"someone from my pottery class", "classmate"},
		{"a guy from my climbing club", someone},
		{"this woman at my choir", someone},
		{"a girl i know from the office", "colleague"},
		{"the new lad on my team", "teammate"},
		{"an older man on our street", "neighbour"},
		{"my sister", ""},
		{"i went to a pottery class", ""},
	} {
		rel, _, ok := describedWho(tc.text)
		if ok != (tc.rel != "") || rel != tc.rel {
			t.Errorf("describedWho(%q) = %q, %v; want %q", tc.text, rel, ok, tc.rel)
		}
	}
}

// TestBareWriteAsk checks which messages only ask for a message to be
// written, so that under a guide answer they start the draft from it.
func TestBareWriteAsk(t *testing.T) {
	for text, want := range map[string]bool{
		"ok can you write a follow up":        true,
		"could you draft that for me":         true,
		"yes please help me write one":        true,
		"write him something short":           true,
		"alright, write me a quick text":      true,
		"can you write to my brother instead": false,
		"how do i write a follow up":          false,
		"what should i say":                   false,
	} {
		if got := bareWriteAsk.MatchString(foldText(text)); got != want {
			t.Errorf("bareWriteAsk(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDropsNamed checks that taking someone out of a draft is read as a
// change to it, and writing to them is not.
func TestDropsNamed(t *testing.T) {
	for _, tc := range []struct {
		text, who string
		want      bool
	}{
		{"actually drop yusuf", "Yusuf", true},
		{"leave out the bit about her fiance", "fiance", true},
		{"remove nadia please", "Nadia", true},
		{"no wait, my cousin", "cousin", false},
		{"write to tom instead", "Tom", false},
	} {
		if got := dropsNamed(tc.text, foldText(tc.text), tc.who); got != tc.want {
			t.Errorf("dropsNamed(%q, %q) = %v, want %v", tc.text, tc.who, got, tc.want)
		}
	}
}

// TestToldOfQuestion checks that a question's own asking is left out of
// what it told.
func TestToldOfQuestion(t *testing.T) {
	for q, want := range map[string]string{
		"my friend dara hasnt answered my message from last week. is it ok to try again": "my friend dara hasnt answered my message from last week",
		"i texted kwame about a gig, should i text him again?":                           "i texted kwame about a gig",
		"should i double text?": "should i double text?",
	} {
		if got := toldOfQuestion(q); got != want {
			t.Errorf("toldOfQuestion(%q) = %q, want %q", q, got, want)
		}
	}
}
