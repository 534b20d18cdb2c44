package backprop

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestCheckLeavesNetworkAlone: the gradient check works on a copy; the
// caller's weights are bit for bit the same afterwards.
func TestCheckLeavesNetworkAlone(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	net, X, Y := randomProblem(rng, mlp.SquaredError)
	before := net.Clone()
	res, err := Check(net, X, Y, mlp.SquaredError, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Params != net.NumParams() {
		t.Errorf("compared %d parameters, the network has %d", res.Params, net.NumParams())
	}
	for l, layer := range net.Layers {
		if !mat.Equal(layer.W, before.Layers[l].W) || !mat.Equal(layer.B, before.Layers[l].B) {
			t.Errorf("layer %d changed", l+1)
		}
	}
}

// TestCheckByHand: the linear chain of TestBackwardByHand with one example;
// C̄ = C is a polynomial of degree ≤ 2 in each weight, so central
// differences are exact up to rounding and ∂C/∂w³ = 6 is found again.
func TestCheckByHand(t *testing.T) {
	net := mustNet(t, []*mat.Dense{mat.NewDense(1, 1, []float64{2}), mat.NewDense(1, 1, []float64{-1}), mat.NewDense(1, 1, []float64{0.5})},
		[][]float64{{1}, {0}, {1}}, []neuron.Activation{neuron.Identity, neuron.Identity, neuron.Identity})
	X, Y := mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0.5})
	res, err := Check(net, X, Y, mlp.SquaredError, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if res.MaxRelErr > 1e-10 || res.Params != 6 {
		t.Errorf("%v: want an error below 1e-10 over 6 parameters", res)
	}
	if s := res.String(); !strings.Contains(s, "largest relative error") || !strings.Contains(s, "(6 parameters)") {
		t.Errorf("String() = %q", s)
	}
}

// TestCheckFindsAWrongGradient: the check is only useful if it can fail.
// We compare central differences with a gradient that forgets g′ on the
// hidden layer and expect a large error at layer 1.
func TestCheckFindsAWrongGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	var net *mlp.Network
	var X, Y *mat.Dense
	for {
		net, X, Y = randomProblem(rng, mlp.SquaredError)
		if len(net.Layers) >= 2 && net.Layers[0].G.Name == "tanh" {
			break
		}
	}
	good, err := Check(net, X, Y, mlp.SquaredError, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	// The same network with g′ replaced by 1 on layer 1: forward unchanged,
	// backward wrong. Check on it compares a wrong analytic gradient with
	// the numerical gradient of the true loss.
	bad := net.Clone()
	bad.Layers[0].G = neuron.Activation{Name: "tanh", G: math.Tanh, Deriv: func(float64) float64 { return 1 }}
	res, err := Check(bad, X, Y, mlp.SquaredError, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if good.MaxRelErr > 1e-6 || res.MaxRelErr < 1e-3 || res.Layer != 1 {
		t.Errorf("true g′: %v; wrong g′: %v: want a large error at layer 1", good, res)
	}
}

func TestCheckErrors(t *testing.T) {
	net := mustNet(t, []*mat.Dense{mat.NewDense(2, 2, []float64{1, 2, 3, 4})}, [][]float64{nil}, []neuron.Activation{neuron.Sigmoid})
	X, Y := mat.NewDense(3, 2, nil), mat.NewDense(3, 2, nil)
	for _, eps := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, err := Check(net, X, Y, mlp.SquaredError, eps); err == nil || !strings.Contains(err.Error(), "ε") {
			t.Errorf("ε = %v: got %v", eps, err)
		}
	}
	if _, err := Check(net, X, mat.NewDense(2, 2, nil), mlp.SquaredError, 1e-3); err == nil || !strings.Contains(err.Error(), "3×2") || !strings.Contains(err.Error(), "2×2") {
		t.Errorf("Y of the wrong shape: got %v", err)
	}
	if _, err := Check(net, X, Y, mlp.SoftmaxCrossEntropy, 1e-3); err == nil || !strings.Contains(err.Error(), "g = sigmoid") {
		t.Errorf("softmax on sigmoid: got %v", err)
	}
	if _, err := Check(net, nil, Y, mlp.SquaredError, 1e-3); err == nil {
		t.Error("nil X: no error")
	}
}

// TestCheckOrders: on a smooth network, the plain central difference's error
// falls as ε² (÷100 from ε = 1e-2 to 1e-3) and Richardson's as ε⁴ (÷10⁴ from
// ε = 1e-1 to 1e-2; smaller ε would reach rounding). The ratios are measured
// within a factor 3 of the theory.
func TestCheckOrders(t *testing.T) {
	net := mustNet(t, []*mat.Dense{mat.NewDense(2, 2, []float64{0.8, -0.5, 0.3, 0.9}), mat.NewDense(1, 2, []float64{1.2, -0.7})},
		[][]float64{{0.1, -0.2}, {0.05}}, []neuron.Activation{neuron.Tanh, neuron.Sigmoid})
	X, Y := mat.NewDense(1, 2, []float64{0.7, -1.1}), mat.NewDense(1, 1, []float64{0.9})
	errAt := func(check func(*mlp.Network, *mat.Dense, *mat.Dense, mlp.Loss, float64) (CheckResult, error), eps float64) float64 {
		res, err := check(net, X, Y, mlp.SquaredError, eps)
		if err != nil {
			t.Fatal(err)
		}
		return res.MaxAbsErr
	}
	if r := errAt(CheckCentral, 1e-2) / errAt(CheckCentral, 1e-3); r < 100.0/3 || r > 300 {
		t.Errorf("central difference: error(1e-2)/error(1e-3) = %.3g, want about 100 (ε²)", r)
	}
	if r := errAt(Check, 1e-1) / errAt(Check, 1e-2); r < 1e4/3 || r > 3e4 {
		t.Errorf("Richardson: error(1e-1)/error(1e-2) = %.3g, want about 10⁴ (ε⁴)", r)
	}
}
