package mlp

import (
	"errors"
	"fmt"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Layer is one layer l of a network: aˡ = Wˡ hˡ⁻¹ + bˡ and hˡ = g(aˡ).
type Layer struct {
	W *mat.Dense        // Wˡ, nˡ×nˡ⁻¹: W.At(i, j) = wᵢⱼˡ
	B *mat.VecDense     // bˡ, nˡ
	G neuron.Activation // g
}

// In returns nˡ⁻¹, the number of inputs of the layer.
func (l *Layer) In() int { _, c := l.W.Dims(); return c }

// Out returns nˡ, the number of neurons of the layer.
func (l *Layer) Out() int { r, _ := l.W.Dims(); return r }

// Network is a multi-layer perceptron; Layers[l-1] is layer l.
type Network struct {
	Layers []*Layer
}

// New returns a network with the given sizes n⁰, n¹, …, nᴸ (n⁰ is the size of
// the input), the non-linearity hidden on layers 1…L−1 and output on layer L.
// All weights and biases are zero: call Initialize before training.
func New(sizes []int, hidden, output neuron.Activation) (*Network, error) {
	if len(sizes) < 2 {
		return nil, fmt.Errorf("mlp: a network needs at least an input size and an output size, got sizes %v", sizes)
	}
	for l, n := range sizes {
		if n <= 0 {
			return nil, fmt.Errorf("mlp: layer %d: size n%s must be positive, got %d (sizes %v)", l, notation.Sup(l), n, sizes)
		}
	}
	if err := hidden.Valid(); err != nil && len(sizes) > 2 {
		return nil, fmt.Errorf("mlp: hidden layers: %w", err)
	}
	if err := output.Valid(); err != nil {
		return nil, fmt.Errorf("mlp: output layer: %w", err)
	}
	net := &Network{}
	for l := 1; l < len(sizes); l++ {
		g := hidden
		if l == len(sizes)-1 {
			g = output
		}
		net.Layers = append(net.Layers, &Layer{
			W: mat.NewDense(sizes[l], sizes[l-1], nil),
			B: mat.NewVecDense(sizes[l], nil),
			G: g,
		})
	}
	return net, nil
}

// NewFromWeights builds a network from explicit weight matrices, biases and
// non-linearities, one of each per layer (for example from the slides' numbers).
// The matrices are copied. A nil bias means bˡ = 0.
func NewFromWeights(ws []*mat.Dense, bs [][]float64, gs []neuron.Activation) (*Network, error) {
	if len(ws) == 0 {
		return nil, errors.New("mlp: no weight matrices: a network needs at least one layer")
	}
	if len(bs) != len(ws) || len(gs) != len(ws) {
		return nil, fmt.Errorf("mlp: %d weight matrices but %d bias vectors and %d activations: want one of each per layer", len(ws), len(bs), len(gs))
	}
	net := &Network{}
	var biasErr error // reported after the shapes of the Wˡ: a transposed W is the likelier mistake
	for i, w := range ws {
		l := i + 1
		if w == nil {
			return nil, fmt.Errorf("mlp: layer %d: W%s is nil", l, notation.Sup(l))
		}
		r, _ := w.Dims()
		b := mat.NewVecDense(r, nil) // a nil bias stays 0
		if bs[i] != nil {
			if len(bs[i]) == r {
				copy(b.RawVector().Data, bs[i])
			} else if biasErr == nil {
				biasErr = fmt.Errorf("mlp: layer %d: W%s has %s but b%s has %s", l, notation.Sup(l), notation.Count(r, "row"), notation.Sup(l), notation.Count(len(bs[i]), "value"))
			}
		}
		net.Layers = append(net.Layers, &Layer{W: mat.DenseCopyOf(w), B: b, G: gs[i]})
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if biasErr != nil {
		return nil, biasErr
	}
	return net, nil
}

// Validate checks that the layers fit together: Wˡ has as many columns as
// Wˡ⁻¹ has rows, bˡ as many values as Wˡ has rows, and g and g′ are set.
func (net *Network) Validate() error {
	if net == nil || len(net.Layers) == 0 {
		return errors.New("mlp: the network has no layers")
	}
	for i, layer := range net.Layers {
		l := i + 1
		if layer == nil || layer.W == nil || layer.B == nil {
			return fmt.Errorf("mlp: layer %d: W%s or b%s is missing", l, notation.Sup(l), notation.Sup(l))
		}
		r, c := layer.W.Dims()
		if i > 0 {
			prev := net.Layers[i-1].Out()
			if c != prev {
				return fmt.Errorf("mlp: layer %d: W%s is %s but h%s has %s", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l-1), notation.Count(prev, "row"))
			}
		}
		if layer.B.Len() != r {
			return fmt.Errorf("mlp: layer %d: W%s is %s but b%s has %s", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l), notation.Count(layer.B.Len(), "value"))
		}
		if err := layer.G.Valid(); err != nil {
			return fmt.Errorf("mlp: layer %d: %w", l, err)
		}
	}
	return nil
}

// Sizes returns n⁰, n¹, …, nᴸ.
func (net *Network) Sizes() []int {
	if len(net.Layers) == 0 {
		return nil
	}
	sizes := []int{net.Layers[0].In()}
	for _, layer := range net.Layers {
		sizes = append(sizes, layer.Out())
	}
	return sizes
}

// NumParams returns the number of weights and biases.
func (net *Network) NumParams() int {
	n := 0
	for _, layer := range net.Layers {
		n += layer.In()*layer.Out() + layer.Out()
	}
	return n
}

// String describes the network as "2-3-1 tanh,sigmoid".
func (net *Network) String() string {
	sizes := make([]string, 0, len(net.Layers)+1)
	for _, n := range net.Sizes() {
		sizes = append(sizes, fmt.Sprint(n))
	}
	gs := make([]string, len(net.Layers))
	for i, layer := range net.Layers {
		gs[i] = layer.G.Name
	}
	return strings.Join(sizes, "-") + " " + strings.Join(gs, ",")
}

// Clone returns a deep copy of the network.
func (net *Network) Clone() *Network {
	c := &Network{Layers: make([]*Layer, len(net.Layers))}
	for i, layer := range net.Layers {
		c.Layers[i] = &Layer{W: mat.DenseCopyOf(layer.W), B: mat.VecDenseCopyOf(layer.B), G: layer.G}
	}
	return c
}

// L2 returns ‖w‖² = Σₗ Σᵢⱼ (wᵢⱼˡ)², the regularisation term R(w) of the
// lecture without its factor λ. Biases are not included, as is usual.
func (net *Network) L2() float64 {
	s := 0.0
	for _, layer := range net.Layers {
		n := mat.Norm(layer.W, 2) // Frobenius norm
		s += n * n
	}
	return s
}
