package gd

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The default gradient (backpropagation) agrees with central differences,
// and so do the runs of Train with either.
func TestBackpropGradientAgreesWithFiniteDifferences(t *testing.T) {
	rng := mlp.NewRand(5)
	X := mat.NewDense(7, 3, nil)
	for i := 0; i < 7; i++ {
		for j := 0; j < 3; j++ {
			X.Set(i, j, rng.NormFloat64())
		}
	}
	labels := []int{0, 1, 2, 1, 0, 2, 2}
	Yc, _ := mlp.OneHot(labels, 3)
	for _, c := range []struct {
		loss   mlp.Loss
		hidden neuron.Activation
	}{{mlp.SquaredError, neuron.Tanh}, {mlp.SoftmaxCrossEntropy, neuron.Sigmoid}} {
		net, _ := mlp.New([]int{3, 4, 3}, c.hidden, neuron.Identity)
		if err := net.Initialize(mlp.Xavier, 0, 2); err != nil {
			t.Fatal(err)
		}
		gW, gB, F, err := BackpropGradient(net, X, Yc, c.loss)
		if err != nil {
			t.Fatal(err)
		}
		nW, nB, nF, _ := numGrad(net, X, Yc, c.loss)
		if !near(F, nF, 1e-12) {
			t.Errorf("%v: F = %v by backprop, %v by the forward pass", c.loss, F, nF)
		}
		for l := 1; l <= 2; l++ {
			if !mat.EqualApprox(gW[l], nW[l], 1e-7) || !mat.EqualApprox(gB[l], nB[l], 1e-7) {
				t.Errorf("%v: layer %d: backprop and finite differences disagree:\n%v\n%v", c.loss, l, mat.Formatted(gW[l]), mat.Formatted(nW[l]))
			}
		}
		cfg := Config{Method: Minibatch, BatchSize: 3, Eta: 0.1, Lambda: 0.01, Epochs: 3, Seed: 4, Loss: c.loss}
		a, b := net.Clone(), net.Clone()
		ha, err := Train(a, X, Yc, cfg)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Gradient = numGrad
		hb, _ := Train(b, X, Yc, cfg)
		if !near(ha.Final().Total, hb.Final().Total, 1e-7) {
			t.Errorf("%v: Train with backprop ends at %v, with finite differences at %v", c.loss, ha.Final().Total, hb.Final().Total)
		}
	}
}
