package figures

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Catalogue builders for lessons 02, 06, 07 and 08: the step-through's demo
// network, gradient descent with pkg/gd, the chain rule and the delta rule
// with pkg/backprop.

// forwardDiagram draws the lessons' demo network (the one of the
// step-throughs) on its example x.
func forwardDiagram(seed uint64) (*viz.Figure, error) {
	net, x, _, err := step.DemoNetwork(seed)
	if err != nil {
		return nil, err
	}
	return viz.ForwardDiagram(net, x)
}

// backwardDiagram draws the same network's δˡ for its example (x, y) with the
// squared error of the slides.
func backwardDiagram(seed uint64) (*viz.Figure, error) {
	net, x, y, err := step.DemoNetwork(seed)
	if err != nil {
		return nil, err
	}
	tr, err := backprop.Gradient(net, x, y, mlp.SquaredError)
	if err != nil {
		return nil, err
	}
	deltas := make([][]float64, len(tr.Delta))
	for l := 1; l < len(tr.Delta); l++ {
		deltas[l] = append([]float64(nil), tr.Delta[l].RawVector().Data...)
	}
	return viz.BackwardDiagram(net, x, deltas)
}

// Where the chain-rule figure evaluates z = 2f(x + 3y) + 6g(5x)h(y).
var (
	chainF, chainG, chainH = neuron.Tanh, neuron.Sigmoid, neuron.Identity
	chainX, chainY         = 0.2, 0.1
)

// chainRuleGraph lays out pkg/backprop's graph: inputs left, z right.
func chainRuleGraph(uint64) (*viz.Figure, error) {
	gr, err := backprop.ChainRule(chainF, chainG, chainH, chainX, chainY)
	if err != nil {
		return nil, err
	}
	// Places of the nodes x, y, u, a, v, b, c, z (column, row).
	place := map[string][2]float64{
		"x": {0, 0.6}, "y": {0, 2.6},
		"u": {1, 0}, "a": {2, 0},
		"v": {1, 1.5}, "b": {2, 1.5},
		"c": {2, 3}, "z": {3, 1.5},
	}
	var nodes []viz.GraphNode
	var edges []viz.GraphEdge
	for i, n := range gr.Nodes {
		p, ok := place[n.Name]
		if !ok {
			return nil, fmt.Errorf("chain-rule graph: unexpected node %q", n.Name)
		}
		nodes = append(nodes, viz.GraphNode{Name: n.Name, Formula: n.Formula, Value: n.Value, Grad: n.Grad, Col: p[0], Row: p[1]})
		for k, in := range n.Inputs {
			text := ""
			if k < len(n.LocalText) {
				text = n.LocalText[k]
			}
			edges = append(edges, viz.GraphEdge{From: in, To: i, Local: n.Local[k], Text: text})
		}
	}
	title := lang.F("fig.07.graph.title", viz.Num(gr.DzDx))
	sub := lang.F("fig.07.graph.subtitle", gr.F, gr.G, gr.H, viz.Num(gr.X), viz.Num(gr.Y))
	return viz.ComputationGraph(title, sub, nodes, edges, "z")
}

// gradientCheck draws the relative error between backpropagation and
// finite differences against ε: the central difference D(ε) =
// (C̄(w + ε) − C̄(w − ε)) / 2ε (error ∝ ε²) and Richardson's (4D(ε) − D(2ε))/3
// of backprop.Check (error ∝ ε⁴); for tiny ε, rounding in C̄(w ± ε) takes over.
func gradientCheck(seed uint64) (*viz.Figure, error) {
	net, x, y, err := step.DemoNetwork(seed)
	if err != nil {
		return nil, err
	}
	X := mat.NewDense(1, len(x), x)
	Y := mat.NewDense(1, len(y), y)
	methods := []struct {
		name  string
		check func(*mlp.Network, *mat.Dense, *mat.Dense, mlp.Loss, float64) (backprop.CheckResult, error)
	}{
		{lang.T("fig.08.check.central"), backprop.CheckCentral},
		{lang.T("fig.08.check.richardson"), backprop.Check},
	}
	var series []viz.Series
	for _, m := range methods {
		s := viz.Series{Name: m.name}
		for k := 1; k <= 12; k++ {
			eps := math.Pow(10, -float64(k))
			r, err := m.check(net, X, Y, mlp.SquaredError, eps)
			if err != nil {
				return nil, err
			}
			s.X = append(s.X, eps)
			s.Y = append(s.Y, math.Max(r.MaxRelErr, 1e-16))
		}
		series = append(series, s)
	}
	p, err := viz.CurvesPanel("", lang.T("fig.08.check.x"), lang.T("fig.08.check.y"), series, true, true)
	if err != nil {
		return nil, err
	}
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = viz.DecadeTicks{}
	p.Y.Tick.Marker = viz.DecadeTicks{}
	p.Legend.Top, p.Legend.Left = false, true // bottom left: below the curves at tiny ε
	best := func(s viz.Series) int {
		b := 0
		for k := range s.Y {
			if s.Y[k] < s.Y[b] {
				b = k
			}
		}
		return b
	}
	c, r := series[0], series[1]
	title := lang.F("fig.08.check.title",
		viz.Num(c.Y[best(c)]), viz.Num(c.X[best(c)]), viz.Num(r.Y[best(r)]), viz.Num(r.X[best(r)]))
	f := viz.Single(title, p, viz.ShortHeight)
	f.Subtitle = lang.T("fig.08.check.subtitle")
	return f, nil
}

// batchStochasticMinibatch trains the same network on the same data with the
// three methods of the lecture, at the same η, and records the cost.
func batchStochasticMinibatch(seed uint64) (*viz.Figure, error) {
	set, err := data.Moons(200, 0.15, seed)
	if err != nil {
		return nil, err
	}
	const epochs = 30
	var perEpoch, perEval []viz.Series
	for _, m := range []struct {
		method gd.Method
		batch  int
		name   string
	}{
		{gd.Batch, 0, lang.T("fig.06.batch")},
		{gd.Minibatch, 10, lang.T("fig.06.minibatch")},
		{gd.Stochastic, 1, lang.T("fig.06.stochastic")},
	} {
		net, err := mlp.New([]int{2, 8, 2}, neuron.Tanh, neuron.Identity)
		if err != nil {
			return nil, err
		}
		if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
			return nil, err
		}
		h, err := gd.Train(net, set.X, set.Y, gd.Config{
			Method: m.method, Eta: 0.1, BatchSize: m.batch, Epochs: epochs, Seed: seed,
			Loss: mlp.SoftmaxCrossEntropy, Gradient: backprop.MeanGradient, FullCostEachStep: true,
		})
		if err != nil {
			return nil, err
		}
		e := viz.Series{Name: m.name}
		for _, r := range h.Epochs {
			e.X = append(e.X, float64(r.Epoch))
			e.Y = append(e.Y, r.Total)
		}
		g := viz.Series{Name: m.name}
		for _, r := range h.AfterStep {
			if r.Evals == 0 {
				continue // log scale: start at the first evaluation
			}
			g.X = append(g.X, float64(r.Evals))
			g.Y = append(g.Y, r.Total)
		}
		perEpoch, perEval = append(perEpoch, e), append(perEval, g)
	}
	f, err := viz.CostCurves(lang.T("fig.06.title"), perEpoch, perEval, false)
	if err != nil {
		return nil, err
	}
	right := f.Panels[0][1]
	right.X.Scale = plot.LogScale{}
	right.X.Tick.Marker = viz.DecadeTicks{}
	right.X.Label.Text = lang.T("fig.06.evals")
	return f, nil
}
