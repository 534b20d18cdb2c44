package blas

import (
	"runtime"
	"testing"
	"time"
)

// TestCoreRoundTrip: on two threads a round trip takes some nanoseconds
// (a cache line cannot cross in under 1 ns), and the measure ends within
// a few times 3 × 5 ms even when the machine is so busy that each trip
// waits for a thread to be scheduled; on one thread it measures nothing.
func TestCoreRoundTrip(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	start := time.Now()
	if rt := CoreRoundTrip(); rt < time.Nanosecond {
		t.Errorf("a round trip between two threads took %v", rt)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("CoreRoundTrip took %v to measure", d)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	if rt := CoreRoundTrip(); rt != 0 {
		t.Errorf("on one thread CoreRoundTrip = %v, want 0", rt)
	}
}
