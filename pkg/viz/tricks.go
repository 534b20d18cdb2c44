package viz

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"

	"github.com/stepnet/stepnet/internal/notation"
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
		return fmt.Sprintf("normal, σ = %g", c.Scale)
	case mlp.Uniform:
		return fmt.Sprintf("uniform ±%g", c.Scale)
	}
	return c.Method.String()
}

// InitHistograms draws, for each initialisation (one row each), the histogram
// of the outputs hˡ of every layer l (one column each) of a network with the
// given sizes and non-linearity g, for n inputs drawn from N(0, 1).
func InitHistograms(sizes []int, g neuron.Activation, inits []InitChoice, n int, seed uint64) (*Figure, error) {
	if len(inits) == 0 || n <= 0 {
		return nil, fmt.Errorf("init histograms: need at least one initialisation and n > 0, got %d and %d", len(inits), n)
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
	L := len(sizes) - 1
	fig := &Figure{
		Title:  fmt.Sprintf("Outputs hˡ of each %s layer at initialisation: neither vanishing nor saturating?", g.Name),
		Width:  TextWidth,
		Height: vgHeight(len(inits)),
	}
	for r, ic := range inits {
		if err := net.Initialize(ic.Method, ic.Scale, seed+uint64(r)); err != nil {
			return nil, err
		}
		tr, err := net.ForwardBatch(X)
		if err != nil {
			return nil, err
		}
		row := make([]*plot.Plot, L)
		for l := 1; l <= L; l++ {
			title := ""
			if r == 0 {
				title = "layer " + itoa(l) + ": " + notation.Sym("h", l)
			}
			ylabel := ""
			if l == 1 {
				ylabel = ic.String()
			}
			p := newPlot(title, "", ylabel)
			p.Add(fixedHist(tr.H[l].RawMatrix().Data, lo, hi, 21, r))
			p.X.Min, p.X.Max = lo, hi
			p.Y.Min, p.Y.Max = 0, 1
			p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "0"}, {Value: 0.5, Label: "½"}, {Value: 1, Label: "1"}})
			p.X.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: lo, Label: fmt.Sprint(lo)}, {Value: hi, Label: fmt.Sprint(hi)}})
			if r == len(inits)-1 {
				p.X.Label.Text = notation.Sym("h", l)
			}
			row[l-1] = p
		}
		fig.Panels = append(fig.Panels, row)
	}
	return fig, nil
}
