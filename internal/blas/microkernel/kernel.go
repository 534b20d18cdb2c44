package microkernel

import "math"

// The block of C that Add computes: Rows rows by Cols columns.
const Rows, Cols = 6, 8

// AddGo is Add in Go:
//
//	C[i][j] ← α · Σₚ A[i][p] B[p][j] + C[i][j],  i < Rows, j < Cols, p < k,
//
// with A packed as k columns of Rows values (a[p*Rows+i] = A[i][p]), B packed
// as k rows of Cols values (b[p*Cols+j] = B[p][j]) and C row-major with
// stride ldc. Each sum runs over p in order with a fused multiply-add, and
// is added to C with another, as the assembly does: Add and AddGo give the
// same bits.
func AddGo(k int, a, b, c []float64, ldc int, alpha float64) {
	var sum [Rows][Cols]float64
	for p := 0; p < k; p++ {
		bp := b[p*Cols : p*Cols+Cols]
		for i := 0; i < Rows; i++ {
			aip := a[p*Rows+i]
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
