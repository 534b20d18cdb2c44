package step

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// DemoPasses are the walks Demo knows.
var DemoPasses = []string{"forward", "backward", "chain", "gd"}

// DemoEta is the learning rate η of the demo's gradient-descent steps.
const DemoEta = 2.0

// DemoNetwork returns the small network of the lessons' step-throughs and
// of "stepnet step": 2-3-2, sigmoid on both layers, Xavier weights drawn
// from seed, and its example x = [0.5, -1] with target y = [1, 0].
func DemoNetwork(seed uint64) (net *mlp.Network, x, y []float64, err error) {
	net, err = mlp.New([]int{2, 3, 2}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
		return nil, nil, nil, err
	}
	return net, []float64{0.5, -1}, []float64{1, 0}, nil
}

// Demo returns the walk of a pass of the DemoNetwork drawn from seed: the
// same walk in a notebook, in the terminal and in the tests. The passes
// (DemoPasses) are "forward", "backward" (squared error), "chain" (the
// chain-rule example of lesson 07, which has no seed) and "gd" (three steps
// of gradient descent on the example, with η = DemoEta).
func Demo(pass string, seed uint64) (*Walk, error) {
	net, x, y, err := DemoNetwork(seed)
	if err != nil {
		return nil, err
	}
	switch pass {
	case "forward":
		return Forward(net, x)
	case "backward":
		return Backprop(net, x, y, mlp.SquaredError)
	case "chain":
		// Lesson 07's example: f = tanh, g = sigmoid, h = identity at (0.2, 0.1).
		gr, err := backprop.ChainRule(neuron.Tanh, neuron.Sigmoid, neuron.Identity, 0.2, 0.1)
		if err != nil {
			return nil, err
		}
		return ChainRule(gr)
	case "gd":
		X := mat.NewDense(1, len(x), x)
		Y := mat.NewDense(1, len(y), y)
		return Descent(net, X, Y, mlp.SquaredError, DemoEta, 0, 3)
	}
	return nil, fmt.Errorf("step: unknown pass %q: want one of %s", pass, strings.Join(DemoPasses, ", "))
}
