// Package exercises holds the exercises of lesson 11, universal
// approximation.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell:
// check.UniversalFit(exercises.UniversalFit).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// UniversalFit returns the parameters of a one-hidden-layer network with n
// sigmoid units,
//
//	F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ),   σ(a) = 1 / (1 + e⁻ᵃ),
//
// that approximates f on [0, 1]: Cybenko's theorem says that for any ε > 0
// enough units make |F(x) − f(x)| < ε everywhere. The grader asks for a
// given error with a given n (for example sin(2πx) within 0.2 with 40 units).
//
// Any method is fine. A constructive one: a unit with a large wᵢ = s and
// bᵢ = −s·t is almost a step from 0 to 1 at x = t. Put steps between the
// points of a grid of [0, 1], each weighted by how much f rises or falls
// there, and add the constant f(0) with one unit whose wᵢ = bᵢ = 0
// (σ(0) = 1/2). Return three slices of length n. ★★★
func UniversalFit(f func(float64) float64, n int) (v, w, b []float64) {
	panic(check.TODO) // replace this line with your code
}
