package check

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Lesson 03: the targets and the decision of a classifier. The references
// are mlp.OneHot and mlp.ArgmaxRows.

// OneHot grades the one-hot targets of N labels among k classes.
func OneHot(student func(labels []int, k int) *mat.Dense) *Report {
	gr := newGrader(lesson03, "OneHot", lang.T("check.task.OneHot"))
	if student == nil {
		return gr.nilFunc()
	}
	type oc struct {
		labels []int
		k      int
	}
	cases := []oc{
		{[]int{0, 2, 1}, 3},
		{[]int{1}, 2},
		{[]int{3, 3, 0, 1}, 4}, // a repeated label
		{[]int{0, 1}, 5},       // more classes than examples: the columns of unused classes are 0
		{[]int{9, 0, 4}, 10},
	}
	rng := newRand(32)
	for i := 0; i < 3; i++ {
		k := 2 + rng.IntN(5)
		ls := make([]int, 1+rng.IntN(6))
		for j := range ls {
			ls[j] = rng.IntN(k)
		}
		cases = append(cases, oc{ls, k})
	}
	for _, c := range cases {
		c := c
		want, err := mlp.OneHot(c.labels, c.k)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		shifted := func(d int) func() any {
			return func() any {
				Y := mat.NewDense(len(c.labels), c.k, nil)
				for i, l := range c.labels {
					if l+d < 0 || l+d >= c.k {
						return nil
					}
					Y.Set(i, l+d, 1)
				}
				return Y
			}
		}
		gr.run(tcase{
			input: fmt.Sprintf("labels = %s, k = %d", format(c.labels), c.k),
			call:  func() any { return student(append([]int(nil), c.labels...), c.k) },
			want:  want,
			hint:  lang.T("check.OneHot.1"),
			wrongs: []wrong{
				{lang.T("check.OneHot.2"), func() any { return mat.DenseCopyOf(want.T()) }},
				{lang.T("check.OneHot.3"), shifted(-1)},
				{lang.T("check.OneHot.4"), shifted(1)},
			},
		})
	}
	return gr.finish()
}

// Argmax grades the decision of a classifier on a batch: for each row of P,
// the class of the largest output (the first one on ties).
func Argmax(student func(P *mat.Dense) []int) *Report {
	gr := newGrader(lesson03, "Argmax", lang.T("check.task.Argmax"))
	if student == nil {
		return gr.nilFunc()
	}
	cases := []*mat.Dense{
		mat.NewDense(2, 3, []float64{0.2, 0.7, 0.1, 0.5, 0.3, 0.2}),
		mat.NewDense(1, 4, []float64{-3, -1, -2, -5}),               // outputs before the softmax may all be negative
		mat.NewDense(3, 2, []float64{0.5, 0.5, 0.9, 0.1, 0.4, 0.6}), // a tie: the first class
		mat.NewDense(2, 2, []float64{1, 3, 2, 0}),
		mat.NewDense(1, 3, []float64{0.3, 0.3, 0.3}),
	}
	rng := newRand(33)
	for i := 0; i < 3; i++ {
		n, k := 1+rng.IntN(5), 2+rng.IntN(5)
		cases = append(cases, randMat(rng, n, k))
	}
	for _, P := range cases {
		P := P
		n, k := P.Dims()
		rowsMistake := func(pick func(best, v float64) bool, base int) func() any {
			return func() any {
				out := make([]int, n)
				for i := 0; i < n; i++ {
					b := 0
					for j := 1; j < k; j++ {
						if pick(P.At(i, b), P.At(i, j)) {
							b = j
						}
					}
					out[i] = b + base
				}
				return out
			}
		}
		gr.run(tcase{
			input: "P = " + format(P),
			call:  func() any { return student(mat.DenseCopyOf(P)) },
			want:  mlp.ArgmaxRows(P),
			hint:  lang.T("check.Argmax.1"),
			wrongs: []wrong{
				{lang.T("check.Argmax.2"), rowsMistake(func(b, v float64) bool { return v < b }, 0)},
				{lang.T("check.Argmax.3"), rowsMistake(func(b, v float64) bool { return v >= b }, 0)},
				{lang.T("check.Argmax.4"), rowsMistake(func(b, v float64) bool { return v > b }, 1)},
				{lang.T("check.Argmax.5"), func() any {
					out := make([]int, k)
					for j := 0; j < k; j++ {
						b := 0
						for i := 1; i < n; i++ {
							if P.At(i, j) > P.At(b, j) {
								b = i
							}
						}
						out[j] = b
					}
					return out
				}},
				{lang.T("check.Argmax.6"), func() any {
					out := make([]int, n)
					for i := 0; i < n; i++ {
						best := 0.0
						for j := 0; j < k; j++ {
							if P.At(i, j) > best {
								out[i], best = j, P.At(i, j)
							}
						}
					}
					return out
				}},
			},
		})
	}
	return gr.finish()
}
