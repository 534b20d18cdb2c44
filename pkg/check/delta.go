package check

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 08, predicted numbers: the δ of a small network by hand, and the
// output error of softmax + cross-entropy.

// handNet is the network of HandDeltas: 1-2-1, ReLU on both layers,
// x = 2, y = 0.5.
func handNet() (*mlp.Network, []float64, []float64) {
	net, err := mlp.NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 1, []float64{0.5, -1}), mat.NewDense(1, 2, []float64{3, 2})},
		[][]float64{{0, 1}, {-1}},
		[]neuron.Activation{neuron.ReLU, neuron.ReLU})
	if err != nil {
		panic("check: internal: " + err.Error())
	}
	return net, []float64{2}, []float64{0.5}
}

// HandDeltas grades the errors δ² and δ¹ of the 1-2-1 ReLU network of the
// exercise (W¹ = (0.5, −1)ᵀ, b¹ = (0, 1), W² = (3 2), b² = −1, x = 2,
// y = 0.5, C = ‖o − y‖²), computed by hand: δ² = (3), δ¹ = (9, 0).
func HandDeltas(student func() (delta2, delta1 []float64)) *Report {
	gr := newGrader(lesson08, "HandDeltas", lang.T("check.task.HandDeltas"))
	if student == nil {
		return gr.nilFunc()
	}
	net, x, y := handNet()
	bt, err := backprop.Gradient(net, x, y, mlp.SquaredError)
	if err != nil {
		panic("check: internal: " + err.Error())
	}
	d2, d1 := bt.Delta[2].RawVector().Data, bt.Delta[1].RawVector().Data
	scaled := func(v []float64, k float64) []float64 {
		out := clone(v)
		for i := range out {
			out[i] *= k
		}
		return out
	}
	// δ¹ without g′(a¹): W²ᵀδ² = (3·3, 2·3)
	noG := []float64{3 * d2[0], 2 * d2[0]}
	// δ¹ with W¹ in place of W²: (0.5·3, −1·3) ⊙ g′(a¹)
	wrongW := []float64{0.5 * d2[0], 0}
	for _, c := range []struct {
		name string
		want []float64
		pick func(a, b []float64) []float64
		wr   []wrong
	}{
		{lang.T("check.case.HandDeltas.output"), d2, func(a, _ []float64) []float64 { return a }, []wrong{
			{lang.T("check.HandDeltas.2"), func() any { return scaled(d2, 0.5) }},
			{lang.T("check.HandDeltas.3"), func() any { return scaled(d2, -1) }},
			{lang.T("check.HandDeltas.4"), func() any { return []float64{2.25} }},
		}},
		{lang.T("check.case.HandDeltas.hidden"), d1, func(_, b []float64) []float64 { return b }, []wrong{
			{lang.T("check.HandDeltas.6"), func() any { return noG }},
			{lang.T("check.HandDeltas.7"), func() any { return wrongW }},
			{lang.T("check.HandDeltas.8"), func() any { return scaled(d1, 0.5) }},
			{lang.T("check.HandDeltas.3"), func() any { return scaled(d1, -1) }},
		}},
	} {
		c := c
		gr.run(tcase{
			input: lang.F("check.case.HandDeltas", c.name),
			call: func() any {
				a, b := student()
				return c.pick(a, b)
			},
			want:   c.want,
			hint:   lang.T("check.HandDeltas.9"),
			wrongs: c.wr,
		})
	}
	return gr.finish()
}

// softmaxCEWith is ∂C/∂o of softmax + cross-entropy with a mistake.
func softmaxCEWith(o, y []float64, f func(p, y []float64, j int) float64, stable bool) []float64 {
	var p []float64
	if stable {
		p = mlp.Softmax(o)
	} else {
		p = softmaxWith(o, zeroShift, 1, true)
	}
	out := make([]float64, len(o))
	for j := range o {
		out[j] = f(p, y, j)
	}
	return out
}

// SoftmaxCEDelta grades the output error δᴸ = ∂C/∂oᴸ of a linear output
// layer followed by softmax and cross-entropy, C = −Σⱼ yⱼ log pⱼ with
// p = softmax(o): p − y (mlp.SoftmaxCrossEntropy.Grad).
func SoftmaxCEDelta(student func(o, y []float64) []float64) *Report {
	gr := newGrader(lesson08, "SoftmaxCEDelta", lang.T("check.task.SoftmaxCEDelta"))
	if student == nil {
		return gr.nilFunc()
	}
	type sc struct{ o, y []float64 }
	cases := []sc{
		{[]float64{0, 0}, []float64{1, 0}},
		{[]float64{1, 2, 3}, []float64{0, 0, 1}},
		{[]float64{2, -1, 0.5}, []float64{1, 0, 0}},
		{[]float64{1000, 0}, []float64{0, 1}},       // a confident, wrong network: p = (1, 0)
		{[]float64{0.3, -0.2}, []float64{0.2, 0.8}}, // soft targets that sum to 1
	}
	rng := newRand(36)
	for i := 0; i < 3; i++ {
		k := 2 + rng.IntN(4)
		y := make([]float64, k)
		y[rng.IntN(k)] = 1
		cases = append(cases, sc{randVec(rng, k, 4), y})
	}
	for _, c := range cases {
		c := c
		want, err := mlp.SoftmaxCrossEntropy.Grad(c.o, c.y)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		gr.run(tcase{
			input: fmt.Sprintf("o = %s, y = %s", format(c.o), format(c.y)),
			call:  func() any { return student(clone(c.o), clone(c.y)) },
			want:  want,
			hint:  lang.T("check.SoftmaxCEDelta.1"),
			wrongs: []wrong{
				{softmaxOverflow(), func() any {
					return softmaxCEWith(c.o, c.y, func(p, y []float64, j int) float64 { return p[j] - y[j] }, false)
				}},
				{lang.T("check.SoftmaxCEDelta.2"), func() any {
					return softmaxCEWith(c.o, c.y, func(p, y []float64, j int) float64 { return y[j] - p[j] }, true)
				}},
				{lang.T("check.SoftmaxCEDelta.3"), func() any {
					return softmaxCEWith(c.o, c.y, func(p, y []float64, j int) float64 { return -y[j] / p[j] }, true)
				}},
				{lang.T("check.SoftmaxCEDelta.4"), func() any {
					return softmaxCEWith(c.o, c.y, func(p, y []float64, j int) float64 { return (p[j] - y[j]) * p[j] * (1 - p[j]) }, true)
				}},
				{lang.T("check.SoftmaxCEDelta.5"), func() any {
					out := make([]float64, len(c.o))
					for j := range out {
						out[j] = 2 * (c.o[j] - c.y[j])
					}
					return out
				}},
				{lang.T("check.SoftmaxCEDelta.6"), func() any {
					out := make([]float64, len(c.o))
					for j := range out {
						out[j] = c.o[j] - c.y[j]
					}
					return out
				}},
			},
		})
	}
	return gr.finish()
}
