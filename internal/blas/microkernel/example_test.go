package microkernel_test

import (
	"fmt"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// With k = 1 the product of a 6×1 A and a 1×8 B is their outer product:
// C[i][j] = A[i][0]·B[0][j].
func ExampleAdd() {
	a := []float64{1, 2, 3, 4, 5, 6}           // A's one column
	b := []float64{1, 10, 100, 0, 0, 0, 0, -1} // B's one row
	c := make([]float64, microkernel.Rows*microkernel.Cols)
	microkernel.Add(1, a, microkernel.Rows, b, microkernel.Cols, c, microkernel.Cols, 1)
	for i := 0; i < microkernel.Rows; i++ {
		fmt.Println(c[i*microkernel.Cols : (i+1)*microkernel.Cols])
	}
	// Output:
	// [1 10 100 0 0 0 0 -1]
	// [2 20 200 0 0 0 0 -2]
	// [3 30 300 0 0 0 0 -3]
	// [4 40 400 0 0 0 0 -4]
	// [5 50 500 0 0 0 0 -5]
	// [6 60 600 0 0 0 0 -6]
}
