// Package exercises holds the exercises of lesson 09, tricks: the scale of
// the initial weights, input normalisation and momentum.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.InitStd(exercises.InitStd).HTML().
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// InitStd returns the standard deviation σ to draw the weights
// wᵢⱼ ~ N(0, σ²) of a layer with n inputs so that the spread of the signal
// neither grows nor fades: Var(aˡ⁺¹) = Var(aˡ). The layer's inputs are the
// outputs hˡ = g(aˡ) of the layer below, and for this g they have
// E[(hˡ)²] = m · Var(aˡ) (m = 1 for tanh near 0, m = ½ for ReLU). Weights
// and inputs are independent, the weights of mean 0 (lesson 09 gives the
// variance of one activity). ★★
func InitStd(n int, m float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Standardise returns the inputs X (one example per row, one input per
// column) normalised as LeCun's Efficient BackProp advises: every input
// shifted so that its mean over the examples is 0 and scaled so that its
// variance is 1 (the variance of the N examples, not an estimate of a
// larger population's). An input that is the same in every example is only
// shifted. X is not changed. ★
func Standardise(X *mat.Dense) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// MomentumStep takes one step of gradient descent with momentum μ from the
// weights w, whose velocity (the step taken last time) is v, given the
// gradient ∂C/∂w = dC and the learning rate η: it returns the new weights
// and the new velocity. The velocity keeps a share μ of the previous step
// and adds the plain gradient step; the weights then move by the velocity
// (lesson 09 writes the two lines). ★★
func MomentumStep(w, v, dC []float64, eta, mu float64) (wNext, vNext []float64) {
	panic(check.TODO) // replace this line with your code
}
