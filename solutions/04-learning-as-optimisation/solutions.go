// Package solutions holds the reference solutions of lesson 04's exercises
// (lessons/04-learning-as-optimisation/exercises), for teachers.
package solutions

import "gonum.org/v1/gonum/mat"

// GDStep returns w − η(∂F/∂w + 2λw).
func GDStep(w, dF []float64, eta, lambda float64) []float64 {
	out := make([]float64, len(w))
	for i := range w {
		out[i] = w[i] - eta*(dF[i]+2*lambda*w[i])
	}
	return out
}

// L2Minimum: the gradient of C, H(w − w*) + 2λw, is 0 where
// (H + 2λI) w = H w*. In one dimension w = h w*/(h + 2λ): the L2 term pulls
// the minimum towards 0, each eigen-direction of H by λᵢ/(λᵢ + 2λ).
func L2Minimum(H *mat.Dense, wStar []float64, lambda float64) []float64 {
	d := len(wStar)
	A := mat.DenseCopyOf(H)
	for i := 0; i < d; i++ {
		A.Set(i, i, A.At(i, i)+2*lambda)
	}
	rhs := mat.NewVecDense(d, nil)
	rhs.MulVec(H, mat.NewVecDense(d, wStar))
	var w mat.VecDense
	if err := w.SolveVec(A, rhs); err != nil {
		return nil
	}
	return w.RawVector().Data
}
