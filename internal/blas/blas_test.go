package blas

import (
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/mat"
)

// naiveGemm is the definition C ← α op(A) op(B) + β C, one sum at a time.
// As BLAS specifies, C is not read when β = 0 (a NaN in it does not survive).
func naiveGemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	at := func(i, p int) float64 { // op(A)[i][p]
		if tA == blas.NoTrans {
			return a[i*lda+p]
		}
		return a[p*lda+i]
	}
	bt := func(p, j int) float64 { // op(B)[p][j]
		if tB == blas.NoTrans {
			return b[p*ldb+j]
		}
		return b[j*ldb+p]
	}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			s := 0.0
			for p := 0; p < k; p++ {
				s += at(i, p) * bt(p, j)
			}
			if beta == 0 {
				c[i*ldc+j] = alpha * s
			} else {
				c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]
			}
		}
	}
}

func randSlice(rng *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 2*rng.Float64() - 1
	}
	return s
}

// TestDgemmMatchesDefinition installs each engine of the build in turn
// (gonum's, "asm" where the CPU has AVX2 and FMA, OpenBLAS with the tag
// openblas) and runs it and gonum's own Dgemm on the shapes of a training
// step and a few others, both transposes, strides larger than the rows and
// several α, β, and compares both with the definition. The difference allowed is rounding:
// a few ulps times k.
func TestDgemmMatchesDefinition(t *testing.T) {
	for _, name := range Available() {
		if err := Use(name); err != nil {
			t.Fatal(err)
		}
		t.Run(name, testDgemm)
	}
	UseDefault() // back to what a program starts with: gonum's own code
}

func testDgemm(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	installed := blas64.Implementation()
	var pure gonum.Implementation
	trans := []blas.Transpose{blas.NoTrans, blas.Trans}
	shapes := [][3]int{{1, 1, 1}, {3, 5, 7}, {10, 30, 784}, {32, 128, 784}, {784, 128, 32}, {65, 33, 17}, {128, 10, 32}, {200, 150, 100}, {97, 65, 2*kc + 1}}
	for _, s := range shapes {
		m, n, k := s[0], s[1], s[2]
		for _, tA := range trans {
			for _, tB := range trans {
				for _, ab := range [][2]float64{{1, 0}, {-0.3, 1}, {2.5, -0.5}} {
					alpha, beta := ab[0], ab[1]
					rowsA, colsA := m, k
					if tA == blas.Trans {
						rowsA, colsA = k, m
					}
					rowsB, colsB := k, n
					if tB == blas.Trans {
						rowsB, colsB = n, k
					}
					// Strides larger than the rows, as in a view of a bigger matrix.
					lda, ldb, ldc := colsA+rng.IntN(3), colsB+rng.IntN(3), n+rng.IntN(3)
					a := randSlice(rng, (rowsA-1)*lda+colsA)
					b := randSlice(rng, (rowsB-1)*ldb+colsB)
					c0 := randSlice(rng, (m-1)*ldc+n)
					want := append([]float64(nil), c0...)
					naiveGemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, want, ldc)
					for name, impl := range map[string]blas.Float64{"installed " + Backend(): installed, "gonum": pure} {
						got := append([]float64(nil), c0...)
						impl.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, got, ldc)
						// |a|,|b| ≤ 1: each sum has k terms of size ≤ 1.
						tol := 1e-14 * float64(k+1) * (math.Abs(alpha) + math.Abs(beta) + 1)
						for i := 0; i < m; i++ {
							for j := 0; j < n; j++ {
								if d := math.Abs(got[i*ldc+j] - want[i*ldc+j]); d > tol {
									t.Fatalf("%s: %v %v %d×%d×%d α=%v β=%v: C[%d][%d] = %v, definition %v (diff %g > %g)",
										name, tA, tB, m, k, n, alpha, beta, i, j, got[i*ldc+j], want[i*ldc+j], d, tol)
								}
							}
						}
						// The padding between rows of C must be untouched.
						for i := 0; i < m-1; i++ {
							for j := n; j < ldc; j++ {
								if got[i*ldc+j] != c0[i*ldc+j] {
									t.Fatalf("%s: wrote into the stride padding of C at row %d, column %d", name, i, j)
								}
							}
						}
					}
				}
			}
		}
	}
}

// TestMulThroughMat checks the path the kit really uses: mat.Dense.Mul with
// a transposed operand and a strided view, against the definition.
func TestMulThroughMat(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	big := mat.NewDense(40, 800, randSlice(rng, 40*800))
	H := big.Slice(3, 35, 5, 789).(*mat.Dense) // 32×784 view, stride 800
	W := mat.NewDense(128, 784, randSlice(rng, 128*784))
	var A mat.Dense
	A.Mul(H, W.T()) // Aˡ = Hˡ⁻¹ (Wˡ)ᵀ, 32×128
	for _, ij := range [][2]int{{0, 0}, {31, 127}, {17, 64}, {5, 99}} {
		i, j := ij[0], ij[1]
		s := 0.0
		for p := 0; p < 784; p++ {
			s += H.At(i, p) * W.At(j, p)
		}
		if d := math.Abs(A.At(i, j) - s); d > 1e-11 {
			t.Errorf("(H Wᵀ)[%d][%d] = %v, definition %v (diff %g)", i, j, A.At(i, j), s, d)
		}
	}
}

// TestBadArgumentsPanicLikeGonum: a wrong call must not reach C with a short
// slice; it panics with gonum's message.
func TestBadArgumentsPanicLikeGonum(t *testing.T) {
	msg := func(f func()) (s string) {
		defer func() { s, _ = recover().(string) }()
		f()
		return ""
	}
	short := func(impl blas.Float64) func() {
		return func() {
			impl.Dgemm(blas.NoTrans, blas.NoTrans, 3, 3, 3, 1, make([]float64, 5), 3, make([]float64, 9), 3, 0, make([]float64, 9), 3)
		}
	}
	got, want := msg(short(blas64.Implementation())), msg(short(gonum.Implementation{}))
	if want == "" || got != want {
		t.Errorf("a short A: installed Dgemm panics with %q, gonum with %q", got, want)
	}
}

func TestUseAndBackend(t *testing.T) {
	defer UseDefault()
	for _, name := range Available() {
		if err := Use(name); err != nil {
			t.Fatal(err)
		}
		b := Backend()
		if Engine() != name || (name == "openblas") != strings.Contains(b, "OpenBLAS") || (name == "gonum") != strings.Contains(b, "pure Go") || strings.HasPrefix(name, "asm") != strings.Contains(b, "assembly") {
			t.Errorf("after Use(%q): Backend() = %q, Engine() = %q", name, b, Engine())
		}
		t.Logf("%s: %s", name, b)
	}
	if err := Use("mkl"); err == nil || !strings.Contains(err.Error(), `no engine "mkl"`) {
		t.Errorf("Use(\"mkl\"): error %v", err)
	}
}

func TestSetThreads(t *testing.T) {
	err := SetThreads(1)
	if (err == nil) != (setThreads != nil) {
		t.Fatalf("SetThreads(1) = %v with OpenBLAS present = %v", err, setThreads != nil)
	}
	if err != nil {
		return
	}
	defer SetThreads(runtime.NumCPU()) // OpenBLAS's default without $OPENBLAS_NUM_THREADS
	defer UseDefault()                 // back to what a program starts with: gonum's own code
	Use("openblas")
	if b := Backend(); !strings.Contains(b, "1 thread)") {
		t.Errorf("after SetThreads(1): %s", b)
	}
	if SetThreads(0) == nil {
		t.Error("SetThreads(0): no error")
	}
}

// TestNothingInstalled: importing the package installs no engine (a program
// chooses), and Gemm then computes gonum's numbers, to the bit.
func TestNothingInstalled(t *testing.T) {
	if _, ok := blas64.Implementation().(gonum.Implementation); !ok {
		t.Fatalf("blas64 uses %T before any Use: importing internal/blas installed an engine", blas64.Implementation())
	}
	if Engine() != "gonum" {
		t.Errorf("Engine() = %q with gonum's own code installed, want gonum", Engine())
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const m, n, k = 70, 130, 90 // large enough for pureGo to split it over the workers
	a, b := randSlice(rng, m*k), randSlice(rng, k*n)
	got, want := make([]float64, m*n), make([]float64, m*n)
	Gemm(blas.NoTrans, blas.NoTrans, 1, blas64.General{Rows: m, Cols: k, Stride: k, Data: a}, blas64.General{Rows: k, Cols: n, Stride: n, Data: b}, 0, blas64.General{Rows: m, Cols: n, Stride: n, Data: got})
	gonum.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, want, n)
	for i := range got {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Fatalf("Gemm on gonum's default: C[%d] = %v, gonum's Dgemm %v", i, got[i], want[i])
		}
	}
}
