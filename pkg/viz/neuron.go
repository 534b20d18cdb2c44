package viz

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 01: a single neuron.

// activationFormulas are the panel titles of Activations.
func activationFormulas(name string) string {
	switch name {
	case "sigmoid":
		return lang.T("viz.activations.sigmoid")
	case "tanh":
		return lang.T("viz.activations.tanh")
	case "gaussian":
		return lang.T("viz.activations.gaussian")
	case "relu":
		return lang.T("viz.activations.relu")
	}
	return name
}

// Activations draws g (solid) and g′ (dashed) for the lecture's four
// non-linearities: sigmoid, tanh, Gaussian and ReLU, for a in [−4, 4].
func Activations() (*Figure, error) {
	var panels []*plot.Plot
	for _, act := range []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian, neuron.ReLU} {
		p := newPlot(activationFormulas(act.Name), lang.T("viz.activations.xlabel"), "")
		addGrid(p)
		addLine(p, curve(act.G, -4, 4, 201), 0, "g(a)")
		addLine(p, curve(act.Deriv, -4, 4, 201), 1, "g′(a)")
		p.Legend.Left = true
		p.Y.Min, p.Y.Max = -1.05, 1.6
		if act.Name == "relu" {
			p.Y.Max = 4
			p.Y.Min = -0.2
		}
		panels = append(panels, p)
	}
	return Grid(lang.T("viz.activations.title"), 2, TallHeight, panels...), nil
}

// HalfPlane draws what one neuron with a 2-D input computes on labelled data
// X (N×2) : on the left, the line wᵀx + w₀ = 0 that splits the plane, the
// half-plane a > 0 shaded and the weight vector w, which points into it; on the
// right, its output g(a(x)) in grey levels with the contour lines 0.1, 0.5, 0.9
// (for the sigmoid: the output is 0.5 on the line).
func HalfPlane(n neuron.Neuron, X mat.Matrix, labels []int) (*Figure, error) {
	line, err := n.Boundary()
	if err != nil {
		return nil, err
	}
	if err := n.G.Valid(); err != nil {
		return nil, err
	}
	if err := checkXY(X, labels); err != nil {
		return nil, fmt.Errorf("half-plane: %w", err)
	}
	rows, cols := X.Dims()
	if cols != 2 || rows != len(labels) {
		return nil, fmt.Errorf("half-plane: X is %d×%d and has %d labels; want N×2 with N labels", rows, cols, len(labels))
	}
	xmin, xmax, ymin, ymax := box(X, 0.15)
	// Square box, so that w looks perpendicular to the line.
	lo, hi := math.Min(xmin, ymin), math.Max(xmax, ymax)

	// The key above both panels names the line and the classes: wherever the
	// line falls, it cannot run under the key.
	var key Key
	left := newPlot(lang.T("viz.halfplane.left"), "x₁", "x₂")
	pos := Tint(Colour(1), 0.8)
	left.Add(field(func(x1, x2 float64) color.Color {
		if line.Side(x1, x2) > 0 {
			return pos
		}
		return color.White
	}, lo, hi, lo, hi, 200))
	if x1, y1, x2, y2, ok := line.Points(lo, hi); ok {
		key.Add("wᵀx + w₀ = 0", addLine(left, plotter.XYs{{X: x1, Y: y1}, {X: x2, Y: y2}}, 6, ""))
	}
	// w drawn from the point of the line closest to the centre of the box.
	cx, cy := (lo+hi)/2, (lo+hi)/2
	a := line.A*cx + line.B*cy + line.C
	nn := line.A*line.A + line.B*line.B
	fx, fy := cx-a*line.A/nn, cy-a*line.B/nn
	scale := 0.25 * (hi - lo) / math.Sqrt(nn)
	left.Add(arrow{X0: fx, Y0: fy, X1: fx + scale*line.A, Y1: fy + scale*line.B,
		Style: draw.LineStyle{Color: Black, Width: vg.Points(2)}})
	left.Add(labels1(fx+scale*line.A, fy+scale*line.B, "  w"))
	addClasses(left, &key, X, labels, nil)
	square(left, lo, hi)

	right := newPlot(lang.F("viz.halfplane.right", n.G.Label()), "x₁", "x₂")
	out := func(x1, x2 float64) float64 { return n.G.G(line.A*x1 + line.B*x2 + line.C) }
	right.Add(field(func(x1, x2 float64) color.Color {
		v := math.Max(0, math.Min(1, out(x1, x2)))
		return color.Gray{uint8(255 - 150*v)}
	}, lo, hi, lo, hi, 200))
	addContours(right, out, lo, hi, []float64{0.5, 0.1, 0.9}) // solid, dashed, dotted
	addClasses(right, nil, X, labels, nil)
	square(right, lo, hi)

	title := lang.F("viz.halfplane.title", Num(line.A), Num(line.B), Num(line.C))
	f := Grid(title, 2, 10*vg.Centimeter, left, right)
	f.Key = key
	return f, nil
}
