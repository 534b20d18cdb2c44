package explore

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"strings"
)

// The drawing of the frames: plain SVG written here, compact (coordinates
// rounded to 0.1 px, what repeats in Defs), readable in black and white
// (classes differ by marker as well as colour) and on a white card.

// Colours: the Okabe–Ito palette, safe for colour-blind readers.
const (
	blue    = "#0072b2"
	orange  = "#e69f00"
	green   = "#009e73"
	vermil  = "#d55e00"
	purple  = "#cc79a7"
	sky     = "#56b4e9"
	ink     = "#111"
	grey    = "#888"
	light   = "#ddd"
	fontCSS = `font-family="sans-serif"`
)

// classColour is the colour of class c; classRGB the same as a colour.
var classColour = []string{blue, vermil, green, purple}

var classRGB = []color.NRGBA{{0x00, 0x72, 0xb2, 255}, {0xd5, 0x5e, 0x00, 255}, {0x00, 0x9e, 0x73, 255}, {0xcc, 0x79, 0xa7, 255}}

// f1 writes v rounded to 0.1 ("12", "12.5", "-3.1").
func f1(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// num writes a number for people: 4 significant digits, no exponent for
// ordinary sizes ("1.5", "0.0123", "-2.5e+06").
func num(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case v == 0:
		return "0" // never "-0"
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

// svgOpen starts a frame's picture of w×h pixels.
func svgOpen(b *strings.Builder, w, h int, label string) {
	fmt.Fprintf(b, `<svg width="%d" height="%d" viewBox="0 0 %d %d" %s font-size="11" role="img" aria-label="%s">`,
		w, h, w, h, fontCSS, esc(label))
}

// panel maps a data box [x0, x1] × [y0, y1] onto a rectangle of the picture.
type panel struct {
	X, Y, W, H     float64 // the rectangle, pixels (Y at the top)
	x0, x1, y0, y1 float64 // the data box
}

func newPanel(x, y, w, h, x0, x1, y0, y1 float64) panel {
	if x1 == x0 {
		x1 = x0 + 1
	}
	if y1 == y0 {
		y1 = y0 + 1
	}
	return panel{X: x, Y: y, W: w, H: h, x0: x0, x1: x1, y0: y0, y1: y1}
}

func (p panel) px(x float64) float64 { return p.X + (x-p.x0)/(p.x1-p.x0)*p.W }
func (p panel) py(y float64) float64 { return p.Y + p.H - (y-p.y0)/(p.y1-p.y0)*p.H }

// frame draws the panel's border, a title above it, tick labels and axis
// labels.
func (p panel) frame(b *strings.Builder, title, xlabel, ylabel string, xticks, yticks []float64) {
	fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="%s"/>`, f1(p.X), f1(p.Y), f1(p.W), f1(p.H), grey)
	if title != "" {
		fmt.Fprintf(b, `<text x="%s" y="%s" font-size="12" font-weight="bold">%s</text>`, f1(p.X), f1(p.Y-6), esc(title))
	}
	for _, t := range xticks {
		x := p.px(t)
		fmt.Fprintf(b, `<path d="M%s %sv4" stroke="%s"/><text x="%s" y="%s" text-anchor="middle">%s</text>`,
			f1(x), f1(p.Y+p.H), grey, f1(x), f1(p.Y+p.H+15), num(t))
	}
	for _, t := range yticks {
		y := p.py(t)
		fmt.Fprintf(b, `<path d="M%s %sh-4" stroke="%s"/><text x="%s" y="%s" text-anchor="end">%s</text>`,
			f1(p.X), f1(y), grey, f1(p.X-6), f1(y+4), num(t))
	}
	if xlabel != "" {
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle" font-style="italic">%s</text>`, f1(p.X+p.W/2), f1(p.Y+p.H+29), esc(xlabel))
	}
	if ylabel != "" {
		fmt.Fprintf(b, `<text transform="translate(%s %s) rotate(-90)" text-anchor="middle" font-style="italic">%s</text>`,
			f1(p.X-30), f1(p.Y+p.H/2), esc(ylabel))
	}
}

// clip returns a clip-path definition named id for the panel's rectangle
// (for Defs: the same panel in every frame).
func (p panel) clip(id string) string {
	return fmt.Sprintf(`<clipPath id="%s"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath>`, id, f1(p.X), f1(p.Y), f1(p.W), f1(p.H))
}

// line returns the path data of the points (xs[i], ys[i]), skipping points
// that are not finite and points that lie within 0.2 px of the straight
// line between their neighbours (a flat stretch costs two points).
func (p panel) line(xs, ys []float64) string {
	var b strings.Builder
	var run [][2]float64
	flush := func() {
		pts := simplify(run)
		for i, q := range pts {
			if i == 0 {
				b.WriteString("M" + f1(q[0]) + " " + f1(q[1]))
			} else {
				b.WriteString("L" + f1(q[0]) + " " + f1(q[1]))
			}
		}
		run = run[:0]
	}
	for i := range xs {
		if i >= len(ys) || !finite(xs[i]) || !finite(ys[i]) {
			flush()
			continue
		}
		run = append(run, [2]float64{clampPx(p.px(xs[i])), clampPx(p.py(ys[i]))})
	}
	flush()
	return b.String()
}

// simplify drops the points of a polyline that the straight segment between
// the points kept around them passes within 0.2 px of.
func simplify(pts [][2]float64) [][2]float64 {
	if len(pts) <= 2 {
		return pts
	}
	out := [][2]float64{pts[0]}
	last := 0 // index of the last point kept
	for i := 2; i < len(pts); i++ {
		a, c := pts[last], pts[i]
		dx, dy := c[0]-a[0], c[1]-a[1]
		d := math.Hypot(dx, dy)
		for j := last + 1; j < i; j++ {
			q := pts[j]
			// the distance from q to the segment a–c (not the line: a
			// path that turns back on itself keeps its turning point)
			t := 0.0
			if d > 0 {
				t = math.Max(0, math.Min(1, ((q[0]-a[0])*dx+(q[1]-a[1])*dy)/(d*d)))
			}
			dev := math.Hypot(q[0]-a[0]-t*dx, q[1]-a[1]-t*dy)
			if dev > 0.2 {
				last = i - 1
				out = append(out, pts[last])
				break
			}
		}
	}
	return append(out, pts[len(pts)-1])
}

// clampPx keeps a far-off point (a diverging run) at a finite distance, so
// that its segment still points the right way once clipped.
func clampPx(v float64) float64 { return math.Max(-1e4, math.Min(1e4, v)) }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// dots returns the path data of a dot at each point: with
// stroke-linecap="round" and a stroke width, "M x yh0" draws a dot.
func (p panel) dots(xs, ys []float64) string {
	var b strings.Builder
	for i := range xs {
		if finite(xs[i]) && finite(ys[i]) {
			b.WriteString("M" + f1(p.px(xs[i])) + " " + f1(p.py(ys[i])) + "h0")
		}
	}
	return b.String()
}

// squares returns the path data of a small square (side 2s) at each point:
// the second class's marker, so that classes differ in black and white.
func (p panel) squares(xs, ys []float64, s float64) string {
	var b strings.Builder
	side := f1(2 * s)
	for i := range xs {
		if finite(xs[i]) && finite(ys[i]) {
			b.WriteString("M" + f1(p.px(xs[i])-s) + " " + f1(p.py(ys[i])-s) + "h" + side + "v" + side + "h-" + side + "z")
		}
	}
	return b.String()
}

// classPoints draws the points of a 2-D data set in the panel: class 0 as
// round dots, class 1 as squares, class 2 and more as dots of their colour.
func (p panel) classPoints(b *strings.Builder, xs, ys []float64, labels []int, size float64) {
	classes := 0
	for _, l := range labels {
		classes = max(classes, l+1)
	}
	for c := 0; c < classes; c++ {
		var cx, cy []float64
		for i, l := range labels {
			if l == c {
				cx, cy = append(cx, xs[i]), append(cy, ys[i])
			}
		}
		col := classColour[c%len(classColour)]
		if c == 1 {
			stroke := ` stroke="#fff" stroke-width="0.6"`
			if size < 4 {
				stroke = ""
			}
			fmt.Fprintf(b, `<path d="%s" fill="%s"%s/>`, p.squares(cx, cy, size*0.45), col, stroke)
		} else if size < 4 { // small dots: no white outline (half the bytes)
			fmt.Fprintf(b, `<path d="%s" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`, p.dots(cx, cy), col, f1(size))
		} else {
			fmt.Fprintf(b, `<path d="%s" stroke="#fff" stroke-width="%s" stroke-linecap="round"/><path d="%s" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`,
				p.dots(cx, cy), f1(size+1.2), p.dots(cx, cy), col, f1(size))
		}
	}
}

// image returns an <image> covering the panel with a small PNG: pixel (i, j)
// (i across, j down) has the colour at(i, j). A smooth field needs few
// pixels: the browser interpolates.
func (p panel) image(nx, ny int, pixelated bool, at func(i, j int) color.NRGBA) string {
	img := image.NewNRGBA(image.Rect(0, 0, nx, ny))
	for j := 0; j < ny; j++ {
		for i := 0; i < nx; i++ {
			img.SetNRGBA(i, j, at(i, j))
		}
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return ""
	}
	style := ""
	if pixelated {
		style = ` style="image-rendering:pixelated"`
	}
	return fmt.Sprintf(`<image x="%s" y="%s" width="%s" height="%s" preserveAspectRatio="none"%s href="data:image/png;base64,%s"/>`,
		f1(p.X), f1(p.Y), f1(p.W), f1(p.H), style, base64.StdEncoding.EncodeToString(buf.Bytes()))
}

// at returns the data point at the centre of pixel (i, j) of an nx×ny
// image covering the panel.
func (p panel) at(i, j, nx, ny int) (x, y float64) {
	x = p.x0 + (float64(i)+0.5)/float64(nx)*(p.x1-p.x0)
	y = p.y1 - (float64(j)+0.5)/float64(ny)*(p.y1-p.y0)
	return x, y
}

// mix returns the colour a fraction t ∈ [0, 1] of the way from a to b.
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	t = math.Max(0, math.Min(1, t))
	m := func(u, v uint8) uint8 { return uint8(math.Round(float64(u) + t*(float64(v)-float64(u)))) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

var white = color.NRGBA{255, 255, 255, 255}

// diverging returns a colour for v ∈ [−1, 1]: blue for −1, white for 0,
// orange-red for +1, pale enough for points and lines to stay visible.
func diverging(v float64) color.NRGBA {
	paleBlue := mix(white, classRGB[0], 0.55)
	paleRed := mix(white, classRGB[1], 0.55)
	if v < 0 {
		return mix(white, paleBlue, -v)
	}
	return mix(white, paleRed, v)
}

// grey returns a grey level for v ∈ [0, 1] (0 white, 1 a mid grey).
func greyLevel(v float64) color.NRGBA {
	return mix(white, color.NRGBA{120, 120, 120, 255}, v)
}

// ticks returns "nice" tick values covering [lo, hi], about n of them.
func ticks(lo, hi float64, n int) []float64 {
	if !(hi > lo) || n < 1 {
		return nil
	}
	raw := (hi - lo) / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step := p
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			step = m * p
			break
		}
	}
	var out []float64
	for t := math.Ceil(lo/step-1e-9) * step; t <= hi+1e-9*step; t += step {
		out = append(out, math.Round(t/step)*step)
	}
	return out
}

// text writes a text at (x, y) with extra attributes.
func text(b *strings.Builder, x, y float64, attrs, s string) {
	fmt.Fprintf(b, `<text x="%s" y="%s"%s>%s</text>`, f1(x), f1(y), attrs, esc(s))
}
