package must_test

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/explore"
	"github.com/stepnet/stepnet/pkg/must"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// A cell computes with the values; the errors stay out of sight.
func Example() {
	n := neuron.Neuron{W: []float64{2, -1}, W0: 0.5, G: neuron.Sigmoid}
	x := []float64{1, 3}
	fmt.Printf("a = %g, g(a) = %.4f\n", must.Float(n.Activity(x)), must.Float(n.Output(x)))
	// Output: a = -0.5, g(a) = 0.3775
}

// A student's mistake stops the cell with one line: the kit's own message.
func ExampleCatch() {
	defer must.Catch() // the GoNB notebooks start each cell with this line
	n := neuron.Neuron{W: []float64{1, 2}, G: neuron.Sigmoid}
	must.Float(n.Output([]float64{1, 2, 3})) // three inputs for two weights
	fmt.Println("not reached")
	// Output:
}

// An explorable in one line: show.HTML(must.Explorable(explore.Quadratic()).HTML()) in a cell.
func ExampleExplorable() {
	x := must.Explorable(explore.Quadratic())
	p := x.Params[0]
	fmt.Printf("%s: %d frames, %s from %s to %s\n", x.Title, len(x.Frames), p.Name, p.Labels[0], p.Labels[len(p.Labels)-1])
	// Output: Gradient descent on C(w) = ½ w²: η from 0.1 ηₒₚₜ to 2.2 ηₒₚₜ: 22 frames, η from 0.1 to 2.2
}
