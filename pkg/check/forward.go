package check

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 02: forward propagation. The reference is pkg/mlp's Forward.

const lesson02 = "02-forward-propagation"

// shapeHint is the hint of a forward pass that panicked.
func shapeHint() string { return lang.T("check.shape.forward") }

// layerRef is one layer hˡ = g(Wˡ hˡ⁻¹ + bˡ), written plainly, with the
// usual mistakes as switches: it gives the reference and the wrong answers.
type layerMistake struct {
	transpose bool // Wᵀ h instead of W h
	noBias    bool
	noG       bool
	biasAfter bool // g(W h) + b
}

func layerWith(m layerMistake, W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
	r, c := W.Dims()
	if m.transpose {
		r, c = c, r
	}
	out := make([]float64, r)
	for i := 0; i < r; i++ {
		a := 0.0
		for j := 0; j < c; j++ {
			if m.transpose {
				a += W.At(j, i) * h[j]
			} else {
				a += W.At(i, j) * h[j]
			}
		}
		if !m.noBias && !m.biasAfter {
			a += b[i]
		}
		if !m.noG {
			a = g(a)
		}
		if m.biasAfter {
			a += b[i]
		}
		out[i] = a
	}
	return out
}

// plainActivation wraps a function g as an Activation for pkg/mlp (g′ is not
// used by the forward pass).
func plainActivation(name string, g func(float64) float64) neuron.Activation {
	return neuron.Activation{Name: name, G: g, Deriv: g}
}

// randMatrix returns an r×c matrix with entries in [−1, 1), 3 decimals.
func randMatrix(rng interface{ Float64() float64 }, r, c int) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, round3(2*rng.Float64()-1))
		}
	}
	return m
}

func randVec(rng interface{ Float64() float64 }, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = round3(scale * (2*rng.Float64() - 1))
	}
	return v
}

// Layer grades one layer of forward propagation: hˡ = g(Wˡ hˡ⁻¹ + bˡ).
func Layer(student func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64) *Report {
	gr := newGrader(lesson02, "Layer", lang.T("check.task.Layer"))
	if student == nil {
		return gr.nilFunc()
	}
	type lc struct {
		W *mat.Dense
		b []float64
		g neuron.Activation
		h []float64
	}
	cases := []lc{
		// 2×2, square: a transposed W gives another number, not a panic
		{mat.NewDense(2, 2, []float64{1, 2, 3, 4}), []float64{0.5, -1}, neuron.Identity, []float64{1, -1}},
		{mat.NewDense(2, 2, []float64{0.5, -0.5, 0.25, 1}), []float64{0.1, 0.2}, neuron.Tanh, []float64{2, 1}},
		// 3×2: three neurons, two inputs
		{mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 1}), []float64{0, 0, -1}, neuron.ReLU, []float64{2, 3}},
		// 1×3: one neuron, three inputs
		{mat.NewDense(1, 3, []float64{0.2, -0.4, 0.6}), []float64{0.3}, neuron.Sigmoid, []float64{1, 2, 3}},
	}
	rng := newRand(3)
	for i := 0; i < 3; i++ {
		n, m := 2+rng.IntN(3), 2+rng.IntN(3)
		cases = append(cases, lc{randMatrix(rng, n, m), randVec(rng, n, 1), []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.ReLU}[i], randVec(rng, m, 2)})
	}
	var debugs []func(hint string) *Debugger
	for _, c := range cases {
		c := c
		net, err := mlp.NewFromWeights([]*mat.Dense{c.W}, [][]float64{c.b}, []neuron.Activation{c.g})
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		t, err := net.Forward(c.h)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		input := fmt.Sprintf("W = %s, b = %s, g = %s, hˡ⁻¹ = %s", format(c.W), format(c.b), c.g.Label(), format(c.h))
		debugs = append(debugs, func(hint string) *Debugger {
			one := func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
				return student(Ws[0], bs[0], g, x)
			}
			return debugForward(net, c.g, input, hint, one, c.h)
		})
		gr.run(tcase{
			others: []quantity{
				{lang.T("check.Layer.1"), mat.Col(nil, 0, t.A[1])},
				{lang.T("check.Layer.2"), c.h},
				{lang.T("check.Layer.3"), c.b},
			},
			input:     input,
			call:      func() any { return student(cloneM(c.W), clone(c.b), c.g.G, clone(c.h)) },
			want:      t.Output(),
			hint:      lang.T("check.Layer.4"),
			panicHint: shapeHint(),
			wrongs: []wrong{
				{lang.T("check.Layer.5"), func() any { return layerWith(layerMistake{transpose: true}, c.W, c.b, c.g.G, c.h) }},
				{lang.T("check.Layer.6"), func() any { return layerWith(layerMistake{noBias: true}, c.W, c.b, c.g.G, c.h) }},
				{lang.T("check.Layer.7"), func() any { return layerWith(layerMistake{noG: true}, c.W, c.b, c.g.G, c.h) }},
				{lang.T("check.Layer.8"), func() any { return layerWith(layerMistake{biasAfter: true}, c.W, c.b, c.g.G, c.h) }},
				{lang.T("check.Layer.9"), func() any { return layerWith(layerMistake{noBias: true, noG: true}, c.W, c.b, c.g.G, c.h) }},
			},
		})
	}
	return gr.finishDebug(func(k int, hint string) *Debugger { return debugs[k](hint) })
}

// forwardWith runs the layers with a mistake; lastNoG leaves g off the last
// layer only.
func forwardWith(m layerMistake, lastNoG bool, Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
	h := x
	for l := range Ws {
		mm := m
		if lastNoG && l == len(Ws)-1 {
			mm.noG = true
		}
		h = layerWith(mm, Ws[l], bs[l], g, h)
	}
	return h
}

// Forward grades forward propagation through a whole MLP: h⁰ = x, then
// hˡ = g(Wˡ hˡ⁻¹ + bˡ) for l = 1…L, returning hᴸ.
func Forward(student func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64) *Report {
	gr := newGrader(lesson02, "Forward", lang.T("check.task.Forward"))
	if student == nil {
		return gr.nilFunc()
	}
	type fc struct {
		Ws []*mat.Dense
		bs [][]float64
		g  neuron.Activation
		x  []float64
	}
	cases := []fc{
		// 2-2-2, square layers: a transposed W gives numbers, not a panic
		{[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(2, 2, []float64{0.3, 0.7, -0.2, 1})},
			[][]float64{{0.1, -0.1}, {0.2, 0}}, neuron.Tanh, []float64{1, 0.5}},
		// 2-3-1 with ReLU
		{[]*mat.Dense{mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 1}), mat.NewDense(1, 3, []float64{1, -1, 0.5})},
			[][]float64{{0, 0, -1}, {0.25}}, neuron.ReLU, []float64{2, 3}},
		// 3-2-2-1 with sigmoid
		{[]*mat.Dense{mat.NewDense(2, 3, []float64{0.2, -0.4, 0.6, 1, 0, -1}), mat.NewDense(2, 2, []float64{1, 2, -1, 0.5}), mat.NewDense(1, 2, []float64{0.7, -0.3})},
			[][]float64{{0.1, 0.1}, {0, -0.5}, {0.2}}, neuron.Sigmoid, []float64{1, 2, 3}},
	}
	rng := newRand(4)
	for i := 0; i < 3; i++ {
		L := 2 + rng.IntN(2)
		sizes := []int{2 + rng.IntN(3)}
		for l := 0; l < L; l++ {
			sizes = append(sizes, 1+rng.IntN(4))
		}
		c := fc{g: []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian}[i], x: randVec(rng, sizes[0], 2)}
		for l := 1; l < len(sizes); l++ {
			c.Ws = append(c.Ws, randMatrix(rng, sizes[l], sizes[l-1]))
			c.bs = append(c.bs, randVec(rng, sizes[l], 0.5))
		}
		cases = append(cases, c)
	}
	var debugs []func(hint string) *Debugger
	for _, c := range cases {
		c := c
		gs := make([]neuron.Activation, len(c.Ws))
		shapes := ""
		for l := range gs {
			gs[l] = c.g
			r, cc := c.Ws[l].Dims()
			shapes += fmt.Sprintf(" W%d %d×%d", l+1, r, cc)
		}
		net, err := mlp.NewFromWeights(c.Ws, c.bs, gs)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		t, err := net.Forward(c.x)
		if err != nil {
			panic("check: internal: " + err.Error())
		}
		L := len(c.Ws)
		var others []quantity
		for l := 0; l < L; l++ {
			name := lang.F("check.Forward.1", sup(l), l, L)
			if l == 0 {
				name = lang.T("check.Forward.2")
			}
			others = append(others, quantity{name, mat.Col(nil, 0, t.H[l])})
		}
		for l := 1; l <= L; l++ {
			name := lang.F("check.Forward.3", sup(l), l)
			if l == L {
				name += lang.T("check.Forward.4")
			}
			others = append(others, quantity{name, mat.Col(nil, 0, t.A[l])})
		}
		input := lang.F("check.case.Forward", len(c.Ws), shapes[1:], c.g.Label(), format(c.x))
		debugs = append(debugs, func(hint string) *Debugger { return debugForward(net, c.g, input, hint, student, c.x) })
		gr.run(tcase{
			others:    others,
			input:     input,
			call:      func() any { return student(cloneMs(c.Ws), cloneSS(c.bs), c.g.G, clone(c.x)) },
			want:      t.Output(),
			hint:      lang.T("check.Forward.5"),
			panicHint: shapeHint(),
			wrongs: []wrong{
				{lang.T("check.Forward.6"), func() any { return forwardWith(layerMistake{transpose: true}, false, c.Ws, c.bs, c.g.G, c.x) }},
				{lang.T("check.Forward.7"), func() any { return forwardWith(layerMistake{noBias: true}, false, c.Ws, c.bs, c.g.G, c.x) }},
				{lang.T("check.Forward.8"), func() any { return forwardWith(layerMistake{}, true, c.Ws, c.bs, c.g.G, c.x) }},
				{lang.T("check.Forward.9"), func() any { return forwardWith(layerMistake{noG: true}, false, c.Ws, c.bs, c.g.G, c.x) }},
				{lang.T("check.Forward.10"), func() any { return forwardWith(layerMistake{biasAfter: true}, false, c.Ws, c.bs, c.g.G, c.x) }},
				{lang.T("check.Forward.11"), func() any {
					return forwardWith(layerMistake{}, false, c.Ws[:1], c.bs[:1], c.g.G, c.x)
				}},
			},
		})
	}
	return gr.finishDebug(func(k int, hint string) *Debugger { return debugs[k](hint) })
}
