package step_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
)

func ExampleForward() {
	// A 2-2-1 network: W¹ = [1 −1; 0.5 2], b¹ = (0, −1), ReLU; W² = [1 −2], b² = 0.5.
	net, _ := mlp.NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	w, err := step.Forward(net, []float64{2, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(w.StepText(2))
	fmt.Println()
	fmt.Print(w.Table())
	// Output:
	// Step 2 of 5: Activities of layer 1
	//   a¹ = W¹ h⁰ + b¹ = [1, 2]
	//   with W¹ = [[1, -1], [0.5, 2]]
	//        h⁰ = [2, 1]
	//        b¹ = [0, -1]
	//   Each neuron i of layer 1 adds up its inputs weighted by row i of W¹, plus its bias: aᵢ = Σⱼ wᵢⱼ hⱼ + bᵢ.
	//   (touches layer 1, all neurons, through 4 connections)
	//
	// Forward pass of a 2-2-1 network
	//
	// #  step                   equation
	// -  ---------------------  --------------------------------------
	// 1  Input                  h⁰ = x = [2, 1]
	// 2  Activities of layer 1  a¹ = W¹ h⁰ + b¹ = [1, 2]
	// 3  Outputs of layer 1     h¹ = g(a¹) = relu([1, 2]) = [1, 2]
	// 4  Activities of layer 2  a² = W² h¹ + b² = [-2.5]
	// 5  Outputs of layer 2     h² = g(a²) = identity([-2.5]) = [-2.5]
}

func ExampleWalk_HTML() {
	net, _ := mlp.New([]int{2, 3, 2}, neuron.Sigmoid, neuron.Sigmoid)
	net.Initialize(mlp.Xavier, 0, 1)
	w, _ := step.Forward(net, []float64{0.5, -1})
	html := w.HTMLWithID("fwd") // w.HTML() picks a fresh id
	// In a GoNB cell: gonbui.DisplayHTML(html)
	fmt.Println(len(w.Steps), "steps;", len(html) > 0)
	// Output: 5 steps; true
}

func ExampleBackprop() {
	// The network of ExampleForward, target y = 0, squared error.
	net, _ := mlp.NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	w, err := step.Backprop(net, []float64{2, 1}, []float64{0}, mlp.SquaredError)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range w.Steps {
		fmt.Println(s.Equation)
	}
	// Output:
	// C = ‖o − y‖² = Σⱼ (oⱼ − yⱼ)² = 6.25
	// ∂C/∂o = 2(o − y) = [-5]
	// δ² = ∂C/∂o ⊙ g′(a²) = [-5]
	// ∂C/∂W² = δ² (h¹)ᵀ = [[-5, -10]]
	// δ¹ = (W²)ᵀ δ² ⊙ g′(a¹) = [-5, 10]
	// ∂C/∂W¹ = δ¹ (h⁰)ᵀ = [[-10, -5], [20, 10]]
}

func ExampleChainRule() {
	gr, _ := backprop.ChainRule(neuron.Identity, neuron.Identity, neuron.Identity, 1, 2)
	w, _ := step.ChainRule(gr)
	fmt.Print(w.StepText(15))
	// Output:
	// Step 15 of 17: Backward: ∂z/∂x
	//   ∂z/∂x = ∂z/∂u · ∂u/∂x + ∂z/∂v · ∂v/∂x = 2 · 1 + 12 · 5 = 62
	//   with ∂u/∂x = 1
	//        ∂v/∂x = 5
	//   x is used by 2 nodes: the gradients coming back along each path add up.
	//   (touches inputs, x, through 2 connections)
}
