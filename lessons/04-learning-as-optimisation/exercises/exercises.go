// Package exercises holds the exercises of lesson 04, learning as
// optimisation.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.GDStep(exercises.GDStep).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// GDStep returns the weights after one gradient-descent step on the
// regularised cost C(w) = F(w) + λ‖w‖²:
//
//	∂C/∂wᵢ = ∂F/∂wᵢ + 2λwᵢ
//	wᵢ ← wᵢ − η ∂C/∂wᵢ
//
// dF holds ∂F/∂w (the gradient of the data term), eta is η, lambda is λ.
// Return a new slice (or w itself, updated).
func GDStep(w, dF []float64, eta, lambda float64) []float64 {
	panic(check.TODO) // replace this line with your code
}
