package viz

import (
	"errors"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lessons 03 and 10: what a network computes over the plane.

// MaxClasses bounds the labels a figure of points draws (0…MaxClasses−1).
const MaxClasses = 64

// classifier returns, for a network with a 2-D input, the class it decides at
// (x₁, x₂) and a score whose level 0 is the decision boundary: for one
// output o, class 1 when o > 0.5 (score o − 0.5); for K outputs, the argmax
// (score: the margin between the two largest outputs, signed by class 0).
// A point where the forward pass fails (a NaN weight, an overflow) is no
// class: *failed keeps the first such error, for the caller to return
// instead of a figure that says "class 0 everywhere".
func classifier(net *mlp.Network, failed *error) (func(x1, x2 float64) (int, float64), int, error) {
	if net == nil {
		return nil, 0, errors.New("decision regions: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, 0, err
	}
	sizes := net.Sizes()
	if sizes[0] != 2 {
		return nil, 0, fmt.Errorf("decision regions need a network with 2 inputs (x₁, x₂), this one has %d", sizes[0])
	}
	k := sizes[len(sizes)-1]
	x := make([]float64, 2)
	return func(x1, x2 float64) (int, float64) {
		x[0], x[1] = x1, x2
		tr, err := net.Forward(x)
		if err != nil {
			if *failed == nil {
				*failed = fmt.Errorf("decision regions: at (x₁, x₂) = (%.3g, %.3g): %w", x1, x2, err)
			}
			return 0, 0
		}
		o := tr.H[len(tr.H)-1].RawVector().Data
		if k == 1 {
			threshold := 0.5
			if net.Layers[len(net.Layers)-1].G.Name == "tanh" || net.Layers[len(net.Layers)-1].G.Name == "identity" {
				threshold = 0
			}
			if o[0] > threshold {
				return 1, o[0] - threshold
			}
			return 0, o[0] - threshold
		}
		c := mlp.Argmax(o)
		if k == 2 {
			return c, o[1] - o[0] // > 0 for class 1: smooth across the boundary
		}
		return c, o[c]
	}, max(k, 2), nil
}

// addRegions shades each class's region with a light tint of its colour
// (tints of different lightness, so that they stay apart in grey) and draws
// the boundary between regions in black.
func addRegions(p *plot.Plot, net *mlp.Network, lo, hi float64) (err error) {
	var failed error
	decide, k, err := classifier(net, &failed)
	if err != nil {
		return err
	}
	defer func() {
		if err == nil {
			err = failed
		}
	}()
	tints := make([]color.RGBA, k)
	for c := range tints {
		tints[c] = Tint(Colour(c), 0.72+0.16*float64(c%2))
	}
	p.Add(field(func(x1, x2 float64) color.Color {
		c, _ := decide(x1, x2)
		return tints[c%k]
	}, lo, hi, lo, hi, 200))
	// The boundary: where the class changes, found on a grid as the level 0 of
	// the difference between neighbouring classes for each pair.
	if k == 2 {
		// Two classes: the boundary is the level 0 of a smooth score.
		score := func(x1, x2 float64) float64 {
			_, s := decide(x1, x2)
			return s
		}
		for _, xy := range contourLines(score, lo, hi, lo, hi, 150, 0) {
			l, err := plotter.NewLine(xy)
			if err != nil {
				continue
			}
			l.LineStyle = draw.LineStyle{Color: Black, Width: vg.Points(1.5)}
			p.Add(l)
		}
		return nil
	}
	for c := 0; c < k; c++ {
		in := func(x1, x2 float64) float64 {
			d, _ := decide(x1, x2)
			if d == c {
				return 1
			}
			return -1
		}
		for _, xy := range contourLines(in, lo, hi, lo, hi, 120, 0) {
			l, err := plotter.NewLine(xy)
			if err != nil {
				continue
			}
			l.LineStyle = draw.LineStyle{Color: Black, Width: vg.Points(1.5)}
			p.Add(l)
		}
	}
	return nil
}

// DecisionRegions draws the classes a trained network with 2 inputs decides
// over the plane (shaded), the boundary between them (black) and the data X
// (N×2) with its labels.
func DecisionRegions(net *mlp.Network, X mat.Matrix, labels []int, title string) (*Figure, error) {
	if err := checkXY(X, labels); err != nil {
		return nil, err
	}
	xmin, xmax, ymin, ymax := box(X, 0.1)
	lo, hi := math.Min(xmin, ymin), math.Max(xmax, ymax)
	p := newPlot("", "x₁", "x₂")
	if err := addRegions(p, net, lo, hi); err != nil {
		return nil, err
	}
	addClasses(p, &p.Legend, X, labels, nil)
	square(p, lo, hi)
	p.Legend.Top, p.Legend.Left = false, false
	// Narrower than the text width, so that the plane is drawn about square.
	f := &Figure{Title: title, Panels: [][]*plot.Plot{{p}}, Width: 13 * vg.Centimeter, Height: 14.5 * vg.Centimeter}
	f.Subtitle = lang.F("viz.regions.subtitle", net.Label())
	return f, nil
}

// CompareRegions draws the decision regions of several networks trained on
// the same data X (N×2), side by side, each panel titled with its name, its
// number of parameters and how many points of X it classifies right: for example a wide shallow network against a narrow deep
// one with about as many weights.
func CompareRegions(title string, nets []*mlp.Network, names []string, X mat.Matrix, labels []int) (*Figure, error) {
	if err := checkXY(X, labels); err != nil {
		return nil, err
	}
	if len(nets) != len(names) || len(nets) == 0 {
		return nil, fmt.Errorf("compare regions: %d networks and %d names; want the same number, at least 1", len(nets), len(names))
	}
	xmin, xmax, ymin, ymax := box(X, 0.1)
	lo, hi := math.Min(xmin, ymin), math.Max(xmax, ymax)
	var ps []*plot.Plot
	var key Key // the classes, named once above the panels: a boundary may run anywhere in a panel
	for i, net := range nets {
		out, err := net.Predict(X)
		if err != nil {
			return nil, fmt.Errorf("network %q: %w", names[i], err)
		}
		acc, err := accuracy(out, labels)
		if err != nil {
			return nil, err
		}
		// Two lines, and counts rather than a rounded percentage (199 of 200
		// is not "100%"): narrow panels cut a long one-line title.
		right := int(math.Round(acc * float64(len(labels))))
		p := newPlot(lang.F("viz.compare.panel", names[i], net.NumParams(), right, len(labels)), "x₁", "x₂")
		if err := addRegions(p, net, lo, hi); err != nil {
			return nil, err
		}
		addClasses(p, &key, X, labels, nil)
		square(p, lo, hi)
		ps = append(ps, p)
	}
	f := Grid(title, len(ps), 10*vg.Centimeter, ps...)
	f.Key = key
	return f, nil
}

// accuracy is the fraction of rows of the outputs whose decision (argmax, or
// o > 0.5 for one output) is the label.
func accuracy(out *mat.Dense, labels []int) (float64, error) {
	n, k := out.Dims()
	var pred []int
	if k == 1 {
		for i := 0; i < n; i++ {
			c := 0
			if out.At(i, 0) > 0.5 {
				c = 1
			}
			pred = append(pred, c)
		}
	} else {
		pred = mlp.ArgmaxRows(out)
	}
	return mlp.Accuracy(pred, labels)
}

// HiddenUnits shows what the hidden layer of a network 2-H-… computes: on the
// left, the line wᵢᵀx + bᵢ = 0 of each hidden unit i, with an arrow to the side
// where its activity is positive; on the right, the region the whole network
// carves out of the plane by combining them.
func HiddenUnits(net *mlp.Network, X mat.Matrix, labels []int) (*Figure, error) {
	if err := checkXY(X, labels); err != nil {
		return nil, err
	}
	if err := net.Validate(); err != nil {
		return nil, fmt.Errorf("hidden units: %w", err)
	}
	W1, b1 := net.Layers[0].W, net.Layers[0].B
	if _, c := W1.Dims(); c != 2 {
		return nil, fmt.Errorf("hidden units: W¹ has %d columns, want 2 (a 2-D input)", c)
	}
	xmin, xmax, ymin, ymax := box(X, 0.1)
	lo, hi := math.Min(xmin, ymin), math.Max(xmax, ymax)

	// The key above both panels names the classes and the units: the data
	// and the lines may fill every corner of a panel.
	var key Key
	left := newPlot(lang.T("viz.hidden.left"), "x₁", "x₂")
	addClasses(left, &key, X, labels, nil)
	right := newPlot(lang.T("viz.hidden.right"), "x₁", "x₂")
	if err := addRegions(right, net, lo, hi); err != nil {
		return nil, err
	}
	H, _ := W1.Dims()
	for i := 0; i < H; i++ {
		n := neuron.Neuron{W: []float64{W1.At(i, 0), W1.At(i, 1)}, W0: b1.AtVec(i), G: neuron.Identity}
		line, err := n.Boundary()
		if err != nil {
			continue // a unit with w = 0 has no line
		}
		x1, y1, x2, y2, ok := line.Points(lo, hi)
		if !ok {
			continue
		}
		seg := plotter.XYs{{X: x1, Y: y1}, {X: x2, Y: y2}}
		key.Add(lang.F("viz.hidden.unit", i+1), addLine(left, seg, i, ""))
		l := addLine(right, seg, i, "")
		l.LineStyle.Width = vg.Points(0.8)
		// An arrow towards the positive side, from a point of the segment
		// of its own (30%, 50%, 70% of the way for three units), so that the
		// arrows of lines that cross do not meet; an open head, unlike the
		// class markers.
		t := 0.2 + 0.6*(float64(i)+0.5)/float64(H)
		mx, my := x1+t*(x2-x1), y1+t*(y2-y1)
		norm := math.Hypot(line.A, line.B)
		s := 0.13 * (hi - lo) / norm
		left.Add(arrow{X0: mx, Y0: my, X1: mx + s*line.A, Y1: my + s*line.B, Style: LineStyle(i), Open: true})
	}
	addClasses(right, nil, X, labels, nil)
	square(left, lo, hi)
	square(right, lo, hi)
	f := Grid(lang.T("viz.hidden.title"), 2, 10*vg.Centimeter, left, right)
	f.Subtitle = lang.T("viz.hidden.subtitle")
	f.Key = key
	return f, nil
}

func checkXY(X mat.Matrix, labels []int) error {
	r, c, err := guard.Matrix(X, "X")
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if c != 2 || r != len(labels) || r == 0 {
		return fmt.Errorf("data: X is %d×%d with %d labels; want N×2 with N labels, N > 0", r, c, len(labels))
	}
	for i, l := range labels {
		if l < 0 {
			return fmt.Errorf("data: label %d of example %d is negative", l, i)
		}
		if l >= MaxClasses {
			return fmt.Errorf("data: label %d of example %d: a figure draws at most %d classes (viz.MaxClasses)", l, i, MaxClasses)
		}
	}
	return nil
}
