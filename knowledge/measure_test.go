package knowledge

import "testing"

// skipUnderRace skips a test that answers every question set many times
// over to check a choice of weights: it checks no concurrency, and under
// the race detector it is the slowest part of the package. make test runs
// these tests a second time without -race.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceOn {
		t.Skip("measures every question set many times; make test runs it without -race")
	}
}
