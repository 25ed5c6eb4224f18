package compose

import (
	"strings"
	"testing"
)

// A note to a former colleague that only recalls the time shared says it
// has been a while; one that asks something, or thanks, goes straight to
// it.
func TestColleagueGapSaid(t *testing.T) {
	memory := Parse("we worked together at the library in york", "Tom", Professional)
	d := Write(Spec{Occasion: Professional, Name: "Tom", Tie: TieWork, Details: memory})
	if !strings.Contains(d, "been a while") {
		t.Errorf("draft = %q, want the gap said", d)
	}
	ask := append(memory, Parse("could you be a reference for me", "Tom", Professional)...)
	d = Write(Spec{Occasion: Professional, Name: "Tom", Tie: TieWork, Details: ask})
	if strings.Contains(d, "been a while") {
		t.Errorf("draft with an ask = %q, want no gap line", d)
	}
}

// A favour typed as it would be asked ("could you look over my cover
// letter") is asked of them in the draft, never turned into the writer's
// own news; asking the companion for help is no favour from them.
func TestFavourAskedStraight(t *testing.T) {
	d := Write(Spec{Occasion: Professional, Name: "Priya", Tie: TieWork, Details: Parse("could you introduce me to your old team lead", "Priya", Professional)})
	if !strings.Contains(d, "introduce me to your old team lead") || strings.Contains(d, "I could") {
		t.Errorf("draft = %q, want the introduction asked of them", d)
	}
	for _, x := range Parse("can you help me word a note to her", "Priya", Professional) {
		if x.Kind == Ask {
			t.Errorf("Parse of a request to the companion gave the ask %q", x.Text)
		}
	}
}
