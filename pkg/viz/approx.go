package viz

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lesson 11: universal approximation, F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ).

// ApproxFits draws, one panel per fit, the target f (dashed black) and the
// fit F of a network with N hidden units (solid), with the fit's name (e.g.
// "N = 4") and its largest error |F − f| in the panel title. All fits share
// the target's x values.
func ApproxFits(target Series, fits []Series) (*Figure, error) {
	txy, err := target.xys()
	if err != nil {
		return nil, err
	}
	if len(fits) == 0 {
		return nil, fmt.Errorf("approximation fits: no fit to draw")
	}
	var ps []*plot.Plot
	var key Key // above the panels: a fit may pass through any corner of one
	for _, fit := range fits {
		fxy, err := fit.xys()
		if err != nil {
			return nil, err
		}
		if len(fxy) != len(txy) {
			return nil, fmt.Errorf("fit %q has %d points, the target %d: sample both at the same x", fit.Name, len(fxy), len(txy))
		}
		worst := 0.0
		for k := range fxy {
			worst = max(worst, abs(fxy[k].Y-txy[k].Y))
		}
		p := newPlot(lang.F("viz.fits.panel", fit.Name, Num(worst)), "x", "")
		addGrid(p)
		t := addLine(p, txy, 6, "")
		t.LineStyle.Dashes = Dashes[1]
		t.LineStyle.Width = vg.Points(1.2)
		key.Add(lang.T("viz.fits.target"), t)
		key.Add(lang.T("viz.fits.network"), addLine(p, fxy, 0, ""))
		ps = append(ps, p)
	}
	// The title promises nothing the panels may contradict: a fit with more
	// units can be worse (lesson 11: N = 8's largest error 0.47 against
	// N = 4's 0.32); each panel's title says how far it is.
	f := Grid(lang.T("viz.fits.title"), 3, TallHeight, ps...)
	f.Key = key
	f.Subtitle = lang.T("viz.fits.subtitle")
	return f, nil
}

// ApproxError draws the error of the fit against the number N of hidden
// units, both axes logarithmic: Cybenko's theorem says it can be made as
// small as we like; the curve shows how fast it falls in practice.
func ApproxError(errors []Series) (*Figure, error) {
	p, err := CurvesPanel("", lang.T("viz.approxerr.xlabel"), lang.T("viz.approxerr.ylabel"), errors, true, true)
	if err != nil {
		return nil, err
	}
	for _, s := range errors {
		for _, x := range s.X {
			if x <= 0 {
				return nil, fmt.Errorf("series %q: N = %v cannot be drawn on a log scale", s.Name, x)
			}
		}
	}
	p.X.Scale = plot.LogScale{}
	var ticks []plot.Tick // one per N drawn: 1, 2, 4, …
	for _, x := range errors[0].X {
		ticks = append(ticks, plot.Tick{Value: x, Label: Num(x)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.Legend.Left = false
	return Single(lang.T("viz.approxerr.title"), p, ShortHeight), nil
}

// StepsToBumps is the constructive idea behind the theorem, in three panels:
// a sigmoid with a large weight is a step (left); two steps subtracted make
// a bump (middle); bumps side by side, each as high as f at its centre, add up
// to an approximation of f (right).
func StepsToBumps(steps []Series, bump Series, target, sum Series, bumps []Series) (*Figure, error) {
	left, err := CurvesPanel(lang.T("viz.bumps.left"), "x", "", steps, false, false)
	if err != nil {
		return nil, err
	}
	left.Legend.Top, left.Legend.Left = true, true
	mid, err := CurvesPanel(lang.T("viz.bumps.mid"), "x", "", []Series{bump}, false, false)
	if err != nil {
		return nil, err
	}
	mid.Legend.Top, mid.Legend.Left = true, true
	mid.Y.Min, mid.Y.Max = 0, 1.25 // room for the legend above the bump
	right := newPlot(lang.T("viz.bumps.right"), "x", "")
	addGrid(right)
	for _, b := range bumps {
		xy, err := b.xys()
		if err != nil {
			return nil, err
		}
		l := addLine(right, xy, 6, "")
		l.LineStyle.Width = vg.Points(0.5)
		l.LineStyle.Color = Grey
	}
	txy, err := target.xys()
	if err != nil {
		return nil, err
	}
	sxy, err := sum.xys()
	if err != nil {
		return nil, err
	}
	t := addLine(right, txy, 6, target.Name)
	t.LineStyle.Dashes = Dashes[1]
	addLine(right, sxy, 0, sum.Name)
	right.Legend.Top, right.Legend.Left = true, true
	right.Y.Max = 1.45 // room for the legend above the peak of f: under it, the curves reach every corner
	return Grid(lang.T("viz.bumps.title"), 3, ShortHeight, left, mid, right), nil
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
