package train

import (
	"math"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// The trainer computes g and g′ over whole matrices at once: Hˡ = g(Aˡ) in
// the forward pass, Δˡ ⊙ g′(Aˡ) in the delta rule. pkg/neuron gives g and g′
// one number at a time (Activation.G, Activation.Deriv), the form a student
// reads; the loops over slices are the trainer's business, and live here.

// sliceLoops are a layer's g and g′ over slices: g(h, a) sets h[k] = g(a[k])
// and gPrime(d, a) sets d[k] = d[k]·g′(a[k]), for every k of a.
type sliceLoops struct {
	g, gPrime func(x, a []float64)
}

// loopsOf returns act's loops. ReLU and the identity, whose g and g′ cost
// less than the call of a function value, have loops of their own, with the
// same numbers bit for bit; they are used only when act computes exactly as
// the built-in of its name at a few probe values (so that a copy of ReLU
// given its own G, a leaky ReLU, computes with its own). Every other
// activation calls act.G and act.Deriv for each element.
func loopsOf(act neuron.Activation) sliceLoops {
	switch {
	case sameAs(act, neuron.ReLU):
		return sliceLoops{g: reluLoop, gPrime: reluPrimeLoop}
	case sameAs(act, neuron.Identity):
		return sliceLoops{g: func(h, a []float64) { copy(h, a) }, gPrime: func(d, a []float64) {}} // d·1 = d
	}
	g, gPrime := act.G, act.Deriv
	return sliceLoops{
		g: func(h, a []float64) {
			for k, v := range a {
				h[k] = g(v)
			}
		},
		gPrime: func(d, a []float64) {
			for k, v := range a {
				d[k] *= gPrime(v)
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

// reluLoop is g(a) = 0 if a ≤ 0, a otherwise, as neuron.ReLU computes it.
func reluLoop(h, a []float64) {
	for k, v := range a {
		if v <= 0 {
			h[k] = 0
		} else {
			h[k] = v
		}
	}
}

// reluPrimeLoop multiplies by g′(a) = 0 if a ≤ 0, 1 otherwise, as
// neuron.ReLU.Deriv computes it (so d·0 keeps the sign of d, and NaN·0 is
// NaN).
func reluPrimeLoop(d, a []float64) {
	for k, v := range a {
		if v <= 0 {
			d[k] *= 0
		} else {
			d[k] *= 1
		}
	}
}
