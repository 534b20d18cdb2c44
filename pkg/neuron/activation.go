package neuron

import (
	"math"
	"sort"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Activation is a non-linearity g together with its derivative g′.
// Both take the neuron's activity a, not its output.
type Activation struct {
	Name  string                  // "sigmoid", "tanh", "gaussian", "relu" or "identity"
	G     func(a float64) float64 // g(a)
	Deriv func(a float64) float64 // g′(a) = dg/da
}

// Sigmoid is g(a) = 1 / (1 + e⁻ᵃ), with g′(a) = g(a)(1 − g(a)).
var Sigmoid = Activation{Name: "sigmoid", G: sigmoid, Deriv: sigmoidDeriv}

// Tanh is the hyperbolic tangent, with g′(a) = 1 − tanh²(a).
var Tanh = Activation{Name: "tanh", G: math.Tanh, Deriv: tanhDeriv}

// Gaussian is g(a) = e^(−a²), with g′(a) = −2a e^(−a²).
var Gaussian = Activation{Name: "gaussian", G: gaussian, Deriv: gaussianDeriv}

// ReLU is the rectified linear unit: g(a) = 0 if a ≤ 0, a otherwise.
// Its derivative is 0 for a ≤ 0 and 1 otherwise.
var ReLU = Activation{Name: "relu", G: relu, Deriv: reluDeriv}

// Identity is g(a) = a, g′(a) = 1: a linear neuron. Output layers of
// regression networks and the layer below a softmax use it.
var Identity = Activation{Name: "identity", G: identity, Deriv: one}

// Activations lists every activation of the package, in the lecture's order.
var Activations = []Activation{Sigmoid, Tanh, Gaussian, ReLU, Identity}

func sigmoid(a float64) float64 {
	// Written so that neither branch overflows: for a very negative a,
	// e⁻ᵃ would be +Inf, so we use eᵃ / (1 + eᵃ) instead.
	if a >= 0 {
		return 1 / (1 + math.Exp(-a))
	}
	e := math.Exp(a)
	return e / (1 + e)
}

func sigmoidDeriv(a float64) float64 {
	s := sigmoid(a)
	return s * (1 - s)
}

func tanhDeriv(a float64) float64 {
	t := math.Tanh(a)
	return 1 - t*t
}

func gaussian(a float64) float64 { return math.Exp(-a * a) }

func gaussianDeriv(a float64) float64 {
	e := math.Exp(-a * a)
	if e == 0 {
		return 0 // |a| > 27: the limit 0 (computed, −2a·0 is NaN once 2a overflows)
	}
	return -2 * a * e
}

func relu(a float64) float64 {
	if a <= 0 {
		return 0
	}
	return a
}

func reluDeriv(a float64) float64 {
	if a <= 0 {
		return 0
	}
	return 1
}

func identity(a float64) float64 { return a }

func one(float64) float64 { return 1 }

// ByName returns the activation called name (case does not matter).
func ByName(name string) (Activation, error) {
	for _, act := range Activations {
		if strings.EqualFold(act.Name, name) {
			return act, nil
		}
	}
	names := make([]string, len(Activations))
	for i, act := range Activations {
		names[i] = act.Name
	}
	sort.Strings(names)
	return Activation{}, lang.Errorf("neuron.unknown", name, strings.Join(names, ", "))
}

// Valid reports an error when g or g′ is missing, so that a hand-made
// Activation fails with a message instead of a nil-function panic.
func (act Activation) Valid() error {
	name := act.Name
	if name == "" {
		name = lang.T("neuron.unnamed")
	}
	if act.G == nil {
		return lang.Errorf("neuron.g.nil", name)
	}
	if act.Deriv == nil {
		return lang.Errorf("neuron.deriv.nil", name)
	}
	return nil
}

// String returns the activation's name.
func (act Activation) String() string { return act.Name }

// Label is the activation's name for a reader, in the language lang.Current
// sets: Name in English ("sigmoid", "relu"), the French word in French
// ("sigmoïde", "ReLU", "identité"). Print and draw Label; Name and String
// stay the name ByName reads back (and model files and flags use), in every
// language. An activation that is not one of the package's has its Name.
func (act Activation) Label() string {
	switch act.Name {
	case Sigmoid.Name:
		return lang.T("neuron.g.sigmoid")
	case Tanh.Name:
		return lang.T("neuron.g.tanh")
	case Gaussian.Name:
		return lang.T("neuron.g.gaussian")
	case ReLU.Name:
		return lang.T("neuron.g.relu")
	case Identity.Name:
		return lang.T("neuron.g.identity")
	}
	return act.Name
}
