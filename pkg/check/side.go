package check

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Side grades which side of a hidden unit's line w₁x₁ + w₂x₂ + w₀ = 0 a
// point falls on: +1 on the side w points to (a > 0), −1 on the other, 0 on
// the line. The reference is neuron.Line.Side.
func Side(student func(w []float64, w0 float64, x []float64) int) *Report {
	gr := newGrader(lesson01, "Side", lang.T("check.task.Side"))
	if student == nil {
		return gr.nilFunc()
	}
	type sc struct {
		w  []float64
		w0 float64
		x  []float64
	}
	cases := []sc{
		{[]float64{1, 1}, -1, []float64{1, 1}},     // a = 1: above x₂ = 1 − x₁, where w points
		{[]float64{1, 1}, -1, []float64{0, 0}},     // a = −1
		{[]float64{1, 1}, -1, []float64{0.5, 0.5}}, // on the line
		{[]float64{1, -2}, 0, []float64{0, 1}},     // w₂ < 0: "above the line" is the negative side
		{[]float64{1, -2}, 0, []float64{2, 0}},
		{[]float64{2, 0}, -1, []float64{1, 5}}, // a vertical line x₁ = ½
		{[]float64{2, 0}, -1, []float64{0, -5}},
		{[]float64{0, 0.5}, 3, []float64{4, -4}},   // a horizontal line x₂ = −6, the point above it
		{[]float64{-1, -1}, 0, []float64{-1, 0.5}}, // through the origin, w pointing down-left
	}
	rng := newRand(31)
	for i := 0; i < 4; i++ {
		cases = append(cases, sc{randVec(rng, 2, 2), round3(2*rng.Float64() - 1), randVec(rng, 2, 3)})
	}
	sign := func(a float64) int {
		switch {
		case a > 0:
			return 1
		case a < 0:
			return -1
		}
		return 0
	}
	for _, c := range cases {
		c := c
		line := neuron.Line{A: c.w[0], B: c.w[1], C: c.w0}
		a := c.w[0]*c.x[0] + c.w[1]*c.x[1] + c.w0
		gr.run(tcase{
			input: fmt.Sprintf("w = %s, w₀ = %s, x = %s", format(c.w), fnum(c.w0), format(c.x)),
			call:  func() any { return student(clone(c.w), c.w0, clone(c.x)) },
			want:  line.Side(c.x[0], c.x[1]),
			hint:  lang.T("check.Side.2"),
			wrongs: []wrong{
				{lang.T("check.Side.3"), func() any {
					if c.w[1] == 0 || c.w[1] > 0 {
						return nil
					}
					above := c.x[1] - (-c.w[0]/c.w[1]*c.x[0] - c.w0/c.w[1])
					return sign(above)
				}},
				{lang.T("check.Side.4"), func() any { return -sign(a) }},
				{lang.T("check.Side.5"), func() any { return sign(c.w[0]*c.x[0] + c.w[1]*c.x[1]) }},
				{lang.T("check.Side.6"), func() any {
					if a == 0 {
						return 1
					}
					return nil
				}},
			},
		})
	}
	return gr.finish()
}
