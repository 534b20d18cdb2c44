package check

import (
	"fmt"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

const (
	lesson10 = "10-hidden-neurons"
	lesson12 = "12-deep-models"
)

// Regions grades the number of regions k hidden units can name with their
// codes in an input space of d dimensions: the largest number of regions k
// hyperplanes cut d dimensions into, R(k, d) = Σ_{i ≤ d} C(k, i) (mlp.MaxRegions).
func Regions(student func(k, d int) int) *Report {
	gr := newGrader(lesson10, "Regions", lang.T("check.task.Regions"))
	if student == nil {
		return gr.nilFunc()
	}
	type rc struct{ k, d int }
	cases := []rc{{3, 2}, {1, 1}, {4, 2}, {5, 1}, {3, 3}, {4, 3}, {6, 10}, {10, 3}, {0, 2}, {20, 2}}
	rng := newRand(41)
	for i := 0; i < 3; i++ {
		cases = append(cases, rc{2 + rng.IntN(14), 1 + rng.IntN(6)})
	}
	binom := func(n, r int) int {
		if r < 0 || r > n {
			return 0
		}
		c := 1
		for i := 0; i < r; i++ {
			c = c * (n - i) / (i + 1)
		}
		return c
	}
	sumTo := func(k, d int) int {
		s := 0
		for i := 0; i <= d; i++ {
			s += binom(k, i)
		}
		return s
	}
	for _, c := range cases {
		c := c
		want, err := mlp.MaxRegions(c.k, c.d)
		if err != nil {
			panic(err) // the table above is in range
		}
		gr.run(tcase{
			input: lang.F("check.case.Regions", c.k, c.d),
			call:  func() any { return student(c.k, c.d) },
			want:  int(want),
			hint:  lang.T("check.Regions.1"),
			wrongs: []wrong{
				{lang.T("check.Regions.2"), func() any { return 1 << uint(c.k) }},
				{lang.T("check.Regions.3"), func() any { return c.k }},
				{lang.T("check.Regions.4"), func() any { return 1 + c.k + c.k*(c.k-1)/2 }},
				{lang.T("check.Regions.5"), func() any { return c.k + 1 }},
				{lang.T("check.Regions.6"), func() any { return sumTo(c.k, c.d-1) }},
			},
		})
	}
	return gr.finish()
}

// UnitAccuracy grades one hidden unit read as a classifier of two classes:
// the best share of the examples that a threshold θ on the unit's values
// sorts right, either way round (mlp.UnitAccuracy).
func UnitAccuracy(student func(h []float64, labels []int) float64) *Report {
	gr := newGrader(lesson12, "UnitAccuracy", lang.T("check.task.UnitAccuracy"))
	if student == nil {
		return gr.nilFunc()
	}
	type uc struct {
		h      []float64
		labels []int
	}
	cases := []uc{
		{[]float64{0.1, 0.4, 0.35, 0.8}, []int{0, 0, 1, 1}},
		{[]float64{0.9, 0.8, 0.1, 0.2}, []int{0, 0, 1, 1}}, // class 1 below
		{[]float64{-0.5, 0.5}, []int{1, 0}},
		{[]float64{1, 1, 2, 2}, []int{0, 1, 0, 1}}, // equal values go together
		{[]float64{3, 3, 3}, []int{1, 1, 0}},
		{[]float64{-2, -1, 0.5, 1, 2, 3}, []int{0, 1, 0, 1, 1, 1}},
	}
	rng := newRand(42)
	for i := 0; i < 4; i++ {
		n := 5 + rng.IntN(10)
		c := uc{h: make([]float64, n), labels: make([]int, n)}
		for j := range c.h {
			c.h[j] = float64(rng.IntN(21)-10) / 10 // one decimal: ties happen
			c.labels[j] = rng.IntN(2)
		}
		cases = append(cases, c)
	}
	// fixedAt0 is the rule at θ = 0 only, the better way round.
	fixedAt0 := func(h []float64, labels []int) float64 {
		right := 0
		for i, v := range h {
			if (v > 0) == (labels[i] == 1) {
				right++
			}
		}
		if 2*right < len(h) {
			right = len(h) - right
		}
		return float64(right) / float64(len(h))
	}
	// oneWay is the best threshold for "class 1 above θ" only.
	oneWay := func(h []float64, labels []int) float64 {
		best := 0
		for _, theta := range append([]float64{h[0] - 1}, h...) {
			right := 0
			for i, v := range h {
				if (v > theta) == (labels[i] == 1) {
					right++
				}
			}
			if right > best {
				best = right
			}
		}
		return float64(best) / float64(len(h))
	}
	for _, c := range cases {
		c := c
		want, _, _, err := mlp.UnitAccuracy(c.h, c.labels)
		if err != nil {
			panic(err) // the cases above are valid
		}
		gr.run(tcase{
			input: fmt.Sprintf("h = %s, labels = %s", fvec(c.h), ivec(c.labels)),
			call:  func() any { return student(append([]float64(nil), c.h...), append([]int(nil), c.labels...)) },
			want:  want,
			tol:   1e-12,
			hint:  lang.T("check.UnitAccuracy.1"),
			wrongs: []wrong{
				{lang.T("check.UnitAccuracy.2"), func() any { return fixedAt0(c.h, c.labels) }},
				{lang.T("check.UnitAccuracy.3"), func() any { return oneWay(c.h, c.labels) }},
				{lang.T("check.UnitAccuracy.4"), func() any { return want * float64(len(c.h)) }},
			},
		})
	}
	return gr.finish()
}

func fvec(v []float64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fnum(x)
	}
	return "(" + strings.Join(s, ", ") + ")"
}

func ivec(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return "(" + strings.Join(s, ", ") + ")"
}
