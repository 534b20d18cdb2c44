package check

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Lessons 04 and 05, predicted numbers: where the L2 term moves the minimum
// of a quadratic cost, and the largest learning rate it tolerates. The
// references are gd.Quadratic's MinimumL2 and EtaMax.

// quadCase is a quadratic C(w) = ½(w − w*)ᵀH(w − w*) of a table or random case.
type quadCase struct {
	H     *mat.Dense
	wStar []float64
}

func (c quadCase) quad() *gd.Quadratic {
	d, _ := c.H.Dims()
	S := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			S.SetSym(i, j, c.H.At(i, j))
		}
	}
	q, err := gd.NewQuadratic(S, c.wStar, 0)
	if err != nil {
		panic("check: internal: " + err.Error())
	}
	return q
}

// randSPD returns a random symmetric positive-definite d×d matrix AᵀA + I/2
// with entries of two decimals.
func randSPD(rng interface{ Float64() float64 }, d int) *mat.Dense {
	A := randMatrix(rng, d, d)
	H := mat.NewDense(d, d, nil)
	H.Mul(A.T(), A)
	for i := 0; i < d; i++ {
		H.Set(i, i, H.At(i, i)+0.5)
	}
	H.Apply(func(_, _ int, v float64) float64 { return math.Round(v*100) / 100 }, H)
	return H
}

func eigenvalues(H *mat.Dense) []float64 {
	d, _ := H.Dims()
	S := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			S.SetSym(i, j, H.At(i, j))
		}
	}
	var e mat.EigenSym
	e.Factorize(S, false)
	return e.Values(nil) // ascending
}

// solveShift returns the solution w of (H + sI) w = r.
func solveShift(H *mat.Dense, s float64, r []float64) []float64 {
	d, _ := H.Dims()
	A := mat.DenseCopyOf(H)
	for i := 0; i < d; i++ {
		A.Set(i, i, A.At(i, i)+s)
	}
	var w mat.VecDense
	if err := w.SolveVec(A, mat.NewVecDense(d, append([]float64(nil), r...))); err != nil {
		return nil
	}
	return append([]float64(nil), w.RawVector().Data...)
}

// L2Minimum grades the minimum of a quadratic cost with the L2 term λ‖w‖².
func L2Minimum(student func(H *mat.Dense, wStar []float64, lambda float64) []float64) *Report {
	gr := newGrader(lesson04, "L2Minimum", lang.T("check.task.L2Minimum"))
	if student == nil {
		return gr.nilFunc()
	}
	type lc struct {
		quadCase
		lambda float64
	}
	cases := []lc{
		{quadCase{mat.NewDense(1, 1, []float64{2}), []float64{3}}, 0.5},              // 2·3/(2 + 1) = 2
		{quadCase{mat.NewDense(1, 1, []float64{2}), []float64{3}}, 0},                // no L2: w*
		{quadCase{mat.NewDense(2, 2, []float64{2, 0, 0, 4}), []float64{1, 1}}, 1},    // (0.5, 0.667)
		{quadCase{mat.NewDense(2, 2, []float64{2, 1, 1, 2}), []float64{1, 0}}, 0.5},  // (5/8, 1/8)
		{quadCase{mat.NewDense(2, 2, []float64{1, 0, 0, 1}), []float64{-2, 4}}, 1.5}, // H = I: w*/(1 + 2λ)
	}
	rng := newRand(34)
	for i := 0; i < 3; i++ {
		d := 1 + rng.IntN(3)
		cases = append(cases, lc{quadCase{randSPD(rng, d), randVec(rng, d, 3)}, round3(rng.Float64())})
	}
	for _, c := range cases {
		c := c
		want, err := c.quad().MinimumL2(c.lambda)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		d := len(c.wStar)
		Hw := make([]float64, d)
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				Hw[i] += c.H.At(i, j) * c.wStar[j]
			}
		}
		gr.run(tcase{
			input: fmt.Sprintf("H = %s, w* = %s, λ = %s", format(c.H), format(c.wStar), fnum(c.lambda)),
			call:  func() any { return student(mat.DenseCopyOf(c.H), clone(c.wStar), c.lambda) },
			want:  want,
			hint:  lang.T("check.L2Minimum.1"),
			wrongs: []wrong{
				{lang.T("check.L2Minimum.2"), func() any { return clone(c.wStar) }},
				{lang.T("check.L2Minimum.3"), func() any { return solveShift(c.H, c.lambda, Hw) }},
				{lang.T("check.L2Minimum.4"), func() any { return solveShift(c.H, 2*c.lambda, c.wStar) }},
				{lang.T("check.L2Minimum.5"), func() any { return solveShift(c.H, -2*c.lambda, Hw) }},
				{lang.T("check.L2Minimum.6"), func() any {
					d := len(c.wStar)
					diagonal := true
					w := make([]float64, d)
					for i := 0; i < d; i++ {
						h := c.H.At(i, i)
						w[i] = h * c.wStar[i] / (h + 2*c.lambda)
						for j := 0; j < d; j++ {
							if i != j && c.H.At(i, j) != 0 {
								diagonal = false
							}
						}
					}
					if diagonal {
						return nil
					}
					return w
				}},
				{lang.T("check.L2Minimum.7"), func() any {
					w := clone(c.wStar)
					for i := range w {
						w[i] /= 1 + 2*c.lambda
					}
					return w
				}},
			},
		})
	}
	return gr.finish()
}

// EtaMax grades η_max, the largest constant learning rate for which gradient
// descent on a quadratic with Hessian H does not diverge: 2/λ_max(H).
func EtaMax(student func(H *mat.Dense) float64) *Report {
	gr := newGrader(lesson05, "EtaMax", lang.T("check.task.EtaMax"))
	if student == nil {
		return gr.nilFunc()
	}
	cases := []*mat.Dense{
		mat.NewDense(1, 1, []float64{2}),                             // LeCun's 1-D case: 2/h = 1
		mat.NewDense(2, 2, []float64{4, 0, 0, 1}),                    // diagonal: the steep direction
		mat.NewDense(2, 2, []float64{2, 1, 1, 2}),                    // eigenvalues 1 and 3: 2/3, though no diagonal entry is 3
		mat.NewDense(2, 2, []float64{1, 0.9, 0.9, 1}),                // eigenvalues 0.1 and 1.9
		mat.NewDense(3, 3, []float64{2, -1, 0, -1, 2, -1, 0, -1, 2}), // λ_max = 2 + √2
	}
	rng := newRand(35)
	for i := 0; i < 3; i++ {
		cases = append(cases, randSPD(rng, 2+rng.IntN(3)))
	}
	for _, H := range cases {
		H := H
		d, _ := H.Dims()
		ev := eigenvalues(H)
		lmin, lmax := ev[0], ev[len(ev)-1]
		maxDiag, trace := 0.0, 0.0
		for i := 0; i < d; i++ {
			maxDiag = math.Max(maxDiag, H.At(i, i))
			trace += H.At(i, i)
		}
		gr.run(tcase{
			input: "H = " + format(H),
			call:  func() any { return student(mat.DenseCopyOf(H)) },
			want:  quadCase{H, make([]float64, d)}.quad().EtaMax(),
			hint:  lang.T("check.EtaMax.1"),
			wrongs: []wrong{
				{lang.T("check.EtaMax.2"), func() any { return 1 / lmax }},
				{lang.T("check.EtaMax.3"), func() any { return 2 / lmin }},
				{lang.T("check.EtaMax.4"), func() any { return 2 / (lmin + lmax) }},
				{lang.T("check.EtaMax.5"), func() any {
					if d == 1 || math.Abs(maxDiag-lmax) < 1e-9 {
						return nil
					}
					return 2 / maxDiag
				}},
				{lang.T("check.EtaMax.6"), func() any {
					if d == 1 {
						return nil
					}
					return 2 / trace
				}},
			},
		})
	}
	return gr.finish()
}
