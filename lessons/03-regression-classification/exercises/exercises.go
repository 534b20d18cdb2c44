// Package exercises holds the exercises of lesson 03, regression and
// classification: the losses.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.Softmax(exercises.Softmax).HTML().
//
// Batches are matrices whose rows are examples: O and Y are N×O, row i holds
// the outputs oᵢⱼ (or targets yᵢⱼ) of example i. O.Dims() returns (N, O) and
// O.At(i, j) is oᵢⱼ.
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// Softmax returns the probabilities p = softmax(o) of the outputs o: positive,
// summing to 1, the largest output getting the largest probability. (The
// slide writes exp(−oⱼ): a slip, the softmax uses exp(+oⱼ).)
//
// It must be numerically stable: for o = (1000, 1000) the answer is
// (0.5, 0.5), but exp(1000) is +Inf in float64. What can you change in every
// oⱼ without changing any pⱼ? ★★
func Softmax(o []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// CrossEntropy returns the lecture's cross-entropy of a batch of N examples,
// averaged over the examples, for the probabilities P and the targets Y (both
// N×O, one row per example). A class with yᵢⱼ = 0 adds nothing, even where
// pᵢⱼ = 0 (and log 0 = −∞). ★
func CrossEntropy(P, Y *mat.Dense) float64 {
	panic(check.TODO) // replace this line with your code
}

// MSE returns the lecture's mean squared error of a batch of N examples for
// the outputs O and the targets Y (both N×O): the squared errors of every
// output of an example add up, and the mean is over the N examples (is it
// over the outputs too? read the slide's formula). ★
func MSE(O, Y *mat.Dense) float64 {
	panic(check.TODO) // replace this line with your code
}

// OneHot returns the targets of N examples of a classification into k
// classes, as a batch (one row per example): row i is the one-hot target
// vector yᵢ of labels[i], a class in 0…k−1. ★
func OneHot(labels []int, k int) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// Argmax returns the classifier's decision for each example of a batch: P is
// N×k, row i holding the outputs (or probabilities) pᵢⱼ of example i, and
// the decision is the class whose output is largest; on a tie, the first of
// the tied classes. The outputs may be negative. ★
func Argmax(P *mat.Dense) []int {
	panic(check.TODO) // replace this line with your code
}
