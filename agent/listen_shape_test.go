package agent

import (
	"strings"
	"testing"
)

func TestShapeOf(t *testing.T) {
	who := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	good := Question{Text: "Which conversation or moment with someone this week left you feeling good?"}
	limit := Question{Text: "When are you happy to be reached, and when do you need to be left alone?"}
	hard := Question{Text: "What tends to get in the way of reaching out to them?"}
	for _, c := range []struct {
		name   string
		q      Question
		answer string
		want   answerShape
	}{
		{"nobody close", who, "honestly i dont have anyone i would call close", shapeNoOne},
		{"nobody comes to mind", who, "no one comes to mind right now", shapeNoOne},
		{"a name is not nobody", who, "nobody really, except maybe my sister Ana", shapeTentative},
		{"maybe a cousin", who, "maybe my cousin idk", shapeTentative},
		{"a name and a guess", who, "Priya i guess?", shapeTentative},
		{"a sure name", who, "my sister Ana and Tom from work", shapeNone},
		{"a maybe about when", who, "grandad maybe at christmas? kwame idk, years", shapeNone},
		{"a mess conceded", hard, "i still show up even when im a mess myself", shapeNone},
		{"hate myself", hard, "i kind of hate myself tbh", shapeSelfHarsh},
		{"bad friend", hard, "im a bad friend, i forget to reply", shapeSelfHarsh},
		{"boring", hard, "i'm so boring, why would they want to talk", shapeSelfHarsh},
		{"never say no", limit, "whenever, i never say no to anyone", shapeNoLimit},
		{"any time, asked of limits", limit, "any time really", shapeNoLimit},
		{"any time, asked of something else", hard, "any time really", shapeNone},
		{"a limit kept", limit, "not after 10pm, i need my evenings", shapeNone},
		{"nothing good", good, "nothing really this week", shapeNothing},
		{"something good", good, "coffee with Sam on friday", shapeNone},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := shapeOf(c.q, c.answer); got != c.want {
				t.Errorf("shapeOf(%q) = %d, want %d", c.answer, got, c.want)
			}
		})
	}
}

// TestShapeAckAnswersThePoint checks that an answer of a shape is never
// said back in italics with a stock tag, and never judged.
func TestShapeAckAnswersThePoint(t *testing.T) {
	who := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	limit := Question{Text: "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"}
	hard := Question{Text: "What tends to get in the way of reaching out to them?"}
	for _, c := range []struct {
		q       Question
		answer  string
		must    string
		mustNot []string
	}{
		{who, "i don't really have anyone i'd call close tbh", "hard", []string{"_", "good to have them in mind", "tbh"}},
		{who, "maybe my cousin idk", "your cousin", []string{"_", "idk", "my cousin"}},
		{hard, "i kind of hate myself", "yourself", []string{"_", "you hate yourself", "need"}},
		{limit, "i don't have any boundaries lol", "limit", []string{"_", "worth protecting", "lol"}},
	} {
		for v := range 3 {
			got := Acknowledge(c.q, c.answer, v)
			low := strings.ToLower(got)
			if !strings.Contains(low, c.must) {
				t.Errorf("Acknowledge(%q, v%d) = %q, want it to say %q", c.answer, v, got, c.must)
			}
			for _, bad := range c.mustNot {
				if strings.Contains(low, bad) {
					t.Errorf("Acknowledge(%q, v%d) = %q, must not say %q", c.answer, v, got, bad)
				}
			}
		}
	}
}
