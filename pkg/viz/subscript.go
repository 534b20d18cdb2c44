package viz

import (
	"math"
	"strings"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// Subscripts is the text handler of every figure: plain text, except that
// "_{…}" is drawn as a subscript, smaller and lower: "η_{opt}" prints as
// η with "opt" below the line. Liberation Sans has no subscript p or t
// (ₚ, ₜ), and gonum/plot's LaTeX handler has no subscripts, so η_opt used
// to print with a literal underscore. Text without "_{" is drawn exactly as
// text.Plain draws it.
var Subscripts text.Handler = subscripts{Plain: text.Plain{Fonts: font.DefaultCache}}

type subscripts struct{ text.Plain }

// subScale and subDrop size and place a subscript, in units of the font size.
const subScale, subDrop = 0.7, 0.22

// piece is a run of text, subscript or not.
type piece struct {
	s   string
	sub bool
}

// pieces cuts a line at its "_{…}" marks.
func pieces(line string) []piece {
	var out []piece
	for {
		i := strings.Index(line, "_{")
		if i < 0 {
			break
		}
		j := strings.Index(line[i:], "}")
		if j < 0 {
			break
		}
		if i > 0 {
			out = append(out, piece{line[:i], false})
		}
		out = append(out, piece{line[i+2 : i+j], true})
		line = line[i+j+1:]
	}
	if line != "" {
		out = append(out, piece{line, false})
	}
	return out
}

// faces returns the face of the text and the face of its subscripts.
func (h subscripts) faces(f font.Font) (normal, small font.Face) {
	sf := f
	sf.Size = f.Size * subScale
	return h.Fonts.Lookup(f, f.Size), h.Fonts.Lookup(sf, sf.Size)
}

// width is the width of one line, subscripts included.
func (h subscripts) width(line string, f font.Font) vg.Length {
	normal, small := h.faces(f)
	w := vg.Length(0)
	for _, p := range pieces(line) {
		if p.sub {
			w += small.Width(p.s)
		} else {
			w += normal.Width(p.s)
		}
	}
	return w
}

// Box is text.Plain's, with the width of the subscripts.
func (h subscripts) Box(txt string, f font.Font) (width, height, depth vg.Length) {
	if !strings.Contains(txt, "_{") {
		return h.Plain.Box(txt, f)
	}
	_, height, depth = h.Plain.Box(txt, f)
	return h.width(txt, f), height, depth + f.Size*subDrop
}

// Draw is text.Plain's Draw, drawing each line piece by piece.
func (h subscripts) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	if !strings.Contains(txt, "_{") {
		h.Plain.Draw(c, txt, sty, pt)
		return
	}
	txt = strings.TrimRight(txt, "\n")
	normal, small := h.faces(sty.Font)
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := h.Lines(txt)
	pt.Y += sty.Height(txt)*vg.Length(sty.YAlign) - normal.Extents().Ascent
	for i, line := range lines {
		x := pt.X + vg.Length(sty.XAlign)*h.width(line, sty.Font)
		y := pt.Y + vg.Length(len(lines)-i)*sty.Font.Size
		for _, p := range pieces(line) {
			if p.sub {
				c.FillString(small, vg.Point{X: x, Y: y - sty.Font.Size*subDrop}, p.s)
				x += small.Width(p.s)
				continue
			}
			c.FillString(normal, vg.Point{X: x, Y: y}, p.s)
			x += normal.Width(p.s)
		}
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}
