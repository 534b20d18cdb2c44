package microkernel

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func randSlice(rng *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 2*rng.Float64() - 1
	}
	return s
}

func randSlice32(rng *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = 2*rng.Float32() - 1
	}
	return s
}

type kernel64 struct {
	name string
	run  bool // the assembly runs on this CPU
	cols int
	add  func(int, []float64, int, []float64, int, []float64, int, float64)
}

type kernel32 struct {
	name string
	run  bool
	cols int
	add  func(int, []float32, int, []float32, int, []float32, int, float32)
}

var (
	kernels64 = []kernel64{{"Add (AVX2)", Fast, Cols, Add}, {"Add512 (AVX-512)", HasAVX512, Cols512, Add512}}
	kernels32 = []kernel32{{"SAdd (AVX2)", Fast, SCols, SAdd}, {"SAdd512 (AVX-512)", HasAVX512, SCols512, SAdd512}}
)

// TestKernelsMatchGo: each assembly kernel this CPU runs gives its Go
// definition's numbers bit for bit (both sum over p in order with fused
// multiply-adds), for every k from 1 to 300, packed operands and operands
// read in place with wider strides, and a C with a stride wider than the
// block.
func TestKernelsMatchGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, kern := range kernels64 {
		if !kern.run {
			t.Logf("%s: this CPU does not run it", kern.name)
			continue
		}
		for k := 1; k <= 300; k++ {
			strideA, strideB := Rows+k%3, kern.cols+k%5 // packed, and wider as when read in place
			a, b := randSlice(rng, (k-1)*strideA+Rows), randSlice(rng, (k-1)*strideB+kern.cols)
			ldc := kern.cols + 3
			c := randSlice(rng, Rows*ldc)
			alpha := 2*rng.Float64() - 1
			got, want := append([]float64(nil), c...), append([]float64(nil), c...)
			kern.add(k, a, strideA, b, strideB, got, ldc, alpha)
			AddGoCols(kern.cols, k, a, strideA, b, strideB, want, ldc, alpha)
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("%s, k = %d: C[%d][%d] = %v from the assembly, %v from its definition", kern.name, k, i/ldc, i%ldc, got[i], want[i])
				}
			}
		}
	}
	for _, kern := range kernels32 {
		if !kern.run {
			t.Logf("%s: this CPU does not run it", kern.name)
			continue
		}
		for k := 1; k <= 300; k++ {
			strideA, strideB := Rows+k%3, kern.cols+k%5
			a, b := randSlice32(rng, (k-1)*strideA+Rows), randSlice32(rng, (k-1)*strideB+kern.cols)
			ldc := kern.cols + 3
			c := randSlice32(rng, Rows*ldc)
			alpha := 2*rng.Float32() - 1
			got, want := append([]float32(nil), c...), append([]float32(nil), c...)
			kern.add(k, a, strideA, b, strideB, got, ldc, alpha)
			SAddGo(kern.cols, k, a, strideA, b, strideB, want, ldc, alpha)
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s, k = %d: C[%d][%d] = %v from the assembly, %v from its definition", kern.name, k, i/ldc, i%ldc, got[i], want[i])
				}
			}
		}
	}
}

// TestRowKernelsMatchGo: the kernels that read A by rows give their Go
// definition's bits, and the bits of the column kernels on the same numbers
// (A transposed), for every k from 1 to 300 and row strides of k and wider.
func TestRowKernelsMatchGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	type row64 struct {
		name   string
		cols   int
		rows   func(int, []float64, int, []float64, int, []float64, int, float64)
		byCols func(int, []float64, int, []float64, int, []float64, int, float64)
	}
	type row32 struct {
		name   string
		cols   int
		rows   func(int, []float32, int, []float32, int, []float32, int, float32)
		byCols func(int, []float32, int, []float32, int, []float32, int, float32)
	}
	for _, kern := range []row64{{"AddRows", Cols, AddRows, Add}, {"Add512Rows", Cols512, Add512Rows, Add512}} {
		for k := 1; k <= 300; k++ {
			lda, strideB, ldc := k+k%4, kern.cols+k%3, kern.cols+1
			a, b, c := randSlice(rng, (Rows-1)*lda+k), randSlice(rng, (k-1)*strideB+kern.cols), randSlice(rng, Rows*ldc)
			at := make([]float64, k*Rows) // A by columns
			for i := 0; i < Rows; i++ {
				for p := 0; p < k; p++ {
					at[p*Rows+i] = a[i*lda+p]
				}
			}
			alpha := 2*rng.Float64() - 1
			got, want, cols := append([]float64(nil), c...), append([]float64(nil), c...), append([]float64(nil), c...)
			kern.rows(k, a, lda, b, strideB, got, ldc, alpha)
			AddGoRows(kern.cols, k, a, lda, b, strideB, want, ldc, alpha)
			kern.byCols(k, at, Rows, b, strideB, cols, ldc, alpha)
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) || math.Float64bits(got[i]) != math.Float64bits(cols[i]) {
					t.Fatalf("%s, k = %d: C[%d][%d] = %v, definition %v, by columns %v", kern.name, k, i/ldc, i%ldc, got[i], want[i], cols[i])
				}
			}
		}
	}
	for _, kern := range []row32{{"SAddRows", SCols, SAddRows, SAdd}, {"SAdd512Rows", SCols512, SAdd512Rows, SAdd512}} {
		for k := 1; k <= 300; k++ {
			lda, strideB, ldc := k+k%4, kern.cols+k%3, kern.cols+1
			a, b, c := randSlice32(rng, (Rows-1)*lda+k), randSlice32(rng, (k-1)*strideB+kern.cols), randSlice32(rng, Rows*ldc)
			at := make([]float32, k*Rows)
			for i := 0; i < Rows; i++ {
				for p := 0; p < k; p++ {
					at[p*Rows+i] = a[i*lda+p]
				}
			}
			alpha := 2*rng.Float32() - 1
			got, want, cols := append([]float32(nil), c...), append([]float32(nil), c...), append([]float32(nil), c...)
			kern.rows(k, a, lda, b, strideB, got, ldc, alpha)
			SAddGoRows(kern.cols, k, a, lda, b, strideB, want, ldc, alpha)
			kern.byCols(k, at, Rows, b, strideB, cols, ldc, alpha)
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) || math.Float32bits(got[i]) != math.Float32bits(cols[i]) {
					t.Fatalf("%s, k = %d: C[%d][%d] = %v, definition %v, by columns %v", kern.name, k, i/ldc, i%ldc, got[i], want[i], cols[i])
				}
			}
		}
	}
}

// TestWidthsAgree: Add and Add512 give the same bits for the same element
// (the definition of an element does not depend on the block's width), so
// the engine's numbers do not depend on which kernel the CPU picks.
func TestWidthsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const k = 77
	a, b := randSlice(rng, k*Rows), randSlice(rng, k*Cols512)
	wide := randSlice(rng, Rows*Cols512)
	narrow := append([]float64(nil), wide...)
	Add512(k, a, Rows, b, Cols512, wide, Cols512, 0.3)
	Add(k, a, Rows, b, Cols512, narrow, Cols512, 0.3)               // columns 0…7
	Add(k, a, Rows, b[Cols:], Cols512, narrow[Cols:], Cols512, 0.3) // columns 8…15
	for i := range wide {
		if math.Float64bits(wide[i]) != math.Float64bits(narrow[i]) {
			t.Fatalf("C[%d][%d] = %v from Add512, %v from Add", i/Cols512, i%Cols512, wide[i], narrow[i])
		}
	}
}

// TestAddGo against a sum written out: with k = 2, C[i][j] = α(A[i][0]B[0][j]
// + A[i][1]B[1][j]) + C[i][j], for every kernel of both precisions (small
// integers: exact in float32 too).
func TestAddGo(t *testing.T) {
	for _, cols := range []int{Cols, Cols512, SCols, SCols512} {
		a := make([]float64, 2*Rows) // A[i][0] = i+1, A[i][1] = 1
		b := make([]float64, 2*cols) // B[0][j] = j, B[1][j] = 10
		for i := 0; i < Rows; i++ {
			a[i], a[Rows+i] = float64(i+1), 1
		}
		for j := 0; j < cols; j++ {
			b[j], b[cols+j] = float64(j), 10
		}
		a32, b32 := to32(a), to32(b)
		type run struct {
			name string
			f    func(c []float64)
		}
		runs := []run{
			{"AddGoCols", func(c []float64) { AddGoCols(cols, 2, a, Rows, b, cols, c, cols, 2) }},
			{"SAddGo", func(c []float64) {
				c32 := to32(c)
				SAddGo(cols, 2, a32, Rows, b32, cols, c32, cols, 2)
				copy(c, to64(c32))
			}},
		}
		for _, k := range kernels64 {
			if k.cols == cols {
				runs = append(runs, run{k.name, func(c []float64) { k.add(2, a, Rows, b, cols, c, cols, 2) }})
			}
		}
		for _, k := range kernels32 {
			if k.cols == cols {
				runs = append(runs, run{k.name, func(c []float64) {
					c32 := to32(c)
					k.add(2, a32, Rows, b32, cols, c32, cols, 2)
					copy(c, to64(c32))
				}})
			}
		}
		for _, r := range runs {
			c := make([]float64, Rows*cols)
			for i := range c {
				c[i] = 0.5
			}
			r.f(c)
			for i := 0; i < Rows; i++ {
				for j := 0; j < cols; j++ {
					if want := 2*(float64((i+1)*j)+10) + 0.5; c[i*cols+j] != want {
						t.Fatalf("%s, %d columns: C[%d][%d] = %v, want 2·((%d+1)·%d + 10) + 0.5 = %v", r.name, cols, i, j, c[i*cols+j], i, j, want)
					}
				}
			}
		}
	}
}

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

// exactFMA32 is x·y + z computed exactly (math/big, 1000 bits hold any sum
// of a product of two float32 and a float32) and rounded once to the
// nearest float32, ties to even, subnormals included.
func exactFMA32(x, y, z float32) float32 {
	f := new(big.Float).SetPrec(1000).SetFloat64(float64(x))
	f.Mul(f, new(big.Float).SetFloat64(float64(y)))
	f.Add(f, new(big.Float).SetFloat64(float64(z)))
	r, _ := f.Float32()
	return r
}

// TestFMA32: FMA32 is the exactly rounded x·y + z, on the double-rounding
// case of its doc comment (where float32(math.FMA(…)) is one float32 off),
// on values chosen to land near the midpoints between float32, and on
// random ones across the exponent range, subnormals, overflow and the
// special values; and it is what the processor's fused multiply-add gives
// (through SAdd with k = 1: C ← FMA(α, 1·B, C)).
func TestFMA32(t *testing.T) {
	x := float32(math.Ldexp(1-0x1p-15, -24))
	y := float32(1 + 0x1p-15)
	z := float32(1 + 0x1p-23)
	want := float32(1 + 0x1p-23)
	if got := FMA32(x, y, z); got != want {
		t.Fatalf("FMA32(2⁻²⁴(1 − 2⁻¹⁵), 1 + 2⁻¹⁵, 1 + 2⁻²³) = %v, want 1 + 2⁻²³ = %v", got, want)
	}
	if e := exactFMA32(x, y, z); e != want {
		t.Fatalf("the exact reference gives %v, want %v", e, want)
	}
	if d := float32(math.FMA(float64(x), float64(y), float64(z))); d != float32(1+0x1p-22) {
		t.Fatalf("float32(math.FMA(…)) = %v: the double rounding this test documents did not happen", d)
	}

	rng := rand.New(rand.NewPCG(21, 22))
	randExp := func(lo, hi int) float32 { // a random float32 with a random exponent in [lo, hi]
		m := 1 + rng.Float64()
		if rng.IntN(2) == 0 {
			m = -m
		}
		return float32(math.Ldexp(m, lo+rng.IntN(hi-lo+1)))
	}
	var cases [][3]float32
	cases = append(cases, [3]float32{x, y, z})
	for range 200000 {
		// Near a midpoint: z of any exponent, x·y between 2⁻³⁰ and 2⁻²⁰ of it.
		e := rng.IntN(200) - 100
		cases = append(cases, [3]float32{randExp(e-30, e-20), randExp(-2, 2), randExp(e, e)})
		// (1 ± 2⁻ᵘ)(1 ± 2⁻ᵛ) scaled, the shape of the doc comment's case.
		u, v := 1+rng.IntN(23), 1+rng.IntN(23)
		s := float32(math.Ldexp(1, -rng.IntN(40)))
		cases = append(cases, [3]float32{s * float32(1-math.Ldexp(1, -u)), float32(1 + math.Ldexp(1, -v)), randExp(-1, 1)})
		// Anywhere, including overflow and subnormal results.
		cases = append(cases, [3]float32{randExp(-149, 127), randExp(-149, 127), randExp(-149, 127)})
		cases = append(cases, [3]float32{randExp(-80, -60), randExp(-80, -60), randExp(-149, -126)})
	}
	inf := float32(math.Inf(1))
	cases = append(cases, [3]float32{math.MaxFloat32, 2, -math.MaxFloat32}, [3]float32{math.MaxFloat32, 1, math.MaxFloat32},
		[3]float32{inf, 1, 1}, [3]float32{inf, 0, 1}, [3]float32{inf, 1, -inf}, [3]float32{0, 0, -0}, [3]float32{-0, 0, -0},
		[3]float32{1, -1, 1}, [3]float32{0x1p-149, 0.5, 0})
	for _, c := range cases {
		got := FMA32(c[0], c[1], c[2])
		if math.IsNaN(float64(got)) || math.IsInf(float64(c[0]), 0) || math.IsInf(float64(c[2]), 0) {
			continue // big.Float has no NaN; infinities checked by the processor below
		}
		if want := exactFMA32(c[0], c[1], c[2]); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("FMA32(%v, %v, %v) = %v, exact %v", c[0], c[1], c[2], got, want)
		}
	}
	if !Fast {
		t.Log("no AVX2 and FMA: FMA32 not compared with the processor")
		return
	}
	// SAdd with k = 1, A = 1: sum = FMA(1, B, 0) = B exactly, then C ← FMA(α, B, C).
	a := make([]float32, Rows)
	for i := range a {
		a[i] = 1
	}
	b, c := make([]float32, SCols), make([]float32, Rows*SCols)
	for n := 0; n < len(cases); n++ {
		alpha := cases[n][0]
		for j := range b {
			cs := cases[(n+j)%len(cases)]
			b[j] = cs[1]
			for i := 0; i < Rows; i++ {
				c[i*SCols+j] = cs[2]
			}
		}
		want := make([]float32, len(c))
		for i := range want {
			want[i] = FMA32(alpha, b[i%SCols], c[i])
		}
		SAdd(1, a, Rows, b, SCols, c, SCols, alpha)
		for i := range c {
			if math.Float32bits(c[i]) != math.Float32bits(want[i]) && !(c[i] != c[i] && want[i] != want[i]) {
				t.Fatalf("the processor's FMA(%v, %v, ·) = %v, FMA32 gives %v", alpha, b[i%SCols], c[i], want[i])
			}
		}
	}
}
