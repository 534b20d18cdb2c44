package step

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Forward runs the forward pass of net on one example x and cuts it into
// steps (see FromForward).
func Forward(net *mlp.Network, x []float64) (*Walk, error) {
	if net == nil {
		return nil, errors.New("step: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if err := checkWalkSize(net); err != nil {
		return nil, err
	}
	t, err := net.Forward(x)
	if err != nil {
		return nil, err
	}
	return FromForward(net, t)
}

// FromForward cuts a recorded forward pass into steps, as on the slide:
//
//	h⁰ = x
//	for l = 1…L:  aˡ = Wˡ hˡ⁻¹ + bˡ,  then  hˡ = g(aˡ)
//
// giving 1 + 2L steps. The trace must come from net (same sizes).
func FromForward(net *mlp.Network, t *mlp.Trace) (*Walk, error) {
	if err := checkTrace(net, t); err != nil {
		return nil, err
	}
	L := len(net.Layers)
	w := &Walk{
		Title:   lang.F("step.forward.title", sizesString(net.Sizes())),
		Diagram: NetworkDiagram(net.Sizes()),
	}
	nodes := make([]Values, L+1) // what the diagram shows so far

	x := values(t.H[0])
	nodes[0] = Values{Symbol: "h⁰", Numbers: x}
	w.Steps = append(w.Steps, Step{
		Title:    lang.T("step.forward.input"),
		Equation: "h⁰ = x = " + Vec(x),
		Explain:  lang.T("step.forward.input.explain"),
		Focus:    Focus{Column: 0, Quantity: "h"},
		Value:    t.H[0],
		Nodes:    snapshot(nodes),
	})
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		a, h := t.A[l], t.H[l]
		W, hPrev, b := notation.Sym("W", l), notation.Sym("h", l-1), notation.Sym("b", l)
		al, hl := notation.Sym("a", l), notation.Sym("h", l)

		nodes[l] = Values{Symbol: al, Numbers: values(a)}
		w.Steps = append(w.Steps, Step{
			Title:    lang.F("step.forward.activities", l),
			Equation: fmt.Sprintf("%s = %s %s + %s = %s", al, W, hPrev, b, Mat(a)),
			Given: []string{
				W + " = " + Mat(layer.W),
				hPrev + " = " + Mat(t.H[l-1]),
				b + " = " + Mat(layer.B),
			},
			Explain: lang.F("step.forward.activities.explain", l, W),
			Focus:   Focus{Column: l, Quantity: "a", Edges: layerEdges(l, layer.In(), layer.Out())},
			Value:   a,
			Nodes:   snapshot(nodes),
		})

		nodes[l] = Values{Symbol: hl, Numbers: values(h)}
		explain := lang.F("step.forward.outputs.explain", layer.G.Label())
		if l == L {
			explain += lang.F("step.forward.output", hl)
		}
		w.Steps = append(w.Steps, Step{
			Title:    lang.F("step.forward.outputs", l),
			Equation: fmt.Sprintf("%s = g(%s) = %s(%s) = %s", hl, al, layer.G.Label(), Mat(a), Mat(h)),
			Explain:  explain,
			Focus:    Focus{Column: l, Quantity: "h"},
			Value:    h,
			Nodes:    snapshot(nodes),
		})
	}
	return w, nil
}

// checkTrace checks that a forward trace fits net: one aˡ and hˡ per layer,
// of the layer's size.
func checkTrace(net *mlp.Network, t *mlp.Trace) error {
	if net == nil {
		return errors.New("step: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return err
	}
	if err := checkWalkSize(net); err != nil {
		return err
	}
	if t == nil {
		return errors.New("step: the forward trace is nil")
	}
	L := len(net.Layers)
	if len(t.H) != L+1 || len(t.A) != L+1 {
		return fmt.Errorf("step: the trace has %d values hˡ (h⁰…hᴸ) but the network has %d layers (needs %d)", len(t.H), L, L+1)
	}
	if t.H[0] == nil || t.H[0].Len() != net.Layers[0].In() {
		r, c := net.Layers[0].W.Dims()
		return fmt.Errorf("step: layer 1: W¹ is %s but h⁰ = x has %s values", notation.Shape(r, c), vecLen(t.H[0]))
	}
	for l := 1; l <= L; l++ {
		r, c := net.Layers[l-1].W.Dims()
		if t.A[l] == nil || t.A[l].Len() != r {
			return fmt.Errorf("step: layer %d: %s is %s but %s has %s values", l, notation.Sym("W", l), notation.Shape(r, c), notation.Sym("a", l), vecLen(t.A[l]))
		}
		if t.H[l] == nil || t.H[l].Len() != r {
			return fmt.Errorf("step: layer %d: %s is %s but %s has %s values", l, notation.Sym("W", l), notation.Shape(r, c), notation.Sym("h", l), vecLen(t.H[l]))
		}
	}
	return nil
}

// checkWalkSize refuses a network too large to walk through.
func checkWalkSize(net *mlp.Network) error {
	sizes := net.Sizes()
	if len(sizes)-1 > MaxWalkLayers {
		return fmt.Errorf("step: a %d-layer network: a step-through shows at most %d layers (step.MaxWalkLayers)", len(sizes)-1, MaxWalkLayers)
	}
	for l, n := range sizes {
		if n > MaxWalkNeurons {
			return fmt.Errorf("step: layer %d has n%s = %d neurons: a step-through shows at most %d a layer (step.MaxWalkNeurons)", l, notation.Sup(l), n, MaxWalkNeurons)
		}
	}
	return nil
}

// vecLen writes the length of v, or "no" for a missing vector.
func vecLen(v *mat.VecDense) string {
	if v == nil {
		return "no"
	}
	return fmt.Sprint(v.Len())
}

// snapshot copies the diagram's values so far, for one step.
func snapshot(nodes []Values) []Values {
	return append([]Values(nil), nodes...)
}

// sizesString writes sizes as "2-3-2".
func sizesString(sizes []int) string {
	s := ""
	for i, n := range sizes {
		if i > 0 {
			s += "-"
		}
		s += fmt.Sprint(n)
	}
	return s
}
