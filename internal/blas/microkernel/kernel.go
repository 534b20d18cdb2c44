package microkernel

import "math"

// Rows is the height of the block of C that every kernel computes.
const Rows = 6

// The widths of the blocks of C: Add (float64, AVX2) computes 6×Cols, Add512
// (float64, AVX-512) 6×Cols512, SAdd (float32, AVX2) 6×SCols and SAdd512
// (float32, AVX-512) 6×SCols512: each keeps its sums in twelve vector
// registers of two per row.
const (
	Cols     = 8
	Cols512  = 16
	SCols    = 16
	SCols512 = 32
)

// maxCols is the widest block.
const maxCols = SCols512

// AddGo is Add in Go:
//
//	C[i][j] ← α · Σₚ A[i][p] B[p][j] + C[i][j],  i < Rows, j < Cols, p < k,
//
// where column p of A is a[p*strideA : p*strideA+Rows] (A[i][p] =
// a[p*strideA+i]), row p of B is b[p*strideB : p*strideB+Cols] and C is
// row-major with stride ldc. Packed operands have strideA = Rows and
// strideB = Cols; a transposed A or a row-major B can be read in place with
// their own strides. Each sum runs over p in order with a fused
// multiply-add, and is added to C with another, as the assembly does: Add
// and AddGo give the same bits.
func AddGo(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGoCols(Cols, k, a, strideA, b, strideB, c, ldc, alpha)
}

// AddGoCols is AddGo for a block of Rows×cols (cols ≤ 32): the definition of
// Add (cols = Cols) and of Add512 (cols = Cols512). Each element of C gets
// the same arithmetic whatever the width, so the two kernels give the same
// bits for the same element.
func AddGoCols(cols, k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	addGo(cols, k, a, 1, strideA, b, strideB, c, ldc, alpha)
}

// AddGoRows is AddGoCols with A read by rows, A[i][p] = a[i*lda+p]: the
// definition of AddRows (cols = Cols) and Add512Rows (cols = Cols512), which
// give the same bits as Add and Add512 on the same numbers.
func AddGoRows(cols, k int, a []float64, lda int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	addGo(cols, k, a, lda, 1, b, strideB, c, ldc, alpha)
}

// addGo is the float64 definition with A[i][p] = a[i*rs+p*cs].
func addGo(cols, k int, a []float64, rs, cs int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	var sum [Rows][maxCols]float64
	for p := 0; p < k; p++ {
		bp := b[p*strideB : p*strideB+cols]
		for i := 0; i < Rows; i++ {
			aip := a[i*rs+p*cs]
			for j, bpj := range bp {
				sum[i][j] = math.FMA(aip, bpj, sum[i][j])
			}
		}
	}
	for i := 0; i < Rows; i++ {
		for j := 0; j < cols; j++ {
			c[i*ldc+j] = math.FMA(alpha, sum[i][j], c[i*ldc+j])
		}
	}
}

// SAddGo is the float32 kernels' definition, for a block of Rows×cols
// (SCols for SAdd, SCols512 for SAdd512): AddGoCols with every fused
// multiply-add done in float32, FMA32(x, y, z) = x·y + z rounded once to
// float32, which is what the instruction VFMADD231PS computes.
func SAddGo(cols, k int, a []float32, strideA int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	saddGo(cols, k, a, 1, strideA, b, strideB, c, ldc, alpha)
}

// SAddGoRows is SAddGo with A read by rows, A[i][p] = a[i*lda+p]: the
// definition of SAddRows and SAdd512Rows.
func SAddGoRows(cols, k int, a []float32, lda int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	saddGo(cols, k, a, lda, 1, b, strideB, c, ldc, alpha)
}

// saddGo is the float32 definition with A[i][p] = a[i*rs+p*cs].
func saddGo(cols, k int, a []float32, rs, cs int, b []float32, strideB int, c []float32, ldc int, alpha float32) {
	var sum [Rows][maxCols]float32
	for p := 0; p < k; p++ {
		bp := b[p*strideB : p*strideB+cols]
		for i := 0; i < Rows; i++ {
			aip := a[i*rs+p*cs]
			for j, bpj := range bp {
				sum[i][j] = FMA32(aip, bpj, sum[i][j])
			}
		}
	}
	for i := 0; i < Rows; i++ {
		for j := 0; j < cols; j++ {
			c[i*ldc+j] = FMA32(alpha, sum[i][j], c[i*ldc+j])
		}
	}
}

// FMA32 returns x·y + z computed exactly and rounded once to float32 (to
// nearest, ties to even): the float32 fused multiply-add that Go's math
// package does not have.
//
// float32(math.FMA(float64(x), float64(y), float64(z))) is not it. The
// product of two float32 (24-bit significands) is exact in float64 (53
// bits), but the sum is then rounded twice, to float64 and to float32, and
// the first rounding can land exactly on a midpoint between two float32 that
// the exact sum was not on: x = 2⁻²⁴(1 − 2⁻¹⁵), y = 1 + 2⁻¹⁵, z = 1 + 2⁻²³
// give x·y + z = 1 + 2⁻²³ + 2⁻²⁴ − 2⁻⁵⁴, just below the midpoint
// 1 + 2⁻²³ + 2⁻²⁴, so the right float32 is 1 + 2⁻²³; in float64 it rounds to
// the midpoint, which then rounds to the even 1 + 2⁻²² (TestFMA32 checks it).
//
// FMA32 therefore rounds x·y + z to float64 "to odd" first: s = x·y + z in
// float64 and its exact error e (Knuth's TwoSum: s + e = x·y + z exactly),
// then, if e ≠ 0, s truncated toward zero with its last bit set. A value
// rounded to odd with at least two more bits than the target (53 ≥ 24 + 2)
// rounds to the target exactly as the exact value would (Boldo and
// Melquiond, 2008), so the final float32(·) is the single rounding.
func FMA32(x, y, z float32) float32 {
	p := float64(x) * float64(y) // exact: 48 bits at most, no underflow or overflow in float64
	zz := float64(z)
	s := p + zz
	if math.IsInf(s, 0) || math.IsNaN(s) {
		return float32(s) // an infinite or NaN operand: nothing to round
	}
	bb := s - p // TwoSum: e = (p − (s − bb)) + (zz − bb) exactly
	e := (p - (s - bb)) + (zz - bb)
	if e != 0 {
		bits := math.Float64bits(s)
		if (e < 0) == (s > 0) { // |s| > |x·y + z|: s was rounded away from zero
			bits-- // one step toward zero (s ≠ 0 here)
		}
		s = math.Float64frombits(bits | 1)
	}
	return float32(s)
}
