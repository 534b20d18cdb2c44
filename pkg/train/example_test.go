package train_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

// Train a 2-8-2 network to tell which of two inputs is larger.
func Example() {
	rng := mlp.NewRand(1)
	X, Y := mat.NewDense(200, 2, nil), mat.NewDense(200, 2, nil)
	for i := 0; i < 200; i++ {
		a, b := 2*rng.Float64()-1, 2*rng.Float64()-1
		X.SetRow(i, []float64{a, b})
		if a > b {
			Y.Set(i, 0, 1)
		} else {
			Y.Set(i, 1, 1)
		}
	}
	net, _ := mlp.New([]int{2, 8, 2}, neuron.ReLU, neuron.Identity)
	net.Initialize(mlp.He, 0, 1)
	tr, err := train.New(net, X, Y, train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.5, BatchSize: 10, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := 0; e < 20; e++ {
		if _, err := tr.Epoch(nil); err != nil {
			fmt.Println(err)
			return
		}
	}
	_, acc, _ := tr.Evaluate(X, Y)
	fmt.Printf("after %d steps of %d examples: accuracy ≥ 0.95: %v\n", tr.Steps(), tr.Config().BatchSize, acc >= 0.95)
	// Output:
	// after 400 steps of 10 examples: accuracy ≥ 0.95: true
}

// StepFlops counts the multiply-adds of one step's matrix products.
func ExampleStepGEMMs() {
	for _, g := range train.StepGEMMs([]int{784, 30, 10}, 10) {
		fmt.Printf("%-16s %4d×%-4d inner %4d: %7.0f flops\n", g.What, g.M, g.N, g.K, g.Flops())
	}
	fmt.Printf("per step: %.0f\n", train.StepFlops([]int{784, 30, 10}, 10))
	// Output:
	// A¹ = H⁰ (W¹)ᵀ      10×30   inner  784:  470400 flops
	// A² = H¹ (W²)ᵀ      10×10   inner   30:    6000 flops
	// Δ¹ = Δ² W²         10×30   inner   10:    6000 flops
	// W¹ −= η (Δ¹)ᵀ H⁰   30×784  inner   10:  470400 flops
	// W² −= η (Δ²)ᵀ H¹   10×30   inner   10:    6000 flops
	// per step: 958800
}
