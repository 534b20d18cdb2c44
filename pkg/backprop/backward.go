package backprop

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Trace records the backward pass for one example: every δˡ and every
// gradient, indexed by the layer l = 1…L (index 0 is unused, as the input
// is not a layer).
type Trace struct {
	Delta []*mat.VecDense // Delta[l] = δˡ = ∂C/∂aˡ, nˡ values
	GradW []*mat.Dense    // GradW[l] = ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ, nˡ×nˡ⁻¹ like Wˡ
	GradB []*mat.VecDense // GradB[l] = ∂C/∂bˡ = δˡ
	DCDO  []float64       // ∂C/∂oᴸ: 2(o − y) or softmax(o) − y
	C     float64         // the loss C of the example
}

// Gradient runs the forward pass for x and the backward pass for the target
// y: the gradient of C(x, y) with respect to every weight and bias.
func Gradient(net *mlp.Network, x, y []float64, loss mlp.Loss) (*Trace, error) {
	t, err := net.Forward(x)
	if err != nil {
		return nil, err
	}
	return Backward(net, t, y, loss)
}

// Backward is the delta rule of the slides for one example, from the
// forward trace t of that example and its target y:
//
//	δᴸ = ∂C/∂oᴸ ⊙ g′(aᴸ)             (δᴸ = p − y with softmax + cross-entropy)
//	δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ)       for l = L−1 … 1
//	∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ              that is ∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹
//	∂C/∂bˡ = δˡ
//
// The arguments are checked once, at the entry; a result that is not finite
// is an error naming the layer and the quantity, never a silent NaN.
// BatchDeltaRule is the same four lines for a batch.
func Backward(net *mlp.Network, t *mlp.Trace, y []float64, loss mlp.Loss) (*Trace, error) {
	if err := checkTrace(net, t); err != nil {
		return nil, err
	}
	if err := checkTarget(net, y, loss); err != nil {
		return nil, err
	}
	L := len(net.Layers)
	bt := &Trace{
		Delta: make([]*mat.VecDense, L+1),
		GradW: make([]*mat.Dense, L+1),
		GradB: make([]*mat.VecDense, L+1),
	}
	g := func(l int) neuron.Activation { return net.Layers[l-1].G } // g of layer l
	W := func(l int) *mat.Dense { return net.Layers[l-1].W }        // Wˡ

	// The loss C and its derivative ∂C/∂oᴸ with respect to the output o = hᴸ.
	o := t.Output()
	var err error
	if bt.C, err = loss.Value(o, y); err != nil {
		return nil, fmt.Errorf("backprop: %w", err)
	}
	if bt.DCDO, err = loss.Grad(o, y); err != nil {
		return nil, fmt.Errorf("backprop: %w", err)
	}

	// The output error δᴸ = ∂C/∂oᴸ ⊙ g′(aᴸ).
	bt.Delta[L] = mulGPrimeVec(mat.NewVecDense(len(bt.DCDO), append([]float64(nil), bt.DCDO...)), g(L), t.A[L])

	// Backwards: δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ).
	for l := L - 1; l >= 1; l-- {
		d := mat.NewVecDense(t.A[l].Len(), nil)
		d.MulVec(W(l+1).T(), bt.Delta[l+1]) // (Wˡ⁺¹)ᵀ δˡ⁺¹
		bt.Delta[l] = mulGPrimeVec(d, g(l), t.A[l])
	}

	// The gradients: ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ and ∂C/∂bˡ = δˡ.
	for l := 1; l <= L; l++ {
		bt.GradW[l] = mat.NewDense(bt.Delta[l].Len(), t.H[l-1].Len(), nil)
		bt.GradW[l].Outer(1, bt.Delta[l], t.H[l-1])
		bt.GradB[l] = mat.VecDenseCopyOf(bt.Delta[l])
	}
	if err := finiteTrace(L, bt); err != nil {
		return nil, err
	}
	return bt, nil
}

// mulGPrimeVec sets d ← d ⊙ g′(a), that is dⱼ ← dⱼ g′(aⱼ), and returns d.
// For softmax + cross-entropy the output's g is the identity, g′ = 1, and
// δᴸ = ∂C/∂oᴸ = p − y.
func mulGPrimeVec(d *mat.VecDense, g neuron.Activation, a *mat.VecDense) *mat.VecDense {
	for j := 0; j < d.Len(); j++ {
		d.SetVec(j, times(d.AtVec(j), g.Deriv(a.AtVec(j))))
	}
	return d
}

// finiteTrace checks that every number of the backward pass is finite, in
// the order Backward computed them, and names the first one that is not.
func finiteTrace(L int, bt *Trace) error {
	if err := finiteSlice(L, "∂C/∂o"+notation.Sup(L), bt.DCDO); err != nil {
		return err
	}
	for l := L; l >= 1; l-- {
		if err := finiteVec(l, notation.Sym("δ", l), bt.Delta[l]); err != nil {
			return err
		}
	}
	for l := 1; l <= L; l++ {
		if err := finiteMat(l, "∂C/∂"+notation.Sym("W", l), bt.GradW[l]); err != nil {
			return err
		}
	}
	return nil
}

// times returns u·v, with 0 rather than −0 when the product is zero
// (−0.5 · g′ = 0 would otherwise print as "-0" in a step-through).
func times(u, v float64) float64 {
	if p := u * v; p != 0 {
		return p
	}
	return 0
}

// checkTrace checks that the forward trace t belongs to a network of the
// shape of net.
func checkTrace(net *mlp.Network, t *mlp.Trace) error {
	if err := net.Validate(); err != nil {
		return err
	}
	L := len(net.Layers)
	if t == nil {
		return lang.Errorf("backprop.trace.nil")
	}
	if len(t.H) != L+1 || len(t.A) != L+1 {
		return fmt.Errorf("backprop: the forward trace has %d outputs h and %d activities a but the network has %d layers: want %d of each (h⁰ = x, a⁰ unused)", len(t.H), len(t.A), L, L+1)
	}
	if t.H[0] == nil {
		return fmt.Errorf("backprop: the forward trace has no input h⁰ = x")
	}
	if n0 := net.Layers[0].In(); t.H[0].Len() != n0 {
		r, c := net.Layers[0].W.Dims()
		return fmt.Errorf("backprop: layer 1: W¹ is %s but the trace's h⁰ has %d values", notation.Shape(r, c), t.H[0].Len())
	}
	for l := 1; l <= L; l++ {
		r, c := net.Layers[l-1].W.Dims()
		for _, q := range []struct {
			name string
			v    *mat.VecDense
		}{{"a", t.A[l]}, {"h", t.H[l]}} {
			if q.v == nil {
				return fmt.Errorf("backprop: layer %d: the forward trace has no %s", l, notation.Sym(q.name, l))
			}
			if q.v.Len() != r {
				return fmt.Errorf("backprop: layer %d: W%s is %s but the trace's %s has %d values", l, notation.Sup(l), notation.Shape(r, c), notation.Sym(q.name, l), q.v.Len())
			}
		}
	}
	return nil
}

// checkTarget checks the target y against the output layer and the loss.
func checkTarget(net *mlp.Network, y []float64, loss mlp.Loss) error {
	if err := checkLoss(net, loss); err != nil {
		return err
	}
	L := len(net.Layers)
	r, c := net.Layers[L-1].W.Dims()
	if len(y) != r {
		return lang.Errorf("backprop.target.length", L, notation.Sup(L), r, notation.Sup(L), notation.Shape(r, c), len(y))
	}
	for j, v := range y {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return lang.Errorf("backprop.target.nonfinite", j, v)
		}
	}
	return checkSumsToOne(loss, y, lang.T("backprop.what.y"))
}

// checkSumsToOne checks, for softmax + cross-entropy, that the target sums
// to 1 (a one-hot vector, or any probability vector): only then is
// ∂C/∂o = p − y. (In general ∂C/∂oⱼ = pⱼ Σₖ yₖ − yⱼ.)
func checkSumsToOne(loss mlp.Loss, y []float64, what string) error {
	if loss != mlp.SoftmaxCrossEntropy {
		return nil
	}
	s := 0.0
	for _, v := range y {
		s += v
	}
	if math.Abs(s-1) > 1e-9*float64(len(y)) {
		return lang.Errorf("backprop.sum", loss.Label(), what, s)
	}
	return nil
}

// checkLoss checks that the loss is known and, for softmax + cross-entropy,
// that the output layer's g is the identity.
func checkLoss(net *mlp.Network, loss mlp.Loss) error {
	switch loss {
	case mlp.SquaredError:
		return nil
	case mlp.SoftmaxCrossEntropy:
		L := len(net.Layers)
		if g := net.Layers[L-1].G; !strings.EqualFold(g.Name, neuron.Identity.Name) {
			return lang.Errorf("backprop.identity", loss.Label(), L, g.Label())
		}
		return nil
	}
	return fmt.Errorf("backprop: unknown loss %d: want mlp.SquaredError or mlp.SoftmaxCrossEntropy", int(loss))
}

func finiteSlice(l int, name string, v []float64) error {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return lang.Errorf("backprop.nonfinite", l, name, i, x)
		}
	}
	return nil
}

func finiteVec(l int, name string, v *mat.VecDense) error {
	for i := 0; i < v.Len(); i++ {
		if x := v.AtVec(i); math.IsNaN(x) || math.IsInf(x, 0) {
			return lang.Errorf("backprop.nonfinite", l, name, i, x)
		}
	}
	return nil
}

func finiteMat(l int, name string, m *mat.Dense) error {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if x := m.At(i, j); math.IsNaN(x) || math.IsInf(x, 0) {
				return lang.Errorf("backprop.nonfinite.mat", l, name, i, j, x)
			}
		}
	}
	return nil
}
