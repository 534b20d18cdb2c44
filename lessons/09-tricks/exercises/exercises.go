// Package exercises holds the exercise of lesson 09, tricks: the scale of
// the initial weights.
//
// Replace the `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.InitStd(exercises.InitStd).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

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
