package microkernel

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddScaled: AddScaled gives, in float32 and float64, AddScaledGo's bits (a
// rounded product, then a rounded sum: not a fused multiply-add), on
// lengths around the vector widths, for α = 1, −η and others, on values
// whose sums and products round, overflow, vanish or are NaN (any NaN
// where the definition has a NaN: the payload is not part of the contract).
func TestAddScaled(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	special := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 1e-310, math.MaxFloat64, 3.4e38, 1e-45, 1, -1}
	pick := func() float64 {
		if rng.IntN(4) == 0 {
			return special[rng.IntN(len(special))]
		}
		return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4))
	}
	for _, alpha := range []float64{1, -0.1, 0.1, -1e-3, 3, 0} {
		for _, n := range []int{0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 128, 131} {
			x64, d64 := make([]float64, n), make([]float64, n)
			for k := range x64 {
				x64[k], d64[k] = pick(), pick()
			}
			x32, d32 := make([]float32, n), make([]float32, n)
			for k := range x64 {
				x32[k], d32[k] = float32(x64[k]), float32(d64[k])
			}
			g64, w64 := append([]float64(nil), d64...), append([]float64(nil), d64...)
			AddScaled(g64, alpha, x64)
			AddScaledGo(w64, alpha, x64)
			g32, w32 := append([]float32(nil), d32...), append([]float32(nil), d32...)
			AddScaled(g32, float32(alpha), x32)
			AddScaledGo(w32, float32(alpha), x32)
			for k := range x64 {
				if math.Float64bits(g64[k]) != math.Float64bits(w64[k]) && !(math.IsNaN(g64[k]) && math.IsNaN(w64[k])) {
					t.Fatalf("α = %v, n = %d, d = %v, x = %v: %v, the definition %v", alpha, n, d64[k], x64[k], g64[k], w64[k])
				}
				if math.Float32bits(g32[k]) != math.Float32bits(w32[k]) && !(g32[k] != g32[k] && w32[k] != w32[k]) {
					t.Fatalf("float32, α = %v, n = %d, d = %v, x = %v: %v, the definition %v", alpha, n, d32[k], x32[k], g32[k], w32[k])
				}
			}
		}
	}
}

// TestPrefetch: Prefetch changes no value, on any length and offset
// (prefetching is a hint: its loop must stop at the slice's last line).
func TestPrefetch(t *testing.T) {
	x := make([]float32, 1000)
	for k := range x {
		x[k] = float32(k)
	}
	y := make([]float64, 333)
	for k := range y {
		y[k] = float64(k)
	}
	for _, n := range []int{0, 1, 15, 16, 17, 500} {
		for _, off := range []int{0, 1, 3, 13} {
			Prefetch(x[off : off+n])
			Prefetch(y[off : off+n/2])
		}
	}
	for k := range x {
		if x[k] != float32(k) {
			t.Fatalf("x[%d] = %v after Prefetch", k, x[k])
		}
	}
	for k := range y {
		if y[k] != float64(k) {
			t.Fatalf("y[%d] = %v after Prefetch", k, y[k])
		}
	}
}
