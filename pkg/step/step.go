package step

import (
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// Walk is a computation cut into steps, ready to be shown one at a time: a
// forward pass, a backward pass, the chain-rule example or a few steps of
// gradient descent. Build one with Forward, FromForward, Backward, ChainRule
// or Descent; show it with Text, Table or HTML.
type Walk struct {
	Title   string  // what is walked through, e.g. "Forward pass of a 2-3-2 network"
	Diagram Diagram // the picture the steps highlight
	Steps   []Step
}

// Step is one equation of a walk, with its numbers.
type Step struct {
	Title    string   // short name, e.g. "Activity of layer 1"
	Equation string   // the lecture's formula with its numbers: "a¹ = W¹ h⁰ + b¹ = [0.5, -1]"
	Given    []string // the operands' values, e.g. "W¹ = [[1, 2], [3, 4]]"
	Explain  string   // one or two sentences saying what the step does
	Focus    Focus    // the part of the diagram the step touches

	// Value is the quantity the step computes, exactly as in the trace it
	// comes from (a vector as an n×1 matrix, a number as 1×1); nil when the
	// step only states something. The numbers after the last " = " of
	// Equation are Value's, row by row, to Digits significant digits.
	Value mat.Matrix

	// Nodes is what the diagram writes next to its nodes after this step:
	// Nodes[c] belongs to column c of the diagram.
	Nodes []Values
}

// Values is what the diagram writes in the nodes of one column at one step:
// a symbol under the column (hˡ, aˡ, δˡ…) and one number per node. An empty
// Values writes nothing; a NaN in Numbers leaves that node blank. Labels,
// when set, replace the nodes' names ("∂z/∂u" instead of "u").
type Values struct {
	Symbol  string
	Numbers []float64
	Labels  []string
}

// Focus is the part of the diagram a step touches, so that a renderer can
// highlight it.
type Focus struct {
	Column   int    // the column: layer l of a network (0 is the input x), −1 for none
	Nodes    []int  // the nodes of that column; nil means all of them
	Quantity string // what is computed there: "h", "a", "C", "∂C/∂o", "δ", "∂C/∂W", "W" or a node's name
	Edges    []Edge // the connections the step uses (for aˡ, every weight of Wˡ)
}

// Touches reports whether the focus includes node n.
func (f Focus) Touches(n Node) bool {
	if n.Column != f.Column {
		return false
	}
	if f.Nodes == nil {
		return true
	}
	for _, i := range f.Nodes {
		if i == n.Index {
			return true
		}
	}
	return false
}

// Uses reports whether the focus includes edge e.
func (f Focus) Uses(e Edge) bool {
	for _, x := range f.Edges {
		if x == e {
			return true
		}
	}
	return false
}

// Diagram is a picture of the computation: nodes in columns (the layers of a
// network, left to right) joined by edges.
type Diagram struct {
	Columns []Column
	Edges   []Edge
}

// Column is one column of a diagram.
type Column struct {
	Title string   // written above the column: "input x", "layer 1"…
	Nodes []string // a name per node ("" for a neuron, "x", "f" in the chain-rule graph)
}

// Node is node Index (from 0) of column Column of a diagram.
type Node struct{ Column, Index int }

// Edge joins two nodes; in a network, from neuron j of layer l−1 to neuron i
// of layer l (the weight wᵢⱼˡ).
type Edge struct{ From, To Node }

// NetworkDiagram returns the diagram of a network with sizes n⁰, n¹, …, nᴸ:
// one column per layer and every edge between consecutive layers.
func NetworkDiagram(sizes []int) Diagram {
	var d Diagram
	for l, n := range sizes {
		c := Column{Title: layerTitle(l, len(sizes)-1), Nodes: make([]string, n)}
		d.Columns = append(d.Columns, c)
		if l > 0 {
			d.Edges = append(d.Edges, layerEdges(l, sizes[l-1], n)...)
		}
	}
	return d
}

// layerTitle names column l of a network with L layers.
func layerTitle(l, L int) string {
	switch {
	case l == 0:
		return "input x"
	case l == L:
		return "output (layer " + strconv.Itoa(l) + ")"
	default:
		return "layer " + strconv.Itoa(l)
	}
}

// layerEdges returns the edges of Wˡ: from each of the nIn neurons of layer
// l−1 to each of the nOut neurons of layer l.
func layerEdges(l, nIn, nOut int) []Edge {
	var es []Edge
	for i := 0; i < nOut; i++ {
		for j := 0; j < nIn; j++ {
			es = append(es, Edge{From: Node{l - 1, j}, To: Node{l, i}})
		}
	}
	return es
}
