package step

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Walk is a computation cut into steps, ready to be shown one at a time: a
// forward pass, a backward pass, the chain-rule example or a few steps of
// gradient descent. Build one with Forward, FromForward, Backward, ChainRule
// or Descent; show it with Text, Table or HTML.
type Walk struct {
	Title   string  // what is walked through, e.g. "Forward pass of a 2-3-2 network"
	Diagram Diagram // the picture the steps highlight
	Steps   []Step

	// Diverged is set by Descent when gradient descent blew up (the cost
	// rose above gd.BlowUp × max(C(w₀), 1), as gd.Train counts it, or a
	// weight would have become infinite): the walk stops there, its last
	// step says so.
	Diverged bool
}

// Limits of a walk, checked before it is built: a step-through is read by a
// person, node by node. MaxWalkNeurons neurons a layer (1024), MaxWalkLayers
// layers (64). NetworkDiagram draws at most MaxWalkNeurons nodes a column
// and MaxDiagramEdges edges in all.
const (
	MaxWalkNeurons  = 1024
	MaxWalkLayers   = 64
	MaxDiagramEdges = 1 << 20
)

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
// one column per layer and every edge between consecutive layers. Sizes
// beyond what can be drawn are cut, and the column's title says so: at most
// MaxWalkNeurons nodes a column ("layer 1 (1024 of 1000000 drawn)"), at most
// MaxWalkLayers+1 columns, at most MaxDiagramEdges edges (the layers past
// that are drawn without their edges, "edges not drawn"); a negative size
// draws no node.
func NetworkDiagram(sizes []int) Diagram {
	var d Diagram
	if len(sizes) > MaxWalkLayers+1 {
		sizes = sizes[:MaxWalkLayers+1]
	}
	shown := make([]int, len(sizes))
	for l, n := range sizes {
		shown[l] = min(max(n, 0), MaxWalkNeurons)
		c := Column{Title: layerTitle(l, len(sizes)-1), Nodes: make([]string, shown[l])}
		if shown[l] != n {
			c.Title += lang.F("step.col.cut", shown[l], n)
		}
		if l > 0 {
			if len(d.Edges)+shown[l-1]*shown[l] <= MaxDiagramEdges {
				d.Edges = append(d.Edges, layerEdges(l, shown[l-1], shown[l])...)
			} else {
				c.Title += lang.T("step.col.noedges")
			}
		}
		d.Columns = append(d.Columns, c)
	}
	return d
}

// layerTitle names column l of a network with L layers.
func layerTitle(l, L int) string {
	switch {
	case l == 0:
		return lang.T("viz.diagram.input")
	case l == L:
		return lang.F("step.col.output", l)
	default:
		return lang.F("step.col.layer", l)
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
