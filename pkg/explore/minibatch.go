package explore

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 06: batch, stochastic and minibatch gradient descent as paths over
// the cost.

// Batch sizes of Minibatch's slider: 1 is stochastic, PathExamples batch.
var PathBatchSizes = []int{1, 2, 5, 10, 20, 50, 100}

// The runs of Minibatch: PathExamples examples, PathEpochs epochs, rate
// PathEta, from (w, w₀) = PathStart.
const (
	PathExamples = 100
	PathEpochs   = 10
	PathEta      = 0.05
)

// PathStart is the starting point (w, w₀) of Minibatch's runs.
var PathStart = [2]float64{-1, 3}

// PathData returns Minibatch's data: x = 1 + 0.7u, y = 2x + 1 + 0.5z with
// u, z ~ N(0, 1) (x not centred: the valley of C(w, w₀) is long and narrow), PathExamples examples drawn from seed, and the least-squares
// minimum (w*, w₀*) of the mean squared error of o = wx + w₀.
func PathData(seed uint64) (X, Y *mat.Dense, best [2]float64, err error) {
	rng := mlp.NewRand(seed)
	X, Y = mat.NewDense(PathExamples, 1, nil), mat.NewDense(PathExamples, 1, nil)
	A := mat.NewDense(PathExamples, 2, nil)
	for i := 0; i < PathExamples; i++ {
		x := 1 + 0.7*rng.NormFloat64()
		X.Set(i, 0, x)
		Y.Set(i, 0, 2*x+1+0.5*rng.NormFloat64())
		A.Set(i, 0, x)
		A.Set(i, 1, 1)
	}
	var w mat.VecDense
	if err := w.SolveVec(A, Y.ColView(0)); err != nil {
		return nil, nil, best, err
	}
	return X, Y, [2]float64{w.AtVec(0), w.AtVec(1)}, nil
}

// PathNeuron returns the linear neuron o = wx + w₀ as a network.
func PathNeuron(w, w0 float64) (*mlp.Network, error) {
	return mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 1, []float64{w})}, [][]float64{{w0}}, []neuron.Activation{neuron.Identity})
}

// PathRun trains the linear neuron from PathStart on X, Y with gd.Train,
// batch size b (1: gd.Stochastic, PathExamples: gd.Batch, else
// gd.Minibatch), and returns the weights (w, w₀) before every step and after
// the last, with the history.
func PathRun(X, Y *mat.Dense, b int, seed uint64) (path [][2]float64, h *gd.History, err error) {
	net, err := PathNeuron(PathStart[0], PathStart[1])
	if err != nil {
		return nil, nil, err
	}
	cfg := gd.Config{Method: gd.Minibatch, BatchSize: b, Eta: PathEta, Epochs: PathEpochs, Seed: seed, Loss: mlp.SquaredError}
	switch b {
	case 1:
		cfg.Method, cfg.BatchSize = gd.Stochastic, 0
	case PathExamples:
		cfg.Method, cfg.BatchSize = gd.Batch, 0
	}
	// The gradient is gd's own; the wrapper only notes where each step starts.
	cfg.Gradient = func(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
		path = append(path, [2]float64{net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0)})
		return gd.BackpropGradient(net, X, Y, loss)
	}
	h, err = gd.Train(net, X, Y, cfg)
	if err != nil {
		return nil, nil, err
	}
	path = append(path, [2]float64{net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0)})
	return path, h, nil
}

// Minibatch draws the path of (w, w₀) of a linear neuron o = wx + w₀ over
// the level sets of its cost C(w, w₀) (the mean squared error on PathData),
// trained for PathEpochs epochs at the same η with a batch-size slider: 1
// (stochastic) … PathExamples (batch). The batch path stays in grey behind
// every frame.
func Minibatch(seed uint64) (*Explorable, error) {
	X, Y, best, err := PathData(seed)
	if err != nil {
		return nil, err
	}
	pn := newPanel(50, 24, 280, 280, -1.5, 3.5, -1, 4)
	probe, err := PathNeuron(0, 0)
	if err != nil {
		return nil, err
	}
	cost := func(w, w0 float64) float64 {
		probe.Layers[0].W.Set(0, 0, w)
		probe.Layers[0].B.SetVec(0, w0)
		c, err := gd.Evaluate(probe, X, Y, mlp.SquaredError, 0)
		if err != nil {
			return math.NaN()
		}
		return c.Total
	}
	cBest := cost(best[0], best[1])
	var defs strings.Builder
	defs.WriteString(pn.clip(IDToken + "-clip"))
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	defs.WriteString(pn.image(56, 56, false, func(i, j int) color.NRGBA {
		w, w0 := pn.at(i, j, 56, 56)
		band := math.Floor(3 * math.Log10(math.Max(cost(w, w0)-cBest, 1e-9)))
		return mix(white, color.NRGBA{0, 0x72, 0xb2, 255}, 0.1+0.05*float64(int(band+40)%2)+0.03*math.Max(0, math.Min(8, band+4)))
	}))
	pn.frame(&defs, "(w, w₀) over the level sets of C", "w", "w₀", ticks(-1.5, 3.5, 5), ticks(-1, 4, 5))
	batchPath, _, err := PathRun(X, Y, PathExamples, seed)
	if err != nil {
		return nil, err
	}
	bx, by := pathXY(batchPath)
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="3" stroke-opacity="0.6"/>`, pn.line(bx, by), grey)
	fmt.Fprintf(&defs, `<path d="M%s %sm-6 0h12m-6 -6v12" stroke="%s" stroke-width="2"/>`, f1(pn.px(best[0])), f1(pn.py(best[1])), ink)
	fmt.Fprintf(&defs, `<path d="M%s %sh0" stroke="%s" stroke-width="8" stroke-linecap="round"/>`, f1(pn.px(PathStart[0])), f1(pn.py(PathStart[1])), ink)
	text(&defs, 350, 40, ` font-weight="bold"`, "grey: batch (all 100 per step)")
	text(&defs, 350, 56, "", "+ the minimum, ● the start")
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  fmt.Sprintf("Batch, minibatch, stochastic: %d epochs at η = %s, the path of (w, w₀)", PathEpochs, num(PathEta)),
		Note:   fmt.Sprintf("The same number of epochs: every path has seen each example %d times. Small batches take many noisy steps and get far, the smallest to the minimum, around which they keep jittering; the batch takes %d exact steps and has barely started.", PathEpochs, PathEpochs),
		Params: []Param{{Name: "batch size"}},
		Defs:   defs.String(),
	}
	for _, b := range PathBatchSizes {
		x.Params[0].Labels = append(x.Params[0].Labels, fmt.Sprint(b))
		path, h, err := PathRun(X, Y, b, seed)
		if err != nil {
			return nil, err
		}
		px, py := pathXY(path)
		var s strings.Builder
		svgOpen(&s, 600, 340, fmt.Sprintf("path with batch size %d", b))
		fmt.Fprintf(&s, `<use href="#%s-bg"/><g clip-path="url(#%s-clip)">`, IDToken, IDToken)
		fmt.Fprintf(&s, `<path d="%s" fill="none" stroke="%s" stroke-width="1.3"/>`, pn.line(px, py), vermil)
		if len(path) <= 60 {
			fmt.Fprintf(&s, `<path d="%s" stroke="%s" stroke-width="4" stroke-linecap="round"/>`, pn.dots(px, py), vermil)
		}
		s.WriteString("</g>")
		text(&s, 350, 90, ` font-weight="bold" fill="`+vermil+`"`, fmt.Sprintf("batch size %d: %s", b, h.Method))
		s.WriteString("</svg>")
		last := path[len(path)-1]
		fin := h.Final()
		x.Frames = append(x.Frames, Frame{
			SVG:     s.String(),
			Caption: pathCaption(b, len(path)-1, math.Hypot(last[0]-best[0], last[1]-best[1])),
			Numbers: []Number{
				{"method", h.Method.String()},
				{"steps", fmt.Sprint(len(path) - 1)},
				{"gradient evaluations", fmt.Sprint(fin.Evals)},
				{"C(w) at the end", num(fin.Total)},
				{"C at the minimum", num(cBest)},
				{"(w, w₀) at the end", "(" + num(last[0]) + ", " + num(last[1]) + ")"},
			},
		})
	}
	x.Key = []int{0, 3, len(PathBatchSizes) - 1}
	x.Start = 3
	return x, nil
}

func pathXY(path [][2]float64) (xs, ys []float64) {
	for _, p := range path {
		xs, ys = append(xs, p[0]), append(ys, p[1])
	}
	return xs, ys
}

func pathCaption(b, steps int, dist float64) string {
	if b == PathExamples {
		return fmt.Sprintf("Batch: %d steps, each along the exact gradient of C: a smooth path, but only the start of one; still %s from the minimum.", steps, num(dist))
	}
	if b == 1 {
		return fmt.Sprintf("Stochastic: %d steps of one example each; each step follows that example's gradient, not C's, so the path jitters; it ends %s from the minimum.", steps, num(dist))
	}
	return fmt.Sprintf("%d steps of %d examples each: each step follows its batch's gradient, not C's, so the path jitters; it ends %s from the minimum.", steps, b, num(dist))
}
