package blas

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// to32 rounds a slice to float32 (NaN stays NaN, the sentinel padC is exact).
func to32(s []float64) []float32 {
	r := make([]float32, len(s))
	for i, v := range s {
		r[i] = float32(v)
	}
	return r
}

func to64(s []float32) []float64 {
	r := make([]float64, len(s))
	for i, v := range s {
		r[i] = float64(v)
	}
	return r
}

// run32 calls impl's Sgemm on the case in float32 (its operands rounded to
// float32) and returns C.
func (g gemmCase) run32(impl blas.Float32) []float32 {
	a, b, c := to32(g.a), to32(g.b), to32(g.c)
	impl.Sgemm(g.tA, g.tB, g.m, g.n, g.k, float32(g.alpha), a, g.lda, b, g.ldb, float32(g.beta), c, g.ldc)
	return c
}

// check32 compares a float32 result with the definition computed in float64
// on the same float32 operands: each element may differ by float32's
// rounding, (k+3)·2⁻²³ times |α| Σₚ |op(A)[i][p]| |op(B)[p][j]| + |β| |C[i][j]|.
// The padding of C must be untouched.
func (g gemmCase) check32(t *testing.T, name string, got []float32) {
	t.Helper()
	a, b, c := to64(to32(g.a)), to64(to32(g.b)), to64(to32(g.c))
	alpha, beta := float64(float32(g.alpha)), float64(float32(g.beta))
	want := append([]float64(nil), c...)
	naiveGemm(g.tA, g.tB, g.m, g.n, g.k, alpha, a, g.lda, b, g.ldb, beta, want, g.ldc)
	abs := func(s []float64) []float64 {
		r := make([]float64, len(s))
		for i, v := range s {
			r[i] = math.Abs(v)
		}
		return r
	}
	bound := abs(c)
	naiveGemm(g.tA, g.tB, g.m, g.n, g.k, math.Abs(alpha), abs(a), g.lda, abs(b), g.ldb, math.Abs(beta), bound, g.ldc)
	for i := range got {
		if i >= (g.m-1)*g.ldc+g.n || i%g.ldc >= g.n {
			if got[i] != padC {
				t.Fatalf("%s, %v: wrote %v into the padding of C at element %d (row %d, column %d)", name, g, got[i], i, i/g.ldc, i%g.ldc)
			}
			continue
		}
		tol := float64(g.k+3) * 0x1p-23 * bound[i]
		if d := math.Abs(float64(got[i]) - want[i]); !(d <= tol) {
			t.Fatalf("%s, %v: C[%d][%d] = %v, definition %v (diff %g > %g)", name, g, i/g.ldc, i%g.ldc, got[i], want[i], d, tol)
		}
	}
}

// TestSgemmRandomShapes is TestDgemmRandomShapes in float32: every engine's
// Sgemm against the definition on 300 random calls (sizes around the
// kernels' blocks, the tiles and kc, every transpose, strides with NaN in
// the padding, α = 0, β = 0 over a C of NaN), the same bits with one
// goroutine as with the workers.
func TestSgemmRandomShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	cases := 300
	if testing.Short() {
		cases = 60
	}
	for range cases {
		g := randomCase(rng)
		for _, e := range testedEngines() {
			many := g.run32(e.impl32)
			g.check32(t, e.name, many)
			if e.name == "openblas" {
				continue
			}
			prev := runtime.GOMAXPROCS(1)
			one := g.run32(e.impl32)
			runtime.GOMAXPROCS(prev)
			for i := range one {
				if math.Float32bits(one[i]) != math.Float32bits(many[i]) {
					t.Fatalf("%s, %v: C[%d][%d] = %v on one goroutine, %v with the workers", e.name, g, i/g.ldc, i%g.ldc, one[i], many[i])
				}
			}
		}
	}
}

// TestKernelsGiveSameBits: the packed engine gives the same bits with the
// AVX2 kernels (6×8 and 6×16 blocks) as with the AVX-512 ones (6×16 and
// 6×32), in both precisions, on random calls: each element's arithmetic does
// not depend on the block, edges included. So "asm" trains to the same
// weights on every CPU with AVX2 and FMA.
func TestKernelsGiveSameBits(t *testing.T) {
	avx2 := packed{k64: kernel64AVX2, k32: kernel32AVX2}
	avx512 := packed{k64: kernel64AVX512, k32: kernel32AVX512} // AddGoCols and SAddGo where the CPU has no AVX-512
	rng := rand.New(rand.NewPCG(17, 18))
	for range 150 {
		g := randomCase(rng)
		x, y := g.run(avx2), g.run(avx512)
		for i := range x {
			if math.Float64bits(x[i]) != math.Float64bits(y[i]) && !(math.IsNaN(x[i]) && math.IsNaN(y[i])) {
				t.Fatalf("float64, %v: C[%d][%d] = %v with the AVX2 kernel, %v with the AVX-512 one", g, i/g.ldc, i%g.ldc, x[i], y[i])
			}
		}
		x32, y32 := g.run32(avx2), g.run32(avx512)
		for i := range x32 {
			if math.Float32bits(x32[i]) != math.Float32bits(y32[i]) && !(x32[i] != x32[i] && y32[i] != y32[i]) {
				t.Fatalf("float32, %v: C[%d][%d] = %v with the AVX2 kernel, %v with the AVX-512 one", g, i/g.ldc, i%g.ldc, x32[i], y32[i])
			}
		}
	}
}
