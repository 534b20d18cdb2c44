package viz

import (
	"sort"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// MissingGlyphs draws a page (its heading, figure and caption) and returns,
// sorted, each drawn character that the font lacks, as "⁰ in h⁰ = x": it
// would print as an empty box. Liberation Sans has no ⁰, ⁱ, ⁻ or ⱼ.
func MissingGlyphs(pg Page) []string {
	c := &glyphCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(PageWidth, PageHeight), vgimg.UseDPI(10)), missing: map[string]bool{}}
	if pg.Figure != nil {
		pageDraw(draw.New(c), pg)
	}
	var out []string
	for m := range c.missing {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}

// glyphCanvas records every string drawn whose glyphs the font lacks.
type glyphCanvas struct {
	*vgimg.Canvas
	missing map[string]bool
	buf     sfnt.Buffer
}

func (c *glyphCanvas) FillString(f font.Face, pt vg.Point, s string) {
	for _, r := range s {
		if idx, err := f.Face.GlyphIndex(&c.buf, r); err != nil || idx == 0 {
			c.missing[string(r)+" in "+s] = true
		}
	}
}
