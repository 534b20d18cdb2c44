package explore

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

// Lessons 03, 10 and 12: a network while it trains.

// ToySet returns one of the 2-D toy sets of the lessons by name: "moons"
// (200 points), "circles" (200), "xor" (200) or "spirals" (300), drawn from
// seed.
func ToySet(name string, seed uint64) (*data.Set, error) {
	switch name {
	case "moons":
		return data.Moons(200, 0.15, seed)
	case "circles":
		return data.Circles(200, 0.5, 0.08, seed)
	case "xor":
		return data.XOR(200, 0.1, seed)
	case "spirals":
		return data.Spirals(300, 2, 1, 0.03, seed)
	}
	if len(name) > 40 {
		return nil, lang.Errorf("explore.toyset.long", name[:40], len(name))
	}
	return nil, lang.Errorf("explore.toyset", name)
}

// Run is a network trained on a toy set, snapshot after chosen epochs.
type Run struct {
	Set    *data.Set
	Epochs []int          // the epochs of the snapshots (0: before training)
	Nets   []*mlp.Network // the network after each of them
	Loss   []float64      // the mean training loss F after every epoch 0…last
	Acc    []float64      // the training accuracy after every epoch 0…last
}

// TrainRun trains net on set by minibatch gradient descent (pkg/train, cfg)
// until the last of epochs (ascending), keeping a copy of the network after
// each of them and the loss and accuracy after every epoch.
func TrainRun(net *mlp.Network, set *data.Set, cfg train.Config, epochs []int) (*Run, error) {
	if set == nil {
		return nil, errors.New("explore: the data set is nil")
	}
	if len(epochs) == 0 {
		return nil, errors.New("explore: no epochs to keep")
	}
	for i, e := range epochs {
		if e < 0 || e > MaxTrainEpochs || (i > 0 && e <= epochs[i-1]) {
			return nil, lang.Errorf("explore.epochs", MaxTrainEpochs, epochs)
		}
	}
	t, err := train.New(net, set.X, set.Y, cfg)
	if err != nil {
		return nil, err
	}
	r := &Run{Set: set, Epochs: epochs}
	last := epochs[len(epochs)-1]
	next := 0
	for e := 0; e <= last; e++ {
		if e > 0 {
			if _, err := t.Epoch(nil); err != nil {
				return nil, err
			}
		}
		loss, acc, err := t.Evaluate(set.X, set.Y)
		if err != nil {
			return nil, err
		}
		if e > 0 && loss > MaxLossGrowth*math.Max(r.Loss[0], 1) {
			return nil, lang.Errorf("explore.diverged", e, loss, r.Loss[0], cfg.Eta)
		}
		r.Loss, r.Acc = append(r.Loss, loss), append(r.Acc, acc)
		if next < len(epochs) && epochs[next] == e {
			r.Nets = append(r.Nets, net.Clone())
			next++
		}
	}
	return r, nil
}

// MaxLossGrowth is TrainRun's sign of divergence, as gd.Train's: a loss
// more than 10⁶ × max(F before training, 1) after an epoch (softmax
// cross-entropy stays finite while its weights run off to 1e300).
const MaxLossGrowth = 1e6

// MaxTrainEpochs bounds TrainRun's last epoch (an explorable keeps a copy
// of the network at each snapshot).
const MaxTrainEpochs = 10000

// TrainingEpochs are the snapshots of Training.
var TrainingEpochs = []int{0, 1, 2, 3, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 60, 80, 100, 125, 150, 200}

// TrainingHidden is the number of hidden units of Training's network.
const TrainingHidden = 8

// TrainingNetwork returns Training's network, 2-8-2 with tanh hidden units
// and a softmax output (Xavier weights from seed), and its training
// configuration (cross-entropy, η = 0.3, minibatches of 10).
func TrainingNetwork(seed uint64) (*mlp.Network, train.Config, error) {
	net, err := mlp.New([]int{2, TrainingHidden, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		return nil, train.Config{}, err
	}
	if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
		return nil, train.Config{}, err
	}
	return net, train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.3, BatchSize: 10, Seed: seed}, nil
}

// Training shows a 2-8-2 network (TrainingNetwork) learning a toy set
// (ToySet: "moons", "circles" or "xor"), with Play over the epochs: the
// decision regions, what each hidden unit computes over the plane (as in
// TensorFlow Playground), and the loss curve with a cursor at the epoch.
func Training(set string, seed uint64) (*Explorable, error) {
	s, err := ToySet(set, seed)
	if err != nil {
		return nil, err
	}
	net, cfg, err := TrainingNetwork(seed)
	if err != nil {
		return nil, err
	}
	r, err := TrainRun(net, s, cfg, TrainingEpochs)
	if err != nil {
		return nil, err
	}
	lo, hi := box(s.X)
	main := newPanel(40, 24, 250, 250, lo[0], hi[0], lo[1], hi[1])
	last := TrainingEpochs[len(TrainingEpochs)-1]
	topLoss := 0.0
	for _, l := range r.Loss {
		topLoss = math.Max(topLoss, l)
	}
	curve := newPanel(600, 24, 150, 120, 0, float64(last), 0, niceUp(topLoss))
	var defs strings.Builder
	fmt.Fprintf(&defs, `<g id="%s-pts">`, IDToken)
	main.classPoints(&defs, column(s, 0), column(s, 1), s.Labels, 4.5)
	defs.WriteString(`</g>`)
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	main.frame(&defs, lang.T("explore.training.regions"), "x₁", "x₂", ticks(lo[0], hi[0], 4), ticks(lo[1], hi[1], 4))
	text(&defs, 330, 18, ` font-weight="bold" font-size="12"`, lang.T("explore.training.hidden"))
	ep := make([]float64, len(r.Loss))
	for i := range ep {
		ep[i] = float64(i)
	}
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="1.5"/>`, curve.line(ep, r.Loss), blue)
	curve.frame(&defs, lang.T("explore.training.curve"), lang.T("explore.epoch"), "", ticks(0, float64(last), 4), ticks(0, niceUp(topLoss), 2))
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  trainingTitle(set),
		Note:   lang.T("explore.training.note"),
		Params: []Param{{Name: lang.T("explore.epoch")}},
		Play:   true,
		Delay:  400,
		Defs:   defs.String(),
	}
	const thumb, n = 52, 40
	for k, e := range r.Epochs {
		x.Params[0].Labels = append(x.Params[0].Labels, fmt.Sprint(e))
		snap := r.Nets[k]
		G := gridInputs(main, n)
		tr, err := snap.ForwardBatch(G)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		svgOpen(&b, 760, 320, lang.F("explore.training.svg", e))
		O := tr.H[len(tr.H)-1]
		b.WriteString(main.image(n, n, false, func(i, j int) color.NRGBA {
			m := O.At(j*n+i, 1) - O.At(j*n+i, 0)
			return regionShade(m)
		}))
		fmt.Fprintf(&b, `<use href="#%s-bg"/><use href="#%s-pts"/>`, IDToken, IDToken)
		for u := 0; u < TrainingHidden; u++ {
			tp := newPanel(float64(330+(u%4)*(thumb+4)), float64(26+(u/4)*(thumb+18)), thumb, thumb, lo[0], hi[0], lo[1], hi[1])
			b.WriteString(tp.image(20, 20, false, func(i, j int) color.NRGBA {
				// pixel (i, j) of a 20×20 map: the nearest row of the 40×40 grid
				return diverging(tr.H[1].At((2*j)*n+2*i, u))
			}))
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%d" height="%d" fill="none" stroke="%s"/>`, f1(tp.X), f1(tp.Y), thumb, thumb, grey)
			text(&b, tp.X+thumb/2, tp.Y+thumb+11, ` text-anchor="middle" font-size="10"`, lang.F("explore.training.unit", u+1))
		}
		cx := curve.px(float64(e))
		fmt.Fprintf(&b, `<path d="M%s %sV%s" stroke="%s"/><circle cx="%s" cy="%s" r="4" fill="%s"/>`,
			f1(cx), f1(curve.Y), f1(curve.Y+curve.H), ink, f1(cx), f1(curve.py(r.Loss[e])), ink)
		b.WriteString("</svg>")
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: trainingCaption(e, r.Acc[e], s.Len()),
			Numbers: []Number{
				{lang.T("explore.training.loss"), num(r.Loss[e])},
				{lang.T("explore.training.accuracy"), num(r.Acc[e])},
			},
		})
	}
	x.Key = []int{0, 7, len(r.Epochs) - 1}
	return x, nil
}

// trainingCaption says how many of the n training points are classified
// right after e epochs, as a count: a percentage rounded to 100% would
// claim a perfect fit that 199 of 200 is not.
func trainingCaption(e int, acc float64, n int) string {
	right := int(math.Round(acc * float64(n)))
	if e == 0 {
		return lang.F("explore.training.before", right, n)
	}
	if e == 1 {
		return lang.F("explore.training.after1", e, right, n)
	}
	return lang.F("explore.training.after", e, right, n)
}

// trainingTitle is Training's title for the toy set of that name.
func trainingTitle(set string) string {
	switch set {
	case "moons":
		return lang.F("explore.training.title.moons", TrainingHidden)
	case "circles":
		return lang.F("explore.training.title.circles", TrainingHidden)
	}
	return lang.F("explore.training.title.xor", TrainingHidden)
}

// regionShade colours a margin m = o₂ − o₁: class 0 (m < 0) blue, class 1
// orange, pale near the boundary.
func regionShade(m float64) color.NRGBA {
	t := 0.25 + 0.35*math.Min(1, math.Abs(m)/4)
	if math.Abs(m) < 0.05 {
		return white
	}
	if m < 0 {
		return mix(white, classRGB[0], t)
	}
	return mix(white, classRGB[1], t)
}

// box returns the range of the two columns of X, with a margin of 10%.
func box(X mat.Matrix) (lo, hi [2]float64) {
	n, _ := X.Dims()
	for j := 0; j < 2; j++ {
		lo[j], hi[j] = math.Inf(1), math.Inf(-1)
		for i := 0; i < n; i++ {
			lo[j], hi[j] = math.Min(lo[j], X.At(i, j)), math.Max(hi[j], X.At(i, j))
		}
		m := 0.1 * (hi[j] - lo[j])
		lo[j], hi[j] = lo[j]-m, hi[j]+m
	}
	return lo, hi
}

// gridInputs returns the centres of an n×n image over the panel, one per
// row, row j*n + i for pixel (i, j).
func gridInputs(p panel, n int) *mat.Dense {
	G := mat.NewDense(n*n, 2, nil)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			x1, x2 := p.at(i, j, n, n)
			G.Set(j*n+i, 0, x1)
			G.Set(j*n+i, 1, x2)
		}
	}
	return G
}

// RepresentationEpochs are the snapshots of Representations.
var RepresentationEpochs = []int{0, 10, 20, 30, 50, 75, 100, 150, 200, 300, 400, 500, 600}

// RepresentationNetwork returns lesson 12's deep network, 2-16-16-2-2 with
// tanh units and a softmax output (Xavier weights from seed), and its
// training configuration (cross-entropy, η = 0.1, minibatches of 10): the
// network of lesson 12's figures.
func RepresentationNetwork(seed uint64) (*mlp.Network, train.Config, error) {
	net, err := mlp.New([]int{2, 16, 16, 2, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		return nil, train.Config{}, err
	}
	if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
		return nil, train.Config{}, err
	}
	return net, train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 10, Seed: seed}, nil
}

// Representations shows the representations hˡ(x) of lesson 12's deep
// network (RepresentationNetwork) while it trains on the two spirals, with
// Play over the epochs: the input x, then h¹(x) and h²(x) (16 units,
// projected on their first two principal components) and h³(x) (2 units),
// every point keeping its class's marker.
func Representations(seed uint64) (*Explorable, error) {
	s, err := ToySet("spirals", seed)
	if err != nil {
		return nil, err
	}
	net, cfg, err := RepresentationNetwork(seed)
	if err != nil {
		return nil, err
	}
	r, err := TrainRun(net, s, cfg, RepresentationEpochs)
	if err != nil {
		return nil, err
	}
	x := &Explorable{
		Title:  lang.T("explore.repr.title"),
		Note:   lang.T("explore.repr.note"),
		Params: []Param{{Name: lang.T("explore.epoch")}},
		Play:   true,
		Delay:  600,
	}
	const pw, gap = 150, 24
	for k, e := range r.Epochs {
		x.Params[0].Labels = append(x.Params[0].Labels, fmt.Sprint(e))
		tr, err := r.Nets[k].ForwardBatch(s.X)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		svgOpen(&b, 4*(pw+gap)+10, pw+50, lang.F("explore.repr.svg", e))
		titles := []string{lang.T("explore.repr.input"), lang.F("explore.repr.pca", sup(1), 16), lang.F("explore.repr.pca", sup(2), 16), lang.F("explore.repr.last", sup(3), 2)}
		for l := 0; l < 4; l++ {
			P, err := project2(tr.H[l])
			if err != nil {
				return nil, fmt.Errorf("layer %d: %w", l, err)
			}
			lo, hi := box(P)
			p := newPanel(float64(12+l*(pw+gap)), 24, pw, pw, lo[0], hi[0], lo[1], hi[1])
			p.frame(&b, titles[l], "", "", nil, nil)
			p.classPoints(&b, colOf(P, 0), colOf(P, 1), s.Labels, 3.4)
		}
		b.WriteString("</svg>")
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: trainingCaption(e, r.Acc[e], s.Len()),
			Numbers: []Number{
				{lang.T("explore.training.loss"), num(r.Loss[e])},
				{lang.T("explore.training.accuracy"), num(r.Acc[e])},
			},
		})
	}
	x.Key = []int{0, 6, len(r.Epochs) - 1}
	return x, nil
}

// project2 returns the rows of H in 2-D: H itself with 2 columns, else its
// projection on its first two principal components (signs fixed so that
// each component's largest loading is positive, so that frames do not
// flip at random).
func project2(H *mat.Dense) (*mat.Dense, error) {
	n, d := H.Dims()
	if d == 2 {
		return H, nil
	}
	var pc stat.PC
	if ok := pc.PrincipalComponents(H, nil); !ok {
		return nil, fmt.Errorf("principal components of a %d×%d representation failed", n, d)
	}
	var vecs mat.Dense
	pc.VectorsTo(&vecs)
	V := mat.DenseCopyOf(vecs.Slice(0, d, 0, 2))
	for c := 0; c < 2; c++ {
		big := 0.0
		for i := 0; i < d; i++ {
			if math.Abs(V.At(i, c)) > math.Abs(big) {
				big = V.At(i, c)
			}
		}
		if big < 0 {
			for i := 0; i < d; i++ {
				V.Set(i, c, -V.At(i, c))
			}
		}
	}
	var P mat.Dense
	P.Mul(H, V)
	return &P, nil
}

func colOf(M *mat.Dense, j int) []float64 {
	n, _ := M.Dims()
	c := make([]float64, n)
	for i := range c {
		c[i] = M.At(i, j)
	}
	return c
}
