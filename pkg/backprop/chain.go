package backprop

import (
	"errors"
	"fmt"
	"math"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// The chain rule on the slide's example
//
//	z = 2 f(x + 3y) + 6 g(5x) h(y)
//
// as a computation graph. Each node is computed from the nodes before it and
// knows its local derivatives, the derivatives of its own formula with
// respect to its inputs:
//
//	x, y                  the inputs
//	u = x + 3y            ∂u/∂x = 1, ∂u/∂y = 3
//	a = f(u)              ∂a/∂u = f′(u)
//	v = 5x                ∂v/∂x = 5
//	b = g(v)              ∂b/∂v = g′(v)
//	c = h(y)              ∂c/∂y = h′(y)
//	z = 2a + 6·b·c        ∂z/∂a = 2, ∂z/∂b = 6c, ∂z/∂c = 6b
//
// The backward pass starts from ∂z/∂z = 1 and walks the nodes in reverse:
// each node passes ∂z/∂node × ∂node/∂input to each of its inputs, and an
// input used twice (x feeds u and v; y feeds u and c) adds what it receives.
// That is the chain rule of the slide,
//
//	∂z/∂x = ∂z/∂a ∂a/∂x + ∂z/∂b ∂b/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y)
//	∂z/∂y = ∂z/∂a ∂a/∂y + ∂z/∂c ∂c/∂y = 6 f′(x + 3y) + 6 g(5x) h′(y),
//
// and, on a network, it is backpropagation: δˡ is ∂C/∂aˡ, passed back the
// same way.
//
// The slide has slips, corrected here: it writes ∂a/∂x = f′(a·x + 3y) where
// f′(x + 3y) is meant (and later g′(a·x), which is not a derivative of a at
// all); it writes ∂y/∂a = 2 and ∂y/∂b = 6h(y) where ∂z/∂a and ∂z/∂b are
// meant (y is an input, z the output).

// GraphNode is one node of the computation graph.
type GraphNode struct {
	Name      string    // "x", "u", "a", …, "z"
	Formula   string    // "x + 3y", "f(u)"; "" for the inputs x and y
	Value     float64   // its value at (x, y)
	Inputs    []int     // the nodes it is computed from (indices into Graph.Nodes)
	Local     []float64 // Local[k] = ∂(this node)/∂(Inputs[k]), at (x, y)
	LocalText []string  // the same as formulas: "∂a/∂u = f′(u)"
	Grad      float64   // ∂z/∂(this node), filled by the backward pass
}

// Graph is the chain-rule example evaluated at one point (x, y), with the
// gradient of z computed by the backward pass.
type Graph struct {
	X, Y       float64
	F, G, H    string      // the names of f, g and h for a reader (Activation.Label)
	Nodes      []GraphNode // in the order they are computed: x, y, u, a, v, b, c, z
	Z          float64     // the value of z
	DzDx, DzDy float64     // ∂z/∂x and ∂z/∂y by the chain rule
}

// ChainRule builds the graph of z = 2 f(x + 3y) + 6 g(5x) h(y) for any f, g
// and h given with their derivatives (any neuron.Activation, or one you
// make), evaluates it at (x, y) and runs the backward pass.
func ChainRule(f, g, h neuron.Activation, x, y float64) (*Graph, error) {
	for _, q := range []struct {
		name string
		fn   neuron.Activation
	}{{"f", f}, {"g", g}, {"h", h}} {
		if err := q.fn.Valid(); err != nil {
			return nil, fmt.Errorf("backprop: chain rule: %s: %w", q.name, err)
		}
	}
	if !finite(x) || !finite(y) {
		return nil, fmt.Errorf("backprop: chain rule: the point (x, y) = (%v, %v) is not finite", x, y)
	}
	gr := &Graph{X: x, Y: y, F: f.Label(), G: g.Label(), H: h.Label()}

	// Forward: each node with its value and its local derivatives.
	const ix, iy, iu, ia, iv, ib, ic = 0, 1, 2, 3, 4, 5, 6
	u, v := x+3*y, 5*x
	a, b, c := f.G(u), g.G(v), h.G(y)
	gr.Nodes = []GraphNode{
		{Name: "x", Value: x},
		{Name: "y", Value: y},
		{Name: "u", Formula: "x + 3y", Value: u, Inputs: []int{ix, iy}, Local: []float64{1, 3}, LocalText: []string{"∂u/∂x = 1", "∂u/∂y = 3"}},
		{Name: "a", Formula: "f(u)", Value: a, Inputs: []int{iu}, Local: []float64{f.Deriv(u)}, LocalText: []string{"∂a/∂u = f′(u)"}},
		{Name: "v", Formula: "5x", Value: v, Inputs: []int{ix}, Local: []float64{5}, LocalText: []string{"∂v/∂x = 5"}},
		{Name: "b", Formula: "g(v)", Value: b, Inputs: []int{iv}, Local: []float64{g.Deriv(v)}, LocalText: []string{"∂b/∂v = g′(v)"}},
		{Name: "c", Formula: "h(y)", Value: c, Inputs: []int{iy}, Local: []float64{h.Deriv(y)}, LocalText: []string{"∂c/∂y = h′(y)"}},
		{Name: "z", Formula: "2a + 6·b·c", Value: 2*a + 6*b*c, Inputs: []int{ia, ib, ic}, Local: []float64{2, 6 * c, 6 * b}, LocalText: []string{"∂z/∂a = 2", "∂z/∂b = 6c", "∂z/∂c = 6b"}},
	}
	for _, n := range gr.Nodes {
		if !finite(n.Value) {
			return nil, fmt.Errorf("backprop: chain rule: node %s = %s is %v at (x, y) = (%v, %v)", n.Name, n.Formula, n.Value, x, y)
		}
		for k, d := range n.Local {
			if !finite(d) {
				return nil, fmt.Errorf("backprop: chain rule: node %s: %s is %v at (x, y) = (%v, %v)", n.Name, n.LocalText[k], d, x, y)
			}
		}
	}
	gr.Z = gr.Nodes[len(gr.Nodes)-1].Value

	// Backward: ∂z/∂z = 1, then each node, last to first, passes
	// ∂z/∂node × ∂node/∂input to its inputs (which add what they receive).
	gr.Nodes[len(gr.Nodes)-1].Grad = 1
	for n := len(gr.Nodes) - 1; n >= 0; n-- {
		node := gr.Nodes[n]
		for k, in := range node.Inputs {
			gr.Nodes[in].Grad += node.Grad * node.Local[k]
		}
	}
	gr.DzDx, gr.DzDy = gr.Nodes[ix].Grad, gr.Nodes[iy].Grad
	if !finite(gr.DzDx) || !finite(gr.DzDy) {
		return nil, fmt.Errorf("backprop: chain rule: ∂z/∂x = %v, ∂z/∂y = %v at (x, y) = (%v, %v)", gr.DzDx, gr.DzDy, x, y)
	}
	return gr, nil
}

// Node returns the node called name ("x", "u", …, "z").
func (gr *Graph) Node(name string) (GraphNode, error) {
	if gr == nil {
		return GraphNode{}, errors.New("backprop: the chain-rule graph is nil: make it with ChainRule")
	}
	for _, n := range gr.Nodes {
		if n.Name == name {
			return n, nil
		}
	}
	return GraphNode{}, fmt.Errorf("backprop: the chain-rule graph has no node %q: its nodes are x, y, u, a, v, b, c, z", name)
}

// Path is one way from an input up to z, with the product of the local
// derivatives along it: ∂z/∂input is the sum of these products over all paths.
type Path struct {
	Nodes   []string // from the input to z: ["x", "u", "a", "z"]
	Product float64  // ∂u/∂x · ∂a/∂u · ∂z/∂a
}

// Paths returns every path from the node called from (usually "x" or "y")
// to z. The sum of their products is ∂z/∂from: for x, the paths x→u→a→z
// (1 · f′(u) · 2) and x→v→b→z (5 · g′(v) · 6c) are the two terms of
// ∂z/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y).
func (gr *Graph) Paths(from string) ([]Path, error) {
	if gr == nil {
		return nil, errors.New("backprop: the chain-rule graph is nil: make it with ChainRule")
	}
	start := -1
	for i, n := range gr.Nodes {
		if n.Name == from {
			start = i
		}
	}
	if start < 0 {
		return nil, fmt.Errorf("backprop: the chain-rule graph has no node %q: its nodes are x, y, u, a, v, b, c, z", from)
	}
	var paths []Path
	var walk func(i int, names []string, prod float64)
	walk = func(i int, names []string, prod float64) {
		names = append(names[:len(names):len(names)], gr.Nodes[i].Name)
		if i == len(gr.Nodes)-1 {
			paths = append(paths, Path{Nodes: names, Product: prod})
			return
		}
		for j := i + 1; j < len(gr.Nodes); j++ { // the nodes that use node i
			for k, in := range gr.Nodes[j].Inputs {
				if in == i {
					walk(j, names, prod*gr.Nodes[j].Local[k])
				}
			}
		}
	}
	walk(start, nil, 1)
	return paths, nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
