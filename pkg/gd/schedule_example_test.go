package gd_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func ExampleInverseTime() {
	// η_t = η₀/(1 + t/τ): η₀ = 0.4 at first, halved at t = τ = 10, a third at t = 20.
	s := gd.InverseTime{Eta0: 0.4, Tau: 10}
	for _, t := range []int{0, 5, 10, 20, 90} {
		fmt.Printf("η_%d = %.3f\n", t, s.Eta(t))
	}
	// Output:
	// η_0 = 0.400
	// η_5 = 0.267
	// η_10 = 0.200
	// η_20 = 0.133
	// η_90 = 0.040
}

func ExampleStepDecay() {
	// η_t = η₀·γ^⌊t/k⌋: halved every 4 steps.
	etas, err := gd.Rates(gd.StepDecay{Eta0: 0.8, Factor: 0.5, Every: 4}, 10)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(etas)
	// Output: [0.8 0.8 0.8 0.8 0.4 0.4 0.4 0.4 0.2 0.2]
}

func ExampleConfig_schedule() {
	// One linear neuron o = w·x + b, w = 1, b = 0, on the example x = 1,
	// y = 0: C = (w + b)². Both weights move by −η_t·2o, so o ← (1 − 4η_t) o.
	net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 1, []float64{1})}, [][]float64{{0}}, []neuron.Activation{neuron.Identity})
	X, Y := mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0})
	h, err := gd.Train(net, X, Y, gd.Config{
		Method:   gd.Batch,
		Schedule: gd.InverseTime{Eta0: 0.1, Tau: 1}, // η_t = 0.1, 0.05, 0.033…
		Epochs:   3,
	})
	if err != nil {
		fmt.Println(err)
	}
	for _, r := range h.Epochs {
		fmt.Printf("epoch %d: C = %.6f\n", r.Epoch, r.Total)
	}
	// Output:
	// epoch 0: C = 1.000000
	// epoch 1: C = 0.360000
	// epoch 2: C = 0.230400
	// epoch 3: C = 0.173056
}
