package viz

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// One style for every figure: A4 print sizes, the Okabe–Ito palette (safe for
// colour-blind readers), and for each series a colour, a dash pattern and a
// marker together, so that a figure printed in black and white still tells its
// series apart.

// Sizes of a figure, chosen for an A4 page with 2 cm margins (17 cm of text
// width). A lesson sheet (PDF) puts one figure per A4 page.
const (
	TextWidth   = 17 * vg.Centimeter // the width of every figure
	ShortHeight = 9 * vg.Centimeter  // one row of panels
	TallHeight  = 15 * vg.Centimeter // two rows of panels
	PageWidth   = 21 * vg.Centimeter // A4
	PageHeight  = 29.7 * vg.Centimeter
	PNGDPI      = 100 // PNG resolution in a notebook: 17 cm ≈ 670 pixels, sharp on screen and small on disk
	PrintDPI    = 250 // PNG resolution of the files "stepnet plots" and Save write: 17 cm ≈ 1673 pixels, for print and high-dpi screens
)

// Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008).
var (
	Black         = color.RGBA{0x00, 0x00, 0x00, 0xff}
	Orange        = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	SkyBlue       = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	BluishGreen   = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	Yellow        = color.RGBA{0xf0, 0xe4, 0x42, 0xff}
	Blue          = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	Vermillion    = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	ReddishPurple = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
	Grey          = color.RGBA{0x80, 0x80, 0x80, 0xff}
)

// Palette is the order in which series take their colour. Yellow is left out:
// it is invisible on white paper.
var Palette = []color.RGBA{Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black}

// Dashes are the line patterns of series 0, 1, 2, …: solid, dashed, dotted,
// dash-dot, long dash, dash-dot-dot, and solid again for the seventh.
var Dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(1.5), vg.Points(2)},
	{vg.Points(7), vg.Points(2.5), vg.Points(1.5), vg.Points(2.5)},
	{vg.Points(12), vg.Points(4)},
	{vg.Points(7), vg.Points(2), vg.Points(1.5), vg.Points(2), vg.Points(1.5), vg.Points(2)},
	nil,
}

// Glyphs are the markers of series and classes 0, 1, 2, …: a ring, a filled
// triangle, a square, a cross, a filled circle, a plus, a filled square.
var Glyphs = []draw.GlyphDrawer{
	draw.RingGlyph{}, draw.PyramidGlyph{}, draw.SquareGlyph{}, draw.CrossGlyph{},
	draw.CircleGlyph{}, draw.PlusGlyph{}, draw.BoxGlyph{},
}

// Colour returns the colour of series i.
func Colour(i int) color.RGBA { return Palette[i%len(Palette)] }

// LineStyle returns the line of series i: its colour, its dash pattern, 1.5 pt wide.
func LineStyle(i int) draw.LineStyle {
	return draw.LineStyle{Color: Colour(i), Width: vg.Points(1.5), Dashes: Dashes[i%len(Dashes)]}
}

// GlyphStyle returns the marker of series or class i.
func GlyphStyle(i int) draw.GlyphStyle {
	return draw.GlyphStyle{Color: Colour(i), Radius: vg.Points(2.5), Shape: Glyphs[i%len(Glyphs)]}
}

// Tint returns c mixed with white: t = 0 gives c, t = 1 gives white. Light
// tints shade regions under the data points.
func Tint(c color.Color, t float64) color.RGBA {
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 { return uint8(float64(v>>8)*(1-t) + 255*t + 0.5) }
	return color.RGBA{mix(r), mix(g), mix(b), 0xff}
}

// Fonts: a sans-serif face reads better than a serif one at small sizes and
// on a projector. Liberation Sans has the lecture's symbols hˡ, δ, η, g′, ², ᵢ
// but not ⁰, ⁱ, ⁻ or ⱼ: labels write "input x" rather than h⁰, and "h¹(x), h²(x)"
// rather than hⁱ(x). TestGlyphsExist checks every string drawn by every figure.
var (
	sansFont   = font.Font{Typeface: "Liberation", Variant: "Sans"}
	titleSize  = vg.Points(11)
	labelSize  = vg.Points(10)
	tickSize   = vg.Points(8.5)
	legendSize = vg.Points(8.5)
)

// newPlot returns a plot in the kit's style: a title that says what to look
// at, axis labels in the lecture's notation, light grey grid lines.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.TextHandler = Subscripts
	p.Title.TextStyle.Handler = Subscripts
	p.X.Label.TextStyle.Handler, p.Y.Label.TextStyle.Handler = Subscripts, Subscripts
	p.X.Tick.Label.Handler, p.Y.Tick.Label.Handler = Subscripts, Subscripts
	p.Legend.TextStyle.Handler = Subscripts
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sansFont, titleSize)
	p.Title.Padding = vg.Points(4)
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = font.From(sansFont, labelSize)
		ax.Tick.Label.Font = font.From(sansFont, tickSize)
		ax.Padding = vg.Points(2)
		ax.Tick.Marker = minusTicks{plot.DefaultTicks{}}
	}
	p.Legend.TextStyle.Font = font.From(sansFont, legendSize)
	p.Legend.Top = true
	p.Legend.Padding = vg.Points(2)
	return p
}

// freshLegend returns an empty legend in the kit's style.
func freshLegend() plot.Legend {
	return newPlot("", "", "").Legend
}

// addGrid draws light grey grid lines under the data.
func addGrid(p *plot.Plot) {
	g := plotter.NewGrid()
	g.Vertical.Color = color.Gray{0xdd}
	g.Horizontal.Color = color.Gray{0xdd}
	g.Vertical.Width = vg.Points(0.5)
	g.Horizontal.Width = vg.Points(0.5)
	p.Add(g)
}

// hideAxes turns p into a blank drawing area (for diagrams and images).
func hideAxes(p *plot.Plot) {
	p.HideAxes()
	p.X.Padding, p.Y.Padding = 0, 0
}

// vgHeight is the height of a figure with rows rows of small panels.
func vgHeight(rows int) vg.Length {
	return vg.Length(rows)*4.5*vg.Centimeter + vg.Centimeter
}

// minusTicks writes negative tick labels with a true minus sign (−1, not -1).
type minusTicks struct{ plot.Ticker }

func (t minusTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := t.Ticker.Ticks(lo, hi)
	for i := range ticks {
		ticks[i].Label = strings.ReplaceAll(ticks[i].Label, "-", "−")
	}
	return ticks
}

// num formats v with 3 significant digits and a true minus sign.
func Num(v float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(v, 'g', 3, 64), "-", "−")
}

// integerTicks labels whole numbers only (epochs, steps), about 6 of them.
type IntegerTicks struct{}

func (IntegerTicks) Ticks(lo, hi float64) []plot.Tick {
	step := math.Max(1, math.Ceil((hi-lo)/6))
	var ticks []plot.Tick
	for v := math.Ceil(lo); v <= hi; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.Itoa(int(v))})
	}
	return ticks
}

// decadeTicks labels the powers of ten of a log axis as 1e−3, 1e−2, …, with
// unlabelled ticks in between when the range is short.
type DecadeTicks struct{}

func (DecadeTicks) Ticks(lo, hi float64) []plot.Tick {
	var ticks []plot.Tick
	a, b := int(math.Floor(math.Log10(lo))), int(math.Ceil(math.Log10(hi)))
	every := max(1, (b-a+7)/8) // at most about 8 labels
	for k := a; k <= b; k++ {
		v := math.Pow(10, float64(k))
		if v < lo*(1-1e-9) || v > hi*(1+1e-9) {
			continue
		}
		label := ""
		if (k-a)%every == 0 {
			label = decade(k)
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}

// decade writes 10ᵏ as 1000, 100, 10, 1, 0.1, 0.01 or 1e−3, 1e4.
func decade(k int) string {
	switch {
	case k >= 0 && k <= 3:
		return strconv.Itoa(int(math.Pow(10, float64(k))))
	case k < 0 && k >= -2:
		return strconv.FormatFloat(math.Pow(10, float64(k)), 'f', -k, 64)
	case k < 0:
		return "1e−" + strconv.Itoa(-k)
	}
	return "1e" + strconv.Itoa(k)
}
