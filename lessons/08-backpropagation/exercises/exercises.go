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

// OutputDelta returns the output layer's error δᴸ = ∂C/∂aᴸ for the outputs
// o = oᴸ, the targets y and the activities a = aᴸ (all of the same length);
// gPrime is g′. C depends on aᵢᴸ only through oᵢᴸ = g(aᵢᴸ): two factors. ★
func OutputDelta(o, y, a []float64, gPrime func(float64) float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// HiddenDelta returns the error δˡ = ∂C/∂aˡ of hidden layer l from the error
// δˡ⁺¹ of the layer above: neuron j of layer l reaches C through every neuron
// i of layer l+1, along the weight wᵢⱼˡ⁺¹, and through its own g. Wnext =
// Wˡ⁺¹ is nˡ⁺¹×nˡ, deltaNext = δˡ⁺¹ has nˡ⁺¹ values, a = aˡ has nˡ; the
// result has nˡ values. ★★
func HiddenDelta(Wnext *mat.Dense, deltaNext, a []float64, gPrime func(float64) float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// WeightGradient returns ∂C/∂Wˡ, the matrix of the ∂C/∂wᵢⱼˡ, for delta = δˡ
// (nˡ values) and hPrev = hˡ⁻¹ (nˡ⁻¹ values): wᵢⱼˡ acts on aᵢˡ only, and
// multiplies hⱼˡ⁻¹ there. The result has the shape of Wˡ, nˡ×nˡ⁻¹.
// mat.NewDense(r, c, nil) makes an r×c matrix of zeros; G.Set(i, j, v) sets
// an entry. ★
func WeightGradient(delta, hPrev []float64) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}

// Backward returns the gradients ∂C/∂Wˡ and ∂C/∂bˡ of C = ‖oᴸ − y‖² for
// every layer l = 1…L (dWs[l-1] and dbs[l-1]), for the network Ws, bs
// (Ws[l-1] = Wˡ, bs[l-1] = bˡ) with g on every layer: the lecture's
// algorithm, a forward pass that keeps what the backward pass needs, then
// the errors δ from the output down, then the gradients of every layer.
//
// It is graded with a gradient check: each ∂C/∂w must equal
// (C(w + ε) − C(w − ε)) / 2ε. You may call your OutputDelta, HiddenDelta
// and WeightGradient, and lesson 02's Layer. ★★★
func Backward(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) (dWs []*mat.Dense, dbs [][]float64) {
	panic(check.TODO) // replace this line with your code
}

// HandDeltas asks for two numbers you compute by hand, on paper, before any
// code: the errors δ² and δ¹ of this 1-2-1 network with g = ReLU on both
// layers, for the example x = 2, y = 0.5 and C = ‖o − y‖²:
//
//	W¹ = ⎡ 0.5⎤   b¹ = ⎡0⎤      W² = [3  2]   b² = −1
//	     ⎣−1  ⎦        ⎣1⎦
//
// Go forward (a¹, h¹, a², o), then backward. Return δ² (one value) and δ¹
// (two values) as literals, e.g. `return []float64{…}, []float64{…, …}`. ★★
func HandDeltas() (delta2, delta1 []float64) {
	panic(check.TODO) // replace this line with your code
}

// SoftmaxCEDelta returns the output error δᴸ = ∂C/∂oᴸ of a classifier whose
// output layer is linear (oᴸ = aᴸ, no g) and whose outputs go through the
// softmax p = softmax(oᴸ) into the cross-entropy C = −Σⱼ yⱼ log pⱼ. The
// targets y sum to 1. Derive it on paper first: the answer is short. It must
// hold for o = (1000, 0) too. ★★
func SoftmaxCEDelta(o, y []float64) []float64 {
	panic(check.TODO) // replace this line with your code
}

// FixBackward is a find-the-bug exercise: the backward pass below, written
// with gonum's vectors, has exactly one planted mistake. It runs, returns
// gradients of the right shapes, and they are wrong. Delete the three lines
// of the `if`, run the grader (its step-through shows where your numbers and
// the reference's part ways), find the mistake and fix it: every ∂C/∂Wˡ and
// ∂C/∂bˡ must then pass the gradient check. Same setting and signature as
// Backward. ★★★
func FixBackward(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
	if check.TODO != nil { // delete these three lines first
		panic(check.TODO)
	}
	L := len(Ws)
	// Forward: hs[l] = hˡ, as[l] = aˡ (as[0] is unused, hs[0] = x).
	hs := []*mat.VecDense{mat.NewVecDense(len(x), x)}
	as := []*mat.VecDense{nil}
	for l := 1; l <= L; l++ {
		a := mat.NewVecDense(len(bs[l-1]), nil)
		a.MulVec(Ws[l-1], hs[l-1])                          // Wˡ hˡ⁻¹
		a.AddVec(a, mat.NewVecDense(len(bs[l-1]), bs[l-1])) // + bˡ
		h := mat.NewVecDense(a.Len(), nil)
		for i := 0; i < a.Len(); i++ {
			h.SetVec(i, g(a.AtVec(i)))
		}
		as, hs = append(as, a), append(hs, h)
	}
	// The output error.
	delta := mat.NewVecDense(len(y), nil)
	for i := range y {
		delta.SetVec(i, 2*(hs[L].AtVec(i)-y[i])*gPrime(as[L].AtVec(i)))
	}
	// Down the layers: the gradients of layer l, then the error of layer l − 1.
	dWs, dbs := make([]*mat.Dense, L), make([][]float64, L)
	for l := L; l >= 1; l-- {
		dW := mat.NewDense(delta.Len(), hs[l-1].Len(), nil)
		dW.Outer(1, delta, hs[l-1])
		dWs[l-1], dbs[l-1] = dW, append([]float64(nil), delta.RawVector().Data...)
		if l > 1 {
			d := mat.NewVecDense(hs[l-1].Len(), nil)
			d.MulVec(Ws[l-1].T(), delta)
			for j := 0; j < d.Len(); j++ {
				d.SetVec(j, d.AtVec(j)*gPrime(hs[l-1].AtVec(j)))
			}
			delta = d
		}
	}
	return dWs, dbs
}
