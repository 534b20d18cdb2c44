package figures

import (
	"fmt"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Entry is one figure of the catalogue: the lesson it belongs to, its file
// name, a caption for the lesson sheet, and how to build it from a seed.
type Entry struct {
	Lesson  lessons.Lesson
	Name    string // file name without extension: DIR/NN-slug/NAME.png
	Caption string // what the figure shows and what to look at
	Build   func(seed uint64) (*viz.Figure, error)
}

// DefaultSeed is the seed of the printed figures.
const DefaultSeed = 1

// Catalogue returns every figure of every lesson, in lesson order. The same
// seed gives the same figures, byte for byte (PNG, SVG and PDF).
func Catalogue() []Entry {
	var all []Entry
	add := func(lesson int, name, caption string, build func(seed uint64) (*viz.Figure, error)) {
		l, err := lessons.ByNumber(lesson)
		if err != nil {
			panic(err) // a programming error in the list below
		}
		all = append(all, Entry{Lesson: l, Name: name, Caption: caption, Build: build})
	}

	add(1, "activations", lang.T("fig.01.activations"),
		func(uint64) (*viz.Figure, error) { return viz.Activations() })
	add(1, "half-plane", lang.T("fig.01.half-plane"),
		func(seed uint64) (*viz.Figure, error) {
			set, err := data.TwoGaussians(60, [2]float64{-1, -0.5}, [2]float64{1, 0.8}, 0.6, seed)
			if err != nil {
				return nil, err
			}
			return viz.HalfPlane(neuron.Neuron{W: []float64{1.5, 1}, W0: -0.25, G: neuron.Sigmoid}, set.X, set.Labels)
		})

	add(2, "forward-diagram", lang.T("fig.02.forward-diagram"),
		forwardDiagram)

	add(3, "mse-vs-cross-entropy", lang.T("fig.03.mse-vs-cross-entropy"),
		func(uint64) (*viz.Figure, error) { return viz.LossCurves() })

	add(3, "decision-regions", lang.T("fig.03.decision-regions"),
		moonsRegions)

	add(4, "cost-surface", lang.T("fig.04.cost-surface"),
		costSurfaceL2)

	add(5, "lecun-trajectories", lang.T("fig.05.lecun-trajectories"),
		lecunRuns)
	add(5, "regimes", lang.T("fig.05.regimes"),
		quadraticRegimes)

	add(6, "batch-stochastic-minibatch", lang.T("fig.06.batch-stochastic-minibatch"),
		batchStochasticMinibatch)

	add(7, "computation-graph", lang.T("fig.07.computation-graph"),
		chainRuleGraph)

	add(8, "backward-diagram", lang.T("fig.08.backward-diagram"),
		backwardDiagram)
	add(8, "gradient-check", lang.T("fig.08.gradient-check"),
		gradientCheck)

	add(9, "init-histograms", lang.T("fig.09.init-histograms"),
		func(seed uint64) (*viz.Figure, error) {
			return viz.InitHistograms([]int{20, 50, 50, 50, 50, 50}, neuron.Tanh,
				[]viz.InitChoice{{Method: mlp.Normal, Scale: 0.05}, {Method: mlp.Normal, Scale: 1}, {Method: mlp.Xavier}}, 1000, seed)
		})
	add(9, "schedules", lang.T("fig.09.schedules"), schedules)
	add(9, "normalisation", lang.T("fig.09.normalisation"), normalisation)
	add(9, "momentum", lang.T("fig.09.momentum"), momentum)
	add(9, "vanishing-gradient", lang.T("fig.09.vanishing-gradient"), vanishing)
	add(11, "fits", lang.T("fig.11.fits"),
		approxFitsFigure)
	add(11, "error-vs-n", lang.T("fig.11.error-vs-n"),
		approxErrorFigure)
	add(11, "steps-to-bumps", lang.T("fig.11.steps-to-bumps"),
		stepsToBumpsFigure)

	add(10, "hidden-units", lang.T("fig.10.hidden-units"),
		func(seed uint64) (*viz.Figure, error) {
			net, err := triangleNet()
			if err != nil {
				return nil, err
			}
			X, y := triangleData(net, seed)
			return viz.HiddenUnits(net, X, y)
		})
	add(10, "region-counts", lang.T("fig.10.region-counts"), regionCounts)
	add(12, "representations", lang.T("fig.12.representations"),
		spiralsRepresentations)
	add(12, "spirals-regions", lang.T("fig.12.spirals-regions"),
		spiralsRegions)

	add(12, "unit-accuracy", lang.T("fig.12.unit-accuracy"), unitAccuracy)
	add(12, "depth-vs-width", lang.T("fig.12.depth-vs-width"),
		depthVsWidth)

	add(13, "learning-curves",
		lang.F("fig.13.learning-curves", mnistHidden, mnistTrain, mnistEpochs, mnistTest),
		mnistCurves)
	add(13, "first-layer-weights", lang.T("fig.13.first-layer-weights"),
		mnistWeights)
	add(13, "confusion-matrix", lang.T("fig.13.confusion-matrix"),
		mnistConfusion)

	lectureEntries(add)

	// Keep the catalogue in lesson order whatever the order of the calls
	// above: the CLI writes one sheet per run of entries of a lesson.
	sort.SliceStable(all, func(i, j int) bool { return all[i].Lesson.Number < all[j].Lesson.Number })
	return all
}

// triangleNet is a 2-3-1 sigmoid network whose three hidden units are the
// sides of the triangle (−1.5, −1), (1.5, −1), (0, 1.5), each active inside,
// and whose output is their AND: o > 0.5 only when h₁ + h₂ + h₃ > 2.5.
func triangleNet() (*mlp.Network, error) {
	k := 6.0 // sharpness of the hidden units
	W1 := mat.NewDense(3, 2, []float64{
		0, k, //           x₂ + 1 > 0: above the bottom side
		2.5 * k, -1.5 * k, // right of the left side
		-2.5 * k, -1.5 * k, // left of the right side
	})
	b1 := []float64{k, 2.25 * k, 2.25 * k}
	W2 := mat.NewDense(1, 3, []float64{10, 10, 10})
	b2 := []float64{-25}
	return mlp.NewFromWeights([]*mat.Dense{W1, W2}, [][]float64{b1, b2}, []neuron.Activation{neuron.Sigmoid, neuron.Sigmoid})
}

// triangleData draws 150 points uniformly in [−2.5, 2.5]², labelled by the
// triangle they fall in (the network's own decision, so the figure is exact).
func triangleData(net *mlp.Network, seed uint64) (*mat.Dense, []int) {
	rng := mlp.NewRand(seed)
	n := 150
	X := mat.NewDense(n, 2, nil)
	y := make([]int, n)
	for i := 0; i < n; i++ {
		x := []float64{5*rng.Float64() - 2.5, 5*rng.Float64() - 2.5}
		X.SetRow(i, x)
		tr, _ := net.Forward(x)
		if tr.Output()[0] > 0.5 {
			y[i] = 1
		}
	}
	return X, y
}

// LessonEntries returns the catalogue entries of one lesson.
func LessonEntries(number int) ([]Entry, error) {
	if _, err := lessons.ByNumber(number); err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range Catalogue() {
		if e.Lesson.Number == number {
			out = append(out, e)
		}
	}
	return out, nil
}

// Find returns the entry of a lesson ("05" or "05-learning-rate") with the given name.
func Find(lesson, name string) (Entry, error) {
	l, err := lessons.Find(lesson)
	if err != nil {
		return Entry{}, err
	}
	es, _ := LessonEntries(l.Number)
	for _, e := range es {
		if e.Name == name {
			return e, nil
		}
	}
	return Entry{}, fmt.Errorf("lesson %s has no figure %q", l.Slug, name)
}

// Build builds the figure of a lesson ("05" or "05-learning-rate") with the
// given name from DefaultSeed: the figure the notebook and the printed sheet
// show.
func Build(lesson, name string) (*viz.Figure, error) {
	e, err := Find(lesson, name)
	if err != nil {
		return nil, err
	}
	return e.Build(DefaultSeed)
}
