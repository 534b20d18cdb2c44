package step_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

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
