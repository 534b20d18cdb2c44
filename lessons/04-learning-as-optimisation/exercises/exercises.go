// Package exercises holds the exercises of lesson 04, learning as
// optimisation.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.GDStep(exercises.GDStep).HTML().
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// GDStep returns the weights after one gradient-descent step with learning
// rate η on the regularised cost C(w) = F(w) + λ‖w‖². dF holds ∂F/∂w, the
// gradient of the data term only: the L2 term's part of ∂C/∂w is yours to
// add. eta is η, lambda is λ. Return a new slice (or w itself, updated). ★
func GDStep(w, dF []float64, eta, lambda float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// L2Minimum predicts where the L2 term moves the minimum. The data term is
// the quadratic F(w) = ½(w − w*)ᵀH(w − w*), minimal at w* (H is its
// Hessian, symmetric and positive definite, d×d); the cost is
// C(w) = F(w) + λ‖w‖². Return the w that minimises C (d values). In one
// dimension you can do it by hand; for d > 1, gonum solves linear systems
// (mat.VecDense's SolveVec). ★★
func L2Minimum(H *mat.Dense, wStar []float64, lambda float64) []float64 {
	panic(check.TODO) // replace this line with your code
}
