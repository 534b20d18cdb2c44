package mlp

import (
	"errors"
	"fmt"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Layer is one layer l of a network: aˡ = Wˡ hˡ⁻¹ + bˡ and hˡ = g(aˡ).
type Layer struct {
	W *mat.Dense        // Wˡ, nˡ×nˡ⁻¹: W.At(i, j) = wᵢⱼˡ
	B *mat.VecDense     // bˡ, nˡ
	G neuron.Activation // g
}

// In returns nˡ⁻¹, the number of inputs of the layer (0 for a layer without W).
func (l *Layer) In() int {
	if l == nil || l.W == nil {
		return 0
	}
	_, c := l.W.Dims()
	return c
}

// Out returns nˡ, the number of neurons of the layer (0 for a layer without W).
func (l *Layer) Out() int {
	if l == nil || l.W == nil {
		return 0
	}
	r, _ := l.W.Dims()
	return r
}

// Limits on what New, NewFromWeights and Load build, checked before anything
// is allocated: MaxParams weights and biases in all (2²⁸, 2 GiB of float64;
// training holds about four times that: weights, gradients, a batch's
// activations, which a 24 GB machine holds) and MaxLayers layers.
const (
	MaxParams = 1 << 28
	MaxLayers = 1000
)

// paramsOf returns nˡ·nˡ⁻¹ + nˡ, the weights and biases of a layer, and
// whether it is at most MaxParams (no overflow).
func paramsOf(out, in int) (int, bool) {
	if out <= 0 || in <= 0 || in > MaxParams || out > MaxParams/(in+1) {
		return 0, false
	}
	return out*in + out, true
}

// CheckSizes checks sizes n⁰, n¹, …, nᴸ as New does, without allocating: at
// least two, all positive, at most MaxLayers layers and MaxParams weights and
// biases. A program checks a user's -layers with it before loading data.
func CheckSizes(sizes []int) error { return checkSizes(sizes) }

// checkSizes checks n⁰…nᴸ against the limits.
func checkSizes(sizes []int) error {
	if len(sizes) < 2 {
		return lang.Errorf("mlp.sizes.few", sizes)
	}
	if len(sizes) > MaxLayers+1 {
		return fmt.Errorf("mlp: %d layers, more than the %d allowed (mlp.MaxLayers)", len(sizes)-1, MaxLayers)
	}
	for l, n := range sizes {
		if n <= 0 {
			return lang.Errorf("mlp.sizes.positive", l, notation.Sup(l), n, sizes)
		}
	}
	total := 0
	for l := 1; l < len(sizes); l++ {
		n, ok := paramsOf(sizes[l], sizes[l-1])
		if !ok || total > MaxParams-n {
			return fmt.Errorf("mlp: layer %d: sizes %s need more than the %d weights and biases allowed (mlp.MaxParams, 2 GiB)", l, sizesText(sizes), MaxParams)
		}
		total += n
	}
	return nil
}

func sizesText(sizes []int) string {
	s := make([]string, len(sizes))
	for i, n := range sizes {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, "-")
}

// Network is a multi-layer perceptron; Layers[l-1] is layer l.
type Network struct {
	Layers []*Layer
}

// New returns a network with the given sizes n⁰, n¹, …, nᴸ (n⁰ is the size of
// the input), the non-linearity hidden on layers 1…L−1 and output on layer L.
// All weights and biases are zero: call Initialize before training.
func New(sizes []int, hidden, output neuron.Activation) (*Network, error) {
	if err := checkSizes(sizes); err != nil {
		return nil, err
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
		return nil, lang.Errorf("mlp.layers.count", len(ws), len(bs), len(gs))
	}
	if len(ws) > MaxLayers {
		return nil, fmt.Errorf("mlp: %d layers, more than the %d allowed (mlp.MaxLayers)", len(ws), MaxLayers)
	}
	total := 0
	for i, w := range ws {
		l := i + 1
		if w == nil {
			return nil, fmt.Errorf("mlp: layer %d: W%s is nil", l, notation.Sup(l))
		}
		r, c := w.Dims()
		if r == 0 || c == 0 {
			return nil, fmt.Errorf("mlp: layer %d: W%s is empty (%s)", l, notation.Sup(l), notation.Shape(r, c))
		}
		n, ok := paramsOf(r, c)
		if !ok || total > MaxParams-n {
			return nil, fmt.Errorf("mlp: layer %d: W%s is %s: more than the %d weights and biases allowed (mlp.MaxParams)", l, notation.Sup(l), notation.Shape(r, c), MaxParams)
		}
		total += n
		if i, j, v, bad := guard.FirstNonFiniteMat(w); bad {
			return nil, fmt.Errorf("mlp: layer %d: w%s at row %d, column %d is %v", l, notation.Sup(l), i, j, v)
		}
		if k, v, bad := guard.FirstNonFinite(bs[i]); bad {
			return nil, fmt.Errorf("mlp: layer %d: b%s[%d] is %v", l, notation.Sup(l), k, v)
		}
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
				biasErr = lang.Errorf("mlp.shape.bias", l, notation.Sup(l), rows(r), notation.Sup(l), values(len(bs[i])))
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
		if r == 0 || c == 0 {
			return fmt.Errorf("mlp: layer %d: W%s is empty (%s)", l, notation.Sup(l), notation.Shape(r, c))
		}
		if i > 0 {
			prev := net.Layers[i-1].Out()
			if c != prev {
				return lang.Errorf("mlp.shape.h", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l-1), rows(prev))
			}
		}
		if layer.B.Len() != r {
			return lang.Errorf("mlp.shape.b", l, notation.Sup(l), notation.Shape(r, c), notation.Sup(l), values(layer.B.Len()))
		}
		if err := layer.G.Valid(); err != nil {
			return fmt.Errorf("mlp: layer %d: %w", l, err)
		}
	}
	return nil
}

// Sizes returns n⁰, n¹, …, nᴸ (nil for a network that fails Validate).
func (net *Network) Sizes() []int {
	if net.Validate() != nil {
		return nil
	}
	sizes := []int{net.Layers[0].In()}
	for _, layer := range net.Layers {
		sizes = append(sizes, layer.Out())
	}
	return sizes
}

// NumParams returns the number of weights and biases (0 for a network that
// fails Validate).
func (net *Network) NumParams() int {
	if net.Validate() != nil {
		return 0
	}
	n := 0
	for _, layer := range net.Layers {
		n += layer.In()*layer.Out() + layer.Out()
	}
	return n
}

// String describes the network as "2-3-1 tanh,sigmoid" (or says what is
// wrong with it: "invalid network: …").
func (net *Network) String() string {
	if err := net.Validate(); err != nil {
		return "invalid network: " + err.Error()
	}
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

// Label is String for a reader: the layer sizes and each layer's g by its
// Label, in the language lang.Current sets ("784-30-10 sigmoid" in English,
// as String; "784-30-10 sigmoïde" in French). Print and draw Label; String
// stays the network's name in model files and flags, in every language.
func (net *Network) Label() string {
	if net.Validate() != nil {
		return net.String()
	}
	sizes := make([]string, 0, len(net.Layers)+1)
	for _, n := range net.Sizes() {
		sizes = append(sizes, fmt.Sprint(n))
	}
	gs := make([]string, len(net.Layers))
	for i, layer := range net.Layers {
		gs[i] = layer.G.Label()
	}
	return strings.Join(sizes, "-") + " " + strings.Join(gs, ",")
}

// Clone returns a deep copy of the network (nil for a network that fails
// Validate).
func (net *Network) Clone() *Network {
	if net.Validate() != nil {
		return nil
	}
	c := &Network{Layers: make([]*Layer, len(net.Layers))}
	for i, layer := range net.Layers {
		c.Layers[i] = &Layer{W: mat.DenseCopyOf(layer.W), B: mat.VecDenseCopyOf(layer.B), G: layer.G}
	}
	return c
}

// L2 returns ‖w‖² = Σₗ Σᵢⱼ (wᵢⱼˡ)², the regularisation term R(w) of the
// lecture without its factor λ. Biases are not included, as is usual.
// A network that fails Validate has no weights: 0.
func (net *Network) L2() float64 {
	if net.Validate() != nil {
		return 0
	}
	s := 0.0
	for _, layer := range net.Layers {
		n := mat.Norm(layer.W, 2) // Frobenius norm
		s += n * n
	}
	return s
}

// checkFiniteWeights names the first NaN or ±Inf among the weights and biases.
func (net *Network) checkFiniteWeights() error {
	for i, layer := range net.Layers {
		l := i + 1
		if r, c, v, bad := guard.FirstNonFiniteMat(layer.W); bad {
			return fmt.Errorf("layer %d: w%s at row %d, column %d is %v", l, notation.Sup(l), r, c, v)
		}
		if k, v, bad := guard.FirstNonFinite(layer.B.RawVector().Data); bad {
			return fmt.Errorf("layer %d: b%s[%d] is %v", l, notation.Sup(l), k, v)
		}
	}
	return nil
}

// rows and values write a count with its noun in the current language of
// pkg/lang, singular for 1: "1 row", "3 values", "3 valeurs".
func rows(n int) string {
	if n == 1 {
		return lang.T("mlp.rows.one")
	}
	return lang.F("mlp.rows", n)
}

func values(n int) string {
	if n == 1 {
		return lang.T("mlp.values.one")
	}
	return lang.F("mlp.values", n)
}
