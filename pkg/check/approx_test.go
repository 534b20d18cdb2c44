package check

import (
	"math"
	"testing"
)

// staircase is a student's constructive fit, with switches for the usual
// mistakes.
func staircase(values, noConstant bool, steep float64) func(f func(float64) float64, n int) (v, w, b []float64) {
	return func(f func(float64) float64, n int) (v, w, b []float64) {
		v, w, b = make([]float64, n), make([]float64, n), make([]float64, n)
		if !noConstant {
			v[0] = 2 * f(0)
		}
		s := steep * float64(n)
		for i := 1; i < n; i++ {
			x0, x1 := float64(i-1)/float64(n-1), float64(i)/float64(n-1)
			if values {
				v[i] = f(x1)
			} else {
				v[i] = f(x1) - f(x0)
			}
			w[i], b[i] = s, -s*(x0+x1)/2
		}
		return v, w, b
	}
}

func TestUniversalFit(t *testing.T) {
	mustPass(t, UniversalFit(staircase(false, false, 40)))
	mustFailWith(t, "values instead of jumps", UniversalFit(staircase(true, false, 40)), "vᵢ is the jump f(tᵢ) − f(tᵢ₋₁)")
	mustFailWith(t, "no constant", UniversalFit(staircase(false, true, 40)), "F misses the constant f(0)")
	mustFailWith(t, "soft steps", UniversalFit(staircase(false, false, 0.2)), "the steps are too soft")
	mustFailWith(t, "too few units", UniversalFit(func(f func(float64) float64, n int) (v, w, b []float64) {
		return staircase(false, false, 40)(f, n/2)
	}), "want exactly N =")
	mustFailWith(t, "NaN", UniversalFit(func(f func(float64) float64, n int) (v, w, b []float64) {
		v, w, b = staircase(false, false, 40)(f, n)
		v[1] = math.NaN()
		return v, w, b
	}), "F(x) is NaN")
}
