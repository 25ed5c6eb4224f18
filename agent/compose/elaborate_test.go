package compose

import (
	"strings"
	"testing"
)

// A clause that only says more about a thing named before it ("its about
// X", "the one at X", "in X") is said with that thing, never lost and never
// stuck onto something else.
func TestParseElaboration(t *testing.T) {
	cases := []struct {
		name, text string
		o          Occasion
		want       string
	}{
		{"Noura", "noura finally released her album, its all about her grandmother's village", Congrats, "your album about your grandmother's village"},
		{"Tam", "tam got an offer!! the one from the bank in leeds", Congrats, "you got an offer from the bank in Leeds"},
		{"Ravi", "ravi passed his masters, in civil engineering", Congrats, "masters in civil engineering"},
		{"Lena", "lena got a place at uni, in bristol", Congrats, "a place at uni in Bristol"},
	}
	for _, c := range cases {
		got := Parse(c.text, c.name, c.o)
		found := false
		for _, d := range got {
			found = found || strings.Contains(strings.ToLower(d.Text), strings.ToLower(c.want))
		}
		if !found {
			t.Errorf("Parse(%q) = %+v, want a detail with %q", c.text, got, c.want)
		}
	}
	// With nothing before it that it could be about, it is not stuck onto
	// the news: "in the meeting" is no part of a promotion.
	for _, d := range Parse("sam got promoted. in the meeting", "Sam", Congrats) {
		if strings.Contains(d.Text, "promoted in the meeting") {
			t.Errorf("elaboration stuck onto %q", d.Text)
		}
	}
}

// A memory that would repeat the person's words keeps its where by saying
// the last two phrases the other way round; a silence that began with a
// move keeps the move.
func TestMemoryKeepsWhereAndMoveAfterSilence(t *testing.T) {
	var got []string
	for _, d := range Parse("we ran a stall together for three summers in whitby", "Cass", Reconnect) {
		got = append(got, d.Text)
	}
	if j := strings.ToLower(strings.Join(got, "|")); !strings.Contains(j, "in whitby for three summers") {
		t.Errorf("lost the place: %q", got)
	}
	got = nil
	for _, d := range Parse("we drifted apart when he moved to cardiff", "Rob", Reconnect) {
		got = append(got, d.Text)
	}
	if j := strings.Join(got, "|"); !strings.Contains(j, "you moved to Cardiff") {
		t.Errorf("lost the move: %q", got)
	}
}
