package viz

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 09: tricks (weight initialisation).

// InitChoice is one weight initialisation: a method and, for Uniform and
// Normal, its scale.
type InitChoice struct {
	Method mlp.InitMethod
	Scale  float64
}

func (c InitChoice) String() string {
	switch c.Method {
	case mlp.Normal:
		return lang.F("viz.init.normal", c.Scale)
	case mlp.Uniform:
		return lang.F("viz.init.uniform", c.Scale)
	}
	return c.Method.Label()
}

// initBins is the number of bins of each histogram of InitHistograms.
const initBins = 21

// InitHistograms draws, for each initialisation (one row each), the histogram
// of the outputs hˡ of every layer l (one column each) of a network with the
// given sizes and non-linearity g, for n inputs drawn from N(0, 1). For tanh
// and sigmoid the x axis is their range; for ReLU (and identity), whose
// outputs have no bound, each row gets the range of its largest 99% of values,
// rounded up to 1, 2 or 5 times a power of ten, so that the layers of one
// initialisation compare at one scale (the few values beyond fall in the last bin).
func InitHistograms(sizes []int, g neuron.Activation, inits []InitChoice, n int, seed uint64) (*Figure, error) {
	if len(inits) == 0 || n <= 0 {
		return nil, fmt.Errorf("init histograms: need at least one initialisation and n > 0, got %d and %d", len(inits), n)
	}
	if len(inits) > 16 || len(sizes) > 17 {
		return nil, fmt.Errorf("init histograms: %d initialisations of %d layers: a figure holds at most 16 rows and 16 columns", len(inits), len(sizes)-1)
	}
	if err := mlp.CheckSizes(sizes); err != nil {
		return nil, fmt.Errorf("init histograms: %w", err)
	}
	width := 0
	for _, s := range sizes {
		width += s
	}
	if n > mlp.MaxBatchValues/width {
		return nil, fmt.Errorf("init histograms: n = %d inputs through %v: more than the %d values of a batch trace (mlp.MaxBatchValues)", n, sizes, mlp.MaxBatchValues)
	}
	net, err := mlp.New(sizes, g, g)
	if err != nil {
		return nil, err
	}
	rng := mlp.NewRand(seed)
	X := mat.NewDense(n, sizes[0], nil)
	for i := 0; i < n; i++ {
		for j := 0; j < sizes[0]; j++ {
			X.Set(i, j, rng.NormFloat64())
		}
	}
	lo, hi := -1.0, 1.0
	if g.Name == "relu" || g.Name == "sigmoid" {
		lo = 0
	}
	unbounded := g.Name == "relu" || g.Name == "identity" // their hˡ have no fixed range
	L := len(sizes) - 1
	fig := &Figure{
		Title:    lang.F("viz.init.title", g.Label()),
		Subtitle: lang.F("viz.init.subtitle", n, initBins),
		Width:    TextWidth,
		Height:   vgHeight(len(inits)),
	}
	for r, ic := range inits {
		if err := net.Initialize(ic.Method, ic.Scale, seed+uint64(r)); err != nil {
			return nil, err
		}
		tr, err := net.ForwardBatch(X)
		if err != nil {
			return nil, err
		}
		if unbounded {
			lo, hi = histRange(tr.H[1:], g.Name == "relu")
		}
		row := make([]*plot.Plot, L)
		for l := 1; l <= L; l++ {
			title := ""
			if r == 0 {
				title = lang.F("viz.init.layer", l, notation.Sym("h", l))
			}
			ylabel := ""
			if l == 1 {
				ylabel = ic.String()
			}
			p := newPlot(title, "", ylabel)
			p.Add(fixedHist(tr.H[l].RawMatrix().Data, lo, hi, initBins, r))
			p.X.Min, p.X.Max = lo, hi
			p.Y.Min, p.Y.Max = 0, 1
			p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "0"}, {Value: 0.5, Label: "½"}, {Value: 1, Label: "1"}})
			p.X.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: lo, Label: Num(lo)}, {Value: hi, Label: Num(hi)}})
			if r == len(inits)-1 {
				p.X.Label.Text = notation.Sym("h", l)
			}
			row[l-1] = p
		}
		fig.Panels = append(fig.Panels, row)
	}
	return fig, nil
}

// histRange returns the x range of a row of histograms of unbounded outputs:
// from 0 (ReLU) or −hi to hi, with hi the 99th percentile of |h| over every
// layer, rounded up to 1, 2 or 5 times a power of ten.
func histRange(hs []*mat.Dense, nonNegative bool) (lo, hi float64) {
	var all []float64
	for _, h := range hs {
		for _, v := range h.RawMatrix().Data {
			all = append(all, math.Abs(v))
		}
	}
	sort.Float64s(all)
	q := all[int(0.99*float64(len(all)-1))]
	hi = niceCeil(q)
	if nonNegative {
		return 0, hi
	}
	return -hi, hi
}

// niceCeil rounds v > 0 up to 1, 2 or 5 times a power of ten (1e-12 for v ≤ 0).
func niceCeil(v float64) float64 {
	if !(v > 0) {
		return 1e-12
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// ScheduleCurves draws learning-rate schedules and what they do, side by
// side: on the left each schedule's η against the step t (log scale), on the
// right the cost of its run against the epoch (log scale: every Y > 0, for
// example the excess cost C(w) − C(w*)), titled costTitle: say there what
// is drawn, the axis has no label. rates[i] and costs[i] belong to the same
// schedule and share its line style.
func ScheduleCurves(title, costTitle string, rates, costs []Series) (*Figure, error) {
	if len(rates) != len(costs) || len(rates) == 0 {
		return nil, fmt.Errorf("schedule curves: %d schedules and %d cost curves; want the same number, at least 1", len(rates), len(costs))
	}
	// No y label: gonum/plot places a vertical label by the arithmetic middle
	// of the range, near the top on a log scale, which pushes the panel down.
	// The titles name the quantities instead.
	left, err := CurvesPanel(lang.T("viz.schedules.left"), lang.T("viz.schedules.leftx"), "", rates, true, false)
	if err != nil {
		return nil, err
	}
	right, err := CurvesPanel(costTitle, lang.T("viz.epoch"), "", costs, true, false)
	if err != nil {
		return nil, err
	}
	left.X.Tick.Marker = IntegerTicks{}
	// One legend is enough, the styles match: bottom left of the costs, where
	// curves that start high and go down leave room.
	left.Legend = freshLegend()
	right.Legend.Top, right.Legend.Left = false, true
	return Grid(title, 2, ShortHeight+vg.Centimeter, left, right), nil
}
