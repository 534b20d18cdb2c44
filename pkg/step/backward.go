package step

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Backprop runs the forward and backward passes of net on one example x
// with target y and cuts the backward pass into steps (see Backward).
func Backprop(net *mlp.Network, x, y []float64, loss mlp.Loss) (*Walk, error) {
	if net == nil {
		return nil, errors.New("step: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if err := checkWalkSize(net); err != nil {
		return nil, err
	}
	fwd, err := net.Forward(x)
	if err != nil {
		return nil, err
	}
	bwd, err := backprop.Backward(net, fwd, y, loss)
	if err != nil {
		return nil, err
	}
	return Backward(net, fwd, bwd, y, loss)
}

// Backward cuts a recorded backward pass into steps, as on the slides
// "Gradient computation in MLPs":
//
//	C = ‖o − y‖²                        the loss of the example
//	∂C/∂o = 2(o − y)                    its gradient with respect to the output
//	δᴸ = ∂C/∂o ⊙ g′(aᴸ)                 the output error
//	∂C/∂Wᴸ = δᴸ (hᴸ⁻¹)ᵀ                 the gradient of the last weights
//	for l = L−1 … 1:
//	  δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ)         the error sent back one layer
//	  ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ               the gradient of its weights
//
// giving 2 + 2L steps. With mlp.SoftmaxCrossEntropy the loss is
// C = −Σⱼ yⱼ log pⱼ with p = softmax(o), and δᴸ = p − y. fwd is the forward
// trace of the example, bwd the backward trace backprop.Backward made from it.
func Backward(net *mlp.Network, fwd *mlp.Trace, bwd *backprop.Trace, y []float64, loss mlp.Loss) (*Walk, error) {
	if err := checkTrace(net, fwd); err != nil {
		return nil, err
	}
	if err := checkBackward(net, bwd, y); err != nil {
		return nil, err
	}
	L := len(net.Layers)
	w := &Walk{
		Title:   lang.F("step.backward.title", sizesString(net.Sizes())),
		Diagram: NetworkDiagram(net.Sizes()),
	}
	// The diagram starts with the forward pass's outputs hˡ; each δˡ
	// replaces them as it is computed.
	nodes := make([]Values, L+1)
	for l := 0; l <= L; l++ {
		nodes[l] = Values{Symbol: notation.Sym("h", l), Numbers: values(fwd.H[l])}
	}
	o := values(fwd.H[L])
	hL, aL, dL := notation.Sym("h", L), notation.Sym("a", L), notation.Sym("δ", L)

	// 1. The loss.
	s := Step{
		Title: lang.T("step.backward.loss"),
		Focus: Focus{Column: L, Quantity: "C"},
		Value: mat.NewDense(1, 1, []float64{bwd.C}),
		Nodes: snapshot(nodes),
	}
	switch loss {
	case mlp.SoftmaxCrossEntropy:
		s.Equation = fmt.Sprintf("C = −Σⱼ yⱼ log pⱼ = %s", Num(bwd.C))
		s.Given = []string{"o = " + hL + " = " + Vec(o), "p = softmax(o) = " + Vec(mlp.Softmax(o)), "y = " + Vec(y)}
		s.Explain = lang.T("step.backward.loss.ce")
	default:
		s.Equation = fmt.Sprintf("C = ‖o − y‖² = Σⱼ (oⱼ − yⱼ)² = %s", Num(bwd.C))
		s.Given = []string{"o = " + hL + " = " + Vec(o), "y = " + Vec(y)}
		s.Explain = lang.T("step.backward.loss.mse")
	}
	w.Steps = append(w.Steps, s)

	// 2. Its gradient with respect to the output.
	s = Step{
		Title: lang.T("step.backward.dcdo"),
		Focus: Focus{Column: L, Quantity: "∂C/∂o"},
		Value: mat.NewVecDense(len(bwd.DCDO), append([]float64(nil), bwd.DCDO...)),
		Nodes: snapshot(nodes),
	}
	if loss == mlp.SoftmaxCrossEntropy {
		s.Equation = "∂C/∂o = p − y = " + Vec(bwd.DCDO)
		s.Explain = lang.T("step.backward.dcdo.ce")
	} else {
		s.Equation = "∂C/∂o = 2(o − y) = " + Vec(bwd.DCDO)
		s.Explain = lang.T("step.backward.dcdo.mse")
	}
	w.Steps = append(w.Steps, s)

	// 3. The output error δᴸ.
	nodes[L] = Values{Symbol: dL, Numbers: values(bwd.Delta[L])}
	s = Step{
		Title: lang.F("step.backward.deltaL", L),
		Focus: Focus{Column: L, Quantity: "δ"},
		Value: bwd.Delta[L],
		Nodes: snapshot(nodes),
	}
	if loss == mlp.SoftmaxCrossEntropy {
		s.Equation = fmt.Sprintf("%s = p − y = %s", dL, Mat(bwd.Delta[L]))
		s.Explain = lang.F("step.backward.deltaL.ce", dL, aL)
	} else {
		s.Equation = fmt.Sprintf("%s = ∂C/∂o ⊙ g′(%s) = %s", dL, aL, Mat(bwd.Delta[L]))
		s.Given = []string{"∂C/∂o = " + Vec(bwd.DCDO), fmt.Sprintf("g′(%s) = %s", aL, Vec(deriv(net.Layers[L-1], fwd.A[L])))}
		s.Explain = lang.F("step.backward.deltaL.mse", net.Layers[L-1].G.Label())
	}
	w.Steps = append(w.Steps, s)
	w.Steps = append(w.Steps, gradStep(net, fwd, bwd, L, nodes))

	// 4. Back through the hidden layers.
	for l := L - 1; l >= 1; l-- {
		dl, dNext, al := notation.Sym("δ", l), notation.Sym("δ", l+1), notation.Sym("a", l)
		WNext := notation.Sym("W", l+1)
		nodes[l] = Values{Symbol: dl, Numbers: values(bwd.Delta[l])}
		above := net.Layers[l]
		w.Steps = append(w.Steps, Step{
			Title:    lang.F("step.backward.delta", l),
			Equation: fmt.Sprintf("%s = (%s)ᵀ %s ⊙ g′(%s) = %s", dl, WNext, dNext, al, Mat(bwd.Delta[l])),
			Given: []string{
				WNext + " = " + Mat(above.W),
				dNext + " = " + Mat(bwd.Delta[l+1]),
				fmt.Sprintf("g′(%s) = %s", al, Vec(deriv(net.Layers[l-1], fwd.A[l]))),
			},
			Explain: lang.F("step.backward.delta.explain", l, l+1, net.Layers[l-1].G.Label()),
			Focus:   Focus{Column: l, Quantity: "δ", Edges: layerEdges(l+1, above.In(), above.Out())},
			Value:   bwd.Delta[l],
			Nodes:   snapshot(nodes),
		})
		w.Steps = append(w.Steps, gradStep(net, fwd, bwd, l, nodes))
	}
	return w, nil
}

// gradStep is the step ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ.
func gradStep(net *mlp.Network, fwd *mlp.Trace, bwd *backprop.Trace, l int, nodes []Values) Step {
	dl, hPrev := notation.Sym("δ", l), notation.Sym("h", l-1)
	layer := net.Layers[l-1]
	return Step{
		Title:    lang.F("step.backward.grad", l),
		Equation: fmt.Sprintf("∂C/∂%s = %s (%s)ᵀ = %s", notation.Sym("W", l), dl, hPrev, Mat(bwd.GradW[l])),
		Given:    []string{dl + " = " + Mat(bwd.Delta[l]), hPrev + " = " + Mat(fwd.H[l-1])},
		Explain: lang.F("step.backward.grad.explain",
			notation.Sym("b", l), dl, Mat(bwd.GradB[l])),
		Focus: Focus{Column: l, Quantity: "∂C/∂W", Edges: layerEdges(l, layer.In(), layer.Out())},
		Value: bwd.GradW[l],
		Nodes: snapshot(nodes),
	}
}

// deriv returns g′(aˡ) for a layer: the slopes the delta rule multiplies by.
func deriv(layer *mlp.Layer, a *mat.VecDense) []float64 {
	out := make([]float64, a.Len())
	for i := range out {
		out[i] = layer.G.Deriv(a.AtVec(i))
	}
	return out
}

// checkBackward checks that a backward trace fits net and the target y.
func checkBackward(net *mlp.Network, bwd *backprop.Trace, y []float64) error {
	if bwd == nil {
		return errors.New("step: the backward trace is nil")
	}
	L := len(net.Layers)
	nL := net.Layers[L-1].Out()
	if len(y) != nL {
		return fmt.Errorf("step: the target y has %d values but the output layer %d has %d neurons", len(y), L, nL)
	}
	if len(bwd.DCDO) != nL {
		return fmt.Errorf("step: ∂C/∂o has %d values but the output layer %d has %d neurons", len(bwd.DCDO), L, nL)
	}
	if len(bwd.Delta) != L+1 || len(bwd.GradW) != L+1 || len(bwd.GradB) != L+1 {
		return fmt.Errorf("step: the backward trace has %d values δˡ (index 0 unused) but the network has %d layers (needs %d)", len(bwd.Delta), L, L+1)
	}
	for l := 1; l <= L; l++ {
		r, c := net.Layers[l-1].W.Dims()
		if bwd.Delta[l] == nil || bwd.Delta[l].Len() != r {
			return fmt.Errorf("step: layer %d: %s is %s but %s has %s values", l, notation.Sym("W", l), notation.Shape(r, c), notation.Sym("δ", l), vecLen(bwd.Delta[l]))
		}
		if bwd.GradB[l] == nil || bwd.GradB[l].Len() != r {
			return fmt.Errorf("step: layer %d: %s is %s but ∂C/∂%s has %s values", l, notation.Sym("W", l), notation.Shape(r, c), notation.Sym("b", l), vecLen(bwd.GradB[l]))
		}
		if bwd.GradW[l] == nil {
			return fmt.Errorf("step: layer %d: ∂C/∂%s is missing", l, notation.Sym("W", l))
		}
		if gr, gc := bwd.GradW[l].Dims(); gr != r || gc != c {
			return fmt.Errorf("step: layer %d: %s is %s but ∂C/∂%s is %s", l, notation.Sym("W", l), notation.Shape(r, c), notation.Sym("W", l), notation.Shape(gr, gc))
		}
	}
	if math.IsNaN(bwd.C) || math.IsInf(bwd.C, 0) {
		return fmt.Errorf("step: the loss C is %v", bwd.C)
	}
	return nil
}
