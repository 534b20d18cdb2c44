package blas

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/blas"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// TestPackedSameForAnyWorkers: the packed engine gives the same bits on one
// goroutine (GOMAXPROCS 1, the caller computes every tile) as with the
// workers, so a run is reproducible whatever the machine's core count.
func TestPackedSameForAnyWorkers(t *testing.T) {
	if !microkernel.Fast {
		t.Skip("this CPU has no AVX2 and FMA: the packed engine is not used")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, s := range [][3]int{{32, 128, 784}, {128, 784, 32}, {200, 150, 600}} {
		m, n, k := s[0], s[1], s[2]
		a, b := randSlice(rng, m*k), randSlice(rng, k*n)
		c0 := randSlice(rng, m*n)
		run := func(procs int) []float64 {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			c := append([]float64(nil), c0...)
			packed{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 0.7, a, k, b, n, 0.5, c, n)
			return c
		}
		one, many := run(1), run(max(2, runtime.NumCPU()))
		for i := range one {
			if one[i] != many[i] {
				t.Fatalf("%d×%d×%d: C[%d][%d] = %v on 1 goroutine, %v with the workers", m, k, n, i/n, i%n, one[i], many[i])
			}
		}
	}
}

// TestBetaZeroOverwrites: with β = 0, BLAS does not read C, so a NaN left in
// C from before must not survive, in any engine.
func TestBetaZeroOverwrites(t *testing.T) {
	defer UseDefault()
	rng := rand.New(rand.NewPCG(9, 10))
	const m, n, k = 40, 70, 30
	a, b := randSlice(rng, m*k), randSlice(rng, k*n)
	for _, e := range engines {
		c := make([]float64, m*n)
		for i := range c {
			c[i] = math.NaN()
		}
		e.impl.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, c, n)
		for i, v := range c {
			if math.IsNaN(v) {
				t.Fatalf("%s: C[%d][%d] is NaN after β = 0", e.name, i/n, i%n)
			}
		}
	}
}
