package check

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 08: delta backpropagation, for the lecture's squared loss
// C = ‖oᴸ − y‖² with the same g on every layer. The whole backward pass is
// graded with a gradient check: central differences of C.

const lesson08 = "08-backpropagation"

// missingGPrime is the hint of a backward pass without g′ anywhere.
func missingGPrime() string { return lang.T("check.backprop.gprime") }

// bpMistake switches on one usual mistake of the backward pass.
type bpMistake struct {
	noGPrimeOut    bool // δᴸ = 2(o − y)
	noGPrimeHidden bool // δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹
	gPrimeOfOutput bool // g′(hˡ) instead of g′(aˡ)
	gPrimeOfHidden bool // g′(hˡ) instead of g′(aˡ) below the output layer only
	noTwo          bool // δᴸ = (o − y) g′(a)
	wrongSign      bool // δᴸ = 2(y − o) g′(a)
	noTranspose    bool // δˡ = g′(aˡ) ⊙ Wˡ⁺¹ δˡ⁺¹ (square layers only)
	useA           bool // ∂C/∂wᵢⱼ = δᵢ aⱼ instead of δᵢ hⱼ
	transposeGrad  bool // ∂C/∂W = h δᵀ
	noBias         bool // ∂C/∂b = 0
}

// outputDeltaWith returns δᴸ with the mistakes of m.
func outputDeltaWith(m bpMistake, o, y, a []float64, gp, g func(float64) float64) []float64 {
	d := make([]float64, len(o))
	for i := range o {
		e := 2 * (o[i] - y[i])
		if m.noTwo {
			e /= 2
		}
		if m.wrongSign {
			e = -e
		}
		switch {
		case m.noGPrimeOut:
		case m.gPrimeOfOutput:
			e *= gp(o[i])
		default:
			e *= gp(a[i])
		}
		d[i] = e
	}
	return d
}

// hiddenDeltaWith returns δˡ from δˡ⁺¹ with the mistakes of m.
func hiddenDeltaWith(m bpMistake, W *mat.Dense, dNext, a, h []float64, gp func(float64) float64) []float64 {
	r, c := W.Dims() // nˡ⁺¹ × nˡ
	n := c
	if m.noTranspose {
		n = r
	}
	d := make([]float64, n)
	for j := 0; j < n; j++ {
		s := 0.0
		if m.noTranspose {
			for i := 0; i < c; i++ {
				s += W.At(j, i) * dNext[i]
			}
		} else {
			for i := 0; i < r; i++ {
				s += W.At(i, j) * dNext[i]
			}
		}
		switch {
		case m.noGPrimeHidden:
		case m.gPrimeOfOutput:
			s *= gp(h[j])
		default:
			s *= gp(a[j])
		}
		d[j] = s
	}
	return d
}

// weightGradWith returns ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ with the mistakes of m.
func weightGradWith(m bpMistake, delta, hPrev []float64) *mat.Dense {
	if m.transposeGrad {
		G := mat.NewDense(len(hPrev), len(delta), nil)
		for j := range hPrev {
			for i := range delta {
				G.Set(j, i, delta[i]*hPrev[j])
			}
		}
		return G
	}
	G := mat.NewDense(len(delta), len(hPrev), nil)
	for i := range delta {
		for j := range hPrev {
			G.Set(i, j, delta[i]*hPrev[j])
		}
	}
	return G
}

// grads is the answer of a whole backward pass: ∂C/∂Wˡ and ∂C/∂bˡ.
type grads struct {
	dW []*mat.Dense
	db [][]float64
}

// backwardWith runs forward and backward propagation with the mistakes of
// m. The correct pass (m = bpMistake{}) is backprop.Backward itself, the kit's
// one delta rule; each mistake is the same call with a wrong input, which
// gives exactly the numbers the mistaken formula gives:
//
//	noGPrimeOut, noGPrimeHidden   g′ = 1 on the output layer, on the hidden layers
//	gPrimeOfOutput                g′(g(a)) in place of g′(a) on every layer
//	noTranspose                   (Wˡ⁺¹)ᵀ in place of Wˡ⁺¹ (square layers only)
//	useA                          the trace's hˡ⁻¹ replaced by aˡ⁻¹ below the output
//	noTwo, wrongSign              ∂C/∂o halved, negated: every gradient is linear in it
//	transposeGrad, noBias         the results transposed, zeroed
//
// A pass that backprop rejects (a wrong shape, a gradient that is not finite)
// gives gradients of NaN, which match nothing.
func backwardWith(m bpMistake, Ws []*mat.Dense, bs [][]float64, act neuron.Activation, x, y []float64) grads {
	L := len(Ws)
	gs := make([]neuron.Activation, L)
	for l := range gs {
		gs[l] = act
	}
	gr := grads{dW: make([]*mat.Dense, L), db: make([][]float64, L)}
	fail := func() grads {
		for l, W := range Ws {
			r, c := W.Dims()
			gr.dW[l], gr.db[l] = mat.NewDense(r, c, nil), make([]float64, r)
			for i := range gr.db[l] {
				gr.db[l][i] = math.NaN()
			}
			gr.dW[l].Apply(func(int, int, float64) float64 { return math.NaN() }, gr.dW[l])
		}
		return gr
	}
	net, err := mlp.NewFromWeights(Ws, bs, gs)
	if err != nil {
		return fail()
	}
	fwd, err := net.Forward(x)
	if err != nil {
		return fail()
	}

	// The network and the trace the mistaken pass reads.
	one := func(float64) float64 { return 1 }
	wrong := &mlp.Network{}
	for l, layer := range net.Layers {
		w := *layer
		switch {
		case m.gPrimeOfOutput, m.gPrimeOfHidden && l < L-1:
			w.G.Deriv = func(a float64) float64 { return act.Deriv(act.G(a)) }
		case l == L-1 && m.noGPrimeOut, l < L-1 && m.noGPrimeHidden:
			w.G.Deriv = one
		}
		if m.noTranspose && l > 0 {
			w.W = mat.DenseCopyOf(layer.W.T())
		}
		wrong.Layers = append(wrong.Layers, &w)
	}
	trace := &mlp.Trace{H: append([]*mat.VecDense(nil), fwd.H...), A: fwd.A}
	if m.useA {
		for l := 1; l < L; l++ {
			trace.H[l] = fwd.A[l]
		}
	}
	bt, err := backprop.Backward(wrong, trace, y, mlp.SquaredError)
	if err != nil {
		return fail()
	}

	scale := 1.0
	if m.noTwo {
		scale /= 2
	}
	if m.wrongSign {
		scale = -scale
	}
	for l := 1; l <= L; l++ {
		dW := mat.DenseCopyOf(bt.GradW[l])
		dW.Scale(scale, dW)
		if m.transposeGrad {
			dW = mat.DenseCopyOf(dW.T())
		}
		db := make([]float64, bt.GradB[l].Len())
		if !m.noBias {
			for i := range db {
				db[i] = scale * bt.GradB[l].AtVec(i)
			}
		}
		gr.dW[l-1], gr.db[l-1] = dW, db
	}
	return gr
}

// squaredLoss returns C = ‖g(Wᴸ … g(W¹x + b¹) … + bᴸ) − y‖².
func squaredLoss(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x, y []float64) float64 {
	o := forwardWith(layerMistake{}, false, Ws, bs, g, x)
	c := 0.0
	for i := range o {
		c += (o[i] - y[i]) * (o[i] - y[i])
	}
	return c
}

// numericalGrads returns the central differences (C(w + ε) − C(w − ε)) / 2ε
// for every weight and bias: the gradient check.
func numericalGrads(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x, y []float64) grads {
	const eps = 1e-5
	Ws, bs = cloneMs(Ws), cloneSS(bs)
	C := func() float64 { return squaredLoss(Ws, bs, g, x, y) }
	gr := grads{dW: make([]*mat.Dense, len(Ws)), db: make([][]float64, len(Ws))}
	for l, W := range Ws {
		r, c := W.Dims()
		gr.dW[l] = mat.NewDense(r, c, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				w := W.At(i, j)
				W.Set(i, j, w+eps)
				cp := C()
				W.Set(i, j, w-eps)
				cm := C()
				W.Set(i, j, w)
				gr.dW[l].Set(i, j, (cp-cm)/(2*eps))
			}
		}
		gr.db[l] = make([]float64, r)
		for i := 0; i < r; i++ {
			b := bs[l][i]
			bs[l][i] = b + eps
			cp := C()
			bs[l][i] = b - eps
			cm := C()
			bs[l][i] = b
			gr.db[l][i] = (cp - cm) / (2 * eps)
		}
	}
	return gr
}

// OutputDelta grades the output layer's error δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ) for
// the squared loss C = ‖oᴸ − y‖².
func OutputDelta(student func(o, y, a []float64, gPrime func(float64) float64) []float64) *Report {
	gr := newGrader(lesson08, "OutputDelta", lang.T("check.task.OutputDelta"))
	if student == nil {
		return gr.nilFunc()
	}
	type oc struct {
		a, y []float64
		g    neuron.Activation
	}
	cases := []oc{
		// δ = 2(σ(0) − 1)·σ′(0) = 2(−0.5)(0.25) = −0.25 and 2(σ(0) − 0)(0.25) = 0.25
		{[]float64{0, 0}, []float64{1, 0}, neuron.Sigmoid},
		{[]float64{1, -2, 0.5}, []float64{0, 1, 0}, neuron.Tanh},
		{[]float64{2}, []float64{0.5}, neuron.Sigmoid},
	}
	rng := newRand(8)
	for i := 0; i < 3; i++ {
		n := 2 + rng.IntN(3)
		cases = append(cases, oc{randVec(rng, n, 2), randVec(rng, n, 1), []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian}[i]})
	}
	for _, c := range cases {
		c := c
		o := make([]float64, len(c.a))
		for i, a := range c.a {
			o[i] = c.g.G(a)
		}
		gr.run(tcase{
			input: fmt.Sprintf("o = %s, y = %s, a = %s, g = %s", format(o), format(c.y), format(c.a), c.g.Label()),
			call:  func() any { return student(clone(o), clone(c.y), clone(c.a), c.g.Deriv) },
			want:  outputDeltaWith(bpMistake{}, o, c.y, c.a, c.g.Deriv, c.g.G),
			hint:  lang.T("check.OutputDelta.1"),
			wrongs: []wrong{
				{lang.T("check.OutputDelta.2"), func() any { return outputDeltaWith(bpMistake{noGPrimeOut: true}, o, c.y, c.a, c.g.Deriv, c.g.G) }},
				{lang.T("check.OutputDelta.3"), func() any { return outputDeltaWith(bpMistake{gPrimeOfOutput: true}, o, c.y, c.a, c.g.Deriv, c.g.G) }},
				{lang.T("check.OutputDelta.4"), func() any { return outputDeltaWith(bpMistake{noTwo: true}, o, c.y, c.a, c.g.Deriv, c.g.G) }},
				{lang.T("check.OutputDelta.5"), func() any { return outputDeltaWith(bpMistake{wrongSign: true}, o, c.y, c.a, c.g.Deriv, c.g.G) }},
				{lang.T("check.OutputDelta.6"), func() any {
					return outputDeltaWith(bpMistake{noTwo: true, noGPrimeOut: true}, o, c.y, c.a, c.g.Deriv, c.g.G)
				}},
			},
		})
	}
	return gr.finish()
}

// HiddenDelta grades δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹, i.e. δⱼˡ = g′(aⱼˡ) Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹.
func HiddenDelta(student func(Wnext *mat.Dense, deltaNext, a []float64, gPrime func(float64) float64) []float64) *Report {
	gr := newGrader(lesson08, "HiddenDelta", lang.T("check.task.HiddenDelta"))
	if student == nil {
		return gr.nilFunc()
	}
	type hc struct {
		W     *mat.Dense
		dNext []float64
		a     []float64
		g     neuron.Activation
	}
	cases := []hc{
		// square: W instead of Wᵀ gives another number, not a panic
		{mat.NewDense(2, 2, []float64{1, 2, 3, 4}), []float64{1, -1}, []float64{0, 0}, neuron.Sigmoid},
		{mat.NewDense(2, 2, []float64{0.5, -1, 2, 0.25}), []float64{0.3, 0.2}, []float64{1, -0.5}, neuron.Tanh},
		// Wˡ⁺¹ is 1×3: one neuron above, three in layer l
		{mat.NewDense(1, 3, []float64{0.2, -0.4, 0.6}), []float64{0.5}, []float64{0.1, 0.2, -0.3}, neuron.Tanh},
		// Wˡ⁺¹ is 3×2
		{mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 1}), []float64{0.1, -0.2, 0.3}, []float64{-1, 2}, neuron.Sigmoid},
	}
	rng := newRand(9)
	for i := 0; i < 3; i++ {
		n, m := 2+rng.IntN(3), 2+rng.IntN(3)
		cases = append(cases, hc{randMatrix(rng, n, m), randVec(rng, n, 1), randVec(rng, m, 2), []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian}[i]})
	}
	for _, c := range cases {
		c := c
		h := make([]float64, len(c.a))
		for j, a := range c.a {
			h[j] = c.g.G(a)
		}
		gr.run(tcase{
			input:     fmt.Sprintf("Wˡ⁺¹ = %s, δˡ⁺¹ = %s, aˡ = %s, g = %s", format(c.W), format(c.dNext), format(c.a), c.g.Label()),
			call:      func() any { return student(cloneM(c.W), clone(c.dNext), clone(c.a), c.g.Deriv) },
			want:      hiddenDeltaWith(bpMistake{}, c.W, c.dNext, c.a, h, c.g.Deriv),
			hint:      lang.T("check.HiddenDelta.1"),
			panicHint: lang.T("check.HiddenDelta.2"),
			wrongs: []wrong{
				{lang.T("check.HiddenDelta.3"), func() any { return hiddenDeltaWith(bpMistake{noTranspose: true}, c.W, c.dNext, c.a, h, c.g.Deriv) }},
				{lang.T("check.HiddenDelta.4"), func() any { return hiddenDeltaWith(bpMistake{noGPrimeHidden: true}, c.W, c.dNext, c.a, h, c.g.Deriv) }},
				{lang.T("check.HiddenDelta.5"), func() any { return hiddenDeltaWith(bpMistake{gPrimeOfOutput: true}, c.W, c.dNext, c.a, h, c.g.Deriv) }},
				{lang.T("check.HiddenDelta.6"), func() any {
					return hiddenDeltaWith(bpMistake{noTranspose: true, noGPrimeHidden: true}, c.W, c.dNext, c.a, h, c.g.Deriv)
				}},
			},
		})
	}
	return gr.finish()
}

// WeightGradient grades ∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹: the matrix δˡ (hˡ⁻¹)ᵀ, shaped like Wˡ.
func WeightGradient(student func(delta, hPrev []float64) *mat.Dense) *Report {
	gr := newGrader(lesson08, "WeightGradient", lang.T("check.task.WeightGradient"))
	if student == nil {
		return gr.nilFunc()
	}
	type wc struct{ delta, h []float64 }
	cases := []wc{
		{[]float64{1, 2}, []float64{3, 4}}, // square: the transpose gives another matrix
		{[]float64{0.5, -1}, []float64{1, 2, 3}},
		{[]float64{2}, []float64{-1, 0.5}},
		{[]float64{0.1, 0.2, 0.3}, []float64{1}},
	}
	rng := newRand(10)
	for i := 0; i < 3; i++ {
		cases = append(cases, wc{randVec(rng, 1+rng.IntN(4), 1), randVec(rng, 1+rng.IntN(4), 1)})
	}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: fmt.Sprintf("δˡ = %s, hˡ⁻¹ = %s", format(c.delta), format(c.h)),
			call:  func() any { return student(clone(c.delta), clone(c.h)) },
			want:  weightGradWith(bpMistake{}, c.delta, c.h),
			hint:  lang.T("check.WeightGradient.1"),
			wrongs: []wrong{
				{lang.T("check.WeightGradient.2"), func() any { return weightGradWith(bpMistake{transposeGrad: true}, c.delta, c.h) }},
			},
		})
	}
	return gr.finish()
}

// Backward grades a whole backward pass, with a gradient check: the
// student's ∂C/∂Wˡ and ∂C/∂bˡ must equal the central differences of
// C = ‖oᴸ − y‖².
func Backward(student func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64)) *Report {
	gr := newGrader(lesson08, "Backward", lang.T("check.task.Backward"))
	if student == nil {
		return gr.nilFunc()
	}
	return backwardGrade(gr, student, nil)
}

// plantedMistake is FixBackward's bug: g′ of the outputs hˡ instead of the
// activities aˡ in the hidden layers' δˡ.
var plantedMistake = bpMistake{gPrimeOfHidden: true}

// FixBackward grades the find-the-bug exercise of lesson 08: a backward pass
// given with one planted mistake, which the student finds and fixes. It is
// graded like Backward, by a gradient check; while the planted mistake is
// still there the hint says where the gradients go wrong, not what the
// mistake is.
func FixBackward(student func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64)) *Report {
	gr := newGrader(lesson08, "FixBackward", lang.T("check.task.FixBackward"))
	if student == nil {
		return gr.nilFunc()
	}
	return backwardGrade(gr, student, &namedMistake{hint: lang.T("check.FixBackward.1"), m: plantedMistake})
}

// namedMistake is a mistake of the backward pass and its hint.
type namedMistake struct {
	hint string
	m    bpMistake
}

// backwardGrade runs Backward's cases on the student's pass; first, when
// given, is the mistake tried before the catalogued ones.
func backwardGrade(gr *grader, student func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64), first *namedMistake) *Report {
	type bc struct {
		Ws   []*mat.Dense
		bs   [][]float64
		g    neuron.Activation
		x, y []float64
	}
	cases := []bc{
		// 2-2-2, square layers
		{[]*mat.Dense{mat.NewDense(2, 2, []float64{0.5, -0.3, 0.8, 0.2}), mat.NewDense(2, 2, []float64{0.7, -0.6, 0.1, 0.9})},
			[][]float64{{0.1, -0.2}, {0.05, 0.3}}, neuron.Sigmoid, []float64{1, -1}, []float64{1, 0}},
		// 2-3-1 with tanh
		{[]*mat.Dense{mat.NewDense(3, 2, []float64{0.4, -0.7, 0.2, 0.5, -0.3, 0.9}), mat.NewDense(1, 3, []float64{0.6, -0.8, 0.3})},
			[][]float64{{0.1, 0, -0.1}, {0.2}}, neuron.Tanh, []float64{0.5, 1.5}, []float64{0.25}},
	}
	rng := newRand(11)
	for i := 0; i < 3; i++ {
		sizes := []int{2 + rng.IntN(3)}
		for l := 0; l < 2+i%2; l++ {
			sizes = append(sizes, 1+rng.IntN(4))
		}
		c := bc{g: []neuron.Activation{neuron.Tanh, neuron.Sigmoid, neuron.Tanh}[i], x: randVec(rng, sizes[0], 1.5), y: randVec(rng, sizes[len(sizes)-1], 1)}
		for l := 1; l < len(sizes); l++ {
			c.Ws = append(c.Ws, randMatrix(rng, sizes[l], sizes[l-1]))
			c.bs = append(c.bs, randVec(rng, sizes[l], 0.5))
		}
		cases = append(cases, c)
	}
	var debugs []func(got grads, hint string) *Debugger
	for _, c := range cases {
		c := c
		shapes := ""
		for l, W := range c.Ws {
			r, cc := W.Dims()
			shapes += fmt.Sprintf(" W%d %d×%d", l+1, r, cc)
		}
		num := numericalGrads(c.Ws, c.bs, c.g.G, c.x, c.y)
		wrongAt := func(m bpMistake) func() any {
			return func() any { return backwardWith(m, c.Ws, c.bs, c.g, c.x, c.y) }
		}
		input := fmt.Sprintf("L = %d (%s), g = %s, x = %s, y = %s", len(c.Ws), shapes[1:], c.g.Label(), format(c.x), format(c.y))
		gs := make([]neuron.Activation, len(c.Ws))
		for l := range gs {
			gs[l] = c.g
		}
		net, err := mlp.NewFromWeights(c.Ws, c.bs, gs)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		debugs = append(debugs, func(got grads, hint string) *Debugger { return debugBackward(net, input, hint, c.x, c.y, got) })
		gOnly := neuron.Activation{Name: c.g.Name, G: c.g.G, Deriv: c.g.G}
		gr.run(tcase{
			diag:  backwardDiagnosis(net, c.x, c.y, num, backwardWith(bpMistake{}, c.Ws, c.bs, gOnly, c.x, c.y)),
			input: input,
			call: func() any {
				dW, db := student(cloneMs(c.Ws), cloneSS(c.bs), c.g.G, c.g.Deriv, clone(c.x), clone(c.y))
				return grads{dW, db}
			},
			want:      num,
			tol:       1e-6,
			judge:     func(got any) string { return judgeGrads(got.(grads), num) },
			hint:      lang.T("check.FixBackward.2"),
			panicHint: lang.T("check.FixBackward.3"),
			wrongs: append(firstWrong(first, wrongAt), []wrong{
				{lang.T("check.FixBackward.4"), wrongAt(bpMistake{noGPrimeOut: true})},
				{lang.T("check.FixBackward.5"), wrongAt(bpMistake{noGPrimeHidden: true})},
				{missingGPrime(), wrongAt(bpMistake{noGPrimeOut: true, noGPrimeHidden: true})},
				{lang.T("check.FixBackward.6"), wrongAt(bpMistake{noTranspose: true})},
				{lang.T("check.FixBackward.7"), wrongAt(bpMistake{gPrimeOfOutput: true})},
				{lang.T("check.FixBackward.8"), wrongAt(bpMistake{noTwo: true})},
				{lang.T("check.FixBackward.9"), wrongAt(bpMistake{wrongSign: true})},
				{lang.T("check.FixBackward.10"), wrongAt(bpMistake{useA: true})},
				{lang.T("check.FixBackward.11"), wrongAt(bpMistake{transposeGrad: true})},
				{lang.T("check.FixBackward.12"), wrongAt(bpMistake{noBias: true})},
				{lang.T("check.FixBackward.13"), wrongAt(bpMistake{gPrimeOfHidden: true})},
			}...),
			gotText: func(got any) string { return formatGrads(got.(grads)) },
		})
	}
	return gr.finishDebug(func(k int, hint string) *Debugger {
		var got grads
		o := call(gr.calls[k], CaseCPU)
		if o.err != "" {
			return nil
		}
		got, _ = o.val.(grads)
		return debugs[k](got, hint)
	})
}

// judgeGrads compares a backward pass with the gradient check and says
// which layer is wrong first, from the output down.
// firstWrong is the list of the one mistake tried first, or nothing.
func firstWrong(first *namedMistake, at func(bpMistake) func() any) []wrong {
	if first == nil {
		return nil
	}
	return []wrong{{first.hint, at(first.m)}}
}

func judgeGrads(got, num grads) string {
	L := len(num.dW)
	if len(got.dW) != L || len(got.db) != L {
		return lang.F("check.FixBackward.14", len(got.dW), len(got.db), L)
	}
	const tol = 1e-6
	for l := L; l >= 1; l-- {
		if why := compare(got.dW[l-1], num.dW[l-1], tol); why != "" {
			return lang.F("check.FixBackward.15", sup(l), l, why)
		}
		if why := compare(got.db[l-1], num.db[l-1], tol); why != "" {
			return lang.F("check.FixBackward.16", sup(l), l, why)
		}
	}
	return ""
}

func formatGrads(g grads) string {
	s := ""
	for l := range g.dW {
		if l > 0 {
			s += "; "
		}
		s += fmt.Sprintf("∂C/∂W%s = %s", sup(l+1), format(g.dW[l]))
		if l < len(g.db) {
			s += fmt.Sprintf(", ∂C/∂b%s = %s", sup(l+1), format(g.db[l]))
		}
	}
	if s == "" {
		return lang.T("check.FixBackward.17")
	}
	return s
}

func sup(l int) string {
	digits := []string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}
	if l >= 0 && l < 10 {
		return digits[l]
	}
	return fmt.Sprint(l)
}
