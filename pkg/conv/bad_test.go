package conv

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestBadInput is pkg/conv's table of hostile and careless calls (issue 14):
// each must give an error, or a result without NaN, never a panic or a hang.
func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	E := badinput.Err
	OK := badinput.OK
	in := Shape{1, 4, 4}
	layer := func() *Conv {
		l, err := NewConv(in, 2, 3, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		l.Init(1)
		return l
	}
	net := func() *Net {
		n, err := NewNet(Shape{1, 6, 6}, []int{2}, 3, neuron.ReLU, 3, 1)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	X16 := mat.NewDense(2, 16, nil)
	for i := range 32 {
		X16.RawMatrix().Data[i] = float64(i%7) - 3
	}
	X36 := mat.NewDense(2, 36, nil)
	for i := range 72 {
		X36.RawMatrix().Data[i] = float64(i%5) - 2
	}
	Y := mat.NewDense(2, 3, []float64{1, 0, 0, 0, 0, 1})
	withNaN := func(m *mat.Dense, v float64) *mat.Dense {
		c := mat.DenseCopyOf(m)
		c.Set(1, 2, v)
		return c
	}
	var nilDense *mat.Dense
	var nilConv *Conv
	var nilNet *Net
	var nilPool *MaxPool
	res := func(vs ...any) []any { return vs }
	trace := func(n *Net, X *mat.Dense) *Trace {
		tr, err := n.Forward(X)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	grad := func(n *Net) *Gradient {
		g, err := n.Backward(trace(n, X36), Y)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	pool, _ := NewMaxPool(Shape{2, 4, 4}, 2, 2)
	pooledOf := func() *Pooled {
		p, err := pool.Forward(mat.NewDense(1, 32, nil))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := LessonMNISTRun

	cases := []badinput.Case{
		// NewConv: shapes, sizes before any allocation.
		E("NewConv no channels", func() ([]any, error) { l, err := NewConv(Shape{0, 3, 3}, 1, 2, 1, 0); return res(l), err }),
		E("NewConv negative height", func() ([]any, error) { l, err := NewConv(Shape{1, -3, 3}, 1, 2, 1, 0); return res(l), err }),
		E("NewConv no filters", func() ([]any, error) { l, err := NewConv(in, 0, 2, 1, 0); return res(l), err }),
		E("NewConv negative filters", func() ([]any, error) { l, err := NewConv(in, -4, 2, 1, 0); return res(l), err }),
		E("NewConv k = 0", func() ([]any, error) { l, err := NewConv(in, 1, 0, 1, 0); return res(l), err }),
		E("NewConv stride 0", func() ([]any, error) { l, err := NewConv(in, 1, 2, 0, 0); return res(l), err }),
		E("NewConv negative padding", func() ([]any, error) { l, err := NewConv(in, 1, 2, 1, -1); return res(l), err }),
		E("NewConv padding ≥ k", func() ([]any, error) { l, err := NewConv(in, 1, 2, 1, 2); return res(l), err }),
		E("NewConv filter larger than the image", func() ([]any, error) { l, err := NewConv(in, 1, 5, 1, 0); return res(l), err }),
		E("NewConv 2²⁰×2²⁰×2²⁰ input", func() ([]any, error) {
			l, err := NewConv(Shape{1 << 20, 1 << 20, 1 << 20}, 1, 1, 1, 0)
			return res(l), err
		}),
		E("NewConv 2²⁰ filters of 4096×3×3", func() ([]any, error) { l, err := NewConv(Shape{4096, 64, 64}, 1<<20, 3, 1, 1); return res(l), err }),
		E("NewConv k = 2⁶²", func() ([]any, error) { l, err := NewConv(in, 1, 1<<62, 1, 0); return res(l), err }),
		E("NewConv overflowing side", func() ([]any, error) {
			l, err := NewConv(Shape{1, math.MaxInt, math.MaxInt}, 1, 1, 1, 0)
			return res(l), err
		}),

		// Conv.Forward and Backward: the batch.
		E("Forward nil layer", func() ([]any, error) { a, err := nilConv.Forward(X16); return res(a), err }),
		E("Forward zero layer", func() ([]any, error) { a, err := (&Conv{}).Forward(X16); return res(a), err }),
		E("Forward nil X", func() ([]any, error) { a, err := layer().Forward(nil); return res(a), err }),
		E("Forward typed-nil X", func() ([]any, error) { a, err := layer().Forward(nilDense); return res(a), err }),
		E("Forward empty X", func() ([]any, error) { a, err := layer().Forward(&mat.Dense{}); return res(a), err }),
		E("Forward 15 columns for 4×4", func() ([]any, error) { a, err := layer().Forward(mat.NewDense(2, 15, nil)); return res(a), err }),
		E("Forward NaN in X", func() ([]any, error) { a, err := layer().Forward(withNaN(X16, nan)); return res(a), err }),
		E("Forward +Inf in X", func() ([]any, error) { a, err := layer().Forward(withNaN(X16, inf)); return res(a), err }),
		E("Forward NaN weight", func() ([]any, error) { l := layer(); l.W.Set(1, 4, nan); a, err := l.Forward(X16); return res(a), err }),
		E("Forward Inf bias", func() ([]any, error) { l := layer(); l.B[0] = -inf; a, err := l.Forward(X16); return res(a), err }),
		E("Forward W of the wrong shape", func() ([]any, error) {
			l := layer()
			l.W = mat.NewDense(2, 8, nil)
			a, err := l.Forward(X16)
			return res(a), err
		}),
		E("Forward biases missing", func() ([]any, error) { l := layer(); l.B = nil; a, err := l.Forward(X16); return res(a), err }),
		E("Forward overflowing activity", func() ([]any, error) {
			l := layer()
			l.W.Set(0, 0, 1e308)
			l.W.Set(0, 1, 1e308)
			a, err := l.Forward(mat.NewDense(1, 16, []float64{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}))
			return res(a), err
		}),
		E("Backward nil X", func() ([]any, error) {
			g, d, err := layer().Backward(nil, mat.NewDense(2, 8, nil), true)
			return res(g, d), err
		}),
		E("Backward typed-nil δ", func() ([]any, error) { g, d, err := layer().Backward(X16, nilDense, true); return res(g, d), err }),
		E("Backward δ of the wrong width", func() ([]any, error) {
			g, d, err := layer().Backward(X16, mat.NewDense(2, 9, nil), true)
			return res(g, d), err
		}),
		E("Backward 2 inputs, 1 δ", func() ([]any, error) {
			g, d, err := layer().Backward(X16, mat.NewDense(1, 8, nil), true)
			return res(g, d), err
		}),
		E("Backward NaN δ", func() ([]any, error) {
			D := mat.NewDense(2, 8, nil)
			D.Set(0, 3, nan)
			g, d, err := layer().Backward(X16, D, true)
			return res(g, d), err
		}),
		E("Backward nil layer", func() ([]any, error) {
			g, d, err := nilConv.Backward(X16, mat.NewDense(2, 8, nil), true)
			return res(g, d), err
		}),
		OK("Backward without ∂C/∂x", func() ([]any, error) {
			g, d, err := layer().Backward(X16, mat.NewDense(2, 8, nil), false)
			return res(g, d), err
		}),

		// Pooling.
		E("NewMaxPool window 0", func() ([]any, error) { p, err := NewMaxPool(in, 0, 1); return res(p), err }),
		E("NewMaxPool stride 0", func() ([]any, error) { p, err := NewMaxPool(in, 2, 0); return res(p), err }),
		E("NewMaxPool window larger than the input", func() ([]any, error) { p, err := NewMaxPool(in, 5, 1); return res(p), err }),
		E("NewMaxPool no channels", func() ([]any, error) { p, err := NewMaxPool(Shape{0, 4, 4}, 2, 2); return res(p), err }),
		E("MaxPool.Forward nil pool", func() ([]any, error) { p, err := nilPool.Forward(X16); return res(p), err }),
		E("MaxPool.Forward nil X", func() ([]any, error) { p, err := pool.Forward(nil); return res(p), err }),
		E("MaxPool.Forward wrong width", func() ([]any, error) { p, err := pool.Forward(mat.NewDense(1, 31, nil)); return res(p), err }),
		E("MaxPool.Forward NaN", func() ([]any, error) {
			X := mat.NewDense(1, 32, nil)
			X.Set(0, 5, nan)
			p, err := pool.Forward(X)
			return res(p), err
		}),
		E("MaxPool.Backward nil forward result", func() ([]any, error) { d, err := pool.Backward(nil, mat.NewDense(1, 8, nil)); return res(d), err }),
		E("MaxPool.Backward δ of another batch", func() ([]any, error) {
			d, err := pool.Backward(pooledOf(), mat.NewDense(3, 8, nil))
			return res(d), err
		}),
		E("MaxPool.Backward δ of the wrong width", func() ([]any, error) {
			d, err := pool.Backward(pooledOf(), mat.NewDense(1, 7, nil))
			return res(d), err
		}),
		E("MaxPool.Backward forged winners", func() ([]any, error) {
			p := pooledOf()
			p.From[0][3] = 1 << 40
			d, err := pool.Backward(p, mat.NewDense(1, 8, nil))
			return res(d), err
		}),
		E("GlobalAveragePool no shape", func() ([]any, error) { h, err := (GlobalAveragePool{}).Forward(X16); return res(h), err }),
		E("GlobalAveragePool NaN", func() ([]any, error) {
			h, err := (GlobalAveragePool{In: in}).Forward(withNaN(X16, nan))
			return res(h), err
		}),
		E("GlobalAveragePool.Backward wrong width", func() ([]any, error) {
			h, err := (GlobalAveragePool{In: in}).Backward(mat.NewDense(2, 2, nil))
			return res(h), err
		}),
		OK("GlobalAveragePool of ±1e308 (the mean is finite)", func() ([]any, error) {
			X := mat.NewDense(1, 4, []float64{1e308, 1e308, -1e308, -1e308})
			h, err := (GlobalAveragePool{In: Shape{1, 2, 2}}).Forward(X)
			return res(h), err
		}),

		// Net.
		E("NewNet no stages", func() ([]any, error) {
			n, err := NewNet(Shape{1, 8, 8}, nil, 3, neuron.ReLU, 10, 1)
			return res(n), err
		}),
		E("NewNet one class", func() ([]any, error) {
			n, err := NewNet(Shape{1, 8, 8}, []int{2}, 3, neuron.ReLU, 1, 1)
			return res(n), err
		}),
		E("NewNet 5×5 filters on 4×4", func() ([]any, error) { n, err := NewNet(in, []int{2}, 5, neuron.ReLU, 10, 1); return res(n), err }),
		E("NewNet zero activation", func() ([]any, error) {
			n, err := NewNet(Shape{1, 8, 8}, []int{2}, 3, neuron.Activation{}, 10, 1)
			return res(n), err
		}),
		E("NewNet 10⁹ classes", func() ([]any, error) {
			n, err := NewNet(Shape{1, 8, 8}, []int{2}, 3, neuron.ReLU, 1e9, 1)
			return res(n), err
		}),
		E("NewNet negative filters", func() ([]any, error) {
			n, err := NewNet(Shape{1, 8, 8}, []int{-2}, 3, neuron.ReLU, 10, 1)
			return res(n), err
		}),
		E("Net.Forward nil net", func() ([]any, error) { tr, err := nilNet.Forward(X36); return res(tr), err }),
		E("Net.Forward empty net", func() ([]any, error) { tr, err := (&Net{}).Forward(X36); return res(tr), err }),
		E("Net.Forward nil X", func() ([]any, error) { tr, err := net().Forward(nil); return res(tr), err }),
		E("Net.Forward typed-nil X", func() ([]any, error) { tr, err := net().Forward(nilDense); return res(tr), err }),
		E("Net.Forward 35 values for 6×6", func() ([]any, error) { tr, err := net().Forward(mat.NewDense(2, 35, nil)); return res(tr), err }),
		E("Net.Forward NaN input", func() ([]any, error) { tr, err := net().Forward(withNaN(X36, nan)); return res(tr), err }),
		E("Net.Forward NaN head weight", func() ([]any, error) {
			n := net()
			n.Head.Layers[0].W.Set(0, 0, nan)
			tr, err := n.Forward(X36)
			return res(tr), err
		}),
		E("Net.Forward stages that do not fit", func() ([]any, error) {
			n := net()
			n.Stages[0].Pool = nil
			tr, err := n.Forward(X36)
			return res(tr), err
		}),
		E("Net.Backward nil net", func() ([]any, error) { g, err := nilNet.Backward(trace(net(), X36), Y); return res(g), err }),
		E("Net.Backward nil trace", func() ([]any, error) { g, err := net().Backward(nil, Y); return res(g), err }),
		E("Net.Backward empty trace", func() ([]any, error) { g, err := net().Backward(&Trace{}, Y); return res(g), err }),
		E("Net.Backward another network's trace", func() ([]any, error) {
			other, _ := NewNet(Shape{1, 6, 6}, []int{3}, 3, neuron.ReLU, 3, 1)
			g, err := net().Backward(trace(other, X36), Y)
			return res(g), err
		}),
		E("Net.Backward nil Y", func() ([]any, error) { n := net(); g, err := n.Backward(trace(n, X36), nil); return res(g), err }),
		E("Net.Backward Y with 2 classes", func() ([]any, error) {
			n := net()
			g, err := n.Backward(trace(n, X36), mat.NewDense(2, 2, nil))
			return res(g), err
		}),
		E("Net.Backward NaN in Y", func() ([]any, error) {
			n := net()
			g, err := n.Backward(trace(n, X36), withNaN(Y, nan))
			return res(g), err
		}),
		E("Net.Step nil gradient", func() ([]any, error) { return nil, net().Step(nil, 0.1) }),
		E("Net.Step nil net", func() ([]any, error) { return nil, nilNet.Step(grad(net()), 0.1) }),
		E("Net.Step η = NaN", func() ([]any, error) { return nil, net().Step(grad(net()), nan) }),
		E("Net.Step η = −1", func() ([]any, error) { return nil, net().Step(grad(net()), -1) }),
		E("Net.Step another network's gradient", func() ([]any, error) {
			other, _ := NewNet(Shape{1, 6, 6}, []int{3}, 3, neuron.ReLU, 3, 1)
			return nil, net().Step(grad(other), 0.1)
		}),
		E("Net.Step η = 1e308, then Forward", func() ([]any, error) {
			n := net()
			if err := n.Step(grad(n), 1e308); err != nil {
				return nil, err
			}
			tr, err := n.Forward(X36)
			return res(tr), err
		}),
		E("Epoch nil X", func() ([]any, error) { c, err := net().Epoch(nil, Y, 1, 0.1, 1, nil); return res(c), err }),
		E("Epoch typed-nil X", func() ([]any, error) { c, err := net().Epoch(nilDense, Y, 1, 0.1, 1, nil); return res(c), err }),
		E("Epoch typed-nil Y", func() ([]any, error) { c, err := net().Epoch(X36, nilDense, 1, 0.1, 1, nil); return res(c), err }),
		E("Epoch 2 inputs, 3 targets", func() ([]any, error) {
			c, err := net().Epoch(X36, mat.NewDense(3, 3, nil), 1, 0.1, 1, nil)
			return res(c), err
		}),
		E("Epoch batch 0", func() ([]any, error) { c, err := net().Epoch(X36, Y, 0, 0.1, 1, nil); return res(c), err }),
		E("Epoch η = 0", func() ([]any, error) { c, err := net().Epoch(X36, Y, 1, 0, 1, nil); return res(c), err }),
		E("Epoch η = +Inf", func() ([]any, error) { c, err := net().Epoch(X36, Y, 1, inf, 1, nil); return res(c), err }),
		E("Epoch NaN in X", func() ([]any, error) { c, err := net().Epoch(withNaN(X36, nan), Y, 1, 0.1, 1, nil); return res(c), err }),
		E("Epoch targets not one-hot rows of 3", func() ([]any, error) {
			c, err := net().Epoch(X36, mat.NewDense(2, 4, nil), 1, 0.1, 1, nil)
			return res(c), err
		}),
		E("Epoch diverging (η = 1e300)", func() ([]any, error) { c, err := net().Epoch(X36, Y, 1, 1e300, 1, nil); return res(c), err }),
		OK("Epoch batch larger than the set", func() ([]any, error) { c, err := net().Epoch(X36, Y, 100, 0.1, 1, nil); return res(c), err }),
		E("Accuracy nil X", func() ([]any, error) { a, err := net().Accuracy(nil, []int{0, 1}); return res(a), err }),
		E("Accuracy typed-nil X", func() ([]any, error) { a, err := net().Accuracy(nilDense, []int{0, 1}); return res(a), err }),
		E("Accuracy ragged labels", func() ([]any, error) { a, err := net().Accuracy(X36, []int{0}); return res(a), err }),
		E("Accuracy label 3 of 3 classes", func() ([]any, error) { a, err := net().Accuracy(X36, []int{0, 3}); return res(a), err }),
		E("Accuracy negative label", func() ([]any, error) { a, err := net().Accuracy(X36, []int{-1, 0}); return res(a), err }),
		E("Accuracy nil net", func() ([]any, error) { a, err := nilNet.Accuracy(X36, []int{0, 1}); return res(a), err }),

		// Architectures.
		E("Count no input", func() ([]any, error) { c, err := Count(Spec{Name: "x"}); return res(c), err }),
		E("Count unknown kind", func() ([]any, error) {
			c, err := Count(Spec{Name: "x", In: in, Layers: []LayerSpec{{Kind: "deconv", Out: 2, K: 3}}})
			return res(c), err
		}),
		E("Count filter larger than the input", func() ([]any, error) {
			c, err := Count(Spec{Name: "x", In: in, Layers: []LayerSpec{{Kind: "conv", Out: 2, K: 9}}})
			return res(c), err
		}),
		E("Count overflowing weights", func() ([]any, error) {
			c, err := Count(Spec{Name: "x", In: Shape{1 << 30, 8, 8}, Layers: []LayerSpec{{Kind: "conv", Out: 1 << 30, K: 3}}})
			return res(c), err
		}),
		E("Count dense of 0 units", func() ([]any, error) {
			c, err := Count(Spec{Name: "x", In: in, Layers: []LayerSpec{{Kind: "dense", Out: 0}}})
			return res(c), err
		}),
		OK("Count LeNet-5", func() ([]any, error) { c, err := Count(LeNet5()); return res(c), err }),

		// The MNIST run.
		E("MNISTIn no stages", func() ([]any, error) { r := run; r.Filters = nil; m, err := MNISTIn("", r, nil); return res(m), err }),
		E("MNISTIn 0 epochs", func() ([]any, error) { r := run; r.Epochs = 0; m, err := MNISTIn("", r, nil); return res(m), err }),
		E("MNISTIn η = NaN", func() ([]any, error) { r := run; r.Eta = nan; m, err := MNISTIn("", r, nil); return res(m), err }),
		E("MNISTIn batch 10⁹", func() ([]any, error) { r := run; r.Batch = 1e9; m, err := MNISTIn("", r, nil); return res(m), err }),
		E("MNISTIn 10⁶ filters", func() ([]any, error) {
			r := run
			r.Filters = []int{1e6}
			m, err := MNISTIn("", r, nil)
			return res(m), err
		}),
		E("MNISTIn k = 0", func() ([]any, error) { r := run; r.K = 0; m, err := MNISTIn("", r, nil); return res(m), err }),
		E("MNISTIn k = 29", func() ([]any, error) { r := run; r.K = 29; m, err := MNISTIn("", r, nil); return res(m), err }),
	}
	// The second probe of issue 14: Step with broken gradients, and the
	// network left as it was whenever Step refuses.
	unchanged := func(name string, spoil func(g *Gradient), eta float64) badinput.Case {
		return E(name, func() ([]any, error) {
			n := net()
			g := grad(n)
			spoil(g)
			before := n.params()
			err := n.Step(g, eta)
			if err != nil {
				for i, p := range n.params() {
					for j := range p {
						if p[j] != before[i][j] && !(p[j] != p[j] && before[i][j] != before[i][j]) {
							t.Errorf("%s: Step refused but changed parameter %d[%d]: %v → %v", name, i, j, before[i][j], p[j])
							return nil, err
						}
					}
				}
			}
			return res(n.params()), err
		})
	}
	cases = append(cases,
		unchanged("Net.Step NaN in a stage's ∂C/∂W", func(g *Gradient) { g.Stages[0].W.Set(0, 0, nan) }, 0.1),
		unchanged("Net.Step +Inf in a stage's ∂C/∂b", func(g *Gradient) { g.Stages[0].B[0] = inf }, 0.1),
		unchanged("Net.Step NaN in the head's ∂C/∂W", func(g *Gradient) { g.Head.GradW[1].Set(0, 0, nan) }, 0.1),
		unchanged("Net.Step −Inf in the head's ∂C/∂b", func(g *Gradient) { g.Head.GradB[len(g.Head.GradB)-1].SetVec(0, math.Inf(-1)) }, 0.1),
		unchanged("Net.Step gradient 1e308, η = 10 (overflows)", func(g *Gradient) { g.Stages[0].W.Set(0, 0, 1e308) }, 10),
		unchanged("Net.Step a nil stage gradient", func(g *Gradient) { g.Stages[0] = nil }, 0.1),
		unchanged("Net.Step a typed-nil stage ∂C/∂W", func(g *Gradient) { g.Stages[0].W = nilDense }, 0.1),
		unchanged("Net.Step an empty stage ∂C/∂W", func(g *Gradient) { g.Stages[0].W = &mat.Dense{} }, 0.1),
		unchanged("Net.Step a stage ∂C/∂b too short", func(g *Gradient) { g.Stages[0].B = g.Stages[0].B[:1] }, 0.1),
		unchanged("Net.Step a stage ∂C/∂W transposed", func(g *Gradient) { g.Stages[0].W = mat.DenseCopyOf(g.Stages[0].W.T()) }, 0.1),
		unchanged("Net.Step a nil head", func(g *Gradient) { g.Head = nil }, 0.1),
		unchanged("Net.Step the head's gradients cut short", func(g *Gradient) { g.Head.GradW = g.Head.GradW[:1] }, 0.1),
		unchanged("Net.Step a nil head ∂C/∂W", func(g *Gradient) { g.Head.GradW[1] = nil }, 0.1),
		unchanged("Net.Step a typed-nil head ∂C/∂b", func(g *Gradient) { g.Head.GradB[1] = (*mat.VecDense)(nil) }, 0.1),
		unchanged("Net.Step a head ∂C/∂W of another shape", func(g *Gradient) { g.Head.GradW[1] = mat.NewDense(1, 1, nil) }, 0.1),
		unchanged("Net.Step an extra stage", func(g *Gradient) { g.Stages = append(g.Stages, g.Stages[0]) }, 0.1),
		unchanged("Net.Step no stages", func(g *Gradient) { g.Stages = nil }, 0.1),
		unchanged("Net.Step η = +Inf", func(g *Gradient) {}, inf),
		unchanged("Net.Step η = 0", func(g *Gradient) {}, 0),
		unchanged("Net.Step η = −0", func(g *Gradient) {}, math.Copysign(0, -1)),
		OK("Net.Step η = 5e-324 (a step of nothing)", func() ([]any, error) { n := net(); err := n.Step(grad(n), 5e-324); return res(n.params()), err }),
		E("Net.Step a network with a NaN filter", func() ([]any, error) {
			n := net()
			g := grad(n)
			n.Stages[0].Conv.W.Set(0, 0, nan)
			return nil, n.Step(g, 0.1)
		}),
		E("Net.Step a network whose head lost a layer", func() ([]any, error) {
			n := net()
			g := grad(n)
			n.Head.Layers = n.Head.Layers[:len(n.Head.Layers)-1]
			return nil, n.Step(g, 0.1)
		}),
		E("Net.Step zero Net", func() ([]any, error) { return nil, (&Net{}).Step(&Gradient{}, 0.1) }),
	)
	badinput.Run(t, cases)
}
