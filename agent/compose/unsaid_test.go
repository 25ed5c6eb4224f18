package compose

import (
	"strings"
	"testing"
)

// A falling-out the person asks to keep out leaves no trace of the row in
// the draft, which becomes a quiet getting back in touch.
func TestRowKeptOutOfDraft(t *testing.T) {
	for _, said := range [][]string{
		{"we fell out over the house sale in march and it's been silent since", "please don't bring the argument up, i just want to reconnect"},
		{"we had a huge fight at his stag do", "i'd rather not mention the fight"},
		{"we argued about the band last summer", "i really dont want to get into what happened, i want to get back in touch"},
	} {
		var ds []Detail
		for _, s := range said {
			ds = append(ds, Parse(s, "Kwame", Mend)...)
		}
		draft := Write(Spec{Occasion: Mend, Name: "Kwame", Tie: TieFriend, Details: ds})
		if rowWords.MatchString(draft) || strings.Contains(strings.ToLower(draft), "sorry") {
			t.Errorf("%q: the row is still in %q", said, draft)
		}
		if strings.Contains(draft, "!") {
			t.Errorf("%q: a cheerful voice after a row: %q", said, draft)
		}
		for _, w := range []string{"don't", "dont", "bring", "reconnect"} {
			if strings.Contains(strings.ToLower(draft), w) {
				t.Errorf("%q: the instruction %q pasted into %q", said, w, draft)
			}
		}
	}
}

// Anything else named to keep out is left out too, whatever the occasion.
func TestNamedThingKeptOut(t *testing.T) {
	ds := Parse("she just got a place on the nursing course. her new flat in cardiff is tiny", "Bea", Congrats)
	ds = append(ds, Parse("don't mention cardiff though", "Bea", Congrats)...)
	draft := Write(Spec{Occasion: Congrats, Name: "Bea", Tie: TieFriend, Details: ds})
	if strings.Contains(strings.ToLower(draft), "cardiff") || !strings.Contains(draft, "nursing") {
		t.Errorf("draft %q: want the course, not the city", draft)
	}
}

// Asked for no pity, hard news is said plainly.
func TestNoPityPlainNews(t *testing.T) {
	ds := Parse("my neighbour ada just lost her job at the library", "Ada", HardTime)
	ds = append(ds, Parse("i don't want it to come across as pity", "Ada", HardTime)...)
	draft := Write(Spec{Occasion: HardTime, Name: "Ada", Tie: TieFriend, Details: ds})
	if strings.Contains(draft, "sorry to hear") || !strings.Contains(draft, "lost your job") {
		t.Errorf("draft %q: want the news said plainly", draft)
	}
}

// "I had no good reason" tells how to apologise, not what for.
func TestNoReasonIsNoSorry(t *testing.T) {
	ds := Parse("i forgot to pick him up from the station", "Lars", Apology)
	ds = append(ds, Parse("i didn't have a good excuse for it", "Lars", Apology)...)
	draft := Write(Spec{Occasion: Apology, Name: "Lars", Tie: TieFriend, Details: ds})
	if strings.Contains(draft, "excuse for it") || strings.Contains(draft, "good excuse") || !strings.Contains(draft, "station") {
		t.Errorf("draft %q", draft)
	}
}

// Languages and letters typed in lowercase are written properly.
func TestDetailProperWords(t *testing.T) {
	ds := Parse("she taught me french and helped with my gcses", "Mrs Lund", Thanks)
	draft := Write(Spec{Occasion: Thanks, Name: "Mrs Lund", Details: ds})
	if !strings.Contains(draft, "French") || !strings.Contains(draft, "GCSEs") {
		t.Errorf("draft %q: want French and GCSEs", draft)
	}
}
