package explore

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
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
	pn.frame(&defs, lang.T("explore.path.levels"), "w", "w₀", ticks(-1.5, 3.5, 5), ticks(-1, 4, 5))
	batchPath, _, err := PathRun(X, Y, PathExamples, seed)
	if err != nil {
		return nil, err
	}
	bx, by := pathXY(batchPath)
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="3" stroke-opacity="0.6"/>`, pn.line(bx, by), grey)
	fmt.Fprintf(&defs, `<path d="M%s %sm-6 0h12m-6 -6v12" stroke="%s" stroke-width="2"/>`, f1(pn.px(best[0])), f1(pn.py(best[1])), ink)
	fmt.Fprintf(&defs, `<path d="M%s %sh0" stroke="%s" stroke-width="8" stroke-linecap="round"/>`, f1(pn.px(PathStart[0])), f1(pn.py(PathStart[1])), ink)
	text(&defs, 350, 40, ` font-weight="bold"`, lang.F("explore.path.grey", PathExamples))
	text(&defs, 350, 56, "", lang.T("explore.path.marks"))
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  lang.F("explore.path.title", PathEpochs, num(PathEta)),
		Note:   lang.F("explore.path.note", PathEpochs, PathEpochs),
		Params: []Param{{Name: lang.T("explore.path.size")}},
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
		svgOpen(&s, 600, 340, lang.F("explore.path.svg", b))
		fmt.Fprintf(&s, `<use href="#%s-bg"/><g clip-path="url(#%s-clip)">`, IDToken, IDToken)
		fmt.Fprintf(&s, `<path d="%s" fill="none" stroke="%s" stroke-width="1.3"/>`, pn.line(px, py), vermil)
		if len(path) <= 60 {
			fmt.Fprintf(&s, `<path d="%s" stroke="%s" stroke-width="4" stroke-linecap="round"/>`, pn.dots(px, py), vermil)
		}
		s.WriteString("</g>")
		text(&s, 350, 90, ` font-weight="bold" fill="`+vermil+`"`, lang.F("explore.path.label", b, MethodName(h.Method)))
		s.WriteString("</svg>")
		last := path[len(path)-1]
		fin := h.Final()
		x.Frames = append(x.Frames, Frame{
			SVG:     s.String(),
			Caption: pathCaption(b, len(path)-1, math.Hypot(last[0]-best[0], last[1]-best[1])),
			Numbers: []Number{
				{lang.T("explore.path.method"), MethodName(h.Method)},
				{lang.T("explore.steps"), fmt.Sprint(len(path) - 1)},
				{lang.T("explore.path.evals"), fmt.Sprint(fin.Evals)},
				{lang.T("explore.lecun.final"), num(fin.Total)},
				{lang.T("explore.path.best"), num(cBest)},
				{lang.T("explore.path.end"), "(" + num(last[0]) + ", " + num(last[1]) + ")"},
			},
		})
	}
	x.Key = []int{0, 3, len(PathBatchSizes) - 1}
	x.Start = 3
	return x, nil
}

// MethodName names a method as Minibatch writes it, in the current language
// of pkg/lang (gd's names, Method.String, are identifiers that
// gd.MethodByName reads back, and stay as they are).
func MethodName(m gd.Method) string {
	switch m {
	case gd.Batch:
		return lang.T("explore.method.batch")
	case gd.Stochastic:
		return lang.T("explore.method.stochastic")
	case gd.Minibatch:
		return lang.T("explore.method.minibatch")
	}
	return m.String()
}

func pathXY(path [][2]float64) (xs, ys []float64) {
	for _, p := range path {
		xs, ys = append(xs, p[0]), append(ys, p[1])
	}
	return xs, ys
}

func pathCaption(b, steps int, dist float64) string {
	if b == PathExamples {
		return lang.F("explore.path.batch", steps, num(dist))
	}
	if b == 1 {
		return lang.F("explore.path.stochastic", steps, num(dist))
	}
	return lang.F("explore.path.minibatch", steps, b, num(dist))
}
