// Package exercises holds the exercises of lesson 14, convolutional networks.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.Conv2D(exercises.Conv2D).HTML().
//
// The setting: one channel, one k×k filter w (a *mat.Dense, w.At(u, v)), a
// bias b, a stride s and a zero padding p, on an H×W image x (x.At(row, col)).
// Output position (i, j) of the feature map sees the window of x whose top
// left corner is at row s·i − p and column s·j − p; positions outside the
// image count as 0.
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// Conv2D returns the activities a of the feature map: a[i,j] is the sum, over
// the k×k window of output position (i, j), of each filter weight w[u,v]
// times the pixel under it, plus b. How many rows and columns does the map
// have? (Lesson 14 gives the size.) ★★
func Conv2D(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// ConvWeightGradient returns ∂C/∂w, the k×k gradient of the shared filter,
// given the image x and δ = ∂C/∂a for every output position (delta has the
// shape of the feature map). The filter weight w[u,v] is used once at every
// output position: add up what each use contributes (lesson 08's
// ∂C/∂wᵢⱼ = δᵢ hⱼ, for a weight that is shared). ★★★
func ConvWeightGradient(x, delta *mat.Dense, k, stride, pad int) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// ConvParams returns the number of weights and biases of a convolutional
// layer of `filters` filters of size k×k on inputs of inChannels channels
// (each filter sees every channel). ★
func ConvParams(inChannels, filters, k int) int {
	panic(check.TODO) // replace this line with your code
}
