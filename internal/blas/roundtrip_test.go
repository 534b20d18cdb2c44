package blas

import (
	"runtime"
	"testing"
	"time"
)

// TestCoreRoundTrip: on two threads a round trip takes some nanoseconds
// (a cache line cannot cross in under 1 ns, and no machine takes 100 µs
// without being stopped), and on one thread CoreRoundTrip measures nothing.
func TestCoreRoundTrip(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	if rt := CoreRoundTrip(); rt < time.Nanosecond || rt > 100*time.Microsecond {
		t.Errorf("a round trip between two threads took %v", rt)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	if rt := CoreRoundTrip(); rt != 0 {
		t.Errorf("on one thread CoreRoundTrip = %v, want 0", rt)
	}
}
