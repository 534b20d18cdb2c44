package viz

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Lesson 02 (and 08): the network as a diagram, its neurons coloured by a
// value of one example (hˡ in the forward pass, δˡ in the backward pass).

// diverging maps v in [−1, 1] to blue (negative), white (0) and vermillion
// (positive). The value is also printed in the node, for black and white.
func diverging(v float64) color.RGBA {
	v = math.Max(-1, math.Min(1, v))
	if v < 0 {
		return Tint(Blue, 1+0.75*v)
	}
	return Tint(Vermillion, 1-0.75*v)
}

// netDiagram draws the layers of a network left to right: circles for the
// neurons, lines for the weights (width ∝ |wᵢⱼ|, solid if positive, dashed if
// negative), each neuron filled with the colour of its value and the value
// written inside.
type netDiagram struct {
	net    *mlp.Network
	values [][]float64 // values[l][i] for l = 0…L (values[0] may be nil: the input is drawn blank)
	names  []string    // the symbol under each layer: "x", "h¹", …
	flow   int         // +1: an arrowhead on each weight at its layer-l end (forward), −1 at its layer-(l−1) end (backward), 0 none
}

func (d netDiagram) sizes() []int { return d.net.Sizes() }

// pos returns the data coordinates of neuron i of layer l.
func (d netDiagram) pos(l, i int) (float64, float64) {
	n := d.sizes()[l]
	return float64(l), float64(n-1)/2 - float64(i)
}

func (d netDiagram) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sizes := d.sizes()
	// Radius: a little under half the vertical gap, at most 16 pt.
	gap := ty(1) - ty(0)
	r := vg.Length(math.Min(float64(gap)*0.38, 16))

	maxW := 0.0
	for _, layer := range d.net.Layers {
		raw := layer.W.RawMatrix()
		for _, w := range raw.Data {
			maxW = math.Max(maxW, math.Abs(w))
		}
	}
	for l, layer := range d.net.Layers {
		for i := 0; i < layer.Out(); i++ {
			for j := 0; j < layer.In(); j++ {
				w := layer.W.At(i, j)
				if w == 0 || maxW == 0 {
					continue
				}
				x0, y0 := d.pos(l, j)
				x1, y1 := d.pos(l+1, i)
				sty := draw.LineStyle{Color: Grey, Width: vg.Points(0.4 + 2.2*math.Abs(w)/maxW)}
				if w < 0 {
					sty.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
				}
				from, to := vg.Point{X: tx(x0) + r, Y: ty(y0)}, vg.Point{X: tx(x1) - r, Y: ty(y1)}
				switch d.flow {
				case 0:
					c.StrokeLine2(sty, from.X, from.Y, to.X, to.Y)
				case 1:
					drawArrow(c, from, to, sty)
				default:
					drawArrow(c, to, from, sty)
				}
			}
		}
	}
	maxV := 0.0
	for _, vs := range d.values {
		for _, v := range vs {
			maxV = math.Max(maxV, math.Abs(v))
		}
	}
	valueStyle := text.Style{Color: Black, Font: font.From(sansFont, vg.Points(math.Min(8, float64(r)*0.7))),
		XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: p.TextHandler}
	nameStyle := text.Style{Color: Black, Font: font.From(sansFont, labelSize),
		XAlign: draw.XCenter, YAlign: draw.YTop, Handler: p.TextHandler}
	for l, n := range sizes {
		for i := 0; i < n; i++ {
			x, y := d.pos(l, i)
			ctr := vg.Point{X: tx(x), Y: ty(y)}
			fill := color.RGBA{0xff, 0xff, 0xff, 0xff}
			label := ""
			if l < len(d.values) && i < len(d.values[l]) {
				v := d.values[l][i]
				if maxV > 0 {
					fill = diverging(v / maxV)
				}
				label = fmt.Sprintf("%.2f", v)
				if label == "-0.00" {
					label = "0.00"
				}
			}
			circle := circlePath(ctr, r)
			c.SetColor(fill)
			c.Fill(circle)
			c.SetLineStyle(draw.LineStyle{Color: Black, Width: vg.Points(0.8)})
			c.Stroke(circle)
			if label != "" {
				c.FillText(valueStyle, ctr, minus(label))
			}
		}
		if l < len(d.names) {
			x, _ := d.pos(l, 0)
			_, ybot := d.pos(l, n-1)
			c.FillText(nameStyle, vg.Point{X: tx(x), Y: ty(ybot) - r - vg.Points(4)}, d.names[l])
		}
	}
}

func (d netDiagram) DataRange() (xmin, xmax, ymin, ymax float64) {
	maxN := 0
	for _, n := range d.sizes() {
		maxN = max(maxN, n)
	}
	h := float64(maxN-1)/2 + 0.7
	return -0.5, float64(len(d.sizes())-1) + 0.5, -h - 0.5, h
}

func circlePath(c vg.Point, r vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: c.X + r, Y: c.Y})
	p.Arc(c, r, 0, 2*math.Pi)
	p.Close()
	return p
}

// layerNames returns "x", "h¹", …, "hᴸ = o".
func layerNames(sizes []int, prefix string) []string {
	L := len(sizes) - 1
	names := make([]string, L+1)
	names[0] = lang.T("viz.diagram.input")
	for l := 1; l <= L; l++ {
		names[l] = notation.Sym(prefix, l)
	}
	return names
}

// diagramPlot returns a plot with hidden axes holding d.
func diagramPlot(title string, d netDiagram) *plot.Plot {
	p := newPlot(title, "", "")
	hideAxes(p)
	p.Add(d)
	return p
}

// ForwardDiagram draws the network with each neuron coloured by its output hˡ
// for the example x (blue negative, white 0, orange positive; the value is
// written inside), and the weights as lines whose width grows with |wᵢⱼ|
// (dashed when negative).
func ForwardDiagram(net *mlp.Network, x []float64) (*Figure, error) {
	tr, err := net.Forward(x)
	if err != nil {
		return nil, err
	}
	values := make([][]float64, len(tr.H))
	for l, h := range tr.H {
		values[l] = append([]float64(nil), h.RawVector().Data...)
	}
	sizes := net.Sizes()
	names := layerNames(sizes, "h")
	names[len(names)-1] += " = o"
	p := diagramPlot("", netDiagram{net: net, values: values, names: names})
	f := Single(lang.T("viz.forward.title"), p, diagramHeight(sizes))
	f.Subtitle = diagramKey(lang.T("viz.forward.values"))
	return f, nil
}

func diagramHeight(sizes []int) vg.Length {
	maxN := 0
	for _, n := range sizes {
		maxN = max(maxN, n)
	}
	return vg.Length(math.Min(24, math.Max(8, 1.4*float64(maxN)+3))) * vg.Centimeter
}

// diagramKey explains the colours and lines of a diagram.
func diagramKey(value string) string {
	return lang.F("viz.diagram.key", value)
}

func minus(s string) string {
	if len(s) > 0 && s[0] == '-' {
		return "−" + s[1:]
	}
	return s
}

// BackwardDiagram draws one example's forward pass (top: the outputs hˡ)
// and backward pass (bottom: the errors δˡ = ∂C/∂aˡ of every neuron, computed
// from the output back to the first layer). deltas[l] is δˡ for l = 1…L
// (deltas[0], the input's, is ignored: the input has no activity). Every
// weight carries an arrowhead in the direction of the pass: left to right on
// top, right to left below. The gradient of a weight is then
// ∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹: the δ where its arrow starts (bottom) times the h of
// the neuron it points to (top).
func BackwardDiagram(net *mlp.Network, x []float64, deltas [][]float64) (*Figure, error) {
	sizes := net.Sizes()
	L := len(sizes) - 1
	if len(deltas) != L+1 {
		return nil, fmt.Errorf("backward diagram: %d δ vectors, want %d (δ⁰ unused, then δ¹…δ%s)", len(deltas), L+1, notation.Sup(L))
	}
	for l := 1; l <= L; l++ {
		if len(deltas[l]) != sizes[l] {
			return nil, fmt.Errorf("backward diagram: %s has %d values but layer %d has %d neurons", notation.Sym("δ", l), len(deltas[l]), l, sizes[l])
		}
		for i, d := range deltas[l] {
			if !finite(d) {
				return nil, fmt.Errorf("backward diagram: %s[%d] = %v is not finite", notation.Sym("δ", l), i, d)
			}
		}
	}
	tr, err := net.Forward(x)
	if err != nil {
		return nil, err
	}
	hs := make([][]float64, L+1)
	for l, h := range tr.H {
		hs[l] = append([]float64(nil), h.RawVector().Data...)
	}
	ds := append([][]float64{nil}, deltas[1:]...)
	top := diagramPlot(lang.T("viz.backward.top"), netDiagram{net: net, values: hs, names: layerNames(sizes, "h"), flow: 1})
	names := layerNames(sizes, "δ")
	names[0] = ""
	bottom := diagramPlot(lang.T("viz.backward.bottom"), netDiagram{net: net, values: ds, names: names, flow: -1})
	f := &Figure{
		Title:    lang.T("viz.backward.title"),
		Subtitle: diagramKey(lang.T("viz.backward.values")),
		Panels:   [][]*plot.Plot{{top}, {bottom}},
		Width:    TextWidth,
		Height:   2*diagramHeight(sizes) - 2*vg.Centimeter,
	}
	return f, nil
}
