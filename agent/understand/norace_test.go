//go:build !race

package understand

// raceOn reports a build with the race detector.
const raceOn = false
