package viz

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lesson 07: the chain rule on a computation graph.

// GraphNode is one node of a computation graph: an input or an intermediate
// quantity, its value at the point of evaluation and the derivative of the
// output with respect to it (what backpropagation computes).
type GraphNode struct {
	Name     string  // "a", "x", "z"
	Formula  string  // "x + 3y", "" for an input
	Value    float64 // its value at (x, y)
	Grad     float64 // ∂z/∂(this node)
	Col, Row float64 // its place: columns left (inputs) to right (output), rows top to bottom
}

// GraphEdge is an edge From → To, labelled with the local derivative
// ∂To/∂From at the point of evaluation.
type GraphEdge struct {
	From, To int     // indices into the nodes
	Local    float64 // ∂To/∂From
	Text     string  // the local derivative as a formula, "∂a/∂u = f′(u)"; "" to write "∂a/∂u"
}

// label is the edge's text: its formula and its value.
func (e GraphEdge) label(nodes []GraphNode) string {
	text := e.Text
	if text == "" {
		text = "∂" + nodes[e.To].Name + "/∂" + nodes[e.From].Name
	}
	if i := strings.LastIndex(text, "= "); i >= 0 {
		if _, err := strconv.ParseFloat(strings.TrimSpace(text[i+2:]), 64); err == nil {
			return text // already a number: "∂u/∂y = 3"
		}
	}
	return text + "\n= " + Num(e.Local) // two lines: short edges have little room
}

type graphDiagram struct {
	nodes  []GraphNode
	edges  []GraphEdge
	output string // the output's name, for "∂z/∂a"
}

func (g graphDiagram) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, n := range g.nodes {
		xmin, xmax = math.Min(xmin, n.Col), math.Max(xmax, n.Col)
		ymin, ymax = math.Min(ymin, -n.Row), math.Max(ymax, -n.Row)
	}
	return xmin - 0.5, xmax + 0.5, ymin - 0.5, ymax + 0.5
}

func (g graphDiagram) lines(n GraphNode) []string {
	head := n.Name
	if n.Formula != "" {
		head += " = " + n.Formula
	}
	return []string{head, lang.F("viz.graph.value", Num(n.Value)), "∂" + g.output + "/∂" + n.Name + " = " + Num(n.Grad)}
}

func (g graphDiagram) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sty := text.Style{Color: Black, Font: font.From(sansFont, vg.Points(9)), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: p.TextHandler}
	bold := sty
	bold.Font = font.From(font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}, vg.Points(9.5))
	lineH := sty.Height("X")
	// Box sizes.
	type rect struct {
		ctr  vg.Point
		w, h vg.Length
	}
	boxes := make([]rect, len(g.nodes))
	for i, n := range g.nodes {
		w := vg.Length(0)
		for _, s := range g.lines(n) {
			w = max(w, bold.Width(s))
		}
		boxes[i] = rect{ctr: vg.Point{X: tx(n.Col), Y: ty(-n.Row)}, w: w + vg.Points(10), h: 3*lineH + vg.Points(8)}
	}
	// Edges first, from box edge to box edge, with the local derivative.
	edgeSty := draw.LineStyle{Color: Black, Width: vg.Points(1)}
	labelSty := sty
	labelSty.Font = font.From(sansFont, vg.Points(8))
	for _, e := range g.edges {
		if e.From < 0 || e.From >= len(boxes) || e.To < 0 || e.To >= len(boxes) {
			continue
		}
		a, b := boxes[e.From], boxes[e.To]
		from := clipToBox(a.ctr, b.ctr, a.w, a.h)
		to := clipToBox(b.ctr, a.ctr, b.w, b.h)
		drawArrow(c, from, to, edgeSty)
		// The label sits 40% of the way, so that labels of crossing edges
		// are less likely to meet in the middle.
		t := vg.Length(0.4)
		if math.Abs(float64(to.Y-from.Y)) < 1 {
			t = 0.5 // a horizontal edge: its middle
		}
		mid := vg.Point{X: from.X + t*(to.X-from.X), Y: from.Y + t*(to.Y-from.Y)}
		label := e.label(g.nodes)
		w := labelSty.Width(label) + vg.Points(4)
		h := labelSty.Height(label) + vg.Points(2)
		bg := vg.Rectangle{Min: vg.Point{X: mid.X - w/2, Y: mid.Y - h/2}, Max: vg.Point{X: mid.X + w/2, Y: mid.Y + h/2}}
		c.SetColor(Tint(Yellow, 0.55))
		c.Fill(bg.Path())
		c.FillText(labelSty, mid, label)
	}
	for i, n := range g.nodes {
		b := boxes[i]
		r := vg.Rectangle{Min: vg.Point{X: b.ctr.X - b.w/2, Y: b.ctr.Y - b.h/2}, Max: vg.Point{X: b.ctr.X + b.w/2, Y: b.ctr.Y + b.h/2}}
		fill := Tint(SkyBlue, 0.8)
		if n.Formula == "" {
			fill = Tint(Grey, 0.85)
		}
		c.SetColor(fill)
		c.Fill(r.Path())
		c.SetLineStyle(draw.LineStyle{Color: Black, Width: vg.Points(0.8)})
		c.Stroke(r.Path())
		ls := g.lines(n)
		for k, s := range ls {
			st := sty
			if k == 0 {
				st = bold
			}
			c.FillText(st, vg.Point{X: b.ctr.X, Y: b.ctr.Y + lineH*vg.Length(1-k)}, s)
		}
	}
}

// clipToBox returns where the segment from the centre ctr of a w×h box
// towards the point to leaves the box.
func clipToBox(ctr, to vg.Point, w, h vg.Length) vg.Point {
	dx, dy := float64(to.X-ctr.X), float64(to.Y-ctr.Y)
	if dx == 0 && dy == 0 {
		return ctr
	}
	t := math.Inf(1)
	if dx != 0 {
		t = math.Min(t, float64(w/2)/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, float64(h/2)/math.Abs(dy))
	}
	return vg.Point{X: ctr.X + vg.Length(t*dx), Y: ctr.Y + vg.Length(t*dy)}
}

// ComputationGraph draws a computation graph: each node a box with its
// formula, its value and the derivative of the output with respect to it;
// each edge an arrow labelled with its local derivative. The chain rule reads
// off the picture: ∂z/∂x is the sum, over the paths from x to z, of the
// products of the local derivatives along each path.
func ComputationGraph(title, subtitle string, nodes []GraphNode, edges []GraphEdge, output string) (*Figure, error) {
	if len(nodes) == 0 {
		return nil, fmt.Errorf("computation graph: no nodes")
	}
	found := false
	for i, n := range nodes {
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) || math.IsNaN(n.Grad) || math.IsInf(n.Grad, 0) {
			return nil, fmt.Errorf("computation graph: node %d (%s) has value %v and gradient %v: not finite", i, n.Name, n.Value, n.Grad)
		}
		found = found || n.Name == output
	}
	if !found {
		return nil, fmt.Errorf("computation graph: the output %q is none of the %d nodes", output, len(nodes))
	}
	for i, e := range edges {
		if e.From < 0 || e.From >= len(nodes) || e.To < 0 || e.To >= len(nodes) {
			return nil, fmt.Errorf("computation graph: edge %d goes from node %d to node %d, but there are %d nodes", i, e.From, e.To, len(nodes))
		}
	}
	p := newPlot("", "", "")
	hideAxes(p)
	p.Add(graphDiagram{nodes: nodes, edges: edges, output: output})
	maxRow := 0.0
	for _, n := range nodes {
		maxRow = math.Max(maxRow, n.Row)
	}
	f := Single(title, p, vg.Length(4+2.6*maxRow)*vg.Centimeter)
	f.Subtitle = subtitle
	return f, nil
}
