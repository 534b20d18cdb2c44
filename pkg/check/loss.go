package check

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Lesson 03: regression and classification. The references are pkg/mlp's
// Softmax, CrossEntropy and MSE.

const lesson03 = "03-regression-classification"

// softmaxOverflow is the hint for a softmax that does not subtract max(o),
// in the current language.
func softmaxOverflow() string { return lang.T("check.softmax.overflow") }

// softmaxWith computes the usual mistakes of the softmax.
func softmaxWith(o []float64, shift func([]float64) float64, sign float64, normalise bool) []float64 {
	m := shift(o)
	p := make([]float64, len(o))
	s := 0.0
	for j, v := range o {
		p[j] = math.Exp(sign * (v - m))
		s += p[j]
	}
	if normalise {
		for j := range p {
			p[j] /= s
		}
	}
	return p
}

func zeroShift([]float64) float64 { return 0 }
func minShift(o []float64) float64 {
	m := math.Inf(1)
	for _, v := range o {
		m = math.Min(m, v)
	}
	return m
}

// Softmax grades a numerically stable softmax pⱼ = exp(oⱼ) / Σₖ exp(oₖ).
func Softmax(student func(o []float64) []float64) *Report {
	gr := newGrader(lesson03, "Softmax", lang.T("check.task.Softmax"))
	if student == nil {
		return gr.nilFunc()
	}
	cases := [][]float64{
		{1, 2, 3},
		{0, 0},
		{-1, 0, 1, 2},
		{1000, 1000},
		{1000, 999, 0},
		{-1000, -1000, -1001},
		{5},
	}
	rng := newRand(5)
	for i := 0; i < 3; i++ {
		cases = append(cases, randVec(rng, 2+rng.IntN(4), 5))
	}
	for _, o := range cases {
		o := o
		gr.run(tcase{
			input: "o = " + format(o),
			call:  func() any { return student(clone(o)) },
			want:  mlp.Softmax(o),
			hint:  lang.T("check.Softmax.1"),
			wrongs: []wrong{
				{softmaxOverflow(), func() any { return softmaxWith(o, zeroShift, 1, true) }},
				{lang.T("check.Softmax.2"), func() any {
					return softmaxWith(o, minShift, -1, true)
				}},
				{lang.T("check.Softmax.3"), func() any { return softmaxWith(o, minShift, 1, true) }},
				{lang.T("check.Softmax.4"), func() any { return softmaxWith(o, mlpMax, 1, false) }},
				{lang.T("check.Softmax.5"), func() any { return softmaxWith(o, zeroShift, 1, false) }},
				{lang.T("check.Softmax.6"), func() any {
					s := 0.0
					for _, v := range o {
						s += v
					}
					p := make([]float64, len(o))
					for j, v := range o {
						p[j] = v / s
					}
					return p
				}},
			},
		})
	}
	return gr.finish()
}

func mlpMax(o []float64) float64 { return o[mlp.Argmax(o)] }

// ceWith computes the cross-entropy and its usual mistakes.
func ceWith(P, Y *mat.Dense, term func(p, y float64) float64, sign float64, divide func(n, k int) float64) float64 {
	n, k := P.Dims()
	s := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			s += term(P.At(i, j), Y.At(i, j))
		}
	}
	return sign * s / divide(n, k)
}

// CrossEntropy grades the mean cross-entropy C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ of
// N examples (rows of P and Y).
func CrossEntropy(student func(P, Y *mat.Dense) float64) *Report {
	gr := newGrader(lesson03, "CrossEntropy", lang.T("check.task.CrossEntropy"))
	if student == nil {
		return gr.nilFunc()
	}
	type cc struct{ P, Y *mat.Dense }
	cases := []cc{
		// one example: −log 0.7
		{mat.NewDense(1, 3, []float64{0.2, 0.7, 0.1}), mat.NewDense(1, 3, []float64{0, 1, 0})},
		// two examples: −(log 0.5 + log 0.25)/2
		{mat.NewDense(2, 2, []float64{0.5, 0.5, 0.75, 0.25}), mat.NewDense(2, 2, []float64{1, 0, 0, 1})},
		// a zero probability where y = 0: 0·log 0 must count as 0
		{mat.NewDense(2, 3, []float64{0, 0.9, 0.1, 0.6, 0, 0.4}), mat.NewDense(2, 3, []float64{0, 1, 0, 1, 0, 0})},
		// soft targets: every yᵢⱼ counts
		{mat.NewDense(1, 2, []float64{0.4, 0.6}), mat.NewDense(1, 2, []float64{0.3, 0.7})},
	}
	rng := newRand(6)
	for i := 0; i < 3; i++ {
		n, k := 2+rng.IntN(3), 2+rng.IntN(3)
		P, Y := mat.NewDense(n, k, nil), mat.NewDense(n, k, nil)
		o := make([]float64, k)
		for r := 0; r < n; r++ {
			for j := range o {
				o[j] = 3 * (2*rng.Float64() - 1)
			}
			P.SetRow(r, mlp.Softmax(o))
			Y.Set(r, rng.IntN(k), 1)
		}
		cases = append(cases, cc{P, Y})
	}
	yLogP := func(p, y float64) float64 {
		if y == 0 {
			return 0
		}
		return y * math.Log(p)
	}
	perN := func(n, k int) float64 { return float64(n) }
	for _, c := range cases {
		c := c
		n, k := c.P.Dims()
		want := 0.0
		p, y := make([]float64, k), make([]float64, k)
		for i := 0; i < n; i++ {
			mat.Row(p, i, c.P)
			mat.Row(y, i, c.Y)
			ce, err := mlp.CrossEntropy(p, y)
			if err != nil {
				panic("check: internal: " + err.Error())
			}
			want += ce / float64(n)
		}
		gr.run(tcase{
			input: fmt.Sprintf("P = %s, Y = %s", format(c.P), format(c.Y)),
			call:  func() any { return student(cloneM(c.P), cloneM(c.Y)) },
			want:  want,
			hint:  lang.T("check.CrossEntropy.1"),
			n:     n,
			wrongs: []wrong{
				{lang.T("check.CrossEntropy.2"), func() any {
					return ceWith(c.P, c.Y, func(p, y float64) float64 { return y * math.Log(p) }, -1, perN)
				}},
				{lang.T("check.CrossEntropy.3"), func() any { return ceWith(c.P, c.Y, yLogP, 1, perN) }},
				{lang.T("check.CrossEntropy.4"), func() any {
					return ceWith(c.P, c.Y, yLogP, -1, func(int, int) float64 { return 1 })
				}},
				{lang.T("check.CrossEntropy.5"), func() any {
					return ceWith(c.P, c.Y, yLogP, -1, func(n, k int) float64 { return float64(n * k) })
				}},
				{lang.T("check.CrossEntropy.6"), func() any {
					return ceWith(c.P, c.Y, func(p, y float64) float64 { return yLogP(p, y) / math.Ln10 }, -1, perN)
				}},
				{lang.T("check.CrossEntropy.7"), func() any {
					return ceWith(c.P, c.Y, func(p, y float64) float64 { return yLogP(p, y) + yLogP(1-p, 1-y) }, -1, perN)
				}},
				{lang.T("check.CrossEntropy.8"), func() any {
					// Swapped, a y = 0 gives log 0 = −Inf: any +Inf would
					// match, so the mistake is named only where it is finite.
					v := ceWith(c.P, c.Y, func(p, y float64) float64 { return yLogP(y, p) }, -1, perN)
					if math.IsInf(v, 0) {
						return nil
					}
					return v
				}},
				{lang.T("check.CrossEntropy.9"), func() any {
					v := ceWith(c.P, c.Y, func(p, y float64) float64 { return math.Log(p) }, -1, perN)
					if math.IsInf(v, 0) {
						return nil
					}
					return v
				}},
			},
		})
	}
	return gr.finish()
}

func nRows(m *mat.Dense) int { r, _ := m.Dims(); return r }

// mseWith computes the MSE and its usual mistakes.
func mseWith(O, Y *mat.Dense, term func(o, y float64) float64, divide func(n, k int) float64, post func(float64) float64) float64 {
	n, k := O.Dims()
	s := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			s += term(O.At(i, j), Y.At(i, j))
		}
	}
	return post(s / divide(n, k))
}

// MSE grades the mean squared error (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)² of N examples.
func MSE(student func(O, Y *mat.Dense) float64) *Report {
	gr := newGrader(lesson03, "MSE", lang.T("check.task.MSE"))
	if student == nil {
		return gr.nilFunc()
	}
	type mc struct{ O, Y *mat.Dense }
	cases := []mc{
		// (1/1)·((1−0)² + (2−4)²) = 5
		{mat.NewDense(1, 2, []float64{0, 4}), mat.NewDense(1, 2, []float64{1, 2})},
		// (1/2)·((0.5)² + 0² + 1² + 2²) = 2.625
		{mat.NewDense(2, 2, []float64{0.5, 1, 0, 3}), mat.NewDense(2, 2, []float64{0, 1, 1, 1})},
		// three examples, one output: (1/3)(1 + 4 + 9) = 14/3
		{mat.NewDense(3, 1, []float64{1, 2, 3}), mat.NewDense(3, 1, []float64{0, 0, 0})},
		// o = y: 0
		{mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}), mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})},
	}
	rng := newRand(7)
	for i := 0; i < 3; i++ {
		n, k := 2+rng.IntN(3), 2+rng.IntN(3)
		cases = append(cases, mc{randMatrix(rng, n, k), randMatrix(rng, n, k)})
	}
	sq := func(o, y float64) float64 { return (y - o) * (y - o) }
	perN := func(n, k int) float64 { return float64(n) }
	id := func(x float64) float64 { return x }
	for _, c := range cases {
		c := c
		want, err := mlp.MSE(c.O, c.Y)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		gr.run(tcase{
			input: fmt.Sprintf("O = %s, Y = %s", format(c.O), format(c.Y)),
			call:  func() any { return student(cloneM(c.O), cloneM(c.Y)) },
			want:  want,
			hint:  lang.T("check.MSE.1"),
			n:     nRows(c.O),
			wrongs: []wrong{
				{lang.T("check.MSE.2"), func() any { return mseWith(c.O, c.Y, sq, func(int, int) float64 { return 1 }, id) }},
				{lang.T("check.MSE.3"), func() any {
					return mseWith(c.O, c.Y, sq, func(n, k int) float64 { return float64(n * k) }, id)
				}},
				{lang.T("check.MSE.4"), func() any { return mseWith(c.O, c.Y, func(o, y float64) float64 { return y - o }, perN, id) }},
				{lang.T("check.MSE.5"), func() any {
					return mseWith(c.O, c.Y, func(o, y float64) float64 { return math.Abs(y - o) }, perN, id)
				}},
				{lang.T("check.MSE.6"), func() any { return mseWith(c.O, c.Y, sq, perN, math.Sqrt) }},
				{lang.T("check.MSE.7"), func() any { return mseWith(c.O, c.Y, sq, func(n, k int) float64 { return 2 * float64(n) }, id) }},
			},
		})
	}
	return gr.finish()
}
