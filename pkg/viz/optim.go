package viz

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lessons 04, 05 and 06: learning as optimisation. These figures take plain
// numbers — the cost histories and weight trajectories that pkg/gd records —
// so that they draw any run.

// Series is one named curve: Y against X (a cost per epoch, a weight
// trajectory w₂ against w₁, …).
type Series struct {
	Name string
	X, Y []float64
}

func (s Series) xys() (plotter.XYs, error) {
	if len(s.X) != len(s.Y) || len(s.X) == 0 {
		return nil, fmt.Errorf("series %q: %d x values and %d y values; want the same number, at least 1", s.Name, len(s.X), len(s.Y))
	}
	xy := make(plotter.XYs, len(s.X))
	for i := range xy {
		if !finite(s.X[i], s.Y[i]) {
			return nil, fmt.Errorf("series %q: point %d is (%v, %v): not finite (did training diverge?)", s.Name, i, s.X[i], s.Y[i])
		}
		xy[i] = plotter.XY{X: s.X[i], Y: s.Y[i]}
	}
	return xy, nil
}

// curvesPanel draws series as lines, each with its own colour and dashes;
// with logY the y axis is logarithmic (every Y must then be > 0).
func CurvesPanel(title, xlabel, ylabel string, series []Series, logY, markers bool) (*plot.Plot, error) {
	p := newPlot(title, xlabel, ylabel)
	addGrid(p)
	for i, s := range series {
		xy, err := s.xys()
		if err != nil {
			return nil, err
		}
		if logY {
			for k := range xy {
				if xy[k].Y <= 0 {
					return nil, fmt.Errorf("series %q: y = %v at point %d cannot be drawn on a log scale", s.Name, xy[k].Y, k)
				}
			}
		}
		if markers {
			addLinePoints(p, xy, i, s.Name)
		} else {
			addLine(p, xy, i, s.Name)
		}
	}
	if logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = DecadeTicks{}
	}
	return p, nil
}

// levelsOf returns n contour levels of f over the box, spaced more densely
// near the minimum (quadratically), as for a bowl.
func levelsOf(f func(x, y float64) float64, xmin, xmax, ymin, ymax float64, n int) []float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 0; i <= 40; i++ {
		for j := 0; j <= 40; j++ {
			v := f(xmin+(xmax-xmin)*float64(i)/40, ymin+(ymax-ymin)*float64(j)/40)
			if finite(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	levels := make([]float64, n)
	for k := range levels {
		q := float64(k+1) / float64(n+1)
		levels[k] = lo + (hi-lo)*q*q
	}
	return levels
}

// surfacePanel draws the level curves of a cost C(w₁, w₂) over the box and
// each path (a weight trajectory) on top, with markers at every step and a
// ring on the start. The minimum and the paths are named in legend (nil for
// none): a figure's key, since the level curves fill every corner of the panel.
func surfacePanel(title, xlabel, ylabel string, C func(w1, w2 float64) float64, xmin, xmax, ymin, ymax float64, paths []Series, minimum *plotter.XY, legend legendAdder) (*plot.Plot, error) {
	p := newPlot(title, xlabel, ylabel)
	for _, level := range levelsOf(C, xmin, xmax, ymin, ymax, 12) {
		for _, xy := range contourLines(C, xmin, xmax, ymin, ymax, 100, level) {
			l, err := plotter.NewLine(xy)
			if err != nil {
				continue
			}
			l.LineStyle = draw.LineStyle{Color: Grey, Width: vg.Points(0.6)}
			p.Add(l)
		}
	}
	if minimum != nil {
		s, _ := plotter.NewScatter(plotter.XYs{*minimum})
		s.GlyphStyle = draw.GlyphStyle{Color: Black, Radius: vg.Points(4), Shape: draw.PlusGlyph{}}
		p.Add(s)
		if legend != nil {
			legend.Add(lang.T("viz.minimum"), s)
		}
	}
	for i, path := range paths {
		xy, err := path.xys()
		if err != nil {
			return nil, err
		}
		l, s := addLinePoints(p, xy, i, "")
		if legend != nil && path.Name != "" {
			legend.Add(path.Name, l, s)
		}
	}
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xmin, xmax, ymin, ymax
	return p, nil
}

// CostSurface draws gradient descent on a cost of two weights: the level
// curves of C(w₁, w₂) and the path w₀, w₁, … of each run. Give one surface per
// panel (for example without and with the L2 term ‖w‖²). The minimum and the
// runs are named once, in a key above the panels.
func CostSurface(title string, panels []SurfacePanel) (*Figure, error) {
	var ps []*plot.Plot
	var key Key
	for _, sp := range panels {
		p, err := surfacePanel(sp.Title, "w₁", "w₂", sp.C, sp.Box[0], sp.Box[1], sp.Box[2], sp.Box[3], sp.Paths, sp.Minimum, &key)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	f := Grid(title, len(ps), 10*vg.Centimeter, ps...)
	f.Key = key
	return f, nil
}

// SurfacePanel is one panel of CostSurface.
type SurfacePanel struct {
	Title   string
	C       func(w1, w2 float64) float64 // the cost
	Box     [4]float64                   // w₁ min, w₁ max, w₂ min, w₂ max
	Paths   []Series                     // X = w₁, Y = w₂ at each step
	Minimum *plotter.XY                  // where C is smallest, marked +; nil for none
}

// QuadraticRegimes is LeCun's figure of the four learning-rate regimes on a
// quadratic cost C(w) = ½ a (w − w*)², whose optimal rate is η_opt = 1/a:
// η < η_opt converges slowly, η = η_opt in one step, η_opt < η < 2η_opt
// oscillates and converges, η > 2η_opt diverges. Each run holds the weights
// w₀, w₁, … of one rate (X = step, Y = w); each panel draws the parabola and
// the steps as a zig-zag of arrows.
func QuadraticRegimes(a, wStar float64, runs []Series) (*Figure, error) {
	if a <= 0 || !finite(a, wStar) {
		return nil, fmt.Errorf("quadratic regimes: curvature a = %v must be positive and finite", a)
	}
	C := func(w float64) float64 { return 0.5 * a * (w - wStar) * (w - wStar) }
	var ps []*plot.Plot
	for i, run := range runs {
		if len(run.Y) == 0 {
			return nil, fmt.Errorf("quadratic regimes: run %q has no steps", run.Name)
		}
		span := 0.0
		for _, w := range run.Y {
			span = math.Max(span, math.Abs(w-wStar))
		}
		span = math.Min(span*1.15, 4*math.Abs(run.Y[0]-wStar)+1e-9)
		p := newPlot(run.Name, "w", "C(w)")
		addGrid(p)
		addLine(p, curve(C, wStar-span, wStar+span, 200), 6, "")
		for k, w := range run.Y {
			if math.Abs(w-wStar) > span || !finite(w) {
				break
			}
			pt := plotter.XYs{{X: w, Y: C(w)}}
			s, _ := plotter.NewScatter(pt)
			s.GlyphStyle = GlyphStyle(i)
			p.Add(s)
			if k+1 < len(run.Y) && math.Abs(run.Y[k+1]-wStar) <= span {
				p.Add(arrow{X0: w, Y0: C(w), X1: run.Y[k+1], Y1: C(run.Y[k+1]), Style: draw.LineStyle{Color: Colour(i), Width: vg.Points(1)}})
			}
		}
		p.X.Min, p.X.Max = wStar-span, wStar+span
		p.Y.Min = 0
		ps = append(ps, p)
	}
	return Grid(lang.T("viz.regimes.title"), 2, TallHeight, ps...), nil
}

// LearningRateRuns draws, for each run of LeCun's simple linear network (one
// column each), the weight trajectory over the level curves of the error
// (top) and the error against the step (bottom).
func LearningRateRuns(title string, C func(w1, w2 float64) float64, box [4]float64, minimum *plotter.XY, paths, errors []Series) (*Figure, error) {
	if len(paths) != len(errors) || len(paths) == 0 {
		return nil, fmt.Errorf("learning-rate runs: %d trajectories and %d error curves; want the same number, at least 1", len(paths), len(errors))
	}
	f := &Figure{Title: title, Width: TextWidth, Height: TallHeight + 2*vg.Centimeter}
	top := make([]*plot.Plot, len(paths))
	bottom := make([]*plot.Plot, len(paths))
	for i := range paths {
		p, err := surfacePanel(paths[i].Name, "w₁", "w₂", C, box[0], box[1], box[2], box[3], []Series{{Name: "", X: paths[i].X, Y: paths[i].Y}}, minimum, nil)
		if err != nil {
			return nil, err
		}
		top[i] = p
		e, err := CurvesPanel("", lang.T("viz.step"), lang.T("viz.errorC"), []Series{errors[i]}, false, true)
		if err != nil {
			return nil, err
		}
		e.Legend = freshLegend()
		bottom[i] = e
	}
	f.Panels = [][]*plot.Plot{top, bottom}
	return f, nil
}

// CostCurves draws the cost of several runs against two clocks side by side:
// per epoch (one pass over the data) on the left, per gradient evaluation
// (one example's ∇L) on the right. This is lesson 06's comparison of batch,
// stochastic and minibatch gradient descent.
func CostCurves(title string, perEpoch, perEvaluation []Series, logY bool) (*Figure, error) {
	left, err := CurvesPanel(lang.T("viz.costcurves.left"), lang.T("viz.epoch"), lang.T("viz.costC"), perEpoch, logY, false)
	if err != nil {
		return nil, err
	}
	right, err := CurvesPanel(lang.T("viz.costcurves.right"), lang.T("viz.costcurves.rightx"), lang.T("viz.costC"), perEvaluation, logY, false)
	if err != nil {
		return nil, err
	}
	left.Legend.Left = false
	right.Legend = freshLegend()
	return Grid(title, 2, ShortHeight+vg.Centimeter, left, right), nil
}
