package agent

import "testing"

func TestWithoutAskFrame(t *testing.T) {
	for in, want := range map[string]string{
		"hmm ok what do i even say to my neighbour whose husband passed":    "",
		"how should i message a colleague who just lost her dad":            "",
		"what can u write for my cousin, her exams went badly":              "my cousin, her exams went badly",
		"my sister got the job she wanted":                                  "my sister got the job she wanted",
		"i lost my job today and im scared, what do i text my friend marta": "i lost my job today and im scared, what do i text my friend marta",
		"what do i say": "what do i say",
		"What should I text Amir after his surgery went well": "Amir after his surgery went well",
	} {
		if got := withoutAskFrame(in); got != want {
			t.Errorf("withoutAskFrame(%q) = %q, want %q", in, got, want)
		}
	}
}
