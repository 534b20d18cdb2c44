package backprop

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	good := func() *mlp.Network {
		return mustNet(t, []*mat.Dense{mat.NewDense(2, 2, []float64{0.1, -0.2, 0.3, 0.4}), mat.NewDense(1, 2, []float64{0.5, -0.6})},
			[][]float64{{0, 0}, {0}}, []neuron.Activation{neuron.Tanh, neuron.Sigmoid})
	}
	var nilNet *mlp.Network
	var nilDense *mat.Dense
	X := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	Y := mat.NewDense(3, 1, []float64{0, 1, 0})
	fwd := func() *mlp.Trace { tr, _ := good().Forward([]float64{1, 2}); return tr }
	bfwd := func() *mlp.BatchTrace { tr, _ := good().ForwardBatch(X); return tr }
	cases := []badinput.Case{
		E("Gradient nil net", func() ([]any, error) {
			g, err := Gradient(nilNet, []float64{1, 2}, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient NaN x", func() ([]any, error) {
			g, err := Gradient(good(), []float64{nan, 2}, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient NaN y", func() ([]any, error) {
			g, err := Gradient(good(), []float64{1, 2}, []float64{nan}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient Inf y", func() ([]any, error) {
			g, err := Gradient(good(), []float64{1, 2}, []float64{inf}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient ragged y", func() ([]any, error) {
			g, err := Gradient(good(), []float64{1, 2}, []float64{1, 2}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient nil y", func() ([]any, error) {
			g, err := Gradient(good(), []float64{1, 2}, nil, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient unknown loss", func() ([]any, error) {
			g, err := Gradient(good(), []float64{1, 2}, []float64{1}, mlp.Loss(3))
			return v(g), err
		}),
		E("Gradient NaN weight", func() ([]any, error) {
			n := good()
			n.Layers[1].W.Set(0, 0, nan)
			g, err := Gradient(n, []float64{1, 2}, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Gradient huge weights overflow", func() ([]any, error) {
			n := mustNet(t, []*mat.Dense{mat.NewDense(1, 1, []float64{1e300})}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
			g, err := Gradient(n, []float64{1e10}, []float64{0}, mlp.SquaredError)
			return v(g), err
		}),
		E("Backward nil trace", func() ([]any, error) {
			g, err := Backward(good(), nil, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Backward empty trace", func() ([]any, error) {
			g, err := Backward(good(), &mlp.Trace{}, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Backward other net's trace", func() ([]any, error) {
			n, _ := mlp.New([]int{2, 3, 1}, neuron.Tanh, neuron.Sigmoid)
			tr, _ := n.Forward([]float64{1, 2})
			g, err := Backward(good(), tr, []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("Backward nil net", func() ([]any, error) {
			g, err := Backward(nilNet, fwd(), []float64{1}, mlp.SquaredError)
			return v(g), err
		}),
		E("NewBatchTrace nil", func() ([]any, error) { b, err := NewBatchTrace(nilNet, 3); return v(b), err }),
		E("NewBatchTrace n = 0", func() ([]any, error) { b, err := NewBatchTrace(good(), 0); return v(b), err }),
		E("NewBatchTrace n = 1e12 (issue 14)", func() ([]any, error) { b, err := NewBatchTrace(good(), 1e12); return v(b), err }),
		E("NewBatchTrace n = 2⁶²", func() ([]any, error) { b, err := NewBatchTrace(good(), 1<<62); return v(b), err }),
		E("BackwardBatch nil trace", func() ([]any, error) { b, err := BackwardBatch(good(), nil, Y, mlp.SquaredError); return v(b), err }),
		E("BackwardBatch empty trace", func() ([]any, error) {
			b, err := BackwardBatch(good(), &mlp.BatchTrace{}, Y, mlp.SquaredError)
			return v(b), err
		}),
		E("BackwardBatch nil Y", func() ([]any, error) {
			b, err := BackwardBatch(good(), bfwd(), nil, mlp.SquaredError)
			return v(b), err
		}),
		E("BackwardBatch empty Y", func() ([]any, error) {
			b, err := BackwardBatch(good(), bfwd(), &mat.Dense{}, mlp.SquaredError)
			return v(b), err
		}),
		E("BackwardBatch Y rows", func() ([]any, error) {
			b, err := BackwardBatch(good(), bfwd(), mat.NewDense(2, 1, nil), mlp.SquaredError)
			return v(b), err
		}),
		E("BackwardBatch NaN Y", func() ([]any, error) {
			b, err := BackwardBatch(good(), bfwd(), mat.NewDense(3, 1, []float64{0, nan, 1}), mlp.SquaredError)
			return v(b), err
		}),
		E("BackwardBatchInto nil dst", func() ([]any, error) { return nil, BackwardBatchInto(nil, good(), bfwd(), Y, mlp.SquaredError) }),
		E("BackwardBatchInto small dst", func() ([]any, error) {
			dst, _ := NewBatchTrace(good(), 1)
			return v(dst), BackwardBatchInto(dst, good(), bfwd(), Y, mlp.SquaredError)
		}),
		E("BackwardBatchInto empty dst", func() ([]any, error) {
			return nil, BackwardBatchInto(&BatchTrace{}, good(), bfwd(), Y, mlp.SquaredError)
		}),
		E("MeanGradient nil", func() ([]any, error) {
			a, b, c, err := MeanGradient(good(), nil, nil, mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("MeanGradient typed-nil X", func() ([]any, error) {
			a, b, c, err := MeanGradient(good(), nilDense, Y, mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("MeanGradient empty X", func() ([]any, error) {
			a, b, c, err := MeanGradient(good(), &mat.Dense{}, Y, mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("MeanGradient NaN X", func() ([]any, error) {
			a, b, c, err := MeanGradient(good(), mat.NewDense(1, 2, []float64{nan, 0}), mat.NewDense(1, 1, nil), mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("MeanGradient nil net", func() ([]any, error) {
			a, b, c, err := MeanGradient(nilNet, X, Y, mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("MeanGradient softmax on 1 output", func() ([]any, error) {
			a, b, c, err := MeanGradient(good(), X, Y, mlp.SoftmaxCrossEntropy)
			return v(a, b, c), err
		}),
		E("Check ε = 0", func() ([]any, error) { r, err := Check(good(), X, Y, mlp.SquaredError, 0); return v(r), err }),
		E("Check ε = NaN", func() ([]any, error) { r, err := Check(good(), X, Y, mlp.SquaredError, nan); return v(r), err }),
		E("Check ε = Inf", func() ([]any, error) { r, err := CheckCentral(good(), X, Y, mlp.SquaredError, inf); return v(r), err }),
		E("Check ε = 1e300 overflows", func() ([]any, error) {
			n := mustNet(t, []*mat.Dense{mat.NewDense(1, 2, []float64{1, 1})}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
			r, err := CheckCentral(n, X, Y, mlp.SquaredError, 1e300)
			return v(r), err
		}),
		E("Check nil net", func() ([]any, error) { r, err := Check(nilNet, X, Y, mlp.SquaredError, 1e-3); return v(r), err }),
		E("Check typed-nil X", func() ([]any, error) { r, err := Check(good(), nilDense, Y, mlp.SquaredError, 1e-3); return v(r), err }),
		E("Check NaN weight", func() ([]any, error) {
			n := good()
			n.Layers[0].B.SetVec(1, nan)
			r, err := Check(n, X, Y, mlp.SquaredError, 1e-3)
			return v(r), err
		}),
		E("ChainRule zero activation", func() ([]any, error) {
			g, err := ChainRule(neuron.Activation{}, neuron.Tanh, neuron.Tanh, 1, 2)
			return v(g), err
		}),
		E("ChainRule NaN x", func() ([]any, error) {
			g, err := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, nan, 2)
			return v(g), err
		}),
		E("ChainRule Inf y", func() ([]any, error) {
			g, err := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, 1, inf)
			return v(g), err
		}),
		E("ChainRule overflow", func() ([]any, error) {
			g, err := ChainRule(neuron.Identity, neuron.Identity, neuron.Identity, 1e200, 1e200)
			return v(g), err
		}),
		E("ChainRule g that gives NaN", func() ([]any, error) {
			bad := neuron.Activation{Name: "nan", G: func(float64) float64 { return nan }, Deriv: func(float64) float64 { return 1 }}
			g, err := ChainRule(bad, neuron.Tanh, neuron.Tanh, 1, 2)
			return v(g), err
		}),
		E("Graph.Node unknown", func() ([]any, error) {
			g, _ := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, 1, 2)
			n, err := g.Node("w")
			return v(n), err
		}),
		E("Graph.Paths unknown", func() ([]any, error) {
			g, _ := ChainRule(neuron.Tanh, neuron.Tanh, neuron.Tanh, 1, 2)
			p, err := g.Paths("q")
			return v(p), err
		}),
		E("nil Graph Node", func() ([]any, error) { var g *Graph; n, err := g.Node("x"); return v(n), err }),
		E("nil Graph Paths", func() ([]any, error) { var g *Graph; p, err := g.Paths("x"); return v(p), err }),
	}
	badinput.Run(t, cases)
}
