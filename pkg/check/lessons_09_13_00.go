package check

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

const (
	lesson00 = "00-deep-learning-today"
	lesson09 = "09-tricks"
	lesson13 = "13-mnist"
)

// InitStd grades the scale of a random initialisation that keeps the
// variance of the activities from layer to layer: with Var(aˡ⁺¹) =
// n σ² E[(hˡ)²] and E[(hˡ)²] = m Var(aˡ) for the unit's g, σ = 1/√(n m)
// (m = 1 for tanh near 0 gives LeCun's 1/√n, m = ½ for ReLU He's √(2/n)).
func InitStd(student func(n int, m float64) float64) *Report {
	gr := newGrader(lesson09, "InitStd", lang.T("check.task.InitStd"))
	if student == nil {
		return gr.nilFunc()
	}
	type ic struct {
		n int
		m float64
	}
	cases := []ic{{100, 1}, {100, 0.5}, {784, 0.5}, {4, 1}, {50, 0.25}, {1, 1}}
	rng := newRand(37)
	for i := 0; i < 3; i++ {
		cases = append(cases, ic{1 + rng.IntN(1000), round3(0.1 + 0.9*rng.Float64())})
	}
	for _, c := range cases {
		c := c
		n := float64(c.n)
		gr.run(tcase{
			input: lang.F("check.case.InitStd", c.n, fnum(c.m)),
			call:  func() any { return student(c.n, c.m) },
			want:  1 / math.Sqrt(n*c.m),
			tol:   1e-9,
			hint:  lang.T("check.InitStd.1"),
			wrongs: []wrong{
				{lang.T("check.InitStd.2"), func() any { return 1 / (n * c.m) }},
				{lang.T("check.InitStd.3"), func() any { return 1 / math.Sqrt(n) }},
				{lang.T("check.InitStd.4"), func() any { return math.Sqrt(c.m / n) }},
				{lang.T("check.InitStd.5"), func() any { return math.Sqrt(2 / n) }},
				{lang.T("check.InitStd.6"), func() any { return 1 / (n * math.Sqrt(c.m)) }},
			},
		})
	}
	return gr.finish()
}

// Confusion grades a confusion matrix: entry (i, j) counts the examples of
// true class i predicted as class j (mlp.Confusion).
func Confusion(student func(labels, pred []int, k int) *mat.Dense) *Report {
	gr := newGrader(lesson13, "Confusion", lang.T("check.task.Confusion"))
	if student == nil {
		return gr.nilFunc()
	}
	type cc struct {
		labels, pred []int
		k            int
	}
	cases := []cc{
		{[]int{0, 0, 1, 1, 2}, []int{0, 1, 1, 1, 0}, 3},
		{[]int{1, 1, 1}, []int{1, 1, 1}, 2}, // all right: only the diagonal
		{[]int{4, 9, 4, 9}, []int{9, 4, 9, 9}, 10},
		{[]int{0, 1, 2, 3}, []int{3, 2, 1, 0}, 4},
	}
	rng := newRand(38)
	for i := 0; i < 3; i++ {
		k := 2 + rng.IntN(5)
		n := 3 + rng.IntN(12)
		l, p := make([]int, n), make([]int, n)
		for j := range l {
			l[j] = rng.IntN(k)
			p[j] = l[j]
			if rng.Float64() < 0.4 {
				p[j] = rng.IntN(k)
			}
		}
		cases = append(cases, cc{l, p, k})
	}
	for _, c := range cases {
		c := c
		want, err := mlp.Confusion(c.labels, c.pred, c.k)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		rowNorm := func() any {
			R := mat.DenseCopyOf(want)
			for i := 0; i < c.k; i++ {
				s := mat.Sum(R.RowView(i))
				if s == 0 {
					continue
				}
				for j := 0; j < c.k; j++ {
					R.Set(i, j, R.At(i, j)/s)
				}
			}
			return R
		}
		gr.run(tcase{
			input: fmt.Sprintf("labels = %s, pred = %s, k = %d", format(c.labels), format(c.pred), c.k),
			call:  func() any { return student(append([]int(nil), c.labels...), append([]int(nil), c.pred...), c.k) },
			want:  want,
			hint:  lang.T("check.Confusion.1"),
			wrongs: []wrong{
				{lang.T("check.Confusion.2"), func() any { return mat.DenseCopyOf(want.T()) }},
				{lang.T("check.Confusion.3"), rowNorm},
				{lang.T("check.Confusion.4"), func() any {
					D := mat.DenseCopyOf(want)
					for i := 0; i < c.k; i++ {
						D.Set(i, i, 0)
					}
					return D
				}},
			},
		})
	}
	return gr.finish()
}

// DenseParams grades the number of weights and biases of a fully connected
// network of sizes n⁰, n¹, …, nᴸ (counted by conv.Count, as lesson 00 counts
// VGG-16).
func DenseParams(student func(sizes []int) int) *Report {
	gr := newGrader(lesson00, "DenseParams", lang.T("check.task.DenseParams"))
	if student == nil {
		return gr.nilFunc()
	}
	cases := [][]int{
		{2, 3, 1},                 // lesson 02's network: 13
		{784, 100, 10},            // lesson 13's MLP: 79,510
		{25088, 4096, 4096, 1000}, // VGG-16's classifier: 123,642,856
		{1, 1},                    // one neuron: w and w₀
		{784, 30, 10},             // Nielsen's
		{3, 5, 5, 5, 2},
	}
	rng := newRand(39)
	for i := 0; i < 3; i++ {
		s := []int{1 + rng.IntN(50)}
		for l := 0; l < 1+rng.IntN(4); l++ {
			s = append(s, 1+rng.IntN(50))
		}
		cases = append(cases, s)
	}
	for _, sizes := range cases {
		sizes := sizes
		spec := conv.Spec{Name: "MLP", In: conv.Shape{C: sizes[0], H: 1, W: 1}}
		for _, n := range sizes[1:] {
			spec.Layers = append(spec.Layers, conv.LayerSpec{Kind: "dense", Out: n})
		}
		counts, err := conv.Count(spec)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		sum := func(f func(in, out int) int) func() any {
			return func() any {
				t := 0
				for l := 1; l < len(sizes); l++ {
					t += f(sizes[l-1], sizes[l])
				}
				return t
			}
		}
		gr.run(tcase{
			input: "sizes = " + format(sizes),
			call:  func() any { return student(append([]int(nil), sizes...)) },
			want:  counts.Params(),
			hint:  lang.T("check.DenseParams.1"),
			wrongs: []wrong{
				{lang.T("check.DenseParams.2"), sum(func(in, out int) int { return in * out })},
				{lang.T("check.DenseParams.3"), sum(func(in, out int) int { return in*out + out + in })},
				{lang.T("check.DenseParams.4"), sum(func(in, out int) int { return (in + 1) * (out + 1) })},
				{lang.T("check.DenseParams.5"), sum(func(in, out int) int { return in + out + out })},
			},
		})
	}
	return gr.finish()
}
