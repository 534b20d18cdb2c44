// Package solutions holds the reference solutions of lesson 05's exercises
// (lessons/05-learning-rate/exercises), for teachers.
package solutions

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// LearningRateRegime returns 1, 2, 3 or 4 for η < η_opt, = η_opt,
// ≤ 2η_opt, > 2η_opt, with η_opt = 1/h. At η = 2η_opt the factor 1 − ηh is
// −1: the weight oscillates for ever, it does not diverge (regime 3).
func LearningRateRegime(eta, h float64) int {
	opt := 1 / h
	switch {
	case math.Abs(eta-opt) <= 1e-9*opt:
		return 2
	case eta < opt:
		return 1
	case eta < 2*opt || math.Abs(eta-2*opt) <= 1e-9*opt:
		return 3
	}
	return 4
}

// EtaMax: along eigenvector i of H a step multiplies the distance to w* by
// 1 − ηλᵢ; every factor stays in (−1, 1] while η < 2/λᵢ, so the steepest
// direction decides: η_max = 2/λ_max (= 2η_opt).
func EtaMax(H *mat.Dense) float64 {
	d, _ := H.Dims()
	S := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			S.SetSym(i, j, H.At(i, j))
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(S, false) {
		return math.NaN()
	}
	v := eig.Values(nil) // ascending
	return 2 / v[len(v)-1]
}
