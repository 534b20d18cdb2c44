package guard

import (
	"math"
	"testing"
)

// TestFinite: v − v == 0 says what IsNaN and IsInf say, on the values at the
// edges of float64.
func TestFinite(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 5e-324, -5e-324, math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, 1e308, math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0x7ff0000000000001)} {
		if got, want := Finite(v), !math.IsNaN(v) && !math.IsInf(v, 0); got != want {
			t.Errorf("Finite(%v) = %v, want %v", v, got, want)
		}
	}
}
