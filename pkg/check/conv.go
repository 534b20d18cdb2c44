package check

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
	"github.com/stepnet/stepnet/pkg/lang"
)

const lesson14 = "14-convolutional-networks"

// convMistake switches on the usual mistakes of a one-channel convolution.
type convMistake struct {
	flipped   bool // the filter rotated by 180°: a convolution in the signal-processing sense
	noBias    bool
	noPad     bool // the padding ignored
	stride1   bool // the stride ignored
	transpose bool // rows and columns of the output swapped
}

// conv1 is the reference: one channel, one k×k filter w, bias b, with a
// mistake or none, computed by pkg/conv.
func conv1(m convMistake, x, w *mat.Dense, b float64, stride, pad int) *mat.Dense {
	h, wd := x.Dims()
	k, _ := w.Dims()
	if m.noPad {
		pad = 0
	}
	if m.stride1 {
		stride = 1
	}
	l, err := conv.NewConv(conv.Shape{C: 1, H: h, W: wd}, 1, k, stride, pad)
	if err != nil {
		return nil
	}
	for u := 0; u < k; u++ {
		for v := 0; v < k; v++ {
			if m.flipped {
				l.W.Set(0, u*k+v, w.At(k-1-u, k-1-v))
			} else {
				l.W.Set(0, u*k+v, w.At(u, v))
			}
		}
	}
	if !m.noBias {
		l.B[0] = b
	}
	A, err := l.Forward(mat.NewDense(1, h*wd, mat.DenseCopyOf(x).RawMatrix().Data))
	if err != nil {
		return nil
	}
	o := l.Out()
	out := mat.NewDense(o.H, o.W, A.RawRowView(0))
	if m.transpose {
		return mat.DenseCopyOf(out.T())
	}
	return out
}

// Conv2D grades a one-channel convolution:
// a[i,j] = Σ_u Σ_v w[u,v] · x[s·i+u−p, s·j+v−p] + b.
func Conv2D(student func(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense) *Report {
	gr := newGrader(lesson14, "Conv2D", lang.T("check.task.Conv2D"))
	if student == nil {
		return gr.nilFunc()
	}
	type cc struct {
		x, w        *mat.Dense
		b           float64
		stride, pad int
	}
	img := mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	filt := mat.NewDense(2, 2, []float64{1, 2, 0, -1})
	cases := []cc{
		{img, filt, 0.5, 1, 0}, // the lesson's example
		{img, filt, 0.5, 2, 1}, // padded, strided
		{mat.NewDense(2, 3, []float64{1, 0, 2, -1, 3, 1}), mat.NewDense(2, 2, []float64{1, -1, 2, 0.5}), 0, 1, 0}, // not square
	}
	rng := newRand(14)
	for i := 0; i < 4; i++ {
		k := 1 + rng.IntN(3)
		h, w := k+rng.IntN(4), k+1+rng.IntN(4)
		cases = append(cases, cc{randMat(rng, h, w), randMat(rng, k, k), rng.NormFloat64(), 1 + rng.IntN(2), rng.IntN(k)})
	}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: lang.F("check.case.Conv2D", format(c.x), format(c.w), c.b, c.stride, c.pad),
			call:  func() any { return student(mat.DenseCopyOf(c.x), mat.DenseCopyOf(c.w), c.b, c.stride, c.pad) },
			want:  conv1(convMistake{}, c.x, c.w, c.b, c.stride, c.pad),
			hint:  lang.T("check.Conv2D.1"),
			wrongs: []wrong{
				{lang.T("check.Conv2D.2"), func() any { return conv1(convMistake{flipped: true}, c.x, c.w, c.b, c.stride, c.pad) }},
				{lang.T("check.Conv2D.3"), func() any { return conv1(convMistake{noBias: true}, c.x, c.w, c.b, c.stride, c.pad) }},
				{lang.T("check.Conv2D.4"), func() any { return conv1(convMistake{noPad: true}, c.x, c.w, c.b, c.stride, c.pad) }},
				{lang.T("check.Conv2D.5"), func() any { return conv1(convMistake{stride1: true}, c.x, c.w, c.b, c.stride, c.pad) }},
				{lang.T("check.Conv2D.6"), func() any { return conv1(convMistake{transpose: true}, c.x, c.w, c.b, c.stride, c.pad) }},
			},
		})
	}
	return gr.finish()
}

// convGrad1 is the reference ∂C/∂w of a one-channel convolution whose
// δ = ∂C/∂a is delta, by pkg/conv's Backward.
func convGrad1(x, delta *mat.Dense, k, stride, pad int, flipped bool) *mat.Dense {
	h, w := x.Dims()
	l, err := conv.NewConv(conv.Shape{C: 1, H: h, W: w}, 1, k, stride, pad)
	if err != nil {
		return nil
	}
	o := l.Out()
	if r, c := delta.Dims(); r != o.H || c != o.W {
		return nil
	}
	g, _, err := l.Backward(mat.NewDense(1, h*w, mat.DenseCopyOf(x).RawMatrix().Data), mat.NewDense(1, o.H*o.W, mat.DenseCopyOf(delta).RawMatrix().Data), false)
	if err != nil {
		return nil
	}
	out := mat.NewDense(k, k, nil)
	for u := 0; u < k; u++ {
		for v := 0; v < k; v++ {
			if flipped {
				out.Set(k-1-u, k-1-v, g.W.At(0, u*k+v))
			} else {
				out.Set(u, v, g.W.At(0, u*k+v))
			}
		}
	}
	return out
}

// ConvWeightGradient grades the gradient of a shared filter:
// ∂C/∂w[u,v] = Σ_i Σ_j δ[i,j] · x[s·i+u−p, s·j+v−p].
func ConvWeightGradient(student func(x, delta *mat.Dense, k, stride, pad int) *mat.Dense) *Report {
	gr := newGrader(lesson14, "ConvWeightGradient", lang.T("check.task.ConvWeightGradient"))
	if student == nil {
		return gr.nilFunc()
	}
	type gc struct {
		x, delta       *mat.Dense
		k, stride, pad int
	}
	cases := []gc{
		{mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}), mat.NewDense(2, 2, []float64{1, 0, 0, 0}), 2, 1, 0}, // δ at one position: the window itself
		{mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}), mat.NewDense(2, 2, []float64{1, 1, 1, 1}), 2, 1, 0},
		{mat.NewDense(3, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}), mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), 2, 2, 1},
	}
	rng := newRand(15)
	for i := 0; i < 4; i++ {
		k := 1 + rng.IntN(3)
		h, w := k+1+rng.IntN(4), k+rng.IntN(4)
		stride, pad := 1+rng.IntN(2), rng.IntN(k)
		oh, ow := (h+2*pad-k)/stride+1, (w+2*pad-k)/stride+1
		cases = append(cases, gc{randMat(rng, h, w), randMat(rng, oh, ow), k, stride, pad})
	}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: lang.F("check.case.ConvWeightGradient", format(c.x), format(c.delta), c.k, c.stride, c.pad),
			call:  func() any { return student(mat.DenseCopyOf(c.x), mat.DenseCopyOf(c.delta), c.k, c.stride, c.pad) },
			want:  convGrad1(c.x, c.delta, c.k, c.stride, c.pad, false),
			hint:  lang.T("check.ConvWeightGradient.1"),
			wrongs: []wrong{
				{lang.T("check.ConvWeightGradient.2"), func() any { return convGrad1(c.x, c.delta, c.k, c.stride, c.pad, true) }},
				{lang.T("check.ConvWeightGradient.3"), func() any {
					if g := convGrad1(c.x, c.delta, c.k, c.stride, c.pad, false); g != nil {
						return mat.DenseCopyOf(g.T())
					}
					return nil
				}},
			},
		})
	}
	return gr.finish()
}

// ConvParams grades the parameter count of a convolutional layer.
func ConvParams(student func(inChannels, filters, k int) int) *Report {
	gr := newGrader(lesson14, "ConvParams", lang.T("check.task.ConvParams"))
	if student == nil {
		return gr.nilFunc()
	}
	type pc struct{ c, f, k int }
	cases := []pc{{1, 6, 5}, {6, 16, 5}, {3, 64, 11}, {96, 96, 1}, {256, 384, 3}, {1, 1, 1}, {512, 512, 3}}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: lang.F("check.case.ConvParams", c.c, c.f, c.k, c.k),
			call:  func() any { return student(c.c, c.f, c.k) },
			want:  c.f * (c.c*c.k*c.k + 1),
			hint:  lang.T("check.ConvParams.1"),
			wrongs: []wrong{
				{lang.T("check.ConvParams.2"), func() any { return c.f * c.c * c.k * c.k }},
				{lang.T("check.ConvParams.3"), func() any { return c.f * (c.k*c.k + 1) }},
				{lang.T("check.ConvParams.4"), func() any { return c.f * (c.c*c.k + 1) }},
			},
		})
	}
	return gr.finish()
}

func randMat(rng interface{ NormFloat64() float64 }, r, c int) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, float64(int(20*rng.NormFloat64()))/10) // one decimal, easy to read
		}
	}
	return m
}
