//go:build !race

package agent

// raceOn is true when the race detector runs: long measures skip then.
const raceOn = false
