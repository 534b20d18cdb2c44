package microkernel

import (
	"math/rand/v2"
	"testing"
)

// TestTranspose: Transpose32 and Transpose64 copy exactly what TransposeGo
// copies, for lengths around the vector widths and padded strides, and
// write nothing else of dst.
func TestTranspose(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 196, 256} {
		for _, strides := range [][2]int{{n, 8}, {n + 3, 32}, {784, 16}} {
			ss, ds := max(strides[0], n), strides[1]
			src64 := make([]float64, 7*ss+n)
			for i := range src64 {
				src64[i] = rng.NormFloat64()
			}
			src32 := make([]float32, len(src64))
			for i, v := range src64 {
				src32[i] = float32(v)
			}
			want64, got64 := make([]float64, (n-1)*ds+8+5), make([]float64, (n-1)*ds+8+5)
			want32, got32 := make([]float32, len(want64)), make([]float32, len(want64))
			for i := range want64 {
				want64[i], got64[i], want32[i], got32[i] = -1, -1, -1, -1
			}
			TransposeGo(n, src64, ss, want64, ds)
			Transpose64(n, src64, ss, got64, ds)
			TransposeGo(n, src32, ss, want32, ds)
			Transpose32(n, src32, ss, got32, ds)
			for i := range want64 {
				if got64[i] != want64[i] || got32[i] != want32[i] {
					t.Fatalf("n = %d, strides %d, %d: dst[%d] = %v, %v (float32), want %v, %v", n, ss, ds, i, got64[i], got32[i], want64[i], want32[i])
				}
			}
		}
	}
}
