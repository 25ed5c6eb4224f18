//go:build !race

package agent_test

// raceOn is true when the race detector runs: long suites skip then.
const raceOn = false
