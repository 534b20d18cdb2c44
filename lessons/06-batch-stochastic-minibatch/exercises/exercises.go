// Package exercises holds the exercises of lesson 06, batch, stochastic and
// minibatch gradient descent.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell:
// check.MinibatchEpoch(exercises.MinibatchEpoch).HTML().
package exercises

import (
	"math/rand"

	"github.com/stepnet/stepnet/pkg/check"
)

// MinibatchEpoch runs one epoch of minibatch gradient descent over n
// examples and returns the new weights. grad(w, i) returns ∇Lᵢ(w), the
// gradient of example i's loss at w.
//
// Shuffle once with perm := rng.Perm(n) (exactly this, so that the grader
// can follow your batches), then go through perm in batches of batchSize
// examples, in order; every example is used once, also when batchSize does
// not divide n. Each batch makes one step of size η along the mean gradient
// of its examples, all taken at the same w. (The slide writes the gradient
// of the sum; the mean keeps η meaningful for any batch size.) batchSize = 1
// is stochastic gradient descent, batchSize = n batch gradient descent. ★★★
func MinibatchEpoch(w []float64, n, batchSize int, eta float64, rng *rand.Rand, grad func(w []float64, i int) []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}
