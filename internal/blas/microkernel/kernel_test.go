package microkernel

import (
	"math"
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

// TestKernelMatchesGo: the assembly kernel gives AddGo's numbers bit for
// bit (both sum over p in order with fused multiply-adds), for every k from 1
// to 300, packed operands and operands read in place with wider strides, and a
// C with a stride wider than 8.
func TestKernelMatchesGo(t *testing.T) {
	if !Fast {
		t.Skip("this CPU has no AVX2 and FMA: the assembly kernel is not used")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 1; k <= 300; k++ {
		strideA, strideB := Rows+k%3, Cols+k%5 // packed, and wider as when read in place
		a, b := randSlice(rng, (k-1)*strideA+Rows), randSlice(rng, (k-1)*strideB+Cols)
		const ldc = Cols + 3
		c := randSlice(rng, Rows*ldc)
		alpha := 2*rng.Float64() - 1
		got, want := append([]float64(nil), c...), append([]float64(nil), c...)
		Add(k, a, strideA, b, strideB, got, ldc, alpha)
		AddGo(k, a, strideA, b, strideB, want, ldc, alpha)
		for i := range want {
			if got[i] != want[i] && !(math.IsNaN(got[i]) && math.IsNaN(want[i])) {
				t.Fatalf("k = %d: C[%d][%d] = %v from the assembly, %v from AddGo", k, i/ldc, i%ldc, got[i], want[i])
			}
		}
	}
}

// TestAddGo against a sum written out: with k = 2, C[i][j] = α(A[i][0]B[0][j]
// + A[i][1]B[1][j]) + C[i][j].
func TestAddGo(t *testing.T) {
	a := make([]float64, 2*Rows) // A[i][0] = i+1, A[i][1] = 1
	b := make([]float64, 2*Cols) // B[0][j] = j, B[1][j] = 10
	for i := 0; i < Rows; i++ {
		a[i], a[Rows+i] = float64(i+1), 1
	}
	for j := 0; j < Cols; j++ {
		b[j], b[Cols+j] = float64(j), 10
	}
	for _, add := range []func(int, []float64, int, []float64, int, []float64, int, float64){AddGo, Add} {
		c := make([]float64, Rows*Cols)
		for i := range c {
			c[i] = 0.5
		}
		add(2, a, Rows, b, Cols, c, Cols, 2)
		for i := 0; i < Rows; i++ {
			for j := 0; j < Cols; j++ {
				if want := 2*(float64((i+1)*j)+10) + 0.5; c[i*Cols+j] != want {
					t.Fatalf("C[%d][%d] = %v, want 2·((%d+1)·%d + 10) + 0.5 = %v", i, j, c[i*Cols+j], i, j, want)
				}
			}
		}
	}
}
