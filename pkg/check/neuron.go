package check

import (
	"fmt"
	"math"
	"math/rand/v2"

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
	g := newGrader(lesson01, "Sigmoid", "the sigmoid g(a) = 1 / (1 + e⁻ᵃ)")
	w := []fw{
		{"the sign of the exponent: g(a) = 1 / (1 + e⁻ᵃ), not 1 / (1 + eᵃ)", func(a float64) float64 { return 1 / (1 + math.Exp(a)) }},
		{"the denominator is 1 + e⁻ᵃ, not 1 − e⁻ᵃ", func(a float64) float64 { return 1 / (1 - math.Exp(-a)) }},
		{"that is tanh(a): the sigmoid is 1 / (1 + e⁻ᵃ)", math.Tanh},
		{"that is e⁻ᵃ alone: g(a) = 1 / (1 + e⁻ᵃ)", func(a float64) float64 { return math.Exp(-a) }},
	}
	return scalar(g, "g", student, neuron.Sigmoid.G, activationInputs(-40, 40), "g(a) = 1 / (1 + e⁻ᵃ): use math.Exp(-a)", w)
}

// SigmoidDeriv grades g′(a) = g(a)(1 − g(a)) for the sigmoid.
func SigmoidDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "SigmoidDeriv", "the sigmoid's derivative g′(a) = g(a)(1 − g(a))")
	s := neuron.Sigmoid.G
	w := []fw{
		{"g′(a) = g(a)(1 − g(a)): apply g first; a(1 − a) uses a where g(a) is needed", func(a float64) float64 { return a * (1 - a) }},
		{"that is g(a) itself, not its derivative g′(a) = g(a)(1 − g(a))", s},
		{"the sign: g′(a) = g(a)(1 − g(a)) is never negative", func(a float64) float64 { return -s(a) * (1 - s(a)) }},
		{"that is 1 − g(a): g′(a) = g(a)(1 − g(a))", func(a float64) float64 { return 1 - s(a) }},
	}
	return scalar(g, "g′", student, neuron.Sigmoid.Deriv, activationInputs(), "g′(a) = g(a)(1 − g(a)) with g the sigmoid", w)
}

// Tanh grades g(a) = tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ).
func Tanh(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "Tanh", "the hyperbolic tangent g(a) = tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)")
	w := []fw{
		{"for a = ±800, eᵃ overflows to +Inf and Inf/Inf is NaN: use math.Tanh, or 1 − 2/(e²ᵃ + 1)", func(a float64) float64 {
			return (math.Exp(a) - math.Exp(-a)) / (math.Exp(a) + math.Exp(-a))
		}},
		{"that is the sigmoid: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)", neuron.Sigmoid.G},
		{"that is sinh(a) = (eᵃ − e⁻ᵃ)/2: divide by eᵃ + e⁻ᵃ instead of 2", math.Sinh},
		{"the numerator is eᵃ − e⁻ᵃ, not eᵃ + e⁻ᵃ: tanh(a) is 0 at a = 0", func(float64) float64 { return 1 }},
		{"the sign: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), positive for a > 0", func(a float64) float64 { return -math.Tanh(a) }},
		{"that is 2·sigmoid(a) − 1 = tanh(a/2): tanh(a) = 2·sigmoid(2a) − 1", func(a float64) float64 { return math.Tanh(a / 2) }},
		{"the exponent: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), eᵃ not e²ᵃ or e^(a/2)", func(a float64) float64 { return math.Tanh(2 * a) }},
	}
	return scalar(g, "tanh", student, neuron.Tanh.G, activationInputs(800, -800), "tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ); math.Tanh computes it", w)
}

// TanhDeriv grades g′(a) = 1 − tanh²(a).
func TanhDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "TanhDeriv", "the derivative of tanh, g′(a) = 1 − tanh²(a)")
	w := []fw{
		{"g′(a) = 1 − tanh²(a), not 1 − a²: apply tanh first", func(a float64) float64 { return 1 - a*a }},
		{"the square is missing: g′(a) = 1 − tanh²(a)", func(a float64) float64 { return 1 - math.Tanh(a) }},
		{"the sign: g′(a) = 1 − tanh²(a), not 1 + tanh²(a)", func(a float64) float64 { return 1 + math.Tanh(a)*math.Tanh(a) }},
		{"that is tanh(a) itself, not its derivative 1 − tanh²(a)", math.Tanh},
		{"that is tanh²(a): the derivative is 1 − tanh²(a)", func(a float64) float64 { return math.Tanh(a) * math.Tanh(a) }},
		{"that is the sigmoid's derivative: for tanh, g′ = 1 − tanh²(a)", neuron.Sigmoid.Deriv},
	}
	return scalar(g, "g′", student, neuron.Tanh.Deriv, activationInputs(), "g′(a) = 1 − tanh²(a)", w)
}

// Gaussian grades g(a) = e^(−a²).
func Gaussian(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "Gaussian", "the Gaussian g(a) = e^(−a²)")
	w := []fw{
		{"the exponent is −a², not −a", func(a float64) float64 { return math.Exp(-a) }},
		{"the sign of the exponent: g(a) = e^(−a²), not e^(a²)", func(a float64) float64 { return math.Exp(a * a) }},
		{"the lecture's Gaussian is e^(−a²), without a factor 1/2", func(a float64) float64 { return math.Exp(-a * a / 2) }},
		{"the exponent is −a², not −2a", func(a float64) float64 { return math.Exp(-2 * a) }},
		{"the normalising factor 1/√(2π) is not part of g here", func(a float64) float64 { return math.Exp(-a*a/2) / math.Sqrt(2*math.Pi) }},
		{"(−a)² = a², so e^(−a²) is e to the power minus a squared", func(a float64) float64 { return math.Exp(math.Pow(-a, 2)) }},
	}
	return scalar(g, "g", student, neuron.Gaussian.G, activationInputs(), "g(a) = e^(−a²) = math.Exp(-a*a)", w)
}

// GaussianDeriv grades g′(a) = −2a e^(−a²).
func GaussianDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "GaussianDeriv", "the Gaussian's derivative g′(a) = −2a e^(−a²)")
	w := []fw{
		{"the factor 2 is missing: the chain rule on −a² gives −2a, so g′(a) = −2a e^(−a²)", func(a float64) float64 { return -a * math.Exp(-a*a) }},
		{"the sign: g′(a) = −2a e^(−a²)", func(a float64) float64 { return 2 * a * math.Exp(-a*a) }},
		{"the factor a is missing: g′(a) = −2a e^(−a²)", func(a float64) float64 { return -2 * math.Exp(-a*a) }},
		{"that is g(a) itself: multiply by the derivative of the exponent, −2a", neuron.Gaussian.G},
	}
	return scalar(g, "g′", student, neuron.Gaussian.Deriv, activationInputs(), "g′(a) = −2a e^(−a²) (chain rule on the exponent −a²)", w)
}

// ReLU grades g(a) = 0 if a ≤ 0, a otherwise.
func ReLU(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "ReLU", "the rectified linear unit g(a) = 0 if a ≤ 0, a otherwise")
	w := []fw{
		{"that is g′ (0 or 1): g(a) itself is a for a > 0", neuron.ReLU.Deriv},
		{"that is |a|: for a ≤ 0, g(a) = 0", math.Abs},
		{"that is a itself: for a ≤ 0, g(a) = 0", func(a float64) float64 { return a }},
		{"the comparison is reversed: g(a) = a for a > 0, 0 otherwise", func(a float64) float64 {
			if a < 0 {
				return a
			}
			return 0
		}},
	}
	return scalar(g, "g", student, neuron.ReLU.G, activationInputs(-0.001, 1e-9), "g(a) = 0 if a ≤ 0, a otherwise (math.Max(0, a))", w)
}

// ReLUDeriv grades g′(a) = 0 if a ≤ 0, 1 otherwise.
func ReLUDeriv(student func(a float64) float64) *Report {
	g := newGrader(lesson01, "ReLUDeriv", "the ReLU's derivative g′(a) = 0 if a ≤ 0, 1 otherwise")
	w := []fw{
		{"that is g(a) itself: its derivative is 1 for a > 0 and 0 otherwise", neuron.ReLU.G},
		{"ReLU has no derivative at 0; following the slide (g(a) = 0 for a ≤ 0) we take g′(0) = 0: use a > 0, not a ≥ 0", func(a float64) float64 {
			if a >= 0 {
				return 1
			}
			return 0
		}},
		{"the comparison is reversed: g′(a) = 1 for a > 0", func(a float64) float64 { return 1 - neuron.ReLU.Deriv(a) }},
	}
	return scalar(g, "g′", student, neuron.ReLU.Deriv, activationInputs(1e-9, -1e-9), "g′(a) = 0 if a ≤ 0, 1 otherwise", w)
}

// NeuronOutput grades o = g(a) with a = wᵀx + w₀ = Σⱼ wⱼxⱼ + w₀.
func NeuronOutput(student func(w []float64, w0 float64, x []float64, g func(float64) float64) float64) *Report {
	gr := newGrader(lesson01, "NeuronOutput", "a neuron's output o = g(a) with a = wᵀx + w₀ = Σⱼ wⱼxⱼ + w₀")
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
			input: fmt.Sprintf("w = %s, w₀ = %s, x = %s, g = %s", format(c.w), fnum(c.w0), format(c.x), c.g.Name),
			call:  func() any { return student(clone(c.w), c.w0, clone(c.x), c.g.G) },
			want:  want,
			hint:  "a = Σⱼ wⱼxⱼ + w₀ (loop over j), then o = g(a)",
			wrongs: []wrong{
				{"the bias w₀ is missing: a = Σⱼ wⱼxⱼ + w₀", func() any { return c.g.G(act(c.w, 0, c.x)) }},
				{"g is not applied: the output is o = g(a), not a", func() any { return act(c.w, c.w0, c.x) }},
				{"w₀ is added after g: o = g(Σⱼ wⱼxⱼ + w₀), the bias goes inside", func() any { return c.g.G(act(c.w, 0, c.x)) + c.w0 }},
				{"w₀ is subtracted: a = Σⱼ wⱼxⱼ + w₀", func() any { return c.g.G(act(c.w, -c.w0, c.x)) }},
				{"the loop misses the first input: j runs over all of x, from 0 (Go's first index) to len(x) − 1", func() any {
					return c.g.G(act(c.w[1:], c.w0, c.x[1:]))
				}},
				{"the loop misses the last input: j runs over all of x, up to len(x) − 1 (j < len(x), not j < len(x) − 1)", func() any {
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
