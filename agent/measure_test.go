package agent_test

import "testing"

// skipUnderRace skips a measure that replays a whole corpus, often many
// times over: it checks figures, not concurrency (the code it runs is raced
// by the transcripts and the flow tests), and under the race detector it is
// among the slowest tests. make test runs these measures a second time
// without -race.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceOn {
		t.Skip("replays a whole corpus; make test runs it without -race")
	}
}
