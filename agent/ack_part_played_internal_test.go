package agent

import "testing"

// TestAckPartPlayed names the part someone plays for others, in their
// word for it, and what stays hidden behind it: the role is not swapped
// for a stock phrase, whomever the person is open with.
func TestAckPartPlayed(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "barely. i'm the joker at work and i never let on when things are rough", want: []string{"joker", "struggling|hidden"}},
		{q: pqHonest, answer: "not much, i'm the reliable one so i never tell anyone when i can't cope", want: []string{"reliable one"}},
		{q: pqHonest, answer: "only my sister Ines knows. to everyone else i'm the cheerful one and nobody sees the rest", want: []string{"ines", "cheerful one"}},
	})
}

// TestAckWrongThingSilence names the fear of saying the wrong thing that
// ends in saying nothing, in the companion's words, at either question
// about answering someone.
func TestAckWrongThingSilence(t *testing.T) {
	const qNews = "Think of a recent time someone had good or bad news. How did you respond?"
	checkPoints(t, []pointCase{
		{q: pqReadLong, answer: "i get scared of saying the wrong thing so i leave it unanswered for days", want: []string{"wrong", "nothing|quiet"}},
		{q: qNews, answer: "my mate lost his job and i was worried i'd make it worse, so i stayed quiet", want: []string{"wrong", "nothing|quiet"}},
		{q: pqReadLong, answer: "i freak out about the wrong words and end up saying nothing. is that awful?", want: []string{"wrong", "nothing|quiet"}},
	})
}
