// Package exercises holds the exercises of lesson 02, forward propagation.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.Layer(exercises.Layer).HTML().
//
// Shapes: Wˡ is nˡ×nˡ⁻¹, one row per neuron of layer l and one column per
// neuron of layer l−1, so W.At(i, j) is wᵢⱼ, the weight from neuron j of
// layer l−1 to neuron i of layer l. W.Dims() returns (nˡ, nˡ⁻¹).
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// Layer returns the outputs hˡ of one layer for the inputs h = hˡ⁻¹: each
// neuron i of the layer is lesson 01's neuron, with the weights of row i of
// Wˡ and the bias bᵢˡ. W is nˡ×nˡ⁻¹, b has nˡ values, h has nˡ⁻¹ values;
// the result has nˡ. ★
func Layer(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// Forward propagates x through an MLP with L = len(Ws) layers and returns
// its output hᴸ: the input is h⁰ = x, and each layer computes its hˡ from
// the layer below, as the slide's forward propagation. Ws[l-1] is Wˡ and
// bs[l-1] is bˡ (Go counts from 0, the lecture from 1). The same g is used
// on every layer, the output layer included. You may call your Layer. ★★
func Forward(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}
