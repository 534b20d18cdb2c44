package check

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
)

// momentumWith is one step of gradient descent with momentum, with a
// mistake: v′ = μv − η∂C/∂w, w′ = w + v′ when all flags are false.
type momentumMistake struct{ up, noMu, oldV, minusV bool }

func momentumWith(m momentumMistake, w, v, dC []float64, eta, mu float64) (wNext, vNext []float64) {
	wNext, vNext = make([]float64, len(w)), make([]float64, len(w))
	for i := range w {
		g := -eta * dC[i]
		if m.up {
			g = -g
		}
		if m.noMu {
			vNext[i] = g
		} else {
			vNext[i] = mu*v[i] + g
		}
		step := vNext[i]
		if m.oldV {
			step = v[i]
		}
		if m.minusV {
			step = -step
		}
		wNext[i] = w[i] + step
	}
	return wNext, vNext
}

// MomentumStep grades one step of gradient descent with momentum
// (gd.StepMomentum): v ← μv − η ∂C/∂w, then w ← w + v.
func MomentumStep(student func(w, v, dC []float64, eta, mu float64) (wNext, vNext []float64)) *Report {
	gr := newGrader(lesson09, "MomentumStep", lang.T("check.task.MomentumStep"))
	if student == nil {
		return gr.nilFunc()
	}
	type mc struct {
		w, v, dC []float64
		eta, mu  float64
	}
	cases := []mc{
		// from rest: v′ = −0.1·2 = −0.2, w′ = 0.8
		{[]float64{1}, []float64{0}, []float64{2}, 0.1, 0.9},
		// v = −0.2: v′ = 0.9·(−0.2) − 0.2 = −0.38, w′ = 0.8 − 0.38 = 0.42
		{[]float64{0.8}, []float64{-0.2}, []float64{2}, 0.1, 0.9},
		// the gradient changed sign: the velocity brakes, v′ = 0.5·1 − 0.5·1 = 0
		{[]float64{0, 3}, []float64{1, -1}, []float64{1, 1}, 0.5, 0.5},
		{[]float64{0.5, -1, 2}, []float64{0.1, 0, -0.3}, []float64{-1, 0.5, 0}, 0.2, 0},
	}
	rng := newRand(43)
	for i := 0; i < 3; i++ {
		n := 1 + rng.IntN(4)
		cases = append(cases, mc{randVec(rng, n, 2), randVec(rng, n, 1), randVec(rng, n, 3), round3(0.5 * rng.Float64()), round3(0.95 * rng.Float64())})
	}
	for _, c := range cases {
		c := c
		input := fmt.Sprintf("w = %s, v = %s, ∂C/∂w = %s, η = %s, μ = %s", format(c.w), format(c.v), format(c.dC), fnum(c.eta), fnum(c.mu))
		wantW, wantV := momentumWith(momentumMistake{}, c.w, c.v, c.dC, c.eta, c.mu)
		for _, part := range []struct {
			name string
			want []float64
			pick func(w, v []float64) []float64
			m    []momentumMistake
			say  []string
		}{
			{lang.T("check.case.MomentumStep.v"), wantV, func(_, v []float64) []float64 { return v },
				[]momentumMistake{{up: true}, {noMu: true}},
				[]string{lang.T("check.MomentumStep.2"),
					lang.T("check.MomentumStep.3")}},
			{lang.T("check.case.MomentumStep.w"), wantW, func(w, _ []float64) []float64 { return w },
				[]momentumMistake{{oldV: true}, {minusV: true}, {up: true}, {noMu: true}},
				[]string{lang.T("check.MomentumStep.5"),
					lang.T("check.MomentumStep.6"),
					lang.T("check.MomentumStep.7"),
					lang.T("check.MomentumStep.8")}},
		} {
			part := part
			var wr []wrong
			for k, m := range part.m {
				m := m
				wr = append(wr, wrong{part.say[k], func() any { a, b := momentumWith(m, c.w, c.v, c.dC, c.eta, c.mu); return part.pick(a, b) }})
			}
			gr.run(tcase{
				input: input + ": " + part.name,
				call: func() any {
					w, v := student(clone(c.w), clone(c.v), clone(c.dC), c.eta, c.mu)
					return part.pick(w, v)
				},
				want:   part.want,
				hint:   lang.T("check.MomentumStep.9"),
				wrongs: wr,
			})
		}
	}
	return gr.finish()
}

// standardiseWith is input normalisation with a mistake: column j of X
// becomes (x − m_j)/s_j (s_j of the N examples, 1 for a constant column)
// when all flags are false.
type scaleMistake struct{ noScale, variance, sample, rows bool }

func standardiseWith(m scaleMistake, X *mat.Dense) *mat.Dense {
	A := X
	if m.rows {
		A = mat.DenseCopyOf(X.T())
	}
	n, d := A.Dims()
	out := mat.NewDense(n, d, nil)
	for j := 0; j < d; j++ {
		mean, ss := 0.0, 0.0
		for i := 0; i < n; i++ {
			mean += A.At(i, j)
		}
		mean /= float64(n)
		for i := 0; i < n; i++ {
			ss += (A.At(i, j) - mean) * (A.At(i, j) - mean)
		}
		div := float64(n)
		if m.sample && n > 1 {
			div = float64(n - 1)
		}
		s := math.Sqrt(ss / div)
		if m.variance {
			s = ss / div
		}
		if s < 1e-12 || m.noScale {
			s = 1
		}
		for i := 0; i < n; i++ {
			out.Set(i, j, (A.At(i, j)-mean)/s)
		}
	}
	if m.rows {
		return mat.DenseCopyOf(out.T())
	}
	return out
}

// Standardise grades input normalisation (data.FitScaling and Apply): every
// column of X centred on its mean and divided by its standard deviation over
// the N rows, a constant column only centred.
func Standardise(student func(X *mat.Dense) *mat.Dense) *Report {
	gr := newGrader(lesson09, "Standardise", lang.T("check.task.Standardise"))
	if student == nil {
		return gr.nilFunc()
	}
	cases := []*mat.Dense{
		mat.NewDense(3, 1, []float64{1, 3, 5}),          // m = 3, s = √(8/3)
		mat.NewDense(2, 2, []float64{1, 10, 3, 30}),     // each column: −1, 1
		mat.NewDense(3, 2, []float64{1, 7, 3, 7, 5, 7}), // a constant column
		mat.NewDense(4, 3, []float64{0, 1, 2, 1, 1, 4, 2, 1, 6, 3, 1, 8}),
	}
	rng := newRand(44)
	for i := 0; i < 3; i++ {
		n, d := 3+rng.IntN(5), 1+rng.IntN(3)
		cases = append(cases, mat.NewDense(n, d, randVec(rng, n*d, 5)))
	}
	for _, X := range cases {
		X := X
		// the reference is pkg/data's
		s, err := data.FitScaling(X)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		want, err := s.Apply(X)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		n, d := X.Dims()
		gr.run(tcase{
			input: lang.F("check.case.Standardise", format(X), n, d),
			call:  func() any { return student(cloneM(X)) },
			want:  want,
			hint:  lang.T("check.Standardise.1"),
			wrongs: []wrong{
				{lang.T("check.Standardise.2"), func() any { return standardiseWith(scaleMistake{noScale: true}, X) }},
				{lang.T("check.Standardise.3"), func() any { return standardiseWith(scaleMistake{variance: true}, X) }},
				{lang.T("check.Standardise.4"), func() any { return standardiseWith(scaleMistake{sample: true}, X) }},
				{lang.T("check.Standardise.5"), func() any { return standardiseWith(scaleMistake{rows: true}, X) }},
			},
		})
	}
	return gr.finish()
}
