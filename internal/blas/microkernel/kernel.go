package microkernel

import "math"

// The block of C that Add computes: Rows rows by Cols columns.
const Rows, Cols = 6, 8

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
	var sum [Rows][Cols]float64
	for p := 0; p < k; p++ {
		bp := b[p*strideB : p*strideB+Cols]
		for i := 0; i < Rows; i++ {
			aip := a[p*strideA+i]
			for j, bpj := range bp {
				sum[i][j] = math.FMA(aip, bpj, sum[i][j])
			}
		}
	}
	for i := 0; i < Rows; i++ {
		for j := 0; j < Cols; j++ {
			c[i*ldc+j] = math.FMA(alpha, sum[i][j], c[i*ldc+j])
		}
	}
}
