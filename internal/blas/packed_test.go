package blas

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"gonum.org/v1/gonum/blas"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// stepShapes are the products of a training step of 784-128-10 on batches
// of 32 (the forward product, the update, Δ¹ = Δ² W²) and a larger square
// one, with their transposes.
var stepShapes = []struct {
	tA, tB  blas.Transpose
	m, n, k int
}{
	{blas.NoTrans, blas.Trans, 32, 128, 784},  // A¹ = H⁰ (W¹)ᵀ
	{blas.Trans, blas.NoTrans, 128, 784, 32},  // W¹ −= η (Δ¹)ᵀ H⁰
	{blas.NoTrans, blas.NoTrans, 32, 128, 10}, // Δ¹ = Δ² W²
	{blas.NoTrans, blas.NoTrans, 200, 150, 600},
	{blas.Trans, blas.Trans, 130, 70, 300},
}

// TestPackedSameForAnyWorkers: the packed engine gives the same bits on one
// goroutine (GOMAXPROCS 1, the caller computes every tile) as with the team,
// and with the AVX2 kernels as with the AVX-512 ones, in both precisions, so
// a run is reproducible whatever the machine's core count.
func TestPackedSameForAnyWorkers(t *testing.T) {
	if !microkernel.Fast {
		t.Skip("this CPU has no AVX2 and FMA: the packed engine is not used")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	avx2 := packed{k64: kernel64AVX2, k32: kernel32AVX2}
	for _, s := range stepShapes {
		m, n, k := s.m, s.n, s.k
		rowsA, colsA := storage(s.tA, m, k)
		rowsB, colsB := storage(s.tB, k, n)
		a, b := randSlice(rng, rowsA*colsA), randSlice(rng, rowsB*colsB)
		c0 := randSlice(rng, m*n)
		a32, b32, c032 := to32(a), to32(b), to32(c0)
		run := func(impl packed, procs int) ([]float64, []float32) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			c, c32 := append([]float64(nil), c0...), append([]float32(nil), c032...)
			impl.Dgemm(s.tA, s.tB, m, n, k, 0.7, a, colsA, b, colsB, 0.5, c, n)
			impl.Sgemm(s.tA, s.tB, m, n, k, 0.7, a32, colsA, b32, colsB, 0.5, c32, n)
			return c, c32
		}
		one, one32 := run(packed{}, 1)
		for _, r := range []struct {
			name  string
			impl  packed
			procs int
		}{{"the team", packed{}, max(2, runtime.NumCPU())}, {"the AVX2 kernels and the team", avx2, max(2, runtime.NumCPU())}, {"the AVX2 kernels", avx2, 1}} {
			many, many32 := run(r.impl, r.procs)
			for i := range one {
				if one[i] != many[i] || one32[i] != many32[i] {
					t.Fatalf("%v %v %d×%d×%d: C[%d][%d] = %v, %v (float32) on 1 goroutine, %v, %v with %s", s.tA, s.tB, m, k, n, i/n, i%n, one[i], one32[i], many[i], many32[i], r.name)
				}
			}
		}
	}
}

// The update of a training step's W¹, 128×784 with k = 32: 26 tiles.
const updateM, updateN, updateK = 128, 784, 32

// teamUpdate returns a product of the update's shape on random numbers, and
// its C computed on one goroutine; with the team started for GOMAXPROCS 2 or
// more (the test is skipped if the team has no helpers).
func teamUpdate(t *testing.T, rng *rand.Rand) (product func() []float64, want []float64) {
	t.Helper()
	const m, n, k = updateM, updateN, updateK
	a, b, c0 := randSlice(rng, k*m), randSlice(rng, k*n), randSlice(rng, m*n)
	product = func() []float64 {
		c := append([]float64(nil), c0...)
		packed{}.Dgemm(blas.Trans, blas.NoTrans, m, n, k, -0.1, a, m, b, n, 1, c, n)
		return c
	}
	prev := runtime.GOMAXPROCS(1)
	want = product()
	runtime.GOMAXPROCS(prev)
	team64.once.Do(team64.start) // the helpers of this GOMAXPROCS
	if team64.helpers == 0 {
		t.Skip("the team was started with GOMAXPROCS 1")
	}
	return product, want
}

// TestTeamHelps: with two cores, the helper takes tiles of the products (the
// team is not the caller alone), also after it went to sleep, and every product
// still has the bits of one goroutine.
func TestTeamHelps(t *testing.T) {
	if !microkernel.Fast {
		t.Skip("this CPU has no AVX2 and FMA: the packed engine is not used")
	}
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	product, want := teamUpdate(t, rand.New(rand.NewPCG(3, 4)))
	const n = updateN
	for _, pause := range []time.Duration{0, 5 * spinFor} { // back to back; with the helper asleep in between
		// 200 products; and on a machine so busy that the helper took no
		// tile of those, up to 2000 until it takes one.
		before := team64.helped.Load()
		for r := 0; r < 200 || (r < 2000 && team64.helped.Load() == before); r++ {
			got := product()
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("pause %v: C[%d][%d] = %v with the team, %v on one goroutine", pause, i/n, i%n, got[i], want[i])
				}
			}
			time.Sleep(pause)
		}
		if team64.helped.Load() == before {
			t.Errorf("pause %v: in 2000 products of 26 tiles the helper took no tile", pause)
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
