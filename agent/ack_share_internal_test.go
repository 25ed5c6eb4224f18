package agent

import (
	"strings"
	"testing"
)

// TestAckNamesHowTimeSplitsAndWhoWaits answers the question of scrolling
// and talking with the split the answer gives (a share in numbers, reading
// without posting), the question of who drifts with the waiting when the
// person waits for everyone (and the fear, when there is one), and a small
// step with no one named with the step itself; none of them in italics.
func TestAckNamesHowTimeSplitsAndWhoWaits(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	online := q("How much of your time online goes on scrolling and liking, and how much on actually talking with people?")
	first := q("Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?")
	tests := []struct {
		q         Question
		answer    string
		want, not []string
	}{
		{online, "prob 80 percent scrolling if i'm honest, the rest group chats", []string{"scrolling"}, nil},
		{online, "i lurk on forums a lot, never comment on anything", []string{"watch"}, nil},
		{online, "i deleted instagram last month and feel so much calmer", nil, []string{"Mostly scrolling"}},
		{first, "honestly i never message first, i figure people will reach out if they want", []string{"first"}, nil},
		{first, "i wait on everyone to text. worried i'll come across as needy", []string{"common"}, nil},
		{first, "i follow up with Noor but Tobi drifts", nil, []string{"wait for others"}},
	}
	for _, tt := range tests {
		got := acknowledgeIn(tt.q, tt.answer, nil, 0)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q → %q, want %q in it", tt.answer, got, w)
			}
		}
		not := tt.not
		if tt.want != nil {
			// What is named is named in the companion's words.
			not = append(not, "_")
		}
		for _, w := range not {
			if strings.Contains(got, w) {
				t.Errorf("%q → %q, want no %q", tt.answer, got, w)
			}
		}
	}
	j := testJourney()
	for _, tt := range []struct {
		answers []string
		want    string
	}{
		{[]string{"my aunt Ros", "", "", "", "a call sunday afternoon"}, "A call with Ros on Sunday afternoon"},
		{[]string{"", "", "", "", "a message probably, no clue what to put"}, "A message it is"},
		{[]string{"", "", "", "", "bake the lemon cake my flatmate asked for, she's had exams"}, "Bake the lemon cake your flatmate asked for:"},
	} {
		if got := planAck(j, tt.answers, 0); !strings.HasPrefix(got, tt.want) {
			t.Errorf("planAck(%q) = %q, want it to open %q", tt.answers, got, tt.want)
		}
	}
}
