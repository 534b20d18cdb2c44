package figures

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Lesson 09: the learning-rate schedules (the lecture's "gradient step
// setting"), next to tricks.go's initialisations.

// scheduleProblem is a linear neuron o = w₁x₁ + w₂x₂ + b learning a noisy
// plane y = 2x₁ − x₂ + 0.5 + 0.5z from n examples with x, z ~ N(0, 1), and
// the least-squares optimum C(w*) of its mean squared error (a linear neuron's
// cost is a quadratic bowl with one minimum, so the distance to it is known).
func scheduleProblem(n int, seed uint64) (X, Y *mat.Dense, cMin float64, err error) {
	rng := mlp.NewRand(seed)
	X, Y = mat.NewDense(n, 2, nil), mat.NewDense(n, 1, nil)
	A := mat.NewDense(n, 3, nil) // [x₁ x₂ 1]: the bias as a third weight
	for i := 0; i < n; i++ {
		x1, x2 := rng.NormFloat64(), rng.NormFloat64()
		X.SetRow(i, []float64{x1, x2})
		Y.Set(i, 0, 2*x1-x2+0.5+0.5*rng.NormFloat64())
		A.SetRow(i, []float64{x1, x2, 1})
	}
	var w, r mat.VecDense
	if err := w.SolveVec(A, Y.ColView(0)); err != nil { // least squares (QR)
		return nil, nil, 0, err
	}
	r.MulVec(A, &w)
	r.SubVec(&r, Y.ColView(0))
	return X, Y, mat.Dot(&r, &r) / float64(n), nil
}

// The runs of lesson 09's figure: 100 examples, 30 epochs of single-example
// steps (3000 steps).
const scheduleExamples, scheduleEpochs = 100, 30

// scheduleRuns trains the neuron of scheduleProblem by stochastic gradient
// descent (one example per step) from w = 0 with two constant learning rates
// and two decaying schedules, and returns each one's η_t (every 10th step)
// and its excess cost C(w) − C(w*) after each epoch, with C(w*).
func scheduleRuns(seed uint64) (rates, costs []viz.Series, cMin float64, err error) {
	X, Y, cMin, err := scheduleProblem(scheduleExamples, seed)
	if err != nil {
		return nil, nil, 0, err
	}
	steps := scheduleExamples * scheduleEpochs
	runs := []struct {
		name string
		s    gd.Schedule
	}{
		{lang.F("fig.09.constant", 0.1), gd.Constant{Eta0: 0.1}},
		{lang.F("fig.09.constant", 0.0005), gd.Constant{Eta0: 0.0005}},
		{"0.1 / (1 + t/100)", gd.InverseTime{Eta0: 0.1, Tau: 100}},
		{lang.T("fig.09.stepdecay"), gd.StepDecay{Eta0: 0.1, Factor: 0.3, Every: 500}},
	}
	for _, run := range runs {
		etas, err := gd.Rates(run.s, steps)
		if err != nil {
			return nil, nil, 0, err
		}
		r := viz.Series{Name: run.name}
		for t := 0; t < steps; t += 10 { // every 10th step is plenty for a line
			r.X = append(r.X, float64(t))
			r.Y = append(r.Y, etas[t])
		}
		rates = append(rates, r)

		net, err := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, nil)}, [][]float64{{0}}, []neuron.Activation{neuron.Identity})
		if err != nil {
			return nil, nil, 0, err
		}
		h, err := gd.Train(net, X, Y, gd.Config{Method: gd.Stochastic, Schedule: run.s, Epochs: scheduleEpochs, Seed: seed})
		if err != nil {
			return nil, nil, 0, fmt.Errorf("%s: %w", run.name, err)
		}
		c := viz.Series{Name: run.name}
		for _, e := range h.Epochs {
			c.X = append(c.X, float64(e.Epoch))
			// The excess cost; never below 1e−12, for the log scale.
			c.Y = append(c.Y, math.Max(e.Total-cMin, 1e-12))
		}
		costs = append(costs, c)
	}
	return rates, costs, cMin, nil
}

// schedules is lesson 09's figure of scheduleRuns.
func schedules(seed uint64) (*viz.Figure, error) {
	rates, costs, cMin, err := scheduleRuns(seed)
	if err != nil {
		return nil, err
	}
	f, err := viz.ScheduleCurves(lang.T("fig.09.schedules.title"), lang.T("fig.09.schedules.cost"), rates, costs)
	if err != nil {
		return nil, err
	}
	f.Subtitle = lang.F("fig.09.schedules.subtitle", scheduleExamples, viz.Num(cMin))
	f.Panels[0][0].X.Min, f.Panels[0][0].X.Max = 0, float64(scheduleExamples*scheduleEpochs) // ticks every 500 steps
	f.Panels[0][1].X.Tick.Marker = viz.IntegerTicks{}
	f.Panels[0][1].Y.Min = 1e-6 // room for the legend under the curves
	return f, nil
}
