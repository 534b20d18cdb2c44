package viz

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/stepnet/stepnet/internal/atomicfile"
)

// Figure is one figure of a lesson: a headline that says what to look at and
// a grid of panels, each a *plot.Plot (diagrams are plots with hidden axes).
// Build one with a function of this package, then save it, or show it in a
// notebook:
//
//	fig, err := viz.Activations()
//	png, err := fig.PNG() // GoNB: gonbui.DisplayPNG(png)
//	svg, err := fig.SVG() // GoNB: gonbui.DisplaySVG(string(svg))
//	err = fig.Save("activations.pdf")
type Figure struct {
	Title         string         // the headline, drawn above the panels ("\n" breaks lines)
	Subtitle      string         // an optional key under the headline, in a smaller regular font
	Key           Key            // an optional legend for all panels, drawn under the subtitle
	Panels        [][]*plot.Plot // rows of panels; a nil panel leaves its tile empty
	Width, Height vg.Length      // the size of the whole figure
}

// Key is a legend drawn in a row above the panels, outside every data area:
// it can never hide a point or a curve, whatever the data (gonum/plot draws
// a panel's own legend without a background, on top of the data). Figures
// whose panels share their series (the classes of a data set, the target f)
// name them once, in the key.
type Key []KeyEntry

// KeyEntry is one entry of a Key: a name and how its series is drawn (a
// *plotter.Line, a *plotter.Scatter, …: anything with a Thumbnail method).
type KeyEntry struct {
	Name   string
	Thumbs []plot.Thumbnailer
}

// Add appends an entry to the key, unless it already has one of that name:
// panels that draw the same series add it once.
func (k *Key) Add(name string, thumbs ...plot.Thumbnailer) {
	for _, e := range *k {
		if e.Name == name {
			return
		}
	}
	*k = append(*k, KeyEntry{Name: name, Thumbs: thumbs})
}

var keyStyle = text.Style{
	Color:   color.Black,
	Font:    font.From(sansFont, legendSize),
	XAlign:  draw.XLeft,
	YAlign:  draw.YCenter,
	Handler: Subscripts,
}

// keyThumbWidth is the length of the line drawn for an entry: 20 points, as
// in a panel's legend.
const keyThumbWidth vg.Length = 20

// draw draws the key centred in rows at the top of c, no wider than width,
// and returns the height it took.
func (k Key) draw(c draw.Canvas, width vg.Length) vg.Length {
	em := keyStyle.Width("m")
	rowHeight := keyStyle.Height("Xg")
	entryWidth := func(e KeyEntry) vg.Length { return keyThumbWidth + em/2 + keyStyle.Width(e.Name) }
	// Entries fill a row from left to right, 2 em apart, then start a new row.
	var rows [][]KeyEntry
	var used vg.Length
	for _, e := range k {
		w := entryWidth(e)
		if n := len(rows); n > 0 && used+2*em+w <= width {
			rows[n-1] = append(rows[n-1], e)
			used += 2*em + w
			continue
		}
		rows = append(rows, []KeyEntry{e})
		used = w
	}
	y := c.Max.Y
	for _, row := range rows {
		var total vg.Length
		for i, e := range row {
			if i > 0 {
				total += 2 * em
			}
			total += entryWidth(e)
		}
		x := c.Center().X - total/2
		for _, e := range row {
			icon := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x, Y: y - rowHeight},
				Max: vg.Point{X: x + keyThumbWidth, Y: y},
			}}
			for _, t := range e.Thumbs {
				t.Thumbnail(&icon)
			}
			c.FillText(keyStyle, vg.Point{X: x + keyThumbWidth + em/2, Y: y - rowHeight/2}, e.Name)
			x += entryWidth(e) + 2*em
		}
		y -= rowHeight
	}
	return c.Max.Y - y
}

// Formats lists the file formats a Figure is written in.
var Formats = []string{"png", "svg", "pdf"}

// single returns a one-panel figure.
func Single(title string, p *plot.Plot, h vg.Length) *Figure {
	return &Figure{Title: title, Panels: [][]*plot.Plot{{p}}, Width: TextWidth, Height: h}
}

// grid returns a figure with the panels laid out in rows of cols.
func Grid(title string, cols int, h vg.Length, ps ...*plot.Plot) *Figure {
	f := &Figure{Title: title, Width: TextWidth, Height: h}
	for len(ps) > 0 {
		n := min(cols, len(ps))
		row := make([]*plot.Plot, cols)
		copy(row, ps[:n])
		f.Panels = append(f.Panels, row)
		ps = ps[n:]
	}
	return f
}

// Plot returns the first panel: the plot itself for a one-panel figure.
func (f *Figure) Plot() *plot.Plot {
	if len(f.Panels) == 0 || len(f.Panels[0]) == 0 {
		return nil
	}
	return f.Panels[0][0]
}

var headlineStyle = text.Style{
	Color:   color.Black,
	Font:    font.From(font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}, vg.Points(12)),
	XAlign:  draw.XCenter,
	YAlign:  draw.YTop,
	Handler: Subscripts,
}

var subtitleStyle = text.Style{
	Color:   color.Black,
	Font:    font.From(sansFont, vg.Points(9)),
	XAlign:  draw.XCenter,
	YAlign:  draw.YTop,
	Handler: Subscripts,
}

// Draw draws the figure on c: a white background, the headline, then the
// panels aligned so that their axes line up.
func (f *Figure) Draw(c draw.Canvas) {
	c.SetColor(color.White)
	c.Fill(c.Rectangle.Path())
	pad := vg.Points(6)
	width := c.Max.X - c.Min.X - 2*pad
	if f.Title != "" {
		title := wrapHeading(f.Title, headlineStyle, width)
		c.FillText(headlineStyle, vg.Point{X: c.Center().X, Y: c.Max.Y - pad}, title)
		c.Max.Y -= headlineStyle.Height(title) + 2*pad
	}
	if f.Subtitle != "" {
		sub := wrapHeading(f.Subtitle, subtitleStyle, width)
		c.FillText(subtitleStyle, vg.Point{X: c.Center().X, Y: c.Max.Y}, sub)
		c.Max.Y -= subtitleStyle.Height(sub) + pad
	}
	if len(f.Key) > 0 {
		c.Max.Y -= f.Key.draw(c, width) + pad
	}
	rows := len(f.Panels)
	if rows == 0 {
		return
	}
	cols := len(f.Panels[0])
	tiles := draw.Tiles{
		Rows: rows, Cols: cols,
		PadX: vg.Points(14), PadY: vg.Points(12),
		PadLeft: pad, PadRight: pad, PadBottom: pad,
	}
	panels := make([][]*plot.Plot, rows)
	moved := make([][]movedLabels, rows)
	titles := make([][]string, rows)
	for j, row := range f.Panels {
		panels[j], moved[j], titles[j] = make([]*plot.Plot, len(row)), make([]movedLabels, len(row)), make([]string, len(row))
		for i, p := range row {
			panels[j][i], moved[j][i] = labelsMeasuredRight(p)
			panels[j][i], titles[j][i] = titleTakenOut(panels[j][i])
		}
	}
	canvases := plot.Align(panels, tiles, c)
	for j, row := range panels {
		// The panels' titles on one line: gonum/plot draws each at the top of its canvas, and
		// plot.Align lowers the top of a panel that needs less room above its data area (no
		// marker or tick label reaching over it), so the titles of a row stood a few points
		// apart. They are drawn at the highest top of the row instead.
		top := vg.Length(math.Inf(-1))
		for i, p := range row {
			if p != nil && titles[j][i] != "" {
				top = max(top, canvases[j][i].Max.Y)
			}
		}
		for i, p := range row {
			if p == nil {
				continue
			}
			p.Draw(canvases[j][i])
			moved[j][i].draw(p, canvases[j][i])
			if t := titles[j][i]; t != "" {
				sty := f.Panels[j][i].Title.TextStyle
				canvases[j][i].FillText(sty, vg.Point{X: canvases[j][i].Center().X, Y: top + sty.FontExtents().Descent}, t)
			}
		}
	}
}

// titleTakenOut returns p itself and "" when p has no title; otherwise a copy of p whose title
// is a blank of the same height (gonum/plot keeps the same room for it above the panel) and
// the title, which Figure.Draw draws where gonum would, at the height of the row's other
// titles. p is not changed.
func titleTakenOut(p *plot.Plot) (*plot.Plot, string) {
	if p == nil || p.Title.Text == "" {
		return p, ""
	}
	q := *p
	q.Title.Text = blankLabel(p.Title.Text)
	return &q, p.Title.Text
}

// movedLabels are the axis labels that labelsMeasuredRight took away from a panel, to be drawn
// by the figure where gonum/plot would have drawn them; "" for none.
type movedLabels struct{ x, y string }

// labelsMeasuredRight works around the way gonum/plot (v0.17) measures a centred axis label:
// as if it stood at the value (Min+Max)/2 of the axis. The label is drawn in the middle of the
// axis, which on a linear axis is that value; on a logarithmic one it is not: on a y axis from
// 1e−5 to 2, (Min+Max)/2 = 1 is 94% of the way up. gonum then finds the label sticking out above
// the panel and shrinks the data area to make room, leaving a blank band over the panel (and over
// the other panels of its row, aligned with it). labelsMeasuredRight returns p itself when its
// axes are linear; otherwise a copy of p whose labels on non-linear axes are blanks of the same
// height (gonum keeps the same room for them beside the axis), with a glyph box where each label
// really stands (gonum makes room for a label longer than its axis, as on a linear one), and
// the labels it took away. p is not changed; like p.Draw, drawing the copy is not safe while
// another goroutine draws p.
func labelsMeasuredRight(p *plot.Plot) (*plot.Plot, movedLabels) {
	misMeasured := func(a plot.Axis) bool {
		_, linear := a.Scale.(plot.LinearScale)
		return !linear && a.Label.Text != "" && a.Label.Position == draw.PosCenter
	}
	if p == nil || !misMeasured(p.X) && !misMeasured(p.Y) {
		return p, movedLabels{}
	}
	q := *p
	var m movedLabels
	var room labelRoom
	if misMeasured(q.X) {
		m.x, q.X.Label.Text = q.X.Label.Text, blankLabel(q.X.Label.Text)
		// The right half of the label, centred under the data area, and no height: as gonum
		// measures a label, it shrinks the data area until the label's right end fits.
		w := q.X.Label.TextStyle.Width(m.x)
		room = append(room, plot.GlyphBox{X: 0.5, Rectangle: vg.Rectangle{Max: vg.Point{X: w / 2}}})
	}
	if misMeasured(q.Y) {
		m.y, q.Y.Label.Text = q.Y.Label.Text, blankLabel(q.Y.Label.Text)
		// The upper half of the label (a quarter turn round, its width is its height).
		h := q.Y.Label.TextStyle.Width(m.y)
		room = append(room, plot.GlyphBox{Y: 0.5, Rectangle: vg.Rectangle{Max: vg.Point{Y: h / 2}}})
	}
	q.Add(room) // appends to the copy's list of plotters: p's list keeps its length
	return &q, m
}

// labelRoom draws nothing: its glyph boxes are the room that the moved labels of a panel take.
type labelRoom []plot.GlyphBox

func (labelRoom) Plot(draw.Canvas, *plot.Plot)            {}
func (r labelRoom) GlyphBoxes(*plot.Plot) []plot.GlyphBox { return r }

// blankLabel returns a label as tall as label and (almost) zero wide: a space on each line, or a
// subscripted space on a line with a subscript (which goes lower).
func blankLabel(label string) string {
	lines := strings.Split(strings.TrimRight(label, "\n"), "\n")
	for i, l := range lines {
		lines[i] = " "
		if strings.Contains(l, "_{") {
			lines[i] = "_{ }"
		}
	}
	return strings.Join(lines, "\n")
}

// draw draws the moved labels of panel p, drawn on c, where gonum/plot draws an axis label:
// the x label centred under the data area, on the bottom edge of c; the y label turned a quarter
// turn, centred beside the data area, on the left edge of c.
func (m movedLabels) draw(p *plot.Plot, c draw.Canvas) {
	if m.x == "" && m.y == "" {
		return
	}
	data := p.DataCanvas(c)
	if m.x != "" {
		sty := p.X.Label.TextStyle
		c.FillText(sty, vg.Point{X: data.Center().X, Y: c.Min.Y + sty.FontExtents().Descent}, m.x)
	}
	if m.y != "" {
		sty := p.Y.Label.TextStyle
		x := c.Min.X + sty.Height(m.y) - sty.FontExtents().Descent
		sty.Rotation += math.Pi / 2
		c.FillText(sty, vg.Point{X: x, Y: data.Center().Y}, m.y)
	}
}

// wrapHeading breaks a headline or a subtitle into lines no wider than width ("\n" still breaks
// a line). A heading is a list of clauses, "cercles : … ; traits : …": it breaks between clauses
// (after "; ", then after ": ") when that takes no more lines than breaking between words, so
// that a key's entry stays on one line; a clause too long for one line is broken between words
// into lines of even widths, so that no word is left alone on the last line, and never next to
// an operator (a formula "w < 0" stays whole) nor before a French ":", ";", "?" or "!".
func wrapHeading(s string, sty text.Style, width vg.Length) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		lines := wrapClauses(para, sty, width, []string{"; ", ": "})
		if even := wrapEven(para, sty, width); len(even) < len(lines) {
			lines = even
		}
		out = append(out, lines...)
	}
	return strings.Join(out, "\n")
}

// wrapClauses breaks s after its separators seps[0] into lines of whole clauses; a clause too wide
// for a line is broken after the next separators, then between words, into lines of its own.
func wrapClauses(s string, sty text.Style, width vg.Length, seps []string) []string {
	if sty.Width(s) <= width {
		return []string{s}
	}
	if len(seps) == 0 {
		return wrapEven(s, sty, width)
	}
	clauses := strings.SplitAfter(s, seps[0])
	if len(clauses) == 1 {
		return wrapClauses(s, sty, width, seps[1:])
	}
	var lines []string
	line := ""
	for _, c := range clauses {
		c = strings.TrimSpace(c)
		try := c
		if line != "" {
			try = line + " " + c
		}
		if sty.Width(try) <= width {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = c
		if sty.Width(c) > width { // broken into lines of its own, the next clause on a new line
			lines = append(lines, wrapClauses(c, sty, width, seps[1:])...)
			line = ""
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// wrapEven breaks s between words into as few lines as fit in width, the lines as even as
// possible: the narrowest width (found by bisection) that needs no more lines than width does.
func wrapEven(s string, sty text.Style, width vg.Length) []string {
	words := unbreakable(s)
	n := len(packWords(words, sty, width))
	lo, hi := width/vg.Length(n), width
	for range 20 {
		mid := (lo + hi) / 2
		if len(packWords(words, sty, mid)) <= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return packWords(words, sty, hi)
}

// packWords puts as many words on each line as fit in width (a word wider than width gets a
// line of its own).
func packWords(words []string, sty text.Style, width vg.Length) []string {
	var lines []string
	line := ""
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && sty.Width(try) > width {
			lines = append(lines, line)
			try = w
		}
		line = try
	}
	return append(lines, line)
}

// operators and closers are the words a heading never breaks next to: an operator is glued to
// both its neighbours ("w < 0", "ε = 1e−05"), a closer (French punctuation, spaced, and a
// French "89.7 %") to the word before it, an opener to the word after it.
var (
	operators = map[string]bool{"=": true, "<": true, ">": true, "≤": true, "≥": true, "≈": true, "≠": true,
		"+": true, "−": true, "-": true, "×": true, "·": true, "/": true, "→": true}
	closers = map[string]bool{":": true, ";": true, "?": true, "!": true, "»": true}
	openers = map[string]bool{"«": true}
)

// unbreakable splits s into the words a line may break between.
func unbreakable(s string) []string {
	var out []string
	glue := false // the word before asks for the next one
	for _, w := range strings.Fields(s) {
		if len(out) > 0 && (glue || operators[w] || closers[w] || strings.HasPrefix(w, "%")) {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		glue = operators[w] || openers[w]
	}
	return out
}

// WriteTo writes the figure in the given format ("png", "svg" or "pdf") to w.
// PNG is rendered at PNGDPI. The same figure gives the same bytes every time.
func (f *Figure) WriteTo(w io.Writer, format string) error {
	return f.write(w, format, PNGDPI)
}

// PNGAt returns the figure as a PNG at the given resolution (dots per inch).
func (f *Figure) PNGAt(dpi int) ([]byte, error) {
	var b bytes.Buffer
	if err := f.write(&b, "png", dpi); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func (f *Figure) write(w io.Writer, format string, dpi int) error {
	var c vg.CanvasWriterTo
	switch strings.ToLower(format) {
	case "png":
		if dpi <= 0 {
			return fmt.Errorf("figure %q: resolution %d dpi must be positive", f.Title, dpi)
		}
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(f.Width, f.Height), vgimg.UseDPI(dpi))}
	case "svg":
		c = vgsvg.New(f.Width, f.Height)
	case "pdf":
		c = newPDF(f.Width, f.Height)
	default:
		return fmt.Errorf("unknown figure format %q: want one of %s", format, strings.Join(Formats, ", "))
	}
	if f.Width <= 0 || f.Height <= 0 {
		return fmt.Errorf("figure %q: size %v×%v must be positive", f.Title, f.Width, f.Height)
	}
	f.Draw(draw.New(c))
	if _, ok := c.(*vgsvg.Canvas); ok {
		// A browser without Liberation Sans falls back to Arial, which has
		// the same metrics, rather than to a serif face.
		var b bytes.Buffer
		if _, err := c.WriteTo(&b); err != nil {
			return err
		}
		_, err := w.Write(bytes.ReplaceAll(b.Bytes(), []byte("font-family:Liberation Sans;"), []byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")))
		return err
	}
	_, err := c.WriteTo(w)
	return err
}

// Bytes returns the figure in the given format.
func (f *Figure) Bytes(format string) ([]byte, error) {
	var b bytes.Buffer
	if err := f.WriteTo(&b, format); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// PNG returns the figure as PNG bytes at its standard size (TextWidth wide,
// PNGDPI), ready for a notebook: gonbui.DisplayPNG(png).
func (f *Figure) PNG() ([]byte, error) { return f.Bytes("png") }

// SVG returns the figure as SVG bytes at its standard size, ready for a
// notebook: gonbui.DisplaySVG(string(svg)).
func (f *Figure) SVG() ([]byte, error) { return f.Bytes("svg") }

// File returns the figure in the given format as a file for print: PNG at
// PrintDPI, SVG and PDF as Bytes gives them.
func (f *Figure) File(format string) ([]byte, error) {
	if format == "png" {
		return f.PNGAt(PrintDPI)
	}
	return f.Bytes(format)
}

// Save writes the figure to path, in the format named by its extension
// (.png at PrintDPI, .svg or .pdf). The file is written atomically: to a temporary file in
// the same folder, renamed into place only once complete.
func (f *Figure) Save(path string) error {
	format := strings.TrimPrefix(filepath.Ext(path), ".")
	b, err := f.File(format)
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, b)
}

// WriteFileAtomic writes data to path through a temporary file in the same
// folder and a rename, so that an interrupted run never leaves a half-written
// file at path.
func WriteFileAtomic(path string, data []byte) error {
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
