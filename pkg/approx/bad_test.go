package approx

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
	OK := badinput.OK
	sq := func(x float64) float64 { return x * x }
	nanf := func(x float64) float64 { return nan }
	inff := func(x float64) float64 { return 1 / (x - x) }
	var nilNet *Net
	var nilDense *mat.Dense
	good, _ := New1D([]float64{1, 2}, []float64{0, 1}, []float64{1, 1}, 0, neuron.Sigmoid)
	cases := []badinput.Case{
		E("Fit1D nil f", func() ([]any, error) { f, err := Fit1D(nil, 4, Options{}); return v(f), err }),
		E("Fit1D N = 0", func() ([]any, error) { f, err := Fit1D(sq, 0, Options{}); return v(f), err }),
		E("Fit1D N = 1e9 (issue 14)", func() ([]any, error) { f, err := Fit1D(sq, 1e9, Options{}); return v(f), err }),
		E("Fit1D Points = 1e12", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Points: 1e12}); return v(f), err }),
		E("Fit1D Points 1e5 × N 4096", func() ([]any, error) { f, err := Fit1D(sq, 4096, Options{Points: 100000}); return v(f), err }),
		E("Fit1D Points = 1", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Points: 1}); return v(f), err }),
		E("Fit1D Steps = 1e12", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Steps: 1e12}); return v(f), err }),
		E("Fit1D NaN target", func() ([]any, error) { f, err := Fit1D(nanf, 4, Options{}); return v(f), err }),
		E("Fit1D Inf target", func() ([]any, error) { f, err := Fit1D(inff, 4, Options{}); return v(f), err }),
		E("Fit1D NaN slope", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Slope: nan}); return v(f), err }),
		E("Fit1D −1 λ", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Lambda: -1}); return v(f), err }),
		E("Fit1D Inf η", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Eta: inf, Steps: 3}); return v(f), err }),
		E("Fit1D half-made φ", func() ([]any, error) {
			f, err := Fit1D(sq, 4, Options{Phi: neuron.Activation{Name: "x"}})
			return v(f), err
		}),
		OK("Fit1D slope 1e300", func() ([]any, error) { f, err := Fit1D(sq, 4, Options{Slope: 1e300}); return v(f), err }),
		E("Fit2D nil f", func() ([]any, error) { f, err := Fit2D(nil, 4, Options{}); return v(f), err }),
		E("Fit2D Points 1e6 per axis", func() ([]any, error) {
			f, err := Fit2D(func(a, b float64) float64 { return a }, 4, Options{Points: 1e6})
			return v(f), err
		}),
		E("Fit2D N = 1e9", func() ([]any, error) {
			f, err := Fit2D(func(a, b float64) float64 { return a }, 1e9, Options{})
			return v(f), err
		}),
		E("Fit2D NaN target", func() ([]any, error) {
			f, err := Fit2D(func(a, b float64) float64 { return nan }, 4, Options{})
			return v(f), err
		}),
		E("FitSeries empty", func() ([]any, error) { f, err := FitSeries(sq, nil, Options{}); return v(f), err }),
		E("FitSeries N = −1", func() ([]any, error) { f, err := FitSeries(sq, []int{1, -1}, Options{}); return v(f), err }),
		E("FitSeries2D empty", func() ([]any, error) {
			f, err := FitSeries2D(func(a, b float64) float64 { return a }, nil, Options{})
			return v(f), err
		}),
		E("Grid 1", func() ([]any, error) { g, err := Grid(1); return v(g), err }),
		E("Grid 1e12 (issue 14)", func() ([]any, error) { g, err := Grid(1e12); return v(g), err }),
		E("Grid −5", func() ([]any, error) { g, err := Grid(-5); return v(g), err }),
		E("Step NaN", func() ([]any, error) { s, err := Step(nan, 1); return v(s), err }),
		E("Step k = 0", func() ([]any, error) { s, err := Step(0.5, 0); return v(s), err }),
		E("Step k = Inf", func() ([]any, error) { s, err := Step(0.5, inf); return v(s), err }),
		E("Step k·a overflows", func() ([]any, error) { s, err := Step(1e300, 1e300); return v(s), err }),
		E("Bump a > b", func() ([]any, error) { s, err := Bump(1, 0, 1); return v(s), err }),
		E("Bump NaN k", func() ([]any, error) { s, err := Bump(0, 1, nan); return v(s), err }),
		E("Bumps nil f", func() ([]any, error) { s, err := Bumps(nil, 4, 20); return v(s), err }),
		E("Bumps M = 0", func() ([]any, error) { s, err := Bumps(sq, 0, 20); return v(s), err }),
		E("Bumps M = 1e12", func() ([]any, error) { s, err := Bumps(sq, 1e12, 20); return v(s), err }),
		E("Bumps NaN f", func() ([]any, error) { s, err := Bumps(nanf, 4, 20); return v(s), err }),
		E("Constructive ε = 0", func() ([]any, error) { c, err := Constructive(sq, 0, 64); return v(c), err }),
		E("Constructive ε NaN", func() ([]any, error) { c, err := Constructive(sq, nan, 64); return v(c), err }),
		E("Constructive budget 1e12", func() ([]any, error) { c, err := Constructive(sq, 1e-3, 1e12); return v(c), err }),
		E("Constructive budget 1", func() ([]any, error) { c, err := Constructive(sq, 1e-3, 1); return v(c), err }),
		E("Constructive unreachable ε", func() ([]any, error) { c, err := Constructive(sq, 1e-15, 64); return v(c), err }),
		E("Constructive NaN f", func() ([]any, error) { c, err := Constructive(nanf, 0.1, 64); return v(c), err }),
		E("New nil W", func() ([]any, error) { n, err := New(nil, nil, nil, 0, neuron.Tanh); return v(n), err }),
		E("New typed-nil W", func() ([]any, error) { n, err := New(nilDense, nil, nil, 0, neuron.Tanh); return v(n), err }),
		E("New empty W", func() ([]any, error) { n, err := New(&mat.Dense{}, nil, nil, 0, neuron.Tanh); return v(n), err }),
		E("New ragged b", func() ([]any, error) {
			n, err := New(mat.NewDense(2, 1, nil), []float64{1}, []float64{1, 1}, 0, neuron.Tanh)
			return v(n), err
		}),
		E("New NaN c", func() ([]any, error) {
			n, err := New(mat.NewDense(1, 1, nil), []float64{1}, []float64{1}, nan, neuron.Tanh)
			return v(n), err
		}),
		E("New NaN W", func() ([]any, error) {
			n, err := New(mat.NewDense(1, 1, []float64{nan}), []float64{1}, []float64{1}, 0, neuron.Tanh)
			return v(n), err
		}),
		E("New zero φ", func() ([]any, error) {
			n, err := New(mat.NewDense(1, 1, nil), []float64{1}, []float64{1}, 0, neuron.Activation{})
			return v(n), err
		}),
		E("New 5000 units", func() ([]any, error) {
			n, err := New(mat.NewDense(5000, 1, nil), make([]float64, 5000), make([]float64, 5000), 0, neuron.Tanh)
			return v(n), err
		}),
		E("New1D empty", func() ([]any, error) { n, err := New1D(nil, nil, nil, 0, neuron.Tanh); return v(n), err }),
		E("nil Net Eval", func() ([]any, error) { y, err := nilNet.Eval1(0.5); return v(y), err }),
		OK("nil Net Units, Inputs", func() ([]any, error) { return v(nilNet.Units(), nilNet.Inputs()), nil }),
		E("Eval NaN x", func() ([]any, error) { y, err := good.Eval1(nan); return v(y), err }),
		E("Eval ragged x", func() ([]any, error) { y, err := good.Eval([]float64{1, 2}); return v(y), err }),
		E("Eval overflow", func() ([]any, error) {
			n, _ := New1D([]float64{1}, []float64{0}, []float64{1e308}, 1e308, neuron.Identity)
			y, err := n.Eval1(10)
			return v(y), err
		}),
		E("Eval2 on 1-D", func() ([]any, error) { y, err := good.Eval2(1, 2); return v(y), err }),
		E("Sample1 NaN", func() ([]any, error) { y, err := good.Sample1([]float64{0, nan}); return v(y), err }),
		E("Sample1 nil Net", func() ([]any, error) { y, err := nilNet.Sample1([]float64{0}); return v(y), err }),
		E("Part out of range", func() ([]any, error) { p, err := good.Part(1, 5); return v(p), err }),
		E("Part nil", func() ([]any, error) { p, err := nilNet.Part(0, 1); return v(p), err }),
		E("Network nil", func() ([]any, error) { n, err := nilNet.Network(); return v(n), err }),
		E("FromNetwork nil", func() ([]any, error) { n, err := FromNetwork(nil); return v(n), err }),
		E("FromNetwork 3 layers", func() ([]any, error) {
			net, _ := mlp.New([]int{1, 2, 2, 1}, neuron.Tanh, neuron.Identity)
			n, err := FromNetwork(net)
			return v(n), err
		}),
		E("FromNetwork sigmoid output", func() ([]any, error) {
			net, _ := mlp.New([]int{1, 2, 1}, neuron.Tanh, neuron.Sigmoid)
			n, err := FromNetwork(net)
			return v(n), err
		}),
		E("Measure1D nil F", func() ([]any, error) { m, err := Measure1D(nil, sq); return v(m), err }),
		E("Measure1D nil f", func() ([]any, error) { m, err := Measure1D(good, nil); return v(m), err }),
		E("Measure1D NaN f", func() ([]any, error) { m, err := Measure1D(good, nanf); return v(m), err }),
		E("Measure2D 1-D F", func() ([]any, error) {
			m, err := Measure2D(good, func(a, b float64) float64 { return a })
			return v(m), err
		}),
	}
	badinput.Run(t, cases)
}
