//go:build race

package train

// raceEnabled: the test binary runs under the race detector, whose sync.Pool
// drops a quarter of what is put back (to find misuse), so that the BLAS's
// recycled buffers are allocated again now and then.
const raceEnabled = true
