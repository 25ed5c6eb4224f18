package agent_test

import (
	"strings"
	"testing"
)

// TestFeelingBesideChange checks that a feeling told with a change as its
// setting is heard first, and that a change told as the news is still
// named as one.
func TestFeelingBesideChange(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct {
		text    string
		must    []string
		mustNot []string
		feeling bool
	}{
		{"i sit on my own every break at my new school", []string{"lonel", "alone", "hard", "sorry"}, []string{"exciting"}, true},
		{"honestly so lonely in my new flat", []string{"lonel", "alone"}, []string{"exciting"}, true},
		{"been feeling really down since my best mate moved abroad", []string{"low", "down", "sorry", "hard"}, []string{"happy for them"}, true},
		{"nobody talks to me after the divorce", []string{"lonel", "alone", "hard", "sorry"}, []string{"exciting"}, true},
		{"my roommate moved out so i have the whole place to myself now", []string{"change", "moving"}, nil, false},
	} {
		low, labels := freshReply(h, "beside"+string(rune('a'+i)), tc.text)
		if !containsAny(low, tc.must) {
			t.Errorf("%q → %q: says none of %v", tc.text, low, tc.must)
		}
		if len(tc.mustNot) > 0 && containsAny(low, tc.mustNot) {
			t.Errorf("%q → %q: says one of %v", tc.text, low, tc.mustNot)
		}
		if tc.feeling && (!strings.Contains(low, "?") || len(labels) == 0 || len(labels) > 3) {
			t.Errorf("%q → %q %v: want room to say more and one to three gentle steps", tc.text, low, labels)
		}
	}
}

// TestOthersGladOwnLow checks that glad news about other people told with
// the person's own loneliness hears the loneliness, with no congratulations.
func TestOthersGladOwnLow(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"all my cousins are getting married and having kids and im still on my own, so lonely",
		"everyone at work got engaged this year and i just feel alone",
	} {
		low, _ := freshReply(h, "glad"+string(rune('a'+i)), text)
		if strings.Contains(low, "congrat") || !containsAny(low, []string{"lonel", "alone", "left out", "hard"}) {
			t.Errorf("%q → %q: want the loneliness heard and no congratulations", text, low)
		}
	}
}

// TestOwnGladNewsTellSomeone checks that the person's own glad news, their
// own work's included, is met gladly and with who would love to hear it,
// one tap away, and that a yes starts a message.
func TestOwnGladNewsTellSomeone(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"i got accepted onto the masters course!!", "finally finished my first half marathon today",
		"my short story got accepted by a magazine!!"} {
		person := "own" + string(rune('a'+i))
		low, labels := freshReply(h, person, text)
		if !containsAny(low, []string{"congrat", "well done", "brilliant", "amazing"}) || !strings.Contains(low, "?") {
			t.Errorf("%q → %q: want gladness and who would love to hear it", text, low)
		}
		if len(labels) != 1 || labels[0] != "Tell someone" {
			t.Errorf("%q → choices %v, want one to tell someone", text, labels)
		}
		rs := h.send(person, "yes", "")
		if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "write to") {
			t.Errorf("yes after %q → %v, want the message begun", text, rs)
		}
	}
}

// TestOwnChangeAskedUncovered checks that a question about a change of the
// person's own the guide has nothing on names the change instead of only
// declining.
func TestOwnChangeAskedUncovered(t *testing.T) {
	h := newHarness(t)
	low, labels := freshReply(h, "step", "just became a stepmum to a teenager, how do i not mess this up?")
	if containsAny(low, declineWords) || !strings.Contains(low, "change") || len(labels) == 0 {
		t.Errorf("reply %q %v: want the change named and a step, no decline", low, labels)
	}
}

// TestOwnSetbackAtWork checks that being on a list for lay-offs is heard
// as bad news.
func TestOwnSetbackAtWork(t *testing.T) {
	h := newHarness(t)
	low, _ := freshReply(h, "layoff", "heard today theres going to be layoffs at my work and my name is on the list")
	if !containsAny(low, []string{"sorry", "rough", "blow", "hard"}) || strings.Contains(low, "congrat") {
		t.Errorf("reply %q: want the setback heard", low)
	}
}
