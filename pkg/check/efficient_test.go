package check

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestMomentumStep(t *testing.T) {
	right := func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
		wn, vn := make([]float64, len(w)), make([]float64, len(w))
		for i := range w {
			vn[i] = mu*v[i] - eta*dC[i]
			wn[i] = w[i] + vn[i]
		}
		return wn, vn
	}
	mustPass(t, MomentumStep(right))
	mustFailWith(t, "old v", MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
		wn, vn := make([]float64, len(w)), make([]float64, len(w))
		for i := range w {
			wn[i] = w[i] + v[i] // the old velocity
			vn[i] = mu*v[i] - eta*dC[i]
		}
		return wn, vn
	}), "NEW velocity")
	mustFailWith(t, "uphill", MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
		wn, vn := make([]float64, len(w)), make([]float64, len(w))
		for i := range w {
			vn[i] = mu*v[i] + eta*dC[i]
			wn[i] = w[i] + vn[i]
		}
		return wn, vn
	}), "down the gradient")
	mustFailWith(t, "no μ", MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
		wn, vn := make([]float64, len(w)), make([]float64, len(w))
		for i := range w {
			vn[i] = -eta * dC[i]
			wn[i] = w[i] + vn[i]
		}
		return wn, vn
	}), "μv is missing")
}

func TestStandardise(t *testing.T) {
	byHand := func(X *mat.Dense) *mat.Dense { // loops, population deviation
		n, d := X.Dims()
		out := mat.NewDense(n, d, nil)
		for j := 0; j < d; j++ {
			m, ss := 0.0, 0.0
			for i := 0; i < n; i++ {
				m += X.At(i, j) / float64(n)
			}
			for i := 0; i < n; i++ {
				ss += (X.At(i, j) - m) * (X.At(i, j) - m)
			}
			s := math.Sqrt(ss / float64(n))
			if s < 1e-12 {
				s = 1
			}
			for i := 0; i < n; i++ {
				out.Set(i, j, (X.At(i, j)-m)/s)
			}
		}
		return out
	}
	mustPass(t, Standardise(byHand))
	mustFailWith(t, "centred only", Standardise(func(X *mat.Dense) *mat.Dense { return standardiseWith(scaleMistake{noScale: true}, X) }), "only centred")
	mustFailWith(t, "N − 1", Standardise(func(X *mat.Dense) *mat.Dense { return standardiseWith(scaleMistake{sample: true}, X) }), "not N − 1")
	mustFailWith(t, "rows", Standardise(func(X *mat.Dense) *mat.Dense { return standardiseWith(scaleMistake{rows: true}, X) }), "not each row")
}
