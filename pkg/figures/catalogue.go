package figures

import (
	"fmt"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/pkg/data"
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

	add(1, "activations",
		"The lecture's four non-linearities g and their derivatives g′. Sigmoid and tanh saturate: for large |a| "+
			"their slope g′ is almost 0, so a neuron there learns slowly. The Gaussian responds only near a = 0. "+
			"ReLU has slope 1 for every a > 0 and 0 below.",
		func(uint64) (*viz.Figure, error) { return viz.Activations() })
	add(1, "half-plane",
		"One neuron with two inputs computes a = w₁x₁ + w₂x₂ + w₀. The line a = 0 splits the plane: on the side w "+
			"points to, a > 0. Through the sigmoid, the output is 0.5 on the line and moves to 0 or 1 away from it.",
		func(seed uint64) (*viz.Figure, error) {
			set, err := data.TwoGaussians(60, [2]float64{-1, -0.5}, [2]float64{1, 0.8}, 0.6, seed)
			if err != nil {
				return nil, err
			}
			return viz.HalfPlane(neuron.Neuron{W: []float64{1.5, 1}, W0: -0.25, G: neuron.Sigmoid}, set.X, set.Labels)
		})

	add(2, "forward-diagram",
		"The 2-3-2 network of the step-throughs (sigmoid units, Xavier weights) propagating its example "+
			"x = (0.5, −1). Each circle is a neuron, coloured and labelled with its output hˡ; each line a "+
			"weight. Follow one neuron: it sums the outputs of the layer before, weighted, adds its bias and applies g.",
		forwardDiagram)

	add(3, "mse-vs-cross-entropy",
		"The loss of one example of two classes whose target is the first class, y = (1, 0), as a function of the probability p the network gives "+
			"to that class. Cross-entropy −log p grows without bound as p → 0, so a confidently wrong output gets a "+
			"large gradient; the squared error stays below 2.",
		func(uint64) (*viz.Figure, error) { return viz.LossCurves() })

	add(3, "decision-regions",
		"A 2-16-2 network (tanh hidden units, softmax output, cross-entropy) trained on two interleaved moons. "+
			"Each shade is the class c = argmax p it decides there; the black line is the boundary. No single "+
			"line could separate the moons: the hidden layer bends the boundary.",
		moonsRegions)

	add(4, "cost-surface",
		"Level curves of the cost C(w) of a linear neuron with two weights (LeCun's two-class problem), and 50 "+
			"steps of batch gradient descent from the same start, with the same η. Each step goes down the slope, "+
			"across the level curves. Left: the valley is long and flat, and 50 steps do not reach the minimum (+). "+
			"Right: adding λ‖w‖² moves the minimum towards w = 0 (smaller weights) and rounds the bowl.",
		costSurfaceL2)

	add(5, "lecun-trajectories",
		"LeCun et al.'s simple linear network trained with η = 1.5 and η = 2.5. Top: the weights step by step "+
			"over the level curves of the error; bottom: the error. η = 1.5 is above η_{opt}: the weights zig-zag "+
			"across the valley, then creep along its flat floor: after the 20 steps drawn they are still short of the "+
			"minimum (+), which they approach only at the slow rate of the flat direction. η = 2.5 is above 2η_{opt}: each step overshoots more and the error explodes.",
		lecunRuns)
	add(5, "regimes",
		"Gradient descent on C(w) = ½w² (η_{opt} = 1) from w = 2, for four learning rates. Below η_{opt} it creeps "+
			"down one side; at η_{opt} it lands on the minimum in one step; between η_{opt} and 2η_{opt} it jumps across "+
			"and back, closer each time; above 2η_{opt} each jump lands higher: divergence.",
		quadraticRegimes)

	add(6, "batch-stochastic-minibatch",
		"A 2-8-2 network trained on 200 points of the two moons with the same η = 0.1, by batch gradient descent "+
			"(all 200 examples per step), minibatches of 10 and single examples. Left, per epoch (one pass over "+
			"the data): the stochastic and minibatch versions make 200 and 20 steps per epoch, batch only one. "+
			"Right, per gradient evaluation on a log scale: batch has not moved before its 200th evaluation.",
		batchStochasticMinibatch)

	add(7, "computation-graph",
		"The slide's z = 2f(x + 3y) + 6g(5x)h(y) as a computation graph, evaluated forward at one point. Each "+
			"arrow carries a local derivative; each box its value and, from the backward pass, ∂z/∂(node). The "+
			"chain rule: ∂z/∂x adds, over the two paths from x to z, the products of the derivatives along them.",
		chainRuleGraph)

	add(8, "backward-diagram",
		"The step-through network again, for its example x with target y and the squared error C = ‖o − y‖². "+
			"Top: the forward pass (hˡ). Bottom: the backward pass, δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ) at the output, then "+
			"each δˡ from the layer above through the same weights, against the forward arrows. The gradient of a "+
			"weight is the δ where its backward arrow starts (bottom) times the h of the neuron it points to (top).",
		backwardDiagram)
	add(8, "gradient-check",
		"The largest relative error, over all weights, between backpropagation and two numerical slopes, for ε "+
			"from 0.1 down to 1e−12. The central difference D(ε) = (C(w + ε) − C(w − ε)) / 2ε improves as ε² "+
			"(two decades per decade of ε) until rounding errors in C(w ± ε) grow, near ε = 1e−5; Richardson's "+
			"(4D(ε) − D(2ε))/3, which backprop.Check uses, improves as ε⁴ and is best near ε = 1e−3. Both agree "+
			"with backpropagation to many digits: the gradient is right.",
		gradientCheck)

	add(9, "init-histograms",
		"Histograms of the outputs hˡ of each tanh layer of a 5-layer network for 1000 random inputs, for three "+
			"initialisations. With small weights the activity shrinks layer after layer; with large ones every unit "+
			"saturates at ±1; Xavier keeps the spread about the same in every layer.",
		func(seed uint64) (*viz.Figure, error) {
			return viz.InitHistograms([]int{20, 50, 50, 50, 50, 50}, neuron.Tanh,
				[]viz.InitChoice{{Method: mlp.Normal, Scale: 0.05}, {Method: mlp.Normal, Scale: 1}, {Method: mlp.Xavier}}, 1000, seed)
		})
	add(9, "schedules", schedulesCaption, schedules)
	add(11, "fits",
		"One hidden layer of N sigmoid units and a linear output, F(x) = Σ vᵢ σ(wᵢx + bᵢ) + c, fitted to "+
			"f(x) = sin(2πx) + 0.3 sin(10πx) (least squares for v, then 300 gradient steps). One unit makes one "+
			"smooth step; a few follow the slow wave; the ripples need more units. The largest error need not fall "+
			"at every N (the fit minimises the mean squared error, from a random start), but with 16 units it is tiny.",
		approxFitsFigure)
	add(11, "error-vs-n",
		"The error of the fits above against N, on logarithmic axes: Cybenko's theorem says it can be made as "+
			"small as we like with N large enough. It says nothing about how large, nor how to find the weights.",
		approxErrorFigure)
	add(11, "steps-to-bumps",
		"Why the theorem holds in one dimension. A sigmoid with a large weight w is a step (left). Two steps "+
			"subtracted make a bump (middle). Ten bumps, each as high as f at the centre of its cell, add up to f "+
			"(right): with narrower cells, as close as we like, with 2 units per bump.",
		stepsToBumpsFigure)

	add(10, "hidden-units",
		"A 2-3-1 network with sigmoid units and hand-set weights. Each hidden unit draws one line across the "+
			"plane and is active on one side of it. The output unit fires only where all three are active: "+
			"together, three half-planes carve out a triangle that no single neuron could.",
		func(seed uint64) (*viz.Figure, error) {
			net, err := triangleNet()
			if err != nil {
				return nil, err
			}
			X, y := triangleData(net, seed)
			return viz.HiddenUnits(net, X, y)
		})
	add(12, "representations",
		"A deep network 2-16-16-2-2 (tanh) trained on two spirals, and the same 300 points as each layer "+
			"represents them: the input x, then h¹(x), h²(x) (16 units each, projected on their two principal "+
			"components) and h³(x) (2 units). Tangled in x, the arms come apart layer after layer until a line "+
			"separates them for the output layer.",
		spiralsRepresentations)
	add(12, "spirals-regions",
		"The decision regions of the same deep network on the two spirals: the boundary winds between the arms.",
		spiralsRegions)

	add(12, "depth-vs-width",
		"Two networks with the same number of parameters (272 weights and biases), trained the same way (400 "+
			"epochs of minibatches of 10, η = 0.1) on the two spirals: one hidden layer of 54 units against three "+
			"of 10. The share of points classified right is in each title: compare the regions each could carve.",
		depthVsWidth)

	add(13, "learning-curves",
		fmt.Sprintf("A 784-%d-10 network (tanh, softmax, cross-entropy, minibatches of 32, η = 0.1) trained on the "+
			"first %d MNIST digits for %d epochs, measured on the training set and on %d test digits after "+
			"every epoch. The gap between the two curves is what the network learnt by heart.",
			mnistHidden, mnistTrain, mnistEpochs, mnistTest),
		mnistCurves)
	add(13, "first-layer-weights",
		"The weights of 16 hidden units of that network, each drawn as a 28×28 image: the pattern of ink that "+
			"excites the unit (white) or inhibits it (black). Some look like strokes or parts of digits.",
		mnistWeights)
	add(13, "confusion-matrix",
		"For the test digits: how often each true digit (row) got each answer (column). The diagonal holds "+
			"the right answers; the largest off-diagonal cells are the digits the network confuses.",
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
