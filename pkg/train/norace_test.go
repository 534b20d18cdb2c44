//go:build !race

package train

// raceEnabled: the test binary runs under the race detector (see race_test.go).
const raceEnabled = false
