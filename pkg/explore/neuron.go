package explore

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 01: one neuron cuts the plane in two.

// NeuronWeights are the values of each of Neuron's three sliders w₁, w₂, w₀.
var NeuronWeights = []float64{-2, -1, 0, 1, 2}

// NeuronData returns the two classes of lesson 01's half-plane figure: 60
// points, two Gaussian clouds, drawn from seed.
func NeuronData(seed uint64) (*data.Set, error) {
	return data.TwoGaussians(60, [2]float64{-1, -0.5}, [2]float64{1, 0.8}, 0.6, seed)
}

// NeuronAccuracy is the fraction of the points that neuron n puts on their
// class's side: output g(a) > ½ for class 1, < ½ for class 0 (for the
// sigmoid, a > 0 and a < 0).
func NeuronAccuracy(n neuron.Neuron, set *data.Set) (float64, error) {
	if set == nil || set.X == nil || len(set.Labels) == 0 {
		return 0, errors.New("explore: the data set is nil or empty")
	}
	if err := set.Validate(); err != nil {
		return 0, fmt.Errorf("explore: %w", err)
	}
	right := 0
	for i, c := range set.Labels {
		a, err := n.Activity(set.X.RawRowView(i))
		if err != nil {
			return 0, err
		}
		if (a > 0) == (c == 1) && a != 0 {
			right++
		}
	}
	return float64(right) / float64(len(set.Labels)), nil
}

// Neuron is one sigmoid neuron o = g(w₁x₁ + w₂x₂ + w₀) over the plane, with
// a slider for each of w₁, w₂ and w₀ (NeuronWeights): the output surface as
// shades, the line wᵀx + w₀ = 0 where o = ½, the vector w pointing to the
// side where a > 0, and lesson 01's two classes (NeuronData(seed)) with the
// fraction the neuron puts on their side.
func Neuron(seed uint64) (*Explorable, error) {
	set, err := NeuronData(seed)
	if err != nil {
		return nil, err
	}
	const lim = 3.0
	pn := newPanel(44, 24, 260, 260, -lim, lim, -lim, lim)
	var defs strings.Builder
	defs.WriteString(pn.clip(IDToken + "-clip"))
	fmt.Fprintf(&defs, `<g id="%s-pts">`, IDToken)
	xs, ys := column(set, 0), column(set, 1)
	pn.classPoints(&defs, xs, ys, set.Labels, 5)
	defs.WriteString(`</g>`)
	fmt.Fprintf(&defs, `<g id="%s-ax">`, IDToken)
	pn.frame(&defs, "o = g(w₁x₁ + w₂x₂ + w₀), g = sigmoid", "x₁", "x₂", ticks(-lim, lim, 6), ticks(-lim, lim, 6))
	defs.WriteString(`</g>`)
	// the key of the shades, once
	key := newPanel(330, 250, 120, 10, 0, 1, 0, 1)
	fmt.Fprintf(&defs, `<g id="%s-key">%s`, IDToken, key.image(16, 1, false, func(i, j int) color.NRGBA { return outputShade((float64(i) + 0.5) / 16) }))
	fmt.Fprintf(&defs, `<rect x="330" y="250" width="120" height="10" fill="none" stroke="%s"/>`, grey)
	text(&defs, 330, 274, ` text-anchor="middle"`, "o = 0")
	text(&defs, 390, 274, ` text-anchor="middle"`, "½")
	text(&defs, 450, 274, ` text-anchor="middle"`, "1")
	defs.WriteString(`</g>`)
	fmt.Fprintf(&defs, `<marker id="%s-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="%s"/></marker>`, IDToken, ink)

	name := func(v float64) string { return num(v) }
	labels := make([]string, len(NeuronWeights))
	for i, v := range NeuronWeights {
		labels[i] = name(v)
	}
	x := &Explorable{
		Title: lang.T("explore.neuron.title"),
		Note:  lang.T("explore.neuron.note"),
		Params: []Param{
			{Name: "w₁", Labels: labels}, {Name: "w₂", Labels: labels}, {Name: "w₀", Labels: labels},
		},
		Defs: defs.String(),
	}
	for _, w1 := range NeuronWeights {
		for _, w2 := range NeuronWeights {
			for _, w0 := range NeuronWeights {
				n := neuron.Neuron{W: []float64{w1, w2}, W0: w0, G: neuron.Sigmoid}
				f, err := neuronFrame(n, set, pn)
				if err != nil {
					return nil, err
				}
				x.Frames = append(x.Frames, f)
			}
		}
	}
	// key frames: w = (1, 0), (1, 1) and (2, 1) shifted by w₀ = -1
	idx := func(w1, w2, w0 float64) int {
		at := func(v float64) int {
			for i, u := range NeuronWeights {
				if u == v {
					return i
				}
			}
			return 0
		}
		m := len(NeuronWeights)
		return (at(w1)*m+at(w2))*m + at(w0)
	}
	x.Key = []int{idx(1, 0, 0), idx(1, 1, 0), idx(2, 1, -1)}
	x.Start = idx(1, 1, 0)
	return x, nil
}

// signed writes v as a term of a sum, its sign first: "+ 2", "− 1".
func signed(v float64) string {
	if v < 0 {
		return "− " + num(-v)
	}
	return "+ " + num(v)
}

// outputShade is the shade of an output o ∈ [0, 1]: white for 0, a grey
// blue for 1 (the points stay visible on it).
func outputShade(o float64) color.NRGBA {
	return mix(white, color.NRGBA{0x6a, 0x8c, 0xb0, 255}, o)
}

func column(set *data.Set, j int) []float64 {
	n, _ := set.X.Dims()
	c := make([]float64, n)
	for i := range c {
		c[i] = set.X.At(i, j)
	}
	return c
}

// neuronFrame draws neuron n over the plane.
func neuronFrame(n neuron.Neuron, set *data.Set, pn panel) (Frame, error) {
	var b strings.Builder
	svgOpen(&b, 480, 320, lang.F("explore.neuron.svg", num(n.W[0]), num(n.W[1]), num(n.W0)))
	var ferr error
	b.WriteString(pn.image(32, 32, false, func(i, j int) color.NRGBA {
		x1, x2 := pn.at(i, j, 32, 32)
		o, err := n.Output([]float64{x1, x2})
		if err != nil {
			ferr = err
		}
		return outputShade(o)
	}))
	if ferr != nil {
		return Frame{}, ferr
	}
	fmt.Fprintf(&b, `<use href="#%s-ax"/><use href="#%s-pts"/><use href="#%s-key"/>`, IDToken, IDToken, IDToken)
	line, err := n.Boundary()
	boundary := lang.T("explore.neuron.noline")
	if err == nil {
		if x1, y1, x2, y2, ok := line.Points(pn.x0, pn.x1); ok {
			fmt.Fprintf(&b, `<path d="M%s %sL%s %s" stroke="%s" stroke-width="2.5" stroke-dasharray="8 4"/>`,
				f1(pn.px(x1)), f1(pn.py(y1)), f1(pn.px(x2)), f1(pn.py(y2)), ink)
		}
		boundary = fmt.Sprintf("%s·x₁ %s·x₂ %s = 0", num(n.W[0]), signed(n.W[1]), signed(n.W0))
	} else if !errors.Is(err, neuron.ErrNoBoundary) {
		return Frame{}, err
	}
	// w drawn from the point of the line nearest the origin (or from 0)
	ox, oy := 0.0, 0.0
	if nn := n.W[0]*n.W[0] + n.W[1]*n.W[1]; nn > 0 {
		ox, oy = -n.W0*n.W[0]/nn, -n.W0*n.W[1]/nn
		s := 0.8 / math.Sqrt(nn) // an arrow of length 0.8 w/‖w‖ … scaled by ‖w‖ up to 2
		s *= math.Min(math.Sqrt(nn), 2)
		if math.Abs(ox) < 2.6 && math.Abs(oy) < 2.6 {
			fmt.Fprintf(&b, `<path d="M%s %sL%s %s" stroke="%s" stroke-width="2" marker-end="url(#%s-arrow)"/>`,
				f1(pn.px(ox)), f1(pn.py(oy)), f1(pn.px(ox+s*n.W[0])), f1(pn.py(oy+s*n.W[1])), ink, IDToken)
			text(&b, pn.px(ox+s*n.W[0])+4, pn.py(oy+s*n.W[1])-4, ` font-weight="bold"`, "w")
		}
	}
	text(&b, 330, 40, ` font-weight="bold"`, lang.T("explore.neuron.squares"))
	text(&b, 330, 56, "", lang.T("explore.neuron.dots"))
	b.WriteString("</svg>")
	acc, err := NeuronAccuracy(n, set)
	if err != nil {
		return Frame{}, err
	}
	o0, err := n.Output([]float64{0, 0})
	if err != nil {
		return Frame{}, err
	}
	caption := lang.F("explore.neuron.caption", int(math.Round(100*acc)))
	if err != nil || n.W[0] == 0 && n.W[1] == 0 {
		caption = lang.T("explore.neuron.caption.zero")
	}
	return Frame{
		SVG:     b.String(),
		Caption: caption,
		Numbers: []Number{
			{lang.T("explore.neuron.boundary"), boundary},
			{lang.T("explore.neuron.origin"), num(o0)},
			{lang.T("explore.neuron.side"), num(acc)},
		},
	}, nil
}
