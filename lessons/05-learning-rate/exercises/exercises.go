// Package exercises holds the exercises of lesson 05, tuning the learning
// rate.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell:
// check.LearningRateRegime(exercises.LearningRateRegime).HTML().
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// LearningRateRegime classifies the learning rate η for gradient descent on
// the quadratic C(w) = (h/2)(w − w*)², whose curvature is h = ∂²C/∂w² > 0,
// into LeCun's four regimes. Return
//
//	1 slow, monotone convergence (η below η_opt)
//	2 the minimum in one step (η = η_opt; compare with a tolerance, 1e-9·η_opt)
//	3 oscillations around w* that do not grow (converging, or for ever at the edge)
//	4 divergence
//
// Work out η_opt and the edge between 3 and 4 from what one step does to
// w − w*. ★★
func LearningRateRegime(eta, h float64) int {
	panic(check.TODO) // replace this line with your code
}

// EtaMax returns η_max, the largest constant learning rate for which
// gradient descent w ← w − η ∂C/∂w on the quadratic
// C(w) = ½(w − w*)ᵀH(w − w*) does not diverge (above it, it diverges from
// almost every start). H is the d×d Hessian, symmetric and positive
// definite, and it need not be diagonal. gonum's mat.EigenSym factorises a
// symmetric matrix (mat.NewSymDense makes one). ★★
func EtaMax(H *mat.Dense) float64 {
	panic(check.TODO) // replace this line with your code
}
