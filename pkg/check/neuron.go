package check

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 01: a single neuron. The references are pkg/neuron's activations.

const lesson01 = "01-single-neuron"

// newRand returns the grader's generator: the same cases on every run, and
// on every machine, for one value of Seed (0: the published cases).
func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0xc4ec^Seed)) }

// activationInputs are the table cases of every activation grader, then
// three seeded random ones in [−5, 5].
func activationInputs(extra ...float64) []float64 {
	as := []float64{0, 1, -1, 2.5, -3, 0.5}
	as = append(as, extra...)
	r := newRand(1)
	for i := 0; i < 3; i++ {
		as = append(as, math.Round((10*r.Float64()-5)*1000)/1000)
	}
	return as
}

// scalar grades a function float64 → float64 on the inputs against ref.
func scalar(g *grader, symbol string, student, ref func(float64) float64, inputs []float64, hint string, wrongs []fw) *Report {
	if student == nil {
		return g.nilFunc()
	}
	for _, a := range inputs {
		a := a
		c := tcase{
			input: fmt.Sprintf("%s(%s)", symbol, fnum(a)),
			call:  func() any { return student(a) },
			want:  ref(a),
			hint:  hint,
		}
		for _, w := range wrongs {
			f := w.f
			c.wrongs = append(c.wrongs, wrong{hint: w.hint, f: func() any { return f(a) }})
		}
		g.run(c)
	}
	return g.finish()
}

// Sigmoid grades g(a) = 1 / (1 + e⁻ᵃ).
func Sigmoid(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "Sigmoid", lang.T("check.task.Sigmoid"))
	w := []fw{
		{lang.T("check.Sigmoid.1"), func(a float64) float64 { return 1 / (1 + math.Exp(a)) }},
		{lang.T("check.Sigmoid.2"), func(a float64) float64 { return 1 / (1 - math.Exp(-a)) }},
		{lang.T("check.Sigmoid.3"), math.Tanh},
		{lang.T("check.Sigmoid.4"), func(a float64) float64 { return math.Exp(-a) }},
	}
	return scalar(g, "g", student, neuron.Sigmoid.G, activationInputs(-40, 40), lang.T("check.Sigmoid.5"), w)
}

// SigmoidDeriv grades g′(a) = g(a)(1 − g(a)) for the sigmoid.
func SigmoidDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "SigmoidDeriv", lang.T("check.task.SigmoidDeriv"))
	s := neuron.Sigmoid.G
	w := []fw{
		{lang.T("check.SigmoidDeriv.1"), func(a float64) float64 { return a * (1 - a) }},
		{lang.T("check.SigmoidDeriv.2"), s},
		{lang.T("check.SigmoidDeriv.3"), func(a float64) float64 { return -s(a) * (1 - s(a)) }},
		{lang.T("check.SigmoidDeriv.4"), func(a float64) float64 { return 1 - s(a) }},
	}
	return scalar(g, "g′", student, neuron.Sigmoid.Deriv, activationInputs(), lang.T("check.SigmoidDeriv.5"), w)
}

// Tanh grades g(a) = tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ).
func Tanh(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "Tanh", lang.T("check.task.Tanh"))
	w := []fw{
		{lang.T("check.Tanh.1"), func(a float64) float64 {
			return (math.Exp(a) - math.Exp(-a)) / (math.Exp(a) + math.Exp(-a))
		}},
		{lang.T("check.Tanh.2"), neuron.Sigmoid.G},
		{lang.T("check.Tanh.3"), math.Sinh},
		{lang.T("check.Tanh.4"), func(float64) float64 { return 1 }},
		{lang.T("check.Tanh.5"), func(a float64) float64 { return -math.Tanh(a) }},
		{lang.T("check.Tanh.6"), func(a float64) float64 { return math.Tanh(a / 2) }},
		{lang.T("check.Tanh.7"), func(a float64) float64 { return math.Tanh(2 * a) }},
	}
	return scalar(g, "tanh", student, neuron.Tanh.G, activationInputs(800, -800), lang.T("check.Tanh.8"), w)
}

// TanhDeriv grades g′(a) = 1 − tanh²(a).
func TanhDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "TanhDeriv", lang.T("check.task.TanhDeriv"))
	w := []fw{
		{lang.T("check.TanhDeriv.1"), func(a float64) float64 { return 1 - a*a }},
		{lang.T("check.TanhDeriv.2"), func(a float64) float64 { return 1 - math.Tanh(a) }},
		{lang.T("check.TanhDeriv.3"), func(a float64) float64 { return 1 + math.Tanh(a)*math.Tanh(a) }},
		{lang.T("check.TanhDeriv.4"), math.Tanh},
		{lang.T("check.TanhDeriv.5"), func(a float64) float64 { return math.Tanh(a) * math.Tanh(a) }},
		{lang.T("check.TanhDeriv.6"), neuron.Sigmoid.Deriv},
	}
	return scalar(g, "g′", student, neuron.Tanh.Deriv, activationInputs(), lang.T("check.TanhDeriv.7"), w)
}

// Gaussian grades g(a) = e^(−a²).
func Gaussian(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "Gaussian", lang.T("check.task.Gaussian"))
	w := []fw{
		{lang.T("check.Gaussian.1"), func(a float64) float64 { return math.Exp(-a) }},
		{lang.T("check.Gaussian.2"), func(a float64) float64 { return math.Exp(a * a) }},
		{lang.T("check.Gaussian.3"), func(a float64) float64 { return math.Exp(-a * a / 2) }},
		{lang.T("check.Gaussian.4"), func(a float64) float64 { return math.Exp(-2 * a) }},
		{lang.T("check.Gaussian.5"), func(a float64) float64 { return math.Exp(-a*a/2) / math.Sqrt(2*math.Pi) }},
		{lang.T("check.Gaussian.6"), func(a float64) float64 { return math.Exp(math.Pow(-a, 2)) }},
	}
	return scalar(g, "g", student, neuron.Gaussian.G, activationInputs(), lang.T("check.Gaussian.7"), w)
}

// GaussianDeriv grades g′(a) = −2a e^(−a²).
func GaussianDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "GaussianDeriv", lang.T("check.task.GaussianDeriv"))
	w := []fw{
		{lang.T("check.GaussianDeriv.1"), func(a float64) float64 { return -a * math.Exp(-a*a) }},
		{lang.T("check.GaussianDeriv.2"), func(a float64) float64 { return 2 * a * math.Exp(-a*a) }},
		{lang.T("check.GaussianDeriv.3"), func(a float64) float64 { return -2 * math.Exp(-a*a) }},
		{lang.T("check.GaussianDeriv.4"), neuron.Gaussian.G},
	}
	return scalar(g, "g′", student, neuron.Gaussian.Deriv, activationInputs(), lang.T("check.GaussianDeriv.5"), w)
}

// ReLU grades g(a) = 0 if a ≤ 0, a otherwise.
func ReLU(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "ReLU", lang.T("check.task.ReLU"))
	w := []fw{
		{lang.T("check.ReLU.1"), neuron.ReLU.Deriv},
		{lang.T("check.ReLU.2"), math.Abs},
		{lang.T("check.ReLU.3"), func(a float64) float64 { return a }},
		{lang.T("check.ReLU.4"), func(a float64) float64 {
			if a < 0 {
				return a
			}
			return 0
		}},
	}
	return scalar(g, "g", student, neuron.ReLU.G, activationInputs(-0.001, 1e-9), lang.T("check.ReLU.5"), w)
}

// ReLUDeriv grades g′(a) = 0 if a ≤ 0, 1 otherwise.
func ReLUDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "ReLUDeriv", lang.T("check.task.ReLUDeriv"))
	w := []fw{
		{lang.T("check.ReLUDeriv.1"), neuron.ReLU.G},
		{lang.T("check.ReLUDeriv.2"), func(a float64) float64 {
			if a >= 0 {
				return 1
			}
			return 0
		}},
		{lang.T("check.ReLUDeriv.3"), func(a float64) float64 { return 1 - neuron.ReLU.Deriv(a) }},
	}
	return scalar(g, "g′", student, neuron.ReLU.Deriv, activationInputs(1e-9, -1e-9), lang.T("check.ReLUDeriv.4"), w)
}

// NeuronOutput grades o = g(a) with a = wᵀx + w₀ = Σⱼ wⱼxⱼ + w₀.
func NeuronOutput(student func(w []float64, w0 float64, x []float64, g func(float64) float64) float64) *Report {
	gr := newGrader(lesson01, "NeuronOutput", lang.T("check.task.NeuronOutput"))
	if student == nil {
		return gr.nilFunc()
	}
	type nc struct {
		w    []float64
		w0   float64
		x    []float64
		g    neuron.Activation
		note string
	}
	cases := []nc{
		{[]float64{0.5, -1}, 0.25, []float64{2, 1}, neuron.Sigmoid, ""},
		{[]float64{2, -1}, 0.5, []float64{1, 3}, neuron.ReLU, ""},
		{[]float64{2, -1}, 0.5, []float64{2, 1}, neuron.ReLU, ""},
		{[]float64{1, 1, 1}, -1, []float64{0.5, 0.25, 0.75}, neuron.Identity, ""},
		{[]float64{0.3}, 2, []float64{-1}, neuron.Tanh, ""},
	}
	r := newRand(2)
	for i := 0; i < 3; i++ {
		n := 2 + r.IntN(3)
		c := nc{w: make([]float64, n), x: make([]float64, n), w0: round3(2*r.Float64() - 1), g: []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian}[i]}
		for j := range c.w {
			c.w[j], c.x[j] = round3(2*r.Float64()-1), round3(4*r.Float64()-2)
		}
		cases = append(cases, c)
	}
	for _, c := range cases {
		c := c
		act := func(w []float64, w0 float64, x []float64) float64 {
			a := w0
			for j := range w {
				a += w[j] * x[j]
			}
			return a
		}
		ref := neuron.Neuron{W: c.w, W0: c.w0, G: c.g}
		want, err := ref.Output(c.x)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		gr.run(tcase{
			input: fmt.Sprintf("w = %s, w₀ = %s, x = %s, g = %s", format(c.w), fnum(c.w0), format(c.x), c.g.Label()),
			call:  func() any { return student(clone(c.w), c.w0, clone(c.x), c.g.G) },
			want:  want,
			hint:  lang.T("check.NeuronOutput.1"),
			wrongs: []wrong{
				{lang.T("check.NeuronOutput.2"), func() any { return c.g.G(act(c.w, 0, c.x)) }},
				{lang.T("check.NeuronOutput.3"), func() any { return act(c.w, c.w0, c.x) }},
				{lang.T("check.NeuronOutput.4"), func() any { return c.g.G(act(c.w, 0, c.x)) + c.w0 }},
				{lang.T("check.NeuronOutput.5"), func() any { return c.g.G(act(c.w, -c.w0, c.x)) }},
				{lang.T("check.NeuronOutput.6"), func() any {
					return c.g.G(act(c.w[1:], c.w0, c.x[1:]))
				}},
				{lang.T("check.NeuronOutput.7"), func() any {
					return c.g.G(act(c.w[:len(c.w)-1], c.w0, c.x[:len(c.x)-1]))
				}},
			},
		})
	}
	return gr.finish()
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// fw is a known wrong formula for a function float64 → float64.
type fw struct {
	hint string
	f    func(float64) float64
}
