package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// Messages outside a flow are heard for what they tell, however the
// words lean: others' good news that passed the person by is a hurt, a
// doubt whether anyone likes them a worry, a holiday with nowhere to go
// lonely, "it went ok?" no question for the guide, a move into a home for
// older people a move, a new pet glad news to share.
func TestHeardForWhatTheyTell(t *testing.T) {
	cases := []struct {
		text       string
		want, not  []string
		wantChoice bool
	}{
		{"all the girls from work went to the spa day and nobody asked me, i wasn't invited", []string{"left out", "outside", "hurt", "sting"}, []string{"brilliant news", "good on", "congrat"}, true},
		{"my whole year got picked for the trip except me", []string{"left out", "outside", "hurt", "sting"}, []string{"brilliant news", "good on", "congrat"}, true},
		{"honestly do my mates even like me or do they just tolerate me", []string{"worr", "doubt"}, []string{"guide", "amazing", "nice one"}, true},
		{"long weekend coming and i've got nowhere to go", []string{"lonel", "alone"}, []string{"enjoy", "looking forward"}, true},
		{"new year's eve and no one to spend it with again", []string{"lonel", "alone"}, []string{"enjoy", "looking forward"}, true},
		{"finally told my sister about the divorce. she took it fine?", nil, []string{"from the guide", "guide doesn"}, false},
		{"my nan has just moved into sheltered housing and doesn't know a soul", nil, []string{"retir"}, false},
		{"we picked up a rescue puppy today, he's called Biscuit!", []string{"biscuit", "new"}, []string{"sorry", "they settling"}, true},
	}
	h := newHarness(t)
	for i, c := range cases {
		p := fmt.Sprintf("heard-%d", i)
		h.send(p, "hello", "")
		rs := h.send(p, c.text, "")
		var text strings.Builder
		choices := 0
		for _, r := range rs {
			text.WriteString(strings.ToLower(r.Text) + "\n")
			choices += len(r.Choices)
		}
		got := text.String()
		if len(c.want) > 0 && !containsAny(got, c.want) {
			t.Errorf("%q: want one of %q in\n%s", c.text, c.want, got)
		}
		if containsAny(got, c.not) {
			t.Errorf("%q: want none of %q in\n%s", c.text, c.not, got)
		}
		if c.wantChoice && (choices == 0 || choices > 3) {
			t.Errorf("%q: %d choices, want one to three", c.text, choices)
		}
	}
}

// Asked whether it remembers them, the companion answers in a line, by
// what it keeps, and never claims to remember someone it has nothing of.
func TestRemembersMeInALine(t *testing.T) {
	h := newHarness(t)
	h.send("new", "hi", "")
	got := allText(h.send("new", "u remember me??", ""))
	if len(got) > 240 || !strings.Contains(got, "don't have anything kept") {
		t.Errorf("someone new: %q", got)
	}
	h.send("known", "remind me to call my brother Idris every sunday", "")
	got = allText(h.send("known", "do you still know who i am", ""))
	if len(got) > 240 || !strings.Contains(got, "still with me") {
		t.Errorf("someone kept: %q", got)
	}
}
