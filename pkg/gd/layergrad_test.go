package gd

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestLayerGradientsByHand: a chain 1-1-1-1 of sigmoids, every w = 1 and
// b = 0, at x = 0 with target y = 1, squared error. Forward: a¹ = 0,
// h¹ = ½, a² = ½, h² = σ(½), a³ = σ(½). Backward, δˡ = g′(aˡ) w δˡ⁺¹ with
// w = 1: δ¹/δ² = σ′(0) = ¼ exactly and δ²/δ³ = σ′(½) = σ(½)(1 − σ(½)). With
// one example ‖∂F/∂bˡ‖ = |δˡ| and ‖∂F/∂Wˡ‖ = |δˡ hˡ⁻¹|: 0 for W¹ (x = 0) and
// ½|δ²| for W².
func TestLayerGradientsByHand(t *testing.T) {
	one := func() *mat.Dense { return mat.NewDense(1, 1, []float64{1}) }
	net, err := mlp.NewFromWeights([]*mat.Dense{one(), one(), one()}, [][]float64{{0}, {0}, {0}},
		[]neuron.Activation{neuron.Sigmoid, neuron.Sigmoid, neuron.Sigmoid})
	if err != nil {
		t.Fatal(err)
	}
	gW, gB, err := LayerGradients(net, mat.NewDense(1, 1, []float64{0}), mat.NewDense(1, 1, []float64{1}), mlp.SquaredError)
	if err != nil {
		t.Fatal(err)
	}
	s := 1 / (1 + math.Exp(-0.5))
	a3 := s
	h3 := 1 / (1 + math.Exp(-a3))
	d3 := 2 * (h3 - 1) * h3 * (1 - h3)
	d2 := s * (1 - s) * d3
	d1 := 0.25 * d2
	want := []float64{0, math.Abs(d1), math.Abs(d2), math.Abs(d3)}
	for l := 1; l <= 3; l++ {
		if math.Abs(gB[l]-want[l]) > 1e-15 {
			t.Errorf("‖∂F/∂b%d‖ = %v, want |δ%d| = %v", l, gB[l], l, want[l])
		}
	}
	if r := gB[1] / gB[2]; math.Abs(r-0.25) > 1e-15 {
		t.Errorf("‖∂F/∂b¹‖/‖∂F/∂b²‖ = %v, want σ′(0) = ¼", r)
	}
	if gW[1] != 0 || math.Abs(gW[2]-0.5*math.Abs(d2)) > 1e-15 {
		t.Errorf("‖∂F/∂W¹‖ = %v (want 0), ‖∂F/∂W²‖ = %v (want %v)", gW[1], gW[2], 0.5*math.Abs(d2))
	}
}

// TestLayerGradientsFiniteDifferences compares the norms with those of the
// central differences (F(w + ε) − F(w − ε))/2ε of every weight and bias, on a
// 3-4-4-2 tanh network with softmax and cross-entropy and 5 examples.
func TestLayerGradientsFiniteDifferences(t *testing.T) {
	net, err := mlp.New([]int{3, 4, 4, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.Initialize(mlp.Normal, 0.8, 3); err != nil {
		t.Fatal(err)
	}
	rng := mlp.NewRand(4)
	X := mat.NewDense(5, 3, nil)
	for i := range X.RawMatrix().Data {
		X.RawMatrix().Data[i] = rng.NormFloat64()
	}
	Y, _ := mlp.OneHot([]int{0, 1, 1, 0, 1}, 2)
	gW, gB, err := LayerGradients(net, X, Y, mlp.SoftmaxCrossEntropy)
	if err != nil {
		t.Fatal(err)
	}
	F := func() float64 {
		c, err := Evaluate(net, X, Y, mlp.SoftmaxCrossEntropy, 0)
		if err != nil {
			t.Fatal(err)
		}
		return c.Data
	}
	const eps = 1e-5
	diff := func(get func() float64, set func(float64)) float64 {
		v := get()
		set(v + eps)
		up := F()
		set(v - eps)
		down := F()
		set(v)
		return (up - down) / (2 * eps)
	}
	for l, layer := range net.Layers {
		sw, sb := 0.0, 0.0
		r, c := layer.W.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				d := diff(func() float64 { return layer.W.At(i, j) }, func(v float64) { layer.W.Set(i, j, v) })
				sw += d * d
			}
			d := diff(func() float64 { return layer.B.AtVec(i) }, func(v float64) { layer.B.SetVec(i, v) })
			sb += d * d
		}
		if e := math.Abs(math.Sqrt(sw)-gW[l+1]) / gW[l+1]; e > 1e-7 {
			t.Errorf("layer %d: ‖∂F/∂W‖ = %v, differences %v", l+1, gW[l+1], math.Sqrt(sw))
		}
		if e := math.Abs(math.Sqrt(sb)-gB[l+1]) / gB[l+1]; e > 1e-7 {
			t.Errorf("layer %d: ‖∂F/∂b‖ = %v, differences %v", l+1, gB[l+1], math.Sqrt(sb))
		}
	}
	// Train records the same numbers before its first step.
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 0.1, Epochs: 2, Loss: mlp.SoftmaxCrossEntropy, LayerGradients: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(h.GradW) != 3 || len(h.GradB) != 3 || h.GradW[0][2] != gW[2] || h.GradB[0][3] != gB[3] {
		t.Errorf("History.GradW = %v, GradB = %v; want 3 epochs starting with %v, %v", h.GradW, h.GradB, gW, gB)
	}
	if _, _, err := LayerGradients(net, X, mat.NewDense(5, 3, nil), mlp.SoftmaxCrossEntropy); err == nil {
		t.Error("targets of the wrong width accepted")
	}
	if _, _, err := LayerGradients(nil, X, Y, mlp.SoftmaxCrossEntropy); err == nil {
		t.Error("a nil network accepted")
	}
}
