package explore

import (
	"fmt"
	"math"
	"strings"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/step"
)

// Lesson 08: the backward pass, layer by layer, on the diagram.

// Backward steps through the backward pass of lesson 08's network
// (step.DemoNetwork(seed): 2-3-2, sigmoid, squared error) on its example,
// drawn on the network: the forward values hˡ first, then, from the output
// back to the input, δᴸ in the output neurons, ∂C/∂wᵢⱼ = δᵢ hⱼ written on
// every edge of Wᴸ with arrows pointing back, δᴸ⁻¹ = (Wᴸ)ᵀδᴸ ⊙ g′(aᴸ⁻¹)
// flowing along those edges into the hidden neurons, and so on down to W¹.
// Every number comes from backprop.Backward.
func Backward(seed uint64) (*Explorable, error) {
	net, in, y, err := step.DemoNetwork(seed)
	if err != nil {
		return nil, err
	}
	ft, err := net.Forward(in)
	if err != nil {
		return nil, err
	}
	bt, err := backprop.Backward(net, ft, y, mlp.SquaredError)
	if err != nil {
		return nil, err
	}
	sizes := net.Sizes()
	L := len(sizes) - 1
	d := newDiagram(sizes)
	var defs strings.Builder
	fmt.Fprintf(&defs, `<marker id="%s-ah" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto"><path d="M0 0L10 5L0 10z" fill="%s"/></marker>`, IDToken, vermil)
	fmt.Fprintf(&defs, `<marker id="%s-af" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="%s"/></marker>`, IDToken, grey)

	type stage struct {
		title, caption string
		layer          int // the layer whose δ (nodes) or ∂C/∂W (edges) is shown
		edges          bool
		numbers        []Number
	}
	stages := []stage{{
		title:   lang.T("explore.backward.forward"),
		caption: lang.F("explore.backward.forward.caption", num(bt.C), step.Vec(y)),
		layer:   -1,
		numbers: []Number{{"C", num(bt.C)}, {"o = h" + sup(L), step.Vec(ft.H[L].RawVector().Data)}},
	}}
	for l := L; l >= 1; l-- {
		dl := bt.Delta[l].RawVector().Data
		c := lang.F("explore.backward.delta", sup(l), sup(l+1), sup(l+1), sup(l))
		if l == L {
			c = lang.F("explore.backward.deltaL", sup(L), sup(L), step.Vec(bt.DCDO))
		}
		stages = append(stages, stage{
			title: "δ" + sup(l) + " = ∂C/∂a" + sup(l), caption: c, layer: l,
			numbers: []Number{{"δ" + sup(l), step.Vec(dl)}},
		})
		stages = append(stages, stage{
			title:   lang.F("explore.backward.edges", sup(l), sup(l), sup(l-1)),
			caption: lang.F("explore.backward.edges.caption", sup(l)),
			layer:   l, edges: true,
			numbers: []Number{{"∂C/∂W" + sup(l), step.Mat(bt.GradW[l])}},
		})
	}
	x := &Explorable{
		Title:  lang.F("explore.backward.title", sizesString(sizes)),
		Note:   lang.T("explore.backward.note"),
		Params: []Param{{Name: lang.T("explore.backward.step")}},
		Play:   true,
		Delay:  1500,
		Defs:   defs.String(),
		Key:    nil,
	}
	for k, s := range stages {
		x.Params[0].Labels = append(x.Params[0].Labels, fmt.Sprint(k+1))
		var b strings.Builder
		svgOpen(&b, d.width, d.height, s.title)
		text(&b, 8, 16, ` font-weight="bold" font-size="12"`, s.title)
		for l := 1; l <= L; l++ {
			back := l == s.layer && s.edges || l == s.layer+1 && !s.edges && s.layer >= 1
			for i := 0; i < sizes[l]; i++ {
				for j := 0; j < sizes[l-1]; j++ {
					x1, y1 := d.at(l-1, j)
					x2, y2 := d.at(l, i)
					if back { // from the neuron of layer l back to the one of l−1
						ax, ay, bx, by := shorten(x2, y2, x1, y1, d.r+2)
						fmt.Fprintf(&b, `<path d="M%s %sL%s %s" stroke="%s" stroke-width="2.2" marker-end="url(#%s-ah)"/>`, f1(ax), f1(ay), f1(bx), f1(by), vermil, IDToken)
					} else {
						ax, ay, bx, by := shorten(x1, y1, x2, y2, d.r+2)
						fmt.Fprintf(&b, `<path d="M%s %sL%s %s" stroke="%s" stroke-width="1" marker-end="url(#%s-af)"/>`, f1(ax), f1(ay), f1(bx), f1(by), light, IDToken)
					}
					if l == s.layer && s.edges {
						g := bt.GradW[l].At(i, j)
						// the label sits near the edge's δ end, where the
						// edges of one neuron fan out, clear of the arrowheads
						tx, ty := x1+0.79*(x2-x1), y1+0.79*(y2-y1)
						fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="14" rx="3" fill="#fff" fill-opacity="0.9"/>`, f1(tx-float64(len(num3(g)))*3.2), f1(ty-10), f1(float64(len(num3(g)))*6.4))
						text(&b, tx, ty+1, ` text-anchor="middle" font-size="10.5" fill="`+vermil+`"`, num3(g))
					}
				}
			}
		}
		for l := 0; l <= L; l++ {
			cx, _ := d.at(l, 0)
			text(&b, cx, float64(d.height-10), ` text-anchor="middle"`, layerName(l, L))
			for i := 0; i < sizes[l]; i++ {
				cx, cy := d.at(l, i)
				val, sym := ft.H[l].AtVec(i), "h"
				if l == 0 {
					sym = "x" // h⁰ = x: the input layer's neurons are x₁, x₂, not the h₁, h₂ of layer 1
				}
				stroke, fill := "#444", "#fff"
				if s.layer >= 1 && l >= s.layer && l >= 1 {
					val, sym = bt.Delta[l].AtVec(i), "δ"
					fill = "#fde7d9"
					if l == s.layer && !s.edges {
						stroke, fill = vermil, "#fbd0b5"
					}
				}
				fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" stroke-width="2"/>`, f1(cx), f1(cy), f1(d.r), fill, stroke)
				label := num3(val)
				text(&b, cx, cy-4, ` text-anchor="middle" font-size="10" fill="#444"`, sym+sub(i+1))
				fs := fitFont(label, 2*d.r-6, 11)
				text(&b, cx, cy+10, fmt.Sprintf(` text-anchor="middle" font-size="%s" font-weight="bold"`, f1(fs)), label)
			}
		}
		b.WriteString("</svg>")
		x.Frames = append(x.Frames, Frame{SVG: b.String(), Caption: s.caption, Numbers: s.numbers})
	}
	return x, nil
}

// diagram places the neurons of a network: one column per layer.
type diagram struct {
	sizes         []int
	width, height int
	r             float64
}

func newDiagram(sizes []int) diagram {
	rows := 1
	for _, n := range sizes {
		rows = max(rows, n)
	}
	return diagram{sizes: sizes, width: 220*len(sizes) - 40, height: 40 + rows*80 + 30, r: 24}
}

// at returns the centre of neuron i of layer l.
func (d diagram) at(l, i int) (x, y float64) {
	rows := 1
	for _, n := range d.sizes {
		rows = max(rows, n)
	}
	n := d.sizes[l]
	return float64(70 + l*220), 40 + float64(rows-n)*40 + float64(i)*80 + 40
}

// shorten returns the segment from (x1, y1) to (x2, y2) with r cut off at
// each end (the circles').
func shorten(x1, y1, x2, y2, r float64) (float64, float64, float64, float64) {
	dx, dy := x2-x1, y2-y1
	n := math.Hypot(dx, dy)
	if n <= 2*r {
		return x1, y1, x2, y2
	}
	ux, uy := dx/n, dy/n
	return x1 + r*ux, y1 + r*uy, x2 - r*ux, y2 - r*uy
}

// fitFont returns the font size (at most max) at which s fits in width
// pixels (a sans-serif digit is about 0.6 em wide).
func fitFont(s string, width, max float64) float64 {
	n := float64(len([]rune(s)))
	if n == 0 {
		return max
	}
	return math.Min(max, width/(0.6*n))
}

// num3 writes a number with 3 significant digits, as the diagram has room
// for.
func num3(v float64) string {
	if v == 0 {
		return "0"
	}
	s := fmt.Sprintf("%.3g", v)
	return s
}

func layerName(l, L int) string {
	switch l {
	case 0:
		return lang.T("explore.backward.input")
	case L:
		return lang.F("explore.backward.output", sup(L))
	}
	return lang.F("explore.backward.layer", l, sup(l))
}

func sizesString(sizes []int) string {
	s := make([]string, len(sizes))
	for i, n := range sizes {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, "-")
}

// sup writes a small number as a superscript (δ² for sup(2)).
func sup(n int) string {
	digits := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		if c == '-' {
			b.WriteRune('⁻')
			continue
		}
		b.WriteRune(digits[c-'0'])
	}
	return b.String()
}

// sub writes a small number as a subscript.
func sub(n int) string {
	digits := []rune("₀₁₂₃₄₅₆₇₈₉")
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteRune(digits[c-'0'])
	}
	return b.String()
}
