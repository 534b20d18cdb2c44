package microkernel

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestRelu: Relu32, Relu64, ReluPrime32 and ReluPrime64 give ReluGo's and
// ReluPrimeGo's bits, on lengths around the vector widths and on the values
// where ReLU has its cases: ±0, NaN, ±Inf, the smallest and largest.
func TestRelu(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	special := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, -5e-324, 1e-40, -1e-40, math.MaxFloat64, -math.MaxFloat64, 1, -1}
	pick := func() float64 {
		if rng.IntN(3) == 0 {
			return special[rng.IntN(len(special))]
		}
		return rng.NormFloat64()
	}
	for _, n := range []int{1, 3, 4, 5, 7, 8, 9, 16, 31, 4096, 4099} {
		a64, d64 := make([]float64, n), make([]float64, n)
		for k := range a64 {
			a64[k], d64[k] = pick(), pick()
		}
		a32, d32 := make([]float32, n), make([]float32, n)
		for k := range a64 {
			a32[k], d32[k] = float32(a64[k]), float32(d64[k])
		}
		h64, w64 := make([]float64, n), make([]float64, n)
		Relu64(h64, a64)
		ReluGo(w64, a64)
		g64, v64 := append([]float64(nil), d64...), append([]float64(nil), d64...)
		ReluPrime64(g64, a64)
		ReluPrimeGo(v64, a64)
		h32, w32 := make([]float32, n), make([]float32, n)
		Relu32(h32, a32)
		ReluGo(w32, a32)
		g32, v32 := append([]float32(nil), d32...), append([]float32(nil), d32...)
		ReluPrime32(g32, a32)
		ReluPrimeGo(v32, a32)
		for k := range a64 {
			if math.Float64bits(h64[k]) != math.Float64bits(w64[k]) || math.Float64bits(g64[k]) != math.Float64bits(v64[k]) {
				t.Fatalf("n = %d, a = %v, d = %v: g %v, d·g′ %v; the definition %v, %v", n, a64[k], d64[k], h64[k], g64[k], w64[k], v64[k])
			}
			if math.Float32bits(h32[k]) != math.Float32bits(w32[k]) || math.Float32bits(g32[k]) != math.Float32bits(v32[k]) {
				t.Fatalf("float32, n = %d, a = %v, d = %v: g %v, d·g′ %v; the definition %v, %v", n, a32[k], d32[k], h32[k], g32[k], w32[k], v32[k])
			}
		}
	}
}
