// Package exercises holds the exercises of lesson 08, delta backpropagation.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.OutputDelta(exercises.OutputDelta).HTML().
//
// The lecture's setting: the same g on every layer, the squared loss
// C = ‖oᴸ − y‖² for one example (x, y), aˡ = Wˡ hˡ⁻¹ + bˡ, hˡ = g(aˡ), h⁰ = x,
// oᴸ = hᴸ. δˡ = ∂C/∂aˡ is the error of layer l. Wˡ is nˡ×nˡ⁻¹ and
// W.At(i, j) is wᵢⱼˡ, the weight from neuron j of layer l−1 to neuron i of
// layer l.
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// OutputDelta returns the output layer's error
//
//	δᵢᴸ = ∂C/∂aᵢᴸ = ∂C/∂oᵢᴸ · ∂oᵢᴸ/∂aᵢᴸ = 2(oᵢᴸ − yᵢ) g′(aᵢᴸ)
//
// for the outputs o = oᴸ, the targets y and the activities a = aᴸ (all of
// the same length); gPrime is g′.
func OutputDelta(o, y, a []float64, gPrime func(float64) float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// HiddenDelta returns the error of hidden layer l from the error of the layer
// above it:
//
//	δⱼˡ = g′(aⱼˡ) Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹,   i.e.  δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹.
//
// Wnext = Wˡ⁺¹ is nˡ⁺¹×nˡ, deltaNext = δˡ⁺¹ has nˡ⁺¹ values, a = aˡ has nˡ;
// the result has nˡ values.
func HiddenDelta(Wnext *mat.Dense, deltaNext, a []float64, gPrime func(float64) float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// WeightGradient returns ∂C/∂Wˡ, the matrix of
//
//	∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹,
//
// for delta = δˡ (nˡ values) and hPrev = hˡ⁻¹ (nˡ⁻¹ values): an nˡ×nˡ⁻¹
// matrix, the shape of Wˡ. mat.NewDense(r, c, nil) makes an r×c matrix of
// zeros; G.Set(i, j, v) sets an entry.
func WeightGradient(delta, hPrev []float64) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// Backward returns the gradients ∂C/∂Wˡ and ∂C/∂bˡ of C = ‖oᴸ − y‖² for
// every layer l = 1…L (dWs[l-1] and dbs[l-1]), for the network Ws, bs
// (Ws[l-1] = Wˡ, bs[l-1] = bˡ) with g on every layer:
//
//  1. forward: h⁰ = x; aˡ = Wˡ hˡ⁻¹ + bˡ, hˡ = g(aˡ) for l = 1…L (keep every aˡ and hˡ)
//  2. δᴸ = 2(hᴸ − y) ⊙ g′(aᴸ), then δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹ for l = L−1…1
//  3. for l = 1…L: ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ, ∂C/∂bˡ = δˡ
//
// It is graded with a gradient check: each ∂C/∂w must equal
// (C(w + ε) − C(w − ε)) / 2ε. You may call your OutputDelta, HiddenDelta
// and WeightGradient, and lesson 02's Layer.
func Backward(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) (dWs []*mat.Dense, dbs [][]float64) {
	panic(check.TODO) // replace this line with your code
}
