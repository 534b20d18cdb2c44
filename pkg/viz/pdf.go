package viz

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"reflect"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgpdf"
)

// PDF output.
//
// gonum/plot's PDF canvas encodes text in code page 1252, which has no Greek
// letters and no superscript ˡ: "δˡ" would print as garbage. pdfCanvas draws
// every string as the outlines of its glyphs instead (filled paths), taken
// from the same Liberation fonts as the PNG and SVG output, so that it prints
// exactly as on screen; and it writes the same string again as invisible text
// (PDF text rendering mode 3, the way scanned pages carry their OCR) in the
// same font embedded as a Unicode (UTF-8) subset: pdffonts lists the fonts,
// pdftotext and screen readers get the words, a search finds "η".
//
// fpdf stamps each document with the current time; pdfDefaults fixes that
// date so that the same figure gives the same bytes.

var pdfDefaults sync.Once

// pdfDate is the date written in every PDF: the lecture's date.
var pdfDate = time.Date(2017, 12, 14, 0, 0, 0, 0, time.UTC)

type pdfCanvas struct {
	*vgpdf.Canvas
	buf    sfnt.Buffer
	widths map[int]bool // the widths of the images drawn so far

	doc   *fpdf.Fpdf      // the canvas's document, for the text layer (nil: no text layer)
	fonts map[string]bool // the Unicode fonts added to doc
}

func newPDF(w, h vg.Length) *pdfCanvas {
	pdfDefaults.Do(func() {
		fpdf.SetDefaultCreationDate(pdfDate)
		fpdf.SetDefaultModificationDate(pdfDate)
		fpdf.SetDefaultCatalogSort(true)
	})
	c := vgpdf.New(w, h)
	c.EmbedFonts(false) // vgpdf's own code-page fonts are never used
	return &pdfCanvas{Canvas: c, doc: documentOf(c), fonts: map[string]bool{}, widths: map[int]bool{}}
}

// documentOf returns the fpdf document inside a vgpdf canvas: gonum/plot
// v0.17.0 keeps it in an unexported field, doc, and has no accessor, so it
// is read with reflect and unsafe. Should a later gonum/plot rename or
// retype the field, documentOf returns nil and the PDFs lose their text
// layer (TestPDFText fails), nothing else.
func documentOf(c *vgpdf.Canvas) *fpdf.Fpdf {
	f := reflect.ValueOf(c).Elem().FieldByName("doc")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*fpdf.Fpdf)(nil)) {
		return nil
	}
	return (*fpdf.Fpdf)(f.UnsafePointer())
}

// textLayer writes str at pt as invisible text in the Unicode version of
// fnt, placed as vgpdf places its own text.
func (c *pdfCanvas) textLayer(fnt font.Face, pt vg.Point, str string) {
	if c.doc == nil || strings.TrimSpace(str) == "" {
		return
	}
	name := "u-" + fnt.Name()
	if !c.fonts[name] {
		var raw bytes.Buffer
		if _, err := fnt.Face.WriteSourceTo(nil, &raw); err != nil {
			return
		}
		c.doc.AddUTF8FontFromBytes(name, "", raw.Bytes())
		c.fonts[name] = true
	}
	size := fnt.Font.Size.Dots(c.DPI())
	c.doc.SetFont(name, "", size)
	c.Push()
	defer c.Pop()
	c.Translate(pt)
	c.Scale(1, -1) // fpdf's origin is the top left corner
	_, h := c.doc.GetFontSize()
	d := c.doc.GetFontDesc(name, "")
	top := 0.81 * h
	if d.Ascent != 0 {
		top = -float64(d.Ascent) * h / float64(d.Ascent-d.Descent)
	}
	c.doc.SetTextRenderingMode(3) // neither filled nor stroked
	c.doc.MoveTo(-c.doc.GetCellMargin(), top)
	c.doc.CellFormat(c.doc.GetStringWidth(str), h, str, "", 0, "BL", false, 0, "")
	c.doc.SetTextRenderingMode(0)
}

// DrawImage works around two problems:
//   - vgpdf draws images upside down (its page is flipped to put y up, and
//     fpdf places an image's first row at the top): the image is flipped
//     before it is handed over;
//   - fpdf writes images in map order, sorted only by width, so two images of
//     the same width could swap places from one run to the next: an image
//     whose width is taken is stretched by as few pixels as make it unique.
func (c *pdfCanvas) DrawImage(rect vg.Rectangle, img image.Image) {
	b := img.Bounds()
	w := b.Dx()
	for c.widths[w] {
		w++
	}
	c.widths[w] = true
	flipped := image.NewRGBA(image.Rect(0, 0, w, b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < w; x++ {
			flipped.Set(x, b.Dy()-1-y, img.At(b.Min.X+x*b.Dx()/w, b.Min.Y+y))
		}
	}
	c.Canvas.DrawImage(rect, flipped)
}

// FillString draws str as filled glyph outlines, with the font's kerning.
func (c *pdfCanvas) FillString(fnt font.Face, pt vg.Point, str string) {
	if fnt.Face == nil || fnt.Font.Size == 0 {
		return
	}
	c.textLayer(fnt, pt, str)
	f := fnt.Face
	upem := fixed.Int26_6(f.UnitsPerEm())
	// At ppem = UnitsPerEm (in 26.6 units), sfnt returns raw font units.
	scale := float64(fnt.Font.Size) / float64(f.UnitsPerEm())
	x := 0.0
	var prev sfnt.GlyphIndex
	for i, r := range str {
		idx, err := f.GlyphIndex(&c.buf, r)
		if err != nil {
			continue
		}
		if i > 0 {
			if k, err := f.Kern(&c.buf, prev, idx, upem, 0); err == nil {
				x += float64(k)
			}
		}
		segs, err := f.LoadGlyph(&c.buf, idx, upem, nil)
		if err == nil && len(segs) > 0 {
			c.Fill(glyphPath(segs, pt, x, scale))
		}
		adv, err := f.GlyphAdvance(&c.buf, idx, upem, 0)
		if err == nil {
			x += float64(adv)
		}
		prev = idx
	}
}

// glyphPath turns sfnt segments (font units, y down) into a vg.Path at pt
// (points, y up), x font units to the right.
func glyphPath(segs sfnt.Segments, pt vg.Point, x, scale float64) vg.Path {
	p := func(q fixed.Point26_6) vg.Point {
		return vg.Point{
			X: pt.X + vg.Length((x+float64(q.X))*scale),
			Y: pt.Y - vg.Length(float64(q.Y)*scale),
		}
	}
	var path vg.Path
	open := false
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				path.Close()
			}
			path.Move(p(s.Args[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			path.Line(p(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			path.QuadTo(p(s.Args[0]), p(s.Args[1]))
		case sfnt.SegmentOpCubeTo:
			path.CubeTo(p(s.Args[0]), p(s.Args[1]), p(s.Args[2]))
		}
	}
	if open {
		path.Close()
	}
	return path
}

// Page is one page of a lesson sheet: a heading, a figure, a caption.
type Page struct {
	Heading string // e.g. "Lesson 05 · Tuning the learning rate"
	Figure  *Figure
	Caption string // what the figure shows; wrapped to the text width
}

var (
	pageHeadingStyle = text.Style{
		Color:   color.Black,
		Font:    font.From(font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}, vg.Points(14)),
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: Subscripts,
	}
	captionStyle = text.Style{
		Color:   color.Black,
		Font:    font.From(sansFont, vg.Points(10.5)),
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: Subscripts,
	}
)

// SheetPDF returns a multi-page A4 PDF, one page per figure: a printable
// lesson sheet.
func SheetPDF(pages []Page) ([]byte, error) {
	if len(pages) == 0 {
		return nil, errors.New("lesson sheet: no pages")
	}
	c := newPDF(PageWidth, PageHeight)
	for i, pg := range pages {
		if pg.Figure == nil {
			return nil, fmt.Errorf("lesson sheet: page %d (%q) has no figure", i+1, pg.Heading)
		}
		if i > 0 {
			c.NextPage()
		}
		pageDraw(draw.New(c), pg)
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// pageDraw draws one A4 page: the heading, the figure (shrunk if it is too
// tall to leave room for the caption), the caption.
func pageDraw(dc draw.Canvas, pg Page) {
	margin := 2 * vg.Centimeter
	left, top := dc.Min.X+margin, dc.Max.Y-margin
	dc.FillText(pageHeadingStyle, vg.Point{X: left, Y: top}, pg.Heading)
	top -= pageHeadingStyle.Height(pg.Heading) + vg.Points(10)
	f := pg.Figure
	w, h := f.Width, f.Height
	if maxH := top - margin - 5*vg.Centimeter; h > maxH {
		w, h = w*maxH/h, maxH
	}
	x0 := (PageWidth - w) / 2
	f.Draw(draw.Crop(dc, x0, x0+w-PageWidth, top-h, top-PageHeight))
	top -= h + vg.Points(12)
	if pg.Caption != "" {
		dc.FillText(captionStyle, vg.Point{X: left, Y: top}, wrap(pg.Caption, captionStyle, PageWidth-2*margin))
	}
}

// wrap breaks s into lines no wider than width (paragraphs kept).
func wrap(s string, sty text.Style, width vg.Length) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if line != "" && sty.Width(try) > width {
				out = append(out, line)
				try = word
			}
			line = try
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
