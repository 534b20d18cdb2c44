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
// examples and returns the new weights.
//
//  1. Shuffle once: perm := rng.Perm(n) (use exactly this, so that the
//     grader can follow your batches).
//  2. Cut perm into batches of batchSize = B examples: batch k is
//     perm[k·B : min((k+1)·B, n)]. The last batch is smaller when B does not
//     divide n: use it anyway.
//  3. For each batch, compute ∇Lᵢ(w) = grad(w, i) for every example i of the
//     batch, all at the same w, take their mean (1/|batch|) Σᵢ ∇Lᵢ(w), and
//     step: w ← w − η · mean.
//
// (The slide writes the gradient of the sum Σⱼ Lⱼ; dividing by the batch
// size keeps the same η meaningful for any B.) B = 1 is stochastic gradient
// descent, B = n batch gradient descent.
func MinibatchEpoch(w []float64, n, batchSize int, eta float64, rng *rand.Rand, grad func(w []float64, i int) []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}
