package explore

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 09: initialisation.

// InitSizes are the layer sizes of Initialisation's network (lesson 09's
// figure): 20 inputs, five layers of 50.
var InitSizes = []int{20, 50, 50, 50, 50, 50}

// InitScales are the σ of Initialisation's slider: the weights are drawn
// from N(0, σ²) (mlp.Normal).
var InitScales = []float64{0.02, 0.05, 0.1, 0.14, 0.2, 0.3, 0.5, 1, 2}

// InitActivations are the non-linearities of Initialisation's second
// slider.
var InitActivations = []neuron.Activation{neuron.Tanh, neuron.Sigmoid, neuron.ReLU}

// InitInputs is the number of inputs x ~ N(0, 1) pushed through the
// network.
const InitInputs = 1000

// InitForward returns the outputs hˡ (l = 1…L) of the network of
// InitSizes with non-linearity g and weights from N(0, σ²) drawn from seed,
// for InitInputs inputs drawn from seed: what Initialisation draws.
func InitForward(g neuron.Activation, sigma float64, seed uint64) ([]*mat.Dense, error) {
	net, err := mlp.New(InitSizes, g, g)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(mlp.Normal, sigma, seed); err != nil {
		return nil, err
	}
	rng := mlp.NewRand(seed)
	X := mat.NewDense(InitInputs, InitSizes[0], nil)
	for i := 0; i < InitInputs; i++ {
		for j := 0; j < InitSizes[0]; j++ {
			X.Set(i, j, rng.NormFloat64())
		}
	}
	tr, err := net.ForwardBatch(X)
	if err != nil {
		return nil, err
	}
	return tr.H[1:], nil
}

// Spread returns the standard deviation of the values of H: an error for
// no values, a non-finite one, or values whose squares overflow.
func Spread(H *mat.Dense) (float64, error) {
	r, c, err := guard.Matrix(H, "H")
	if err != nil {
		return 0, fmt.Errorf("explore: %w", err)
	}
	var s, s2 float64
	for i := 0; i < r; i++ {
		for _, v := range H.RawRowView(i)[:c] {
			s += v
			s2 += v * v
		}
	}
	n := float64(r * c)
	m := s / n
	v := s2/n - m*m
	if m*m > 1e4*v && guard.Finite(m) {
		// Σh²/n − m² cancels when the mean is large against the spread
		// (1e9 and 1e9 + 1 gave 0, not ½): the two-pass sum instead.
		v = 0
		for i := 0; i < r; i++ {
			for _, x := range H.RawRowView(i)[:c] {
				v += (x - m) * (x - m)
			}
		}
		v /= n
	}
	sd := math.Sqrt(math.Max(v, 0))
	if !guard.Finite(sd) {
		return 0, fmt.Errorf("explore: the spread of H overflows (|h| up to about %.3g)", math.Sqrt(s2/n))
	}
	return sd, nil
}

// Initialisation draws the histogram of the outputs hˡ of every layer of a
// deep network at initialisation (InitForward), with a slider for the
// activation (tanh, sigmoid, ReLU) and one for σ: the signal vanishes
// layer after layer when σ is small, saturates (tanh, sigmoid) or explodes
// (ReLU) when it is large.
func Initialisation(seed uint64) (*Explorable, error) {
	L := len(InitSizes) - 1
	const pw, ph, gap = 108, 110, 14
	var acts, scales []string
	for _, g := range InitActivations {
		acts = append(acts, g.Label())
	}
	for _, s := range InitScales {
		scales = append(scales, num(s))
	}
	x := &Explorable{
		Title: lang.T("explore.init.title"),
		Note:  lang.T("explore.init.note"),
		Params: []Param{
			{Name: "g", Labels: acts},
			{Name: "σ", Labels: scales},
		},
	}
	for _, g := range InitActivations {
		for _, sigma := range InitScales {
			hs, err := InitForward(g, sigma, seed)
			if err != nil {
				return nil, err
			}
			sds := make([]float64, len(hs))
			for l, h := range hs {
				if sds[l], err = Spread(h); err != nil {
					return nil, fmt.Errorf("explore: %s, σ = %v, layer %d: %w", g.Name, sigma, l+1, err)
				}
			}
			lo, hi := -1.0, 1.0
			if g.Name != "tanh" {
				lo = 0
			}
			if g.Name == "relu" {
				hi = 0
				for _, sd := range sds {
					hi = math.Max(hi, 3*sd)
				}
				hi = niceUp(math.Max(hi, 1e-6))
			}
			var b strings.Builder
			svgOpen(&b, L*(pw+gap)+40, ph+70, lang.F("explore.init.svg", g.Label(), num(sigma)))
			var spreads []string
			for l, h := range hs {
				p := newPanel(float64(20+l*(pw+gap)), 24, pw, ph, lo, hi, 0, 1)
				counts := histogram(h.RawMatrix().Data, lo, hi, 20)
				var d strings.Builder
				bw := p.W / float64(len(counts))
				for i, c := range counts {
					if c > 0 {
						top := p.py(math.Min(c, 1))
						fmt.Fprintf(&d, "M%s %sV%sh%sV%sz", f1(p.X+float64(i)*bw), f1(p.Y+p.H), f1(top), f1(bw), f1(p.Y+p.H))
					}
				}
				fmt.Fprintf(&b, `<path d="%s" fill="%s" stroke="#fff" stroke-width="0.5"/>`, d.String(), blue)
				p.frame(&b, lang.F("explore.init.layer", l+1), "", "", []float64{lo, hi}, nil)
				s := sds[l]
				text(&b, p.X+p.W/2, p.Y+p.H+30, ` text-anchor="middle"`, lang.F("explore.init.sd", num(s)))
				spreads = append(spreads, num(s))
			}
			b.WriteString("</svg>")
			last := hs[len(hs)-1]
			sat := saturated(g, last)
			nums := []Number{{lang.T("explore.init.sds"), strings.Join(spreads, ", ")}}
			if g.Name != "relu" {
				nums = append(nums, Number{lang.F("explore.init.limits"), lang.F("explore.init.percent", int(math.Round(100*sat)))})
			}
			x.Frames = append(x.Frames, Frame{SVG: b.String(), Caption: initCaption(g, hs, sds), Numbers: nums})
		}
	}
	x.Key = []int{1, 3, 7} // tanh with σ = 0.05, 0.14 and 1
	x.Start = 3
	return x, nil
}

// histogram returns the fractions of the values in n bins of [lo, hi]
// (values outside go to the end bins), scaled so that the largest is 1.
func histogram(v []float64, lo, hi float64, n int) []float64 {
	c := make([]float64, n)
	for _, x := range v {
		i := int(math.Floor((x - lo) / (hi - lo) * float64(n)))
		c[max(0, min(n-1, i))]++
	}
	top := 0.0
	for _, x := range c {
		top = math.Max(top, x)
	}
	for i := range c {
		c[i] /= top
	}
	return c
}

// saturated returns the fraction of the values of H within 1% of g's limits
// (tanh: |h| > 0.98; sigmoid: h < 0.01 or h > 0.99).
func saturated(g neuron.Activation, H *mat.Dense) float64 {
	d := H.RawMatrix().Data
	n := 0
	for _, v := range d {
		if g.Name == "tanh" && math.Abs(v) > 0.98 || g.Name == "sigmoid" && (v < 0.01 || v > 0.99) {
			n++
		}
	}
	return float64(n) / float64(len(d))
}

// initCaption says what the histograms show: the spread sds[l] of the last
// layer against the first, and saturation.
func initCaption(g neuron.Activation, hs []*mat.Dense, sds []float64) string {
	L := len(hs)
	first, last := sds[0], sds[L-1]
	ratio := last / first
	sat := saturated(g, hs[L-1])
	switch {
	case g.Name != "relu" && sat > 0.5:
		return lang.F("explore.init.saturated", int(math.Round(100*sat)), L, g.Label())
	case ratio < 0.1:
		return lang.F("explore.init.vanishes", num(first), num(last), L)
	case ratio > 10:
		return lang.F("explore.init.explodes", num(first), num(last), L)
	case g.Name == "sigmoid" && last < 0.05:
		return lang.F("explore.init.half", num(last), L)
	case ratio < 0.5:
		return lang.F("explore.init.shrinks", num(first), num(last))
	case ratio > 2:
		return lang.F("explore.init.grows", num(first), num(last))
	case g.Name != "relu" && sat > 0.2:
		return lang.F("explore.init.begins", num(first), num(last), int(math.Round(100*sat)), L, g.Label())
	}
	lo, hi := first, first
	for _, sd := range sds {
		lo, hi = math.Min(lo, sd), math.Max(hi, sd)
	}
	return lang.F("explore.init.holds", num(lo), num(hi), L)
}
