// Package viz draws every figure of the lessons, with gonum/plot.
//
// A figure is a value: a function of this package builds a *Figure (a
// headline and a grid of *plot.Plot panels) from the results of the other
// packages — a network, a data set, a cost history — and the caller chooses
// what to do with it:
//
//	fig, err := viz.Activations()       // g and g′ of the four non-linearities
//	png, err := fig.PNG()               // in a GoNB notebook: gonbui.DisplayPNG(png)
//	svg, err := fig.SVG()               //                     gonbui.DisplaySVG(string(svg))
//	err = fig.Save("activations.pdf")   // .png, .svg or .pdf, written atomically
//
// viz draws; it does not learn. A figure of a trained network receives the
// network, or calls the training packages (pkg/gd, pkg/approx) to compute
// what it shows.
//
// # One style
//
// Every figure is 17 cm wide, the text width of an A4 page, and is read in
// black and white as well as in colour: series differ by colour (the
// Okabe–Ito palette, safe for colour-blind readers), by dash pattern and by
// marker at once (LineStyle, GlyphStyle). Axis labels use the lecture's
// notation (hˡ, δˡ, g′, η, C(w)); the headline says what to look at.
// Liberation Sans, the font, lacks ⁰, ⁱ, ⁻ and ⱼ, so labels avoid them
// (a test checks every string drawn).
//
// # The catalogue
//
// Catalogue lists the figures of every lesson with a caption and a function
// that builds each from a seed; "stepnet plots" renders it all, in PNG, SVG
// and PDF, plus one printable A4 sheet per lesson (SheetPDF). The same seed
// gives byte-identical files. The lesson numbers, slugs and titles come from
// internal/lessons, the one list the whole kit shares.
//
// PDF text is drawn as glyph outlines: gonum/plot's PDF canvas encodes text
// in code page 1252, which has no Greek letters and no superscript ˡ.
package viz
