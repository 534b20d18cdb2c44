package figures

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Lesson 09: what LeCun's "Efficient BackProp" and Nielsen's chapters 3–5
// add to the slides' tricks: input normalisation, momentum, and the vanishing
// gradient measured layer by layer.

// normalisationSteps is the number of gradient steps of each run of the
// normalisation figure.
const normalisationSteps = 25

// normalisationProblems returns the linear neuron o = w·x + b fitted to 100
// points x uniform in [0, 1] (positive, as MNIST's pixels) with y = x² + noise,
// on the raw inputs, centred, and centred and scaled (data.Scaling).
func normalisationProblems(seed uint64) (names []string, nets []*gd.LinearNetwork, err error) {
	set, err := data.Regression(data.Square, 100, 0.05, seed)
	if err != nil {
		return nil, nil, err
	}
	s, err := data.FitScaling(set.X)
	if err != nil {
		return nil, nil, err
	}
	centred := data.Scaling{Mean: s.Mean, Std: []float64{1}}
	y := mat.Col(nil, 0, set.Y)
	for _, c := range []struct {
		name string
		sc   *data.Scaling
	}{{lang.T("fig.09.norm.raw"), nil}, {lang.T("fig.09.norm.centred"), &centred}, {lang.T("fig.09.norm.scaled"), &s}} {
		X := set.X
		if c.sc != nil {
			if X, err = c.sc.Apply(set.X); err != nil {
				return nil, nil, err
			}
		}
		lin, err := gd.NewLinearNeuron(X, y)
		if err != nil {
			return nil, nil, err
		}
		names, nets = append(names, c.name), append(nets, lin)
	}
	return names, nets, nil
}

// normalisation draws normalisationSteps steps of batch gradient descent at
// each problem's fastest constant rate 2/(λ_min + λ_max), from w = b = 0, over
// the level curves of its cost.
func normalisation(seed uint64) (*viz.Figure, error) {
	names, nets, err := normalisationProblems(seed)
	if err != nil {
		return nil, err
	}
	var panels []viz.SurfacePanel
	for i, lin := range nets {
		q := lin.Q
		t, err := lin.Run([]float64{0, 0}, q.EtaFastest(), normalisationSteps)
		if err != nil {
			return nil, err
		}
		c0, cN := t.Cost[0]-q.CMin, t.Cost[len(t.Cost)-1]-q.CMin
		m := plotter.XY{X: q.WStar[0], Y: q.WStar[1]}
		panels = append(panels, viz.SurfacePanel{
			Title:   fmt.Sprintf("%s\nκ = %.3g; C − C* × %s", names[i], q.Condition(), viz.Num(cN/c0)),
			C:       quadraticCost(q),
			Box:     boxAround(q.WStar, t.W),
			Paths:   []viz.Series{trajectorySeries(lang.F("fig.09.norm.steps", normalisationSteps), t)},
			Minimum: &m,
		})
	}
	f, err := viz.CostSurface(lang.T("fig.09.norm.title"), panels)
	if err != nil {
		return nil, err
	}
	for _, row := range f.Panels {
		for _, p := range row {
			p.X.Label.Text, p.Y.Label.Text = lang.T("fig.09.norm.w"), lang.T("fig.09.norm.b")
		}
	}
	f.Subtitle = lang.T("fig.09.norm.subtitle")
	f.Height = 9 * vg.Centimeter // panels about square: a round bowl is drawn round
	return f, nil
}

// momentum draws plain gradient descent at its fastest constant rate and
// gradient descent with momentum at Polyak's η and μ on lesson 05's LeCun
// problem (κ ≈ 21), from lesson 05's start, 20 steps each.
func momentum(seed uint64) (*viz.Figure, error) {
	p, err := gd.LeCunExample(seed)
	if err != nil {
		return nil, err
	}
	q := p.Q
	const steps = 20
	plain, err := p.Run(gd.LeCunStart, q.EtaFastest(), steps)
	if err != nil {
		return nil, err
	}
	eta, mu := q.MomentumFastest()
	heavy, err := p.RunMomentum(gd.LeCunStart, eta, mu, steps)
	if err != nil {
		return nil, err
	}
	paths := []viz.Series{
		trajectorySeries(lang.F("fig.09.mom.plain", viz.Num(plain.Eta)), plain),
		trajectorySeries(lang.F("fig.09.mom.heavy", viz.Num(eta), viz.Num(mu)), heavy),
	}
	var errs []viz.Series
	for i, t := range []*gd.Trajectory{plain, heavy} {
		e := viz.Series{Name: paths[i].Name, X: t.StepIndex()}
		for _, c := range t.Cost {
			e.Y = append(e.Y, math.Max(c-q.CMin, 1e-12))
		}
		errs = append(errs, e)
	}
	m := plotter.XY{X: q.WStar[0], Y: q.WStar[1]}
	f, err := viz.CostSurface(lang.F("fig.09.mom.title", q.Condition()),
		[]viz.SurfacePanel{{Title: lang.F("fig.09.mom.panel", steps), C: quadraticCost(q), Box: boxAround(q.WStar, plain.W, heavy.W), Paths: paths, Minimum: &m}})
	if err != nil {
		return nil, err
	}
	curves, err := viz.CurvesPanel("", lang.T("viz.step"), lang.T("fig.09.mom.excess"), errs, true, true)
	if err != nil {
		return nil, err
	}
	curves.X.Tick.Marker = viz.IntegerTicks{}
	curves.Legend = plot.NewLegend() // the key above names the runs
	f.Panels[0] = append(f.Panels[0], curves)
	f.Height = viz.ShortHeight + 2*vg.Centimeter
	f.Subtitle = lang.T("fig.09.mom.subtitle")
	return f, nil
}

// The runs of the vanishing-gradient figure: Nielsen's chapter 5 network
// 784-30-30-30-30-10 on the first vanishingImages MNIST training images.
const (
	vanishingImages = 500
	vanishingEpochs = 15
)

// vanishingSizes are the layer sizes of the vanishing-gradient runs.
var vanishingSizes = []int{784, 30, 30, 30, 30, 10}

// vanishingRun trains the 784-30-30-30-30-10 network with hidden units g
// initialised by m (softmax and cross-entropy, minibatches of 10, η = 0.1,
// vanishingEpochs epochs on the first vanishingImages MNIST training images,
// from seed) and returns its history with ‖∂F/∂Wˡ‖ and ‖∂F/∂bˡ‖ of every
// layer before training and after every epoch. Lesson 09's cells and figure
// both call it.
func vanishingRun(g neuron.Activation, m mlp.InitMethod, seed uint64) (*gd.History, error) {
	tr, _, err := data.LoadMNISTFirst("", vanishingImages, 1)
	if err != nil {
		return nil, err
	}
	Y, err := mlp.OneHot(tr.Labels, 10)
	if err != nil {
		return nil, err
	}
	net, err := mlp.New(vanishingSizes, g, neuron.Identity)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(m, 0, seed); err != nil {
		return nil, err
	}
	return gd.Train(net, tr.Images, Y, gd.Config{Method: gd.Minibatch, BatchSize: 10, Eta: 0.1, Epochs: vanishingEpochs,
		Seed: seed, Loss: mlp.SoftmaxCrossEntropy, LayerGradients: true})
}

// vanishing draws ‖∂F/∂bˡ‖ of the four hidden layers against the epoch for
// sigmoid units with Xavier's weights and ReLU units with He's.
func vanishing(seed uint64) (*viz.Figure, error) {
	var ps []*plot.Plot
	for _, c := range []struct {
		name string
		g    neuron.Activation
		m    mlp.InitMethod
	}{{lang.T("fig.09.van.sigmoid"), neuron.Sigmoid, mlp.Xavier}, {lang.T("fig.09.van.relu"), neuron.ReLU, mlp.He}} {
		h, err := vanishingRun(c.g, c.m, seed)
		if err != nil {
			return nil, err
		}
		var series []viz.Series
		for l := len(vanishingSizes) - 2; l >= 1; l-- { // the top layer first: the legend in the order of the curves
			s := viz.Series{Name: lang.F("step.col.layer", l)}
			for e, gb := range h.GradB {
				s.X = append(s.X, float64(e))
				s.Y = append(s.Y, math.Max(gb[l], 1e-12))
			}
			series = append(series, s)
		}
		p, err := viz.CurvesPanel(lang.F("fig.09.van.panel", c.name,
			h.Final().Total, vanishingRatio(h)), lang.T("viz.epoch"), lang.T("fig.09.van.y"), series, true, true)
		if err != nil {
			return nil, err
		}
		p.X.Tick.Marker = viz.IntegerTicks{}
		if len(ps) > 0 {
			p.Legend = plot.NewLegend() // the same four layers as on the left
		}
		ps = append(ps, p)
	}
	f := viz.Grid(lang.T("fig.09.van.title"), 2, viz.ShortHeight+2*vg.Centimeter, ps...)
	f.Subtitle = lang.F("fig.09.van.subtitle", vanishingImages)
	return f, nil
}

// vanishingRatio is how many times faster the last hidden layer of a
// vanishingRun learns than the first: the geometric mean over the epochs of
// ‖∂F/∂b⁴‖/‖∂F/∂b¹‖.
func vanishingRatio(h *gd.History) float64 {
	if h == nil || len(h.GradB) == 0 {
		return 0
	}
	sum := 0.0
	for _, gb := range h.GradB {
		sum += math.Log(gb[4] / gb[1])
	}
	return math.Exp(sum / float64(len(h.GradB)))
}
