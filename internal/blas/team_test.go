package blas

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/blas"
)

// TestGatherRows: the rows land where they belong, in both precisions, for
// a gather small enough for the caller alone and one shared with the team
// (a batch of 32 MNIST images), with padded strides that must not be
// written, also while other goroutines multiply with the team.
func TestGatherRows(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 1000
	for _, c := range []struct{ width, rows int }{{3, 5}, {784, 32}, {784, 1}, {300, 97}} {
		srcStride, dstStride := c.width+2, c.width+1
		src := randSlice(rng, n*srcStride)
		rows := make([]int, c.rows)
		for i := range rows {
			rows[i] = rng.IntN(n)
		}
		check := func(name string, got func(i, j int) float64, pad func(i int) float64) {
			t.Helper()
			for i, r := range rows {
				for j := 0; j < c.width; j++ {
					if g, want := got(i, j), src[r*srcStride+j]; g != want {
						t.Fatalf("%s, %d rows of %d: dst[%d][%d] = %v, want row %d's %v", name, c.rows, c.width, i, j, g, r, want)
					}
				}
				if i < len(rows)-1 && pad(i) != -1 {
					t.Fatalf("%s, %d rows of %d: the padding after row %d was written: %v", name, c.rows, c.width, i, pad(i))
				}
			}
		}
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Add(1)
		go func() { // another goroutine's products, competing for the team
			defer wg.Done()
			a, b, cc := randSlice(rng, 128*784), randSlice(rng, 32*784), make([]float64, 32*128)
			for {
				select {
				case <-stop:
					return
				default:
				}
				packed{}.Dgemm(blas.NoTrans, blas.Trans, 32, 128, 784, 1, b, 784, a, 784, 0, cc, 128)
			}
		}()
		for range 20 {
			dst := make([]float64, c.rows*dstStride)
			for i := range dst {
				dst[i] = -1
			}
			GatherRows(dst, dstStride, src, srcStride, c.width, rows)
			check("float64", func(i, j int) float64 { return dst[i*dstStride+j] }, func(i int) float64 { return dst[i*dstStride+c.width] })
			src32, dst32 := to32(src), make([]float32, c.rows*dstStride)
			for i := range dst32 {
				dst32[i] = -1
			}
			GatherRows(dst32, dstStride, src32, srcStride, c.width, rows)
			check("float32", func(i, j int) float64 {
				return float64(dst32[i*dstStride+j]) - float64(src32[rows[i]*srcStride+j]) + src[rows[i]*srcStride+j]
			}, func(i int) float64 { return float64(dst32[i*dstStride+c.width]) })
		}
		close(stop)
		wg.Wait()
	}
}

// TestGatherAhead: a gather ahead started while the helper is awake copies
// rows; the products and gathers after it take the team back (the helper
// takes their tiles again) and give the bits of one goroutine, also from
// another goroutine; the GatherRows of the same rows gives every row, the
// ones copied ahead and the others; and one of other rows into the same
// buffer is not fooled by what was copied ahead.
func TestGatherAhead(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	const n, width = 2000, 784
	src := randSlice(rng, n*width)
	product, want := teamUpdate(t, rng)
	const nn = updateN
	copied, helpedAfter := team64.copiedAhead.Load(), int64(0)
	rows, other := make([]int, 64), make([]int, 64)
	dst := make([]float64, len(rows)*width)
	// 100 rounds; and on a machine so busy that no row was copied ahead in
	// those, up to 1000 until one is.
	for round := 0; round < 100 || (round < 1000 && (team64.copiedAhead.Load() == copied || helpedAfter == 0)); round++ {
		for i := range rows {
			rows[i], other[i] = rng.IntN(n), rng.IntN(n)
		}
		product() // the helper is awake
		GatherAhead(dst, width, src, width, width, rows)
		if round%2 == 0 {
			time.Sleep(200 * time.Microsecond) // let it copy; on odd rounds the product below stops it at once
		}
		if round%3 == 0 {
			done := make(chan []float64)
			go func() { done <- product() }() // another goroutine takes the team over
			if got := <-done; got[0] != want[0] || got[len(got)-1] != want[len(want)-1] {
				t.Fatalf("round %d: a product after a gather ahead, on another goroutine, differs", round)
			}
		}
		h := team64.helped.Load()
		got := product()
		helpedAfter += team64.helped.Load() - h
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("round %d: C[%d][%d] = %v after a gather ahead, %v on one goroutine", round, i/nn, i%nn, got[i], want[i])
			}
		}
		gathered := rows
		if round%5 == 4 {
			gathered = other // not the rows copied ahead
		}
		GatherRows(dst, width, src, width, width, gathered)
		for i, r := range gathered {
			for j := 0; j < width; j++ {
				if dst[i*width+j] != src[r*width+j] {
					t.Fatalf("round %d: dst[%d][%d] is not row %d's (gathered the rows copied ahead: %v)", round, i, j, r, round%5 != 4)
				}
			}
		}
	}
	if team64.copiedAhead.Load() == copied {
		t.Error("1000 gathers ahead with the helper awake copied no row")
	}
	if helpedAfter == 0 {
		t.Error("in the products right after a gather ahead the helper took no tile")
	}
}

// TestGatherAheadResumes: a product that stops a gather ahead starts it
// again when it is done, and the helper copies the rows it had not, each
// once: in a training step the product that stops the copy of the next
// batch (the update of W¹) is followed by work on the caller alone, during
// which the helper finishes it.
func TestGatherAheadResumes(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	const n, width = 2000, 784
	src := randSlice(rng, n*width)
	product, _ := teamUpdate(t, rng)
	rows := make([]int, 256)
	dst := make([]float64, len(rows)*width)
	resumed := false
	// Until a round where the product stopped the copy part way, and the
	// helper finished it after: for up to 20 s on a busy machine.
	for round, start := 0, time.Now(); time.Since(start) < 20*time.Second && !resumed; round++ {
		for i := range rows {
			rows[i] = rng.IntN(n)
		}
		product() // the helper is awake
		before := team64.copiedAhead.Load()
		GatherAhead(dst, width, src, width, width, rows)
		for t0 := time.Now(); time.Since(t0) < 2*time.Millisecond && team64.copiedAhead.Load() == before; { // until the helper has copied a row
		}
		product() // stops the copy, and resumes it when done
		stopped := team64.copiedAhead.Load() - before
		for wait := time.Now(); time.Since(wait) < time.Second && 0 < stopped && team64.copiedAhead.Load()-before < int64(len(rows)); {
			time.Sleep(50 * time.Microsecond)
		}
		copied := team64.copiedAhead.Load() - before
		if copied > int64(len(rows)) {
			t.Fatalf("round %d: %d rows copied ahead for a gather of %d: a resumed gather copied rows again", round, copied, len(rows))
		}
		resumed = 0 < stopped && stopped < int64(len(rows)) && copied == int64(len(rows))
		GatherRows(dst, width, src, width, width, rows)
		for i, r := range rows {
			for j := 0; j < width; j++ {
				if dst[i*width+j] != src[r*width+j] {
					t.Fatalf("round %d: dst[%d][%d] is not row %d's", round, i, j, r)
				}
			}
		}
	}
	if !resumed {
		t.Error("in 20 s, no gather ahead stopped part way by a product was finished after it")
	}
}
