package viz

import (
	"image"
	"image/color"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Small building blocks shared by the figures.

// curve samples f at n points on [lo, hi].
func curve(f func(float64) float64, lo, hi float64, n int) plotter.XYs {
	xy := make(plotter.XYs, n)
	for i := range xy {
		x := lo + (hi-lo)*float64(i)/float64(n-1)
		xy[i] = plotter.XY{X: x, Y: f(x)}
	}
	return xy
}

// addLine adds xy as series i (colour, dashes) with a legend entry.
func addLine(p *plot.Plot, xy plotter.XYer, i int, legend string) *plotter.Line {
	l, err := plotter.NewLine(xy)
	if err != nil {
		panic(err) // only for NaN/Inf, which the figures never pass (checked by the callers)
	}
	l.LineStyle = LineStyle(i)
	p.Add(l)
	if legend != "" {
		p.Legend.Add(legend, l)
	}
	return l
}

// addLinePoints adds xy as series i with both its line and its markers, so
// that the series can be told apart in black and white even where lines cross.
func addLinePoints(p *plot.Plot, xy plotter.XYer, i int, legend string) (*plotter.Line, *plotter.Scatter) {
	l, s, err := plotter.NewLinePoints(xy)
	if err != nil {
		panic(err)
	}
	l.LineStyle = LineStyle(i)
	s.GlyphStyle = GlyphStyle(i)
	p.Add(l, s)
	if legend != "" {
		p.Legend.Add(legend, l, s)
	}
	return l, s
}

// finite reports an error-free series: no NaN and no Inf.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// legendAdder is where the entries of a figure go: a panel's legend
// (&p.Legend) or the figure's Key.
type legendAdder interface {
	Add(name string, thumbs ...plot.Thumbnailer)
}

// addClasses draws the rows of X (2 columns) as points, one marker and colour
// per class label, and names each class in legend (none if legend is nil).
func addClasses(p *plot.Plot, legend legendAdder, X mat.Matrix, labels []int, names []string) {
	n, _ := X.Dims()
	k := 0
	for _, c := range labels {
		k = max(k, c+1)
	}
	for c := 0; c < k; c++ {
		var xy plotter.XYs
		for i := 0; i < n; i++ {
			if labels[i] == c {
				xy = append(xy, plotter.XY{X: X.At(i, 0), Y: X.At(i, 1)})
			}
		}
		if len(xy) == 0 {
			continue
		}
		s, err := plotter.NewScatter(xy)
		if err != nil {
			panic(err)
		}
		s.GlyphStyle = GlyphStyle(c)
		p.Add(s)
		name := lang.F("viz.class", c)
		if c < len(names) {
			name = names[c]
		}
		if legend != nil {
			legend.Add(name, s)
		}
	}
}

// field is a raster image of a function of (x₁, x₂) over a box, drawn under
// the data: shaded regions, outputs in grey levels.
func field(f func(x1, x2 float64) color.Color, xmin, xmax, ymin, ymax float64, n int) *plotter.Image {
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	for r := 0; r < n; r++ {
		x2 := ymax - (ymax-ymin)*(float64(r)+0.5)/float64(n) // image rows go down
		for c := 0; c < n; c++ {
			x1 := xmin + (xmax-xmin)*(float64(c)+0.5)/float64(n)
			img.Set(c, r, f(x1, x2))
		}
	}
	return plotter.NewImage(img, xmin, ymin, xmax, ymax)
}

// arrow is a line from (X0, Y0) to (X1, Y1) in data coordinates, with a head.
type arrow struct {
	X0, Y0, X1, Y1 float64
	Style          draw.LineStyle
	Open           bool // an open head (two strokes), unlike a filled triangle marker
}

func (a arrow) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	from := vg.Point{X: tx(a.X0), Y: ty(a.Y0)}
	to := vg.Point{X: tx(a.X1), Y: ty(a.Y1)}
	if a.Open {
		drawOpenArrow(c, from, to, a.Style)
		return
	}
	drawArrow(c, from, to, a.Style)
}

// drawOpenArrow draws a line with an open head at to: two strokes at ±28°,
// solid whatever the line's dashes, which no data marker looks like.
func drawOpenArrow(c draw.Canvas, from, to vg.Point, sty draw.LineStyle) {
	dx, dy := float64(to.X-from.X), float64(to.Y-from.Y)
	d := math.Hypot(dx, dy)
	if d == 0 {
		return
	}
	c.StrokeLine2(sty, from.X, from.Y, to.X, to.Y)
	head := math.Max(5*float64(sty.Width), 7)
	solid := sty
	solid.Dashes = nil
	for _, a := range []float64{0.49, -0.49} { // ±28°
		sin, cos := math.Sincos(a)
		ux, uy := -(dx*cos-dy*sin)/d, -(dx*sin+dy*cos)/d
		c.StrokeLine2(solid, to.X, to.Y, to.X+vg.Length(head*ux), to.Y+vg.Length(head*uy))
	}
}

// drawArrow draws a line with a filled head at to.
func drawArrow(c draw.Canvas, from, to vg.Point, sty draw.LineStyle) {
	dx, dy := float64(to.X-from.X), float64(to.Y-from.Y)
	d := math.Hypot(dx, dy)
	if d == 0 {
		return
	}
	ux, uy := dx/d, dy/d
	head := 3.5 * float64(sty.Width)
	head = math.Max(head, 5)
	base := vg.Point{X: to.X - vg.Length(head*ux), Y: to.Y - vg.Length(head*uy)}
	c.StrokeLine2(sty, from.X, from.Y, base.X, base.Y)
	left := vg.Point{X: base.X - vg.Length(0.45*head*uy), Y: base.Y + vg.Length(0.45*head*ux)}
	right := vg.Point{X: base.X + vg.Length(0.45*head*uy), Y: base.Y - vg.Length(0.45*head*ux)}
	var path vg.Path
	path.Move(to)
	path.Line(left)
	path.Line(right)
	path.Close()
	c.SetColor(sty.Color)
	c.Fill(path)
}

// labels places text at data points.
func labels(xs, ys []float64, texts []string, sty func(*plotter.Labels)) *plotter.Labels {
	xy := make(plotter.XYs, len(xs))
	for i := range xs {
		xy[i] = plotter.XY{X: xs[i], Y: ys[i]}
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: texts})
	if err != nil {
		panic(err)
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font.Typeface = sansFont.Typeface
		l.TextStyle[i].Font.Variant = sansFont.Variant
		l.TextStyle[i].Font.Size = labelSize
	}
	if sty != nil {
		sty(l)
	}
	return l
}

func itoa(i int) string {
	if i < 0 {
		return "−" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// box returns the range of the two columns of X, widened by frac on each side.
func box(X mat.Matrix, frac float64) (xmin, xmax, ymin, ymax float64) {
	n, _ := X.Dims()
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for i := 0; i < n; i++ {
		xmin, xmax = math.Min(xmin, X.At(i, 0)), math.Max(xmax, X.At(i, 0))
		ymin, ymax = math.Min(ymin, X.At(i, 1)), math.Max(ymax, X.At(i, 1))
	}
	dx, dy := (xmax-xmin)*frac, (ymax-ymin)*frac
	return xmin - dx, xmax + dx, ymin - dy, ymax + dy
}

// square fixes both axes to [lo, hi].
func square(p *plot.Plot, lo, hi float64) {
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = lo, hi, lo, hi
}

// labels1 is one text label at (x, y).
func labels1(x, y float64, s string) *plotter.Labels {
	return labels([]float64{x}, []float64{y}, []string{s}, nil)
}
