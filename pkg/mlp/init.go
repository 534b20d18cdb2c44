package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stepnet/stepnet/pkg/lang"
)

// InitMethod chooses how Initialize draws the weights.
type InitMethod int

const (
	Zeros   InitMethod = iota // wᵢⱼ = 0: every neuron of a layer stays identical (a lesson, not a method)
	Uniform                   // wᵢⱼ ~ U(−scale, scale)
	Normal                    // wᵢⱼ ~ N(0, scale²)
	Xavier                    // Glorot: wᵢⱼ ~ U(−r, r), r = √(6/(nˡ⁻¹+nˡ)); for sigmoid and tanh
	He                        // wᵢⱼ ~ N(0, 2/nˡ⁻¹); for ReLU
)

var initNames = map[InitMethod]string{Zeros: "zeros", Uniform: "uniform", Normal: "normal", Xavier: "xavier", He: "he"}

// String names the method.
func (m InitMethod) String() string {
	if s, ok := initNames[m]; ok {
		return s
	}
	return fmt.Sprintf("InitMethod(%d)", int(m))
}

// Label is the method's name for a reader, in the language lang.Current
// sets: String's name in English ("xavier", "he"), the French one in French
// ("Xavier", "He", "zéros"). Print and draw Label; String stays the name
// InitByName reads back, in every language.
func (m InitMethod) Label() string {
	switch m {
	case Zeros:
		return lang.T("mlp.init.zeros")
	case Uniform:
		return lang.T("mlp.init.uniform")
	case Normal:
		return lang.T("mlp.init.normal")
	case Xavier:
		return lang.T("mlp.init.xavier")
	case He:
		return lang.T("mlp.init.he")
	}
	return m.String()
}

// InitByName returns the method called "zeros", "uniform", "normal", "xavier" or "he".
func InitByName(name string) (InitMethod, error) {
	for m, s := range initNames {
		if s == name {
			return m, nil
		}
	}
	return 0, lang.Errorf("mlp.init.unknown", name)
}

// NewRand returns the generator stepnet uses for a seed: the same seed gives
// the same numbers on every run and every machine.
func NewRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x5eed5eed))
}

// Initialize draws every weight with method m from the given seed and sets
// every bias to 0. scale is used by Uniform and Normal only.
func (net *Network) Initialize(m InitMethod, scale float64, seed uint64) error {
	if err := net.Validate(); err != nil {
		return err
	}
	if (m == Uniform || m == Normal) && (scale <= 0 || math.IsNaN(scale) || math.IsInf(scale, 0)) {
		return lang.Errorf("mlp.init.scale", m.Label(), scale)
	}
	if _, ok := initNames[m]; !ok {
		return fmt.Errorf("mlp: unknown initialisation %d", int(m))
	}
	rng := NewRand(seed)
	for _, layer := range net.Layers {
		fanIn, fanOut := float64(layer.In()), float64(layer.Out())
		w := layer.W.RawMatrix()
		for i := 0; i < w.Rows; i++ {
			row := w.Data[i*w.Stride : i*w.Stride+w.Cols]
			for j := range row {
				switch m {
				case Zeros:
					row[j] = 0
				case Uniform:
					row[j] = scale * (2*rng.Float64() - 1)
				case Normal:
					row[j] = scale * rng.NormFloat64()
				case Xavier:
					r := math.Sqrt(6 / (fanIn + fanOut))
					row[j] = r * (2*rng.Float64() - 1)
				case He:
					row[j] = math.Sqrt(2/fanIn) * rng.NormFloat64()
				}
			}
		}
		layer.B.Zero()
	}
	return nil
}
