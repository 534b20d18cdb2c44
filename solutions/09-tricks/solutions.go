// Package solutions holds the reference solutions of lesson 09's exercises
// (lessons/09-tricks/exercises), for teachers.
package solutions

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// InitStd: Var(aᵢˡ⁺¹) = Σⱼ Var(wᵢⱼ hⱼ) = n σ² E[h²] = n σ² m Var(aˡ), equal
// to Var(aˡ) for σ = 1/√(n m): LeCun's 1/√n for m = 1, He's √(2/n) for
// ReLU's m = ½.
func InitStd(n int, m float64) float64 {
	return 1 / math.Sqrt(float64(n)*m)
}

// Standardise: for each column j, mⱼ = (1/N) Σᵢ xᵢⱼ and
// sⱼ = √((1/N) Σᵢ (xᵢⱼ − mⱼ)²), then (xᵢⱼ − mⱼ)/sⱼ; sⱼ = 1 for a constant
// column. (The same numbers must be applied to the test set: pkg/data's
// Scaling keeps them.)
func Standardise(X *mat.Dense) *mat.Dense {
	n, d := X.Dims()
	out := mat.NewDense(n, d, nil)
	for j := 0; j < d; j++ {
		m := 0.0
		for i := 0; i < n; i++ {
			m += X.At(i, j)
		}
		m /= float64(n)
		ss := 0.0
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

// MomentumStep: v′ = μv − η ∂C/∂w first, then w′ = w + v′ (the new
// velocity). With μ = 0 it is lesson 04's GDStep without L2.
func MomentumStep(w, v, dC []float64, eta, mu float64) (wNext, vNext []float64) {
	wNext, vNext = make([]float64, len(w)), make([]float64, len(w))
	for i := range w {
		vNext[i] = mu*v[i] - eta*dC[i]
		wNext[i] = w[i] + vNext[i]
	}
	return wNext, vNext
}
