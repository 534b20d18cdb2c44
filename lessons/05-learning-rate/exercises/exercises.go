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
// the quadratic C(w) = (h/2)(w − w*)², whose curvature is h = ∂²C/∂w² > 0.
// One step gives w − w* ← (1 − ηh)(w − w*), so the optimal rate, reaching
// w* in one step, is η_opt = 1/h. Return
//
//	1 if η < η_opt          (slow, monotone convergence)
//	2 if η = η_opt          (one step; compare with a tolerance, 1e-9·η_opt)
//	3 if η_opt < η ≤ 2η_opt (oscillates; it converges below 2η_opt)
//	4 if η > 2η_opt         (diverges)
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
