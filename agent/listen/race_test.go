//go:build race

package listen

// raceEnabled skips the slow training loops: the race detector slows
// them tenfold and they share no memory between goroutines.
const raceEnabled = true
