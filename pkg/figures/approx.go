package figures

import (
	"fmt"
	"sync"

	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Catalogue builders for lesson 11: pkg/approx fits F with N units, and
// builds F from steps and bumps.

// approxNs are the numbers of hidden units of the fits figure.
var approxNs = []int{1, 2, 4, 8, 16, 32}

// approxTarget is the function the fits approximate: a slow wave with fast
// ripples, which few units cannot follow.
var approxTarget = data.Bumpy

// fitCache keeps the fits of a seed: two figures (the fits and the error
// against N) show the same fits, computed once.
var fitCache = struct {
	sync.Mutex
	fits map[uint64][]*approx.Fit
}{fits: map[uint64][]*approx.Fit{}}

func approxFits(seed uint64) ([]*approx.Fit, error) {
	fitCache.Lock()
	defer fitCache.Unlock()
	if fits, ok := fitCache.fits[seed]; ok {
		return fits, nil
	}
	fits, err := approx.FitSeries(approxTarget.F, approxNs, approx.Options{Seed: seed, Steps: 300})
	if err != nil {
		return nil, err
	}
	fitCache.fits[seed] = fits
	return fits, nil
}

// sample returns F (or f) on n points of [0, 1].
func sampleNet(name string, F *approx.Net, xs []float64) (viz.Series, error) {
	ys, err := F.Sample1(xs)
	if err != nil {
		return viz.Series{}, err
	}
	return viz.Series{Name: name, X: xs, Y: ys}, nil
}

func sampleFunc(name string, f func(float64) float64, xs []float64) viz.Series {
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = f(x)
	}
	return viz.Series{Name: name, X: xs, Y: ys}
}

func approxFitsFigure(seed uint64) (*viz.Figure, error) {
	fits, err := approxFits(seed)
	if err != nil {
		return nil, err
	}
	xs, err := approx.Grid(301)
	if err != nil {
		return nil, err
	}
	var series []viz.Series
	for _, fit := range fits {
		s, err := sampleNet(fmt.Sprintf("N = %d", fit.N), fit.F, xs)
		if err != nil {
			return nil, err
		}
		series = append(series, s)
	}
	return viz.ApproxFits(sampleFunc(approxTarget.Name, approxTarget.F, xs), series)
}

func approxErrorFigure(seed uint64) (*viz.Figure, error) {
	fits, err := approxFits(seed)
	if err != nil {
		return nil, err
	}
	maxErr := viz.Series{Name: "max |F − f|"}
	rms := viz.Series{Name: lang.T("fig.11.rms")}
	for _, fit := range fits {
		maxErr.X = append(maxErr.X, float64(fit.N))
		maxErr.Y = append(maxErr.Y, fit.MaxErr)
		rms.X = append(rms.X, float64(fit.N))
		rms.Y = append(rms.Y, fit.RMS)
	}
	return viz.ApproxError([]viz.Series{maxErr, rms})
}

func stepsToBumpsFigure(uint64) (*viz.Figure, error) {
	xs, err := approx.Grid(401)
	if err != nil {
		return nil, err
	}
	var steps []viz.Series
	for _, k := range []float64{5, 20, 100} {
		F, err := approx.Step(0.5, k)
		if err != nil {
			return nil, err
		}
		s, err := sampleNet("w = "+viz.Num(k), F, xs)
		if err != nil {
			return nil, err
		}
		steps = append(steps, s)
	}
	B, err := approx.Bump(0.3, 0.6, 60)
	if err != nil {
		return nil, err
	}
	bump, err := sampleNet("σ(60(x − 0.3)) − σ(60(x − 0.6))", B, xs)
	if err != nil {
		return nil, err
	}
	const m = 10
	F, err := approx.Bumps(data.Sine.F, m, approx.BumpSteepness*m)
	if err != nil {
		return nil, err
	}
	sum, err := sampleNet(lang.F("fig.11.bumps", m), F, xs)
	if err != nil {
		return nil, err
	}
	var parts []viz.Series
	for j := 0; j < m; j++ {
		P, err := F.Part(2*j, 2*j+2)
		if err != nil {
			return nil, err
		}
		s, err := sampleNet("", P, xs)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
	}
	return viz.StepsToBumps(steps, bump, sampleFunc("f = "+data.Sine.Name, data.Sine.F, xs), sum, parts)
}
