package train

import (
	"math"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The trainer computes g and g′ over whole matrices at once: Hˡ = g(Aˡ) in
// the forward pass, Δˡ ⊙ g′(Aˡ) in the delta rule. pkg/neuron gives g and g′
// one number at a time (Activation.G, Activation.Deriv), the form a student
// reads; the loops over slices are the trainer's business, and live here.

// sliceLoops are a layer's g and g′ over slices of F: g(h, a) sets
// h[k] = g(a[k]) and gPrime(d, a) sets d[k] = d[k]·g′(a[k]), for every k of a.
type sliceLoops[F backprop.Float] struct {
	g, gPrime func(x, a []F)
}

// loopsOf returns act's loops in F. ReLU and the identity, whose g and g′
// cost less than the call of a function value, have loops of their own, with
// the same numbers bit for bit; they are used only when act computes exactly
// as the built-in of its name at a few probe values (so that a copy of ReLU
// given its own G, a leaky ReLU, computes with its own). Every other
// activation calls act.G and act.Deriv for each element, in float64 (for
// float32, on the element converted, and the result rounded to float32).
func loopsOf[F backprop.Float](act neuron.Activation) sliceLoops[F] {
	switch {
	case sameAs(act, neuron.ReLU):
		return sliceLoops[F]{g: reluLoop[F], gPrime: reluPrimeLoop[F]}
	case sameAs(act, neuron.Identity):
		return sliceLoops[F]{g: func(h, a []F) { copy(h, a) }, gPrime: func(d, a []F) {}} // d·1 = d
	}
	g, gPrime := act.G, act.Deriv
	return sliceLoops[F]{
		g: func(h, a []F) {
			for k, v := range a {
				h[k] = F(g(float64(v)))
			}
		},
		gPrime: func(d, a []F) {
			for k, v := range a {
				d[k] *= F(gPrime(float64(v)))
			}
		},
	}
}

// probes are values where two activations that differ almost surely differ:
// both sides of 0, 0 itself, small and large, and the non-finite.
var probes = []float64{-1e300, -7.25, -1, -0.3, math.Copysign(0, -1), 0, 1e-300, 0.3, 1, 7.25, 1e300, math.Inf(1), math.Inf(-1)}

// sameAs reports whether act has builtin's name and gives the bits of its g
// and g′ at every probe value.
func sameAs(act, builtin neuron.Activation) bool {
	if act.Name != builtin.Name || act.G == nil || act.Deriv == nil {
		return false
	}
	for _, a := range probes {
		if math.Float64bits(act.G(a)) != math.Float64bits(builtin.G(a)) || math.Float64bits(act.Deriv(a)) != math.Float64bits(builtin.Deriv(a)) {
			return false
		}
	}
	return true
}

// reluLoop is g(a) = 0 if a ≤ 0, a otherwise, as neuron.ReLU computes it:
// max(a, 0), which is that for every a (max(−0, 0) = 0, max(NaN, 0) = NaN)
// and has no branch to mispredict on ReLU's half-negative inputs. It runs
// microkernel.Relu32 or Relu64: ReluGo's numbers, with vector registers.
func reluLoop[F backprop.Float](h, a []F) {
	switch a := any(a).(type) {
	case []float32:
		microkernel.Relu32(any(h).([]float32), a)
	case []float64:
		microkernel.Relu64(any(h).([]float64), a)
	default:
		microkernel.ReluGo(h, any(a).([]F))
	}
}

// reluPrimeLoop multiplies by g′(a) = 0 if a ≤ 0, 1 otherwise, as
// neuron.ReLU.Deriv computes it (so d·0 keeps the sign of d, NaN·0 is NaN,
// and d·1 is d), with microkernel.ReluPrime32 or ReluPrime64 (ReluPrimeGo's
// numbers: no branch, vector registers).
func reluPrimeLoop[F backprop.Float](d, a []F) {
	switch a := any(a).(type) {
	case []float32:
		microkernel.ReluPrime32(any(d).([]float32), a)
	case []float64:
		microkernel.ReluPrime64(any(d).([]float64), a)
	default:
		microkernel.ReluPrimeGo(d, any(a).([]F))
	}
}
