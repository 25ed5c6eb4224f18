package understand

import "testing"

// skipUnderRace skips a measure that trains the classifier many times over
// (a batch or a fold left out each time): it checks figures, not
// concurrency (TestClassifyConcurrent races the classifier), and under the
// race detector it is the slowest part of the suite. make test runs these
// measures a second time without -race.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceOn {
		t.Skip("trains the classifier many times; make test runs it without -race")
	}
}
