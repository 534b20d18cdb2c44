package blas

import (
	"runtime"
	"slices"
	"time"
)

// CoreRoundTrip measures how long a cache line takes to go from one core
// to another and back: two goroutines, each on its own thread, hand a
// counter to each other (the median of three runs of 10 000 round trips,
// or of 5 ms each on a machine so busy that the threads wait for each other).
// A parallel product shares its rows, its packed operand and its counters
// between the cores many times a step, so a training step's speed on two
// cores follows this number: on the lecture machines (virtual CPUs) it is
// about 60 ns at times and about 350 ns at others, as the host places the
// two virtual CPUs, and the step then takes up to twice as long: its
// crossings cost more, and two cores computing at once are slower then
// even on data they do not share (BenchmarkCoresAtOnce). It returns 0
// when the program runs on one thread (GOMAXPROCS 1).
func CoreRoundTrip() time.Duration {
	if runtime.GOMAXPROCS(0) < 2 {
		return 0
	}
	var runs []time.Duration
	for range 3 {
		runs = append(runs, roundTrips(10000))
	}
	slices.Sort(runs)
	return runs[1]
}

// FarApart is the round trip above which two cores count as far apart: the
// lecture machines' two virtual CPUs measure about 60 ns when the host
// places them near each other, 320–380 ns when it places them far apart.
const FarApart = 200 * time.Nanosecond

// roundTrips returns the mean time of the round trips of a cache line
// between two threads: n of them, or as many as fit in maxRoundTrips (on a
// busy machine a thread waits for the other to be scheduled).
func roundTrips(n int) time.Duration {
	var line struct {
		_ [64]byte
		v counter // alone on its cache line, as the team's
	}
	const stop, ready = -1, -2
	done := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		defer close(done)
		line.v.Store(ready)
		for i := int64(0); ; i++ {
			v := line.v.Load()
			for ; v != 2*i+1 && v != stop; v = line.v.Load() {
			}
			if v == stop {
				return
			}
			line.v.Store(2*i + 2)
		}
	}()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for line.v.Load() != ready { // the clock starts when the other thread runs: not the wait for it to be scheduled
	}
	start := time.Now()
	i := int64(0)
	for ; i < int64(n) && (i%16 != 0 || time.Since(start) < maxRoundTrips); i++ {
		line.v.Store(2*i + 1)
		for line.v.Load() != 2*i+2 {
		}
	}
	elapsed := time.Since(start)
	line.v.Store(stop)
	<-done
	return elapsed / time.Duration(i)
}

// maxRoundTrips is the longest roundTrips measures.
const maxRoundTrips = 5 * time.Millisecond
