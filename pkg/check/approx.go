package check

import (
	"fmt"
	"math"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 11: universal approximation. The student builds
// F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) with N units, by any method (steps, bumps, least
// squares, gradient descent); the grader measures max |F(x) − f(x)| on a
// grid of [0, 1] and compares it with the error asked for.

const lesson11 = "11-universal-approximation"

// fit is a student's answer: the parameters of F.
type fit struct{ v, w, b []float64 }

// evalFit returns F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ).
func evalFit(p fit, x float64) float64 {
	s := 0.0
	for i := range p.v {
		s += p.v[i] * neuron.Sigmoid.G(p.w[i]*x+p.b[i])
	}
	return s
}

// fitGrid is the grid on which the error is measured: 1001 points of [0, 1].
const fitGrid = 1000

// fitError returns max |F(x) − f(x)| over the grid, where it is reached,
// and the residuals F − f.
func fitError(p fit, f func(float64) float64) (maxErr, at float64, res []float64) {
	res = make([]float64, fitGrid+1)
	for k := 0; k <= fitGrid; k++ {
		x := float64(k) / fitGrid
		r := evalFit(p, x) - f(x)
		res[k] = r
		if e := math.Abs(r); e > maxErr || math.IsNaN(e) {
			maxErr, at = e, x
			if math.IsNaN(e) {
				return math.NaN(), x, res
			}
		}
	}
	return maxErr, at, res
}

// fitDiagnosis looks at the residuals F − f of a fit that misses its target
// and names the usual mistake.
func fitDiagnosis(p fit, f func(float64) float64, res []float64) string {
	n := float64(len(res))
	mean, absMean := 0.0, 0.0
	for _, r := range res {
		mean += r / n
		absMean += math.Abs(r) / n
	}
	varr := 0.0
	for _, r := range res {
		varr += (r - mean) * (r - mean) / n
	}
	// F − f nearly constant and equal to −f(0): the constant term is missing.
	if math.Sqrt(varr) < 0.25*math.Abs(mean) && math.Abs(mean+f(0)) < 0.25*math.Abs(f(0))+1e-9 {
		return lang.F("check.UniversalFit.fit1", f(0))
	}
	if math.Sqrt(varr) < 0.25*math.Abs(mean) {
		return lang.F("check.UniversalFit.fit2", mean)
	}
	// Residual growing along x: values summed where jumps are needed.
	first, last := res[len(res)/10], res[len(res)-1-len(res)/10]
	if math.Abs(last) > 3*math.Abs(first)+0.5 && math.Abs(last) > 2*absMean {
		return lang.T("check.UniversalFit.fit3")
	}
	// Soft steps: every |wᵢ| small compared with the number of units.
	soft := true
	for _, w := range p.w {
		if math.Abs(w) > 4*float64(len(p.w)) {
			soft = false
		}
	}
	if soft {
		return lang.T("check.UniversalFit.fit4")
	}
	return lang.T("check.UniversalFit.fit5")
}

// UniversalFit grades a fit F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) of n units that must
// approximate f on [0, 1] within the error asked for.
func UniversalFit(student func(f func(float64) float64, n int) (v, w, b []float64)) *Report {
	gr := newGrader(lesson11, "UniversalFit", lang.T("check.task.UniversalFit"))
	if student == nil {
		return gr.nilFunc()
	}
	type uc struct {
		name string
		f    func(float64) float64
		n    int
		eps  float64
	}
	cases := []uc{
		{"f(x) = x", func(x float64) float64 { return x }, 10, 0.1},
		{"f(x) = x²", func(x float64) float64 { return x * x }, 20, 0.1},
		{"f(x) = sin(2πx)", func(x float64) float64 { return math.Sin(2 * math.Pi * x) }, 40, 0.2},
		{"f(x) = |x − 0.5|", func(x float64) float64 { return math.Abs(x - 0.5) }, 20, 0.1},
		{"f(x) = 0.5 + 0.4 cos(5x)", func(x float64) float64 { return 0.5 + 0.4*math.Cos(5*x) }, 30, 0.15},
		{"f(x) = 1 + 0.5 sin(4πx)", func(x float64) float64 { return 1 + 0.5*math.Sin(4*math.Pi*x) }, 60, 0.2},
	}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: lang.F("check.case.UniversalFit", c.name, c.n, c.eps),
			call: func() any {
				v, w, b := student(c.f, c.n)
				return fit{v, w, b}
			},
			want:     c.eps,
			wantText: lang.F("check.UniversalFit.4", c.n, c.eps),
			judge: func(got any) string {
				p := got.(fit)
				if len(p.v) != c.n || len(p.w) != c.n || len(p.b) != c.n {
					return lang.F("check.UniversalFit.5", c.n, len(p.v), len(p.w), len(p.b))
				}
				e, _, res := fitError(p, c.f)
				if math.IsNaN(e) {
					return lang.T("check.UniversalFit.6")
				}
				if e < c.eps {
					return ""
				}
				return lang.F("check.UniversalFit.7", e, c.eps, fitDiagnosis(p, c.f, res))
			},
			gotText: func(got any) string {
				p := got.(fit)
				if len(p.v) != len(p.w) || len(p.v) != len(p.b) {
					return fmt.Sprintf("len(v) = %d, len(w) = %d, len(b) = %d", len(p.v), len(p.w), len(p.b))
				}
				e, at, _ := fitError(p, c.f)
				return lang.F("check.UniversalFit.9", len(p.v), e, at)
			},
		})
	}
	return gr.finish()
}
