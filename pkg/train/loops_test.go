package train

import (
	"math"
	"testing"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestLoopsMatchG: the trainer's loops give the bits of G and Deriv element
// by element, for every activation (ReLU's and the identity's own loops, the
// others' calls, a hand-made activation), at ordinary values, ±0, ±Inf and
// NaN, and write only len(a) elements.
func TestLoopsMatchG(t *testing.T) {
	a := []float64{-3, -0.5, math.Copysign(0, -1), 0, 1e-300, 0.25, 2, 40, -800, math.Inf(1), math.Inf(-1), math.NaN()}
	handMade := neuron.Activation{Name: "softsign", G: func(a float64) float64 { return a / (1 + math.Abs(a)) },
		Deriv: func(a float64) float64 { return 1 / ((1 + math.Abs(a)) * (1 + math.Abs(a))) }}
	same := func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y) || (math.IsNaN(x) && math.IsNaN(y))
	}
	for _, act := range append(append([]neuron.Activation(nil), neuron.Activations...), handMade) {
		loops := loopsOf[float64](act)
		h := make([]float64, len(a)+1) // longer than a: only len(a) written
		h[len(a)] = 7
		loops.g(h[:len(a)], a)
		d := make([]float64, len(a))
		for k := range d {
			d[k] = 1.5 - float64(k)
		}
		d0 := append([]float64(nil), d...)
		loops.gPrime(d, a)
		for k, v := range a {
			if !same(h[k], act.G(v)) {
				t.Errorf("%s: the loop gives g(%v) = %v, G gives %v", act.Name, v, h[k], act.G(v))
			}
			if want := d0[k] * act.Deriv(v); !same(d[k], want) {
				t.Errorf("%s: the loop gives %v·g′(%v) = %v, Deriv gives %v", act.Name, d0[k], v, d[k], want)
			}
		}
		if h[len(a)] != 7 {
			t.Errorf("%s: the loop wrote past len(a)", act.Name)
		}
	}
}

// TestLoopsFollowG: a copy of a built-in given its own G or Deriv (a leaky
// ReLU made from ReLU, the identity with another slope) computes with them,
// not with the built-in's loops.
func TestLoopsFollowG(t *testing.T) {
	leaky := neuron.ReLU
	leaky.G = func(a float64) float64 { return max(a, 0.01*a) } // the name stays "relu"
	leaky.Deriv = func(a float64) float64 {
		if a > 0 {
			return 1
		}
		return 0.01
	}
	a := []float64{-2, 3}
	h := make([]float64, 2)
	loopsOf[float64](leaky).g(h, a)
	if h[0] != -0.02 || h[1] != 3 { // g(−2) = 0.01·(−2), g(3) = 3
		t.Errorf("leaky ReLU: the loop gives g(−2), g(3) = %v, want [-0.02 3]", h)
	}
	d := []float64{5, 5}
	loopsOf[float64](leaky).gPrime(d, a)
	if d[0] != 0.05 || d[1] != 5 { // 5·g′(−2) = 5·0.01, 5·g′(3) = 5·1
		t.Errorf("leaky ReLU: the loop gives 5·g′(−2), 5·g′(3) = %v, want [0.05 5]", d)
	}

	half := neuron.Identity
	half.Deriv = func(float64) float64 { return 0.5 }
	h, d = make([]float64, 2), []float64{4, 4}
	loopsOf[float64](half).g(h, a)
	loopsOf[float64](half).gPrime(d, a)
	if h[0] != -2 || h[1] != 3 || d[0] != 2 || d[1] != 2 {
		t.Errorf("identity with g′ = 1/2: the loops give %v (want [-2 3]) and, from 4, %v (want [2 2])", h, d)
	}
}
