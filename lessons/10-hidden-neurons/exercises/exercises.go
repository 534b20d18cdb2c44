// Package exercises holds the exercise of lesson 10, what hidden neurons
// compute: how many regions a layer's codes can name.
//
// Replace the `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.Regions(exercises.Regions).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// Regions returns how many regions of its input a layer of k hidden units
// can tell apart when its inputs have d dimensions: each unit i is on one
// side or the other of its hyperplane wᵢᵀx + bᵢ = 0, the k sides are the
// region's code, and the hyperplanes are in general position (no two
// parallel, no three through one point in the plane, …). The largest number
// of regions k such hyperplanes cut a space of d dimensions into: lesson 10
// counts it in the plane and when d ≥ k; work out how one more hyperplane
// adds regions in any d. k ≥ 0, d ≥ 1. ★★
func Regions(k, d int) int {
	panic(check.TODO) // replace this line with your code
}
