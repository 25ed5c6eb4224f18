package agent_test

import (
	"strings"
	"testing"
)

// TestWeatherDiscomfortIsSmallTalk checks that the weather felt on the
// skin or in the temper of the day gets the weather's light reply, with
// no low-mood reply and no refusal; a low feeling about people told
// beside the weather is still heard as one.
func TestWeatherDiscomfortIsSmallTalk(t *testing.T) {
	for _, tc := range []struct{ text, weather string }{
		{"its so muggy out, feeling proper grim", "hot"},
		{"the drizzle today is making me cranky", "rain"},
		{"bitterly cold this morning and i feel horrible", "cold"},
		{"all this sleet is making me miserable", "snow"},
		{"stifling in the office, i feel disgusting", "hot"},
	} {
		h := newHarness(t)
		rs := h.send("p", tc.text, "")
		got := strings.ToLower(allText(rs))
		if containsAny(got, []string{"feeling low", "heavier than others", "i can't help", "want to tell me more", "talk about it"}) {
			t.Errorf("%q heard as a low mood or refused:\n%s", tc.text, got)
		}
		words := map[string][]string{"hot": {"heat", "hot", "cool"}, "rain": {"rain", "wet", "dry"},
			"cold": {"cold", "freezing", "warm"}, "snow": {"snow", "warm"}}[tc.weather]
		if !containsAny(got, words) {
			t.Errorf("%q: the reply does not speak of the weather:\n%s", tc.text, got)
		}
	}
	for _, in := range []string{
		"another grey wet weekend and i feel so alone",
		"its freezing and not one person has checked on me all week",
	} {
		h := newHarness(t)
		got := strings.ToLower(allText(h.send("p", in, "")))
		if !containsAny(got, []string{"lonel", "alone", "on your own", "hurt", "sting", "passed over"}) {
			t.Errorf("%q: the feeling was not heard:\n%s", in, got)
		}
	}
}
