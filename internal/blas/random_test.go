package blas

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// gemmCase is one call of Dgemm: C ← α op(A) op(B) + β C with op(A) m×k,
// op(B) k×n, in slices with strides lda, ldb, ldc.
type gemmCase struct {
	tA, tB        blas.Transpose
	m, n, k       int
	alpha, beta   float64
	a, b, c       []float64
	lda, ldb, ldc int
}

func (g gemmCase) String() string {
	return fmt.Sprintf("%v %v m=%d n=%d k=%d α=%v β=%v lda=%d ldb=%d ldc=%d", g.tA, g.tB, g.m, g.n, g.k, g.alpha, g.beta, g.lda, g.ldb, g.ldc)
}

// The value in C's padding (between its rows and past its last row): no
// engine may change it.
const padC = 12345.5

// tailC is how many elements the slice of C has past its last row.
const tailC = 9

// storage returns the rows and columns of the matrix stored for an operand
// of rows×cols that is op(X) under t.
func storage(t blas.Transpose, rows, cols int) (int, int) {
	if t == blas.NoTrans {
		return rows, cols
	}
	return cols, rows
}

// newOperand returns a rows×cols matrix of values in [−1, 1] with stride ld,
// and NaN in the padding: an engine that reads past a row puts a NaN in C.
// The slice is exactly (rows−1)·ld + cols long, as short as BLAS allows.
func newOperand(rng *rand.Rand, rows, cols, ld int) []float64 {
	s := make([]float64, max(0, (rows-1)*ld+cols))
	for i := range s {
		if i%ld < cols {
			s[i] = 2*rng.Float64() - 1
		} else {
			s[i] = math.NaN()
		}
	}
	return s
}

// randomCase draws a call with the sizes where a packed GEMM has its edges:
// around the micro-kernel's 6×8 block, the 96×64 tiles, kc = 256 and gonum's
// 64×64 blocks, and sometimes a random size; every transpose, padded strides
// and the special α and β (α = 0: A and B are not used; β = 0: C is not read,
// and holds NaN).
func randomCase(rng *rand.Rand) gemmCase {
	pick := func(edges []int, random int) int {
		if rng.IntN(3) == 0 {
			return 1 + rng.IntN(random)
		}
		return edges[rng.IntN(len(edges))]
	}
	trans := []blas.Transpose{blas.NoTrans, blas.Trans, blas.ConjTrans}
	g := gemmCase{
		tA: trans[rng.IntN(3)], tB: trans[rng.IntN(3)],
		m:     pick([]int{1, 2, 5, 6, 7, 12, 13, 63, 65, 95, 96, 97, 102, 193}, 200),
		n:     pick([]int{1, 3, 7, 8, 9, 16, 17, 63, 64, 65, 72, 129}, 140),
		k:     pick([]int{0, 1, 2, 3, 8, 255, 256, 257, 300, 513}, 60),
		alpha: []float64{1, -1, 0.7, -2.5, 0}[rng.IntN(5)],
		beta:  []float64{0, 0, 1, -0.5, 2}[rng.IntN(5)],
	}
	// Keep the products small enough for the naive definition.
	for g.m*g.n*g.k > 600_000 {
		g.k = max(1, g.k/2)
	}
	pad := func() int { return []int{0, 0, 1, 3, 17}[rng.IntN(5)] }
	rowsA, colsA := storage(g.tA, g.m, g.k)
	rowsB, colsB := storage(g.tB, g.k, g.n)
	g.lda, g.ldb, g.ldc = max(1, colsA+pad()), max(1, colsB+pad()), g.n+pad()
	g.a, g.b = newOperand(rng, rowsA, colsA, g.lda), newOperand(rng, rowsB, colsB, g.ldb)
	g.c = make([]float64, (g.m-1)*g.ldc+g.n+tailC)
	for i := range g.c {
		switch {
		case i >= (g.m-1)*g.ldc+g.n || i%g.ldc >= g.n:
			g.c[i] = padC
		case g.beta == 0:
			g.c[i] = math.NaN()
		default:
			g.c[i] = 2*rng.Float64() - 1
		}
	}
	return g
}

// run calls impl's Dgemm on a copy of C and returns it.
func (g gemmCase) run(impl blas.Float64) []float64 {
	c := append([]float64(nil), g.c...)
	impl.Dgemm(g.tA, g.tB, g.m, g.n, g.k, g.alpha, g.a, g.lda, g.b, g.ldb, g.beta, c, g.ldc)
	return c
}

// check compares got with the naive definition. Each element may differ by
// rounding: at most (k+3)·ε times |α| Σₚ |op(A)[i][p]| |op(B)[p][j]| + |β| |C[i][j]|,
// the bound of a sum of k products done in any order (the same naive
// definition on the absolute values gives it). The padding of C must be
// untouched.
func (g gemmCase) check(t *testing.T, name string, got []float64) {
	t.Helper()
	want := append([]float64(nil), g.c...)
	naiveGemm(g.tA, g.tB, g.m, g.n, g.k, g.alpha, g.a, g.lda, g.b, g.ldb, g.beta, want, g.ldc)
	abs := func(s []float64) []float64 {
		r := make([]float64, len(s))
		for i, v := range s {
			r[i] = math.Abs(v)
		}
		return r
	}
	bound := abs(g.c)
	naiveGemm(g.tA, g.tB, g.m, g.n, g.k, math.Abs(g.alpha), abs(g.a), g.lda, abs(g.b), g.ldb, math.Abs(g.beta), bound, g.ldc)
	for i := range got {
		if i >= (g.m-1)*g.ldc+g.n || i%g.ldc >= g.n {
			if got[i] != padC {
				t.Fatalf("%s, %v: wrote %v into the padding of C at element %d (row %d, column %d)", name, g, got[i], i, i/g.ldc, i%g.ldc)
			}
			continue
		}
		tol := float64(g.k+3) * 0x1p-52 * bound[i]
		if d := math.Abs(got[i] - want[i]); !(d <= tol) {
			t.Fatalf("%s, %v: C[%d][%d] = %v, definition %v (diff %g > %g)", name, g, i/g.ldc, i%g.ldc, got[i], want[i], d, tol)
		}
	}
}

// testedEngines is every engine of the build, and the packed engine even on
// a CPU without the assembly kernel (it then runs microkernel.AddGo).
func testedEngines() []engine {
	es := append([]engine(nil), engines...)
	if !hasEngine("asm") {
		es = append(es, engine{name: "packed (Go kernel)", impl: packed{}, impl32: packed{}})
	}
	return es
}

func hasEngine(name string) bool {
	for _, e := range engines {
		if e.name == name {
			return true
		}
	}
	return false
}

// TestDgemmRandomShapes: every engine against the naive definition on 300
// random calls (see randomCase), with NaN in the padding of A and B (read
// past a row and C gets a NaN) and a sentinel in the padding of C. Our own
// engines (gonum's code cut into tiles, and the packed one) must also give
// the same bits with one goroutine as with the workers.
func TestDgemmRandomShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	cases := 300
	if testing.Short() {
		cases = 60
	}
	procs := max(2, runtime.NumCPU())
	for range cases {
		g := randomCase(rng)
		for _, e := range testedEngines() {
			many := g.run(e.impl)
			g.check(t, e.name, many)
			if e.name == "openblas" {
				continue // its threads are its own
			}
			prev := runtime.GOMAXPROCS(1)
			one := g.run(e.impl)
			runtime.GOMAXPROCS(prev)
			for i := range one {
				if math.Float64bits(one[i]) != math.Float64bits(many[i]) {
					t.Fatalf("%s, %v: C[%d][%d] = %v on one goroutine, %v with GOMAXPROCS %d", e.name, g, i/g.ldc, i%g.ldc, one[i], many[i], procs)
				}
			}
		}
	}
}

// TestDgemmConcurrent: several goroutines multiply at once, each product cut
// into more tiles than the job queue holds (64), with the packed engine and
// gonum's (which share the workers, and whose callers take each other's
// tiles). Each result must have the bits the same call gives alone on one
// goroutine, and every call must return (a deadlock fails the test after a
// minute rather than hanging it).
func TestDgemmConcurrent(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	rng := rand.New(rand.NewPCG(13, 14))
	type job struct {
		name string
		impl blas.Float64
		g    gemmCase
		want []float64
	}
	var jobs []job
	for _, s := range [][2]blas.Transpose{{blas.NoTrans, blas.NoTrans}, {blas.Trans, blas.NoTrans}, {blas.NoTrans, blas.Trans}, {blas.Trans, blas.Trans}} {
		// 583×611: 7×10 = 70 packed tiles (the last ones partial), 10×10 of gonum's.
		rowsA, colsA := storage(s[0], 583, 20)
		rowsB, colsB := storage(s[1], 20, 611)
		g := gemmCase{tA: s[0], tB: s[1], m: 583, n: 611, k: 20, alpha: 0.5, beta: -1, lda: colsA + 1, ldb: colsB, ldc: 611 + 2}
		g.a, g.b = newOperand(rng, rowsA, colsA, g.lda), newOperand(rng, rowsB, colsB, g.ldb)
		g.c = newOperand(rng, g.m, g.n, g.ldc)
		jobs = append(jobs, job{name: "packed", impl: packed{}, g: g}, job{name: "gonum", impl: pureGo{}, g: g})
	}
	prev := runtime.GOMAXPROCS(1)
	for i := range jobs {
		jobs[i].want = jobs[i].g.run(jobs[i].impl)
	}
	runtime.GOMAXPROCS(prev)

	const rounds = 3
	errs := make(chan error, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				got := j.g.run(j.impl)
				for i := range got {
					if math.Float64bits(got[i]) != math.Float64bits(j.want[i]) {
						errs <- fmt.Errorf("%s, %v: C[%d][%d] = %v among concurrent calls, %v alone", j.name, j.g, i/j.g.ldc, i%j.g.ldc, got[i], j.want[i])
						return
					}
				}
			}
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(time.Minute):
		t.Fatal("concurrent Dgemm calls have not returned after a minute: a deadlock")
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestPureGoIsGonumToTheBit: the "gonum" engine (pureGo, gonum's code cut
// into tiles on the workers) gives the bits of gonum's own Dgemm and Sgemm,
// which is what a program uses when it installs nothing: on 300 random calls
// and on the products of lesson 14's convolutions (C = A Bᵀ over 18432 and
// 2048 positions, where gonum sums whole or in chunks of 64), with one
// goroutine and with the workers.
func TestPureGoIsGonumToTheBit(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	var cases []gemmCase
	for range 300 {
		cases = append(cases, randomCase(rng))
	}
	for _, s := range []struct {
		tA, tB  blas.Transpose
		m, n, k int
	}{
		{blas.NoTrans, blas.Trans, 8, 25, 18432},   // ∂C/∂W = Δ X̂ᵀ, first stage: one block, serial in gonum
		{blas.NoTrans, blas.Trans, 16, 200, 2048},  // the second stage: 4 blocks, summed in chunks of 64
		{blas.NoTrans, blas.Trans, 200, 64, 300},   // 4 blocks, k not a multiple of 64
		{blas.NoTrans, blas.NoTrans, 8, 18432, 25}, // A = W X̂
		{blas.Trans, blas.NoTrans, 200, 2048, 16},  // ∂C/∂X̂ = Wᵀ Δ
	} {
		g := gemmCase{tA: s.tA, tB: s.tB, m: s.m, n: s.n, k: s.k, alpha: 1, beta: 0}
		rowsA, colsA := storage(g.tA, g.m, g.k)
		rowsB, colsB := storage(g.tB, g.k, g.n)
		g.lda, g.ldb, g.ldc = colsA, colsB, g.n
		g.a, g.b, g.c = newOperand(rng, rowsA, colsA, g.lda), newOperand(rng, rowsB, colsB, g.ldb), make([]float64, g.m*g.n)
		cases = append(cases, g)
		g.alpha, g.beta = -0.1, 1 // an update in place
		cases = append(cases, g)
	}
	// Zeros in A (a ReLU layer's Δ), which gonum skips: −0 in C stays −0
	// (β = 1), and an ∞ of B met only by zeros of A makes no NaN.
	for _, g := range cases[len(cases)-10:] {
		g.a, g.c = append([]float64(nil), g.a...), append([]float64(nil), g.c...)
		for i := range g.a {
			if rng.IntN(2) == 0 {
				g.a[i] = 0
			}
		}
		for i := range g.c {
			if rng.IntN(4) == 0 {
				g.c[i] = math.Copysign(0, -1)
			}
		}
		g.beta = 1
		cases = append(cases, g)
	}
	inf := gemmCase{tA: blas.Trans, tB: blas.NoTrans, m: 66, n: 70, k: 40, alpha: 1, beta: 1, lda: 66, ldb: 70, ldc: 70}
	inf.a, inf.b, inf.c = make([]float64, 40*66), newOperand(rng, 40, 70, 70), make([]float64, 66*70)
	for i := range inf.c {
		inf.c[i] = math.Copysign(0, -1)
	}
	for l := 0; l < 40; l++ {
		inf.b[l*70+3] = math.Inf(1) // column 3 of B: +∞ at every l
		for i := 0; i < 66; i++ {
			if i%3 != 0 {
				inf.a[l*66+i] = 0.5 // rows 0, 3, 6… of op(A) are all zeros: their C stays −0
			}
		}
	}
	cases = append(cases, inf)
	ref := gonum.Implementation{}
	for _, g := range cases {
		want, want32 := g.run(ref), g.run32(ref)
		for _, procs := range []int{1, max(2, runtime.NumCPU())} {
			prev := runtime.GOMAXPROCS(procs)
			got, got32 := g.run(pureGo{}), g.run32(pureGo{})
			runtime.GOMAXPROCS(prev)
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("Dgemm, %v, GOMAXPROCS %d: C[%d][%d] = %v, gonum's %v", g, procs, i/g.ldc, i%g.ldc, got[i], want[i])
				}
				if math.Float32bits(got32[i]) != math.Float32bits(want32[i]) {
					t.Fatalf("Sgemm, %v, GOMAXPROCS %d: C[%d][%d] = %v, gonum's %v", g, procs, i/g.ldc, i%g.ldc, got32[i], want32[i])
				}
			}
		}
	}
}
