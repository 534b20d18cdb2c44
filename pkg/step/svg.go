package step

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Layout of the diagram, in pixels.
const (
	colWidth  = 110 // between two columns
	rowHeight = 54  // between two nodes of a column
	radius    = 19  // of a node
	topSpace  = 28  // for the column titles
	downSpace = 24  // for the symbols under the columns
)

// svg draws the diagram as it is at step s: every edge and node, the
// numbers of s.Nodes in the nodes, and what s.Focus touches drawn thick
// (black edges, heavy outlines and a light fill on the nodes).
func (w *Walk) svg(s Step) string {
	d := w.Diagram
	rows := 1
	for _, c := range d.Columns {
		rows = max(rows, len(c.Nodes))
	}
	width := colWidth * max(len(d.Columns), 1)
	height := topSpace + rows*rowHeight + downSpace
	at := func(n Node) (x, y int) {
		nc := len(d.Columns[n.Column].Nodes)
		return colWidth/2 + n.Column*colWidth, topSpace + (rows-nc)*rowHeight/2 + n.Index*rowHeight + rowHeight/2
	}

	var b strings.Builder
	fmt.Fprintf(&b, "<svg class=\"stepnet-svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" role=\"img\" aria-label=\"%s\">\n",
		width, height, width, height, esc(lang.F("step.svg.label", s.Title)))

	// Edges first, so that the nodes cover their ends; the used ones last,
	// so that they are drawn over the others.
	for pass := 0; pass < 2; pass++ {
		for _, e := range d.Edges {
			used := s.Focus.Uses(e)
			if used != (pass == 1) || !d.has(e.From) || !d.has(e.To) {
				continue
			}
			x1, y1 := at(e.From)
			x2, y2 := at(e.To)
			style := `stroke="#bbb" stroke-width="1"`
			if used {
				style = `stroke="#000" stroke-width="2.5"`
			}
			fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" %s/>\n", x1, y1, x2, y2, style)
		}
	}

	for c, col := range d.Columns {
		focused := s.Focus.Column == c
		x := colWidth/2 + c*colWidth
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"16\" font-size=\"11\" text-anchor=\"middle\"%s>%s</text>\n", x, bold(focused), esc(col.Title))
		var vals Values
		if c < len(s.Nodes) {
			vals = s.Nodes[c]
		}
		for i, name := range col.Nodes {
			if i < len(vals.Labels) && vals.Labels[i] != "" {
				name = vals.Labels[i]
			}
			n := Node{c, i}
			cx, cy := at(n)
			style := `fill="#fff" stroke="#444" stroke-width="1.2"`
			if s.Focus.Touches(n) {
				style = `fill="#ffe08a" stroke="#000" stroke-width="4"`
			}
			fmt.Fprintf(&b, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" %s/>\n", cx, cy, radius, style)
			num := ""
			if i < len(vals.Numbers) && !math.IsNaN(vals.Numbers[i]) {
				num = numDigits(vals.Numbers[i], 3)
			}
			switch {
			case name != "" && num != "":
				fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"%s\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>\n", cx, cy-3, fitFont(name, 10), esc(name))
				fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"%s\" text-anchor=\"middle\">%s</text>\n", cx, cy+10, fitFont(num, 9), esc(num))
			case name != "":
				fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"%s\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>\n", cx, cy+4, fitFont(name, 11), esc(name))
			case num != "":
				fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"%s\" text-anchor=\"middle\">%s</text>\n", cx, cy+3, fitFont(num, 10), esc(num))
			}
		}
		if vals.Symbol != "" {
			fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\"%s>%s</text>\n", x, height-7, bold(focused), esc(vals.Symbol))
		}
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// fitFont returns the font size, at most size, at which s fits inside a
// node: a character of sans-serif is about 0.6 em wide, and the circle
// leaves 2·radius − 6 pixels across ("-0.0123" at 9 px would overflow).
func fitFont(s string, size float64) string {
	n := float64(len([]rune(s)))
	if fit := float64(2*radius-6) / (0.6 * n); n > 0 && fit < size {
		size = math.Floor(fit*10) / 10
	}
	return strconv.FormatFloat(size, 'f', -1, 64)
}

// has reports whether node n exists in the diagram.
func (d Diagram) has(n Node) bool {
	return n.Column >= 0 && n.Column < len(d.Columns) && n.Index >= 0 && n.Index < len(d.Columns[n.Column].Nodes)
}

// bold returns a bold attribute for a focused column's labels.
func bold(on bool) string {
	if on {
		return ` font-weight="bold" text-decoration="underline"`
	}
	return ""
}
