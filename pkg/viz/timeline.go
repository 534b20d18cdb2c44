package viz

import (
	"fmt"
	"math"

	xfont "golang.org/x/image/font"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Lesson 00: deep learning today.

// Event is one date of a timeline.
type Event struct {
	Year  float64 // 1985 for "1980s": the order of the events
	When  string  // the date as written: "1980s", "2012"
	Label string  // what happened
}

// timeline draws events in order along a horizontal axis, evenly spaced
// (the lecture's dates crowd into 2012–2015: a scale of years would pile
// their labels up), each with a stem and its label, the stems alternating
// above and below the axis.
type timeline struct{ events []Event }

func (t timeline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return -0.7, float64(len(t.events)) - 0.3, -1, 1
}

func (t timeline) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	axis := draw.LineStyle{Color: Black, Width: vg.Points(1)}
	xmin, xmax, _, _ := t.DataRange()
	c.StrokeLine2(axis, tx(xmin), ty(0), tx(xmax), ty(0))
	stem := draw.LineStyle{Color: Grey, Width: vg.Points(0.6)}
	date := text.Style{Color: Black, Font: font.From(boldSans, vg.Points(8)), XAlign: draw.XCenter, Handler: p.TextHandler}
	label := text.Style{Color: Black, Font: font.From(sansFont, vg.Points(7.5)), XAlign: draw.XCenter, Handler: p.TextHandler}
	for i, e := range t.events {
		// Two heights on each side, so that neighbours' labels stand apart.
		h := 0.3 + 0.35*float64(i/2%2)
		side := 1.0
		if i%2 == 1 {
			side = -1
		}
		x := tx(float64(i))
		c.StrokeLine2(stem, x, ty(0), x, ty(side*h))
		c.DrawGlyph(draw.GlyphStyle{Color: Blue, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}, vg.Point{X: x, Y: ty(0)})
		if side > 0 {
			date.YAlign, label.YAlign = draw.YBottom, draw.YBottom
			c.FillText(label, vg.Point{X: x, Y: ty(h) + vg.Points(2)}, e.Label)
			c.FillText(date, vg.Point{X: x, Y: ty(h) + vg.Points(2) + label.FontExtents().Height*vg.Length(lines(e.Label))}, e.When)
		} else {
			date.YAlign, label.YAlign = draw.YTop, draw.YTop
			c.FillText(date, vg.Point{X: x, Y: ty(-h) - vg.Points(2)}, e.When)
			c.FillText(label, vg.Point{X: x, Y: ty(-h) - vg.Points(2) - date.FontExtents().Height}, e.Label)
		}
	}
}

func lines(s string) int {
	n := 1
	for _, r := range s {
		if r == '\n' {
			n++
		}
	}
	return n
}

// Timeline draws the events on one time axis, in order, labels alternating
// above and below it ("\n" in a label breaks its line).
func Timeline(title, subtitle string, events []Event) (*Figure, error) {
	if len(events) == 0 {
		return nil, fmt.Errorf("timeline: no events")
	}
	for i, e := range events {
		if math.IsNaN(e.Year) || math.IsInf(e.Year, 0) || e.Label == "" {
			return nil, fmt.Errorf("timeline: event %d (%q, %v) needs a finite year and a label", i, e.Label, e.Year)
		}
		if i > 0 && e.Year < events[i-1].Year {
			return nil, fmt.Errorf("timeline: event %d (%s) comes before event %d (%s): list them in order", i, e.When, i-1, events[i-1].When)
		}
	}
	p := newPlot("", "", "")
	hideAxes(p)
	p.Add(timeline{events})
	p.Y.Min, p.Y.Max = -1.25, 1.25
	return &Figure{Title: title, Subtitle: subtitle, Panels: [][]*plot.Plot{{p}}, Width: TextWidth, Height: 9 * vg.Centimeter}, nil
}

// pipeline draws rows of boxes joined by arrows, each row a labelled way
// from the input to the output.
type pipeline struct {
	rows   [][]string
	labels []string
	learnt [][]bool
}

func (pl pipeline) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := 0
	for _, r := range pl.rows {
		n = max(n, len(r))
	}
	return 0, float64(n), 0, float64(len(pl.rows))
}

func (pl pipeline) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	const left, right = 0.05, 0.87 // a box spans these fractions of its column; its arrow the rest
	sty := text.Style{Color: Black, Font: font.From(sansFont, vg.Points(8)), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: p.TextHandler}
	sty = fitText(sty, pl.rows, tx(right)-tx(left)-vg.Points(6))
	head := text.Style{Color: Black, Font: font.From(boldSans, vg.Points(9)), XAlign: draw.XLeft, YAlign: draw.YBottom, Handler: p.TextHandler}
	border := draw.LineStyle{Color: Black, Width: vg.Points(0.8)}
	arrow := draw.LineStyle{Color: Grey, Width: vg.Points(1)}
	for r, row := range pl.rows {
		y := float64(len(pl.rows)-1-r) + 0.45
		c.FillText(head, vg.Point{X: tx(left), Y: ty(y + 0.3)}, pl.labels[r])
		for i, box := range row {
			x0, x1 := float64(i)+left, float64(i)+right
			rect := vg.Rectangle{Min: vg.Point{X: tx(x0), Y: ty(y - 0.22)}, Max: vg.Point{X: tx(x1), Y: ty(y + 0.22)}}
			fill, edge := Tint(Grey, 0.88), border
			if pl.learnt[r][i] { // darker, and a thicker frame: told apart in black and white too
				fill = Tint(Blue, 0.65)
				edge.Width = vg.Points(1.8)
			}
			c.SetColor(fill)
			c.Fill(rect.Path())
			c.StrokeLines(edge, []vg.Point{rect.Min, {X: rect.Max.X, Y: rect.Min.Y}, rect.Max, {X: rect.Min.X, Y: rect.Max.Y}, rect.Min})
			c.FillText(sty, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: (rect.Min.Y + rect.Max.Y) / 2}, box)
			if i+1 < len(row) {
				a, b := vg.Point{X: tx(x1), Y: ty(y)}, vg.Point{X: tx(float64(i+1) + left), Y: ty(y)}
				c.StrokeLine2(arrow, a.X, a.Y, b.X, b.Y)
				c.StrokeLines(arrow, []vg.Point{{X: b.X - vg.Points(4), Y: b.Y + vg.Points(3)}, b, {X: b.X - vg.Points(4), Y: b.Y - vg.Points(3)}})
			}
		}
	}
}

// fitText gives every box's text one size: sty's, unless the widest line would be wider than
// room (and touch its frame); then smaller, down to 6 points. Longer words, in French, stay inside
// their boxes.
func fitText(sty text.Style, rows [][]string, room vg.Length) text.Style {
	widest := vg.Length(0)
	for _, row := range rows {
		for _, box := range row {
			widest = max(widest, sty.Width(box))
		}
	}
	if widest > room {
		sty.Font.Size = max(vg.Points(6), sty.Font.Size*room/widest)
	}
	return sty
}

// Pipeline draws each row as boxes joined by arrows under its label;
// learnt[r][i] shades the boxes whose content is learnt from data (blue,
// framed thicker) against those designed by hand (grey): the lecture's "machine learning vs
// deep learning".
func Pipeline(title, subtitle string, labels []string, rows [][]string, learnt [][]bool) (*Figure, error) {
	if len(rows) == 0 || len(labels) != len(rows) || len(learnt) != len(rows) {
		return nil, fmt.Errorf("pipeline: %d rows, %d labels and %d shadings: want one of each per row", len(rows), len(labels), len(learnt))
	}
	for r := range rows {
		if len(rows[r]) == 0 || len(learnt[r]) != len(rows[r]) {
			return nil, fmt.Errorf("pipeline: row %d has %d boxes and %d shadings", r, len(rows[r]), len(learnt[r]))
		}
	}
	p := newPlot("", "", "")
	hideAxes(p)
	p.Add(pipeline{rows: rows, labels: labels, learnt: learnt})
	return &Figure{Title: title, Subtitle: subtitle, Panels: [][]*plot.Plot{{p}}, Width: TextWidth,
		Height: vg.Length(2.6*float64(len(rows))+2) * vg.Centimeter}, nil
}

// boldSans is the kit's sans-serif font in bold.
var boldSans = font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}
