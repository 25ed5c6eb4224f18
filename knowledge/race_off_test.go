//go:build !race

package knowledge

// raceOn says the tests run under the race detector.
const raceOn = false
