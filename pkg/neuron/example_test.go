package neuron_test

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/neuron"
)

func ExampleNeuron_Output() {
	n := neuron.Neuron{W: []float64{0.5, -1}, W0: 0.25, G: neuron.Sigmoid}
	x := []float64{2, 1}
	a, _ := n.Activity(x) // a = 0.5·2 − 1·1 + 0.25 = 0.25
	o, _ := n.Output(x)   // o = sigmoid(0.25)
	fmt.Printf("a = %.2f, o = g(a) = %.4f\n", a, o)
	// Output: a = 0.25, o = g(a) = 0.5622
}

func ExampleActivation() {
	for _, g := range []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian, neuron.ReLU} {
		fmt.Printf("%-8s g(1) = %.4f  g′(1) = %.4f\n", g.Name, g.G(1), g.Deriv(1))
	}
	// Output:
	// sigmoid  g(1) = 0.7311  g′(1) = 0.1966
	// tanh     g(1) = 0.7616  g′(1) = 0.4200
	// gaussian g(1) = 0.3679  g′(1) = -0.7358
	// relu     g(1) = 1.0000  g′(1) = 1.0000
}

func ExampleNeuron_Boundary() {
	n := neuron.Neuron{W: []float64{1, 2}, W0: -2}
	line, _ := n.Boundary()
	slope, intercept, _ := line.SlopeIntercept()
	fmt.Printf("x₂ = %.1f·x₁ + %.1f\n", slope, intercept)
	// Output: x₂ = -0.5·x₁ + 1.0
}
