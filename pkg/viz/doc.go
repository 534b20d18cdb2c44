// Package viz is the kit's plot primitives, with gonum/plot: the kinds of
// figure the lessons draw (curves, level curves and paths, decision regions,
// network diagrams, histograms, digit images) and one style for all of them.
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
// network, a figure of a descent receives its trajectory: viz imports the
// lecture's model packages (pkg/neuron, pkg/mlp) for their types, and no
// package that trains (pkg/gd, pkg/approx, pkg/train). The named figures of
// the lessons, which train what they show, are pkg/figures.
//
// # One style
//
// Every figure is 17 cm wide, the text width of an A4 page, and is read in
// black and white as well as in colour: series differ by colour (the
// Okabe–Ito palette, safe for colour-blind readers), by dash pattern and by
// marker at once (LineStyle, GlyphStyle). Axis labels use the lecture's
// notation (hˡ, δˡ, g′, η, C(w)); the headline says what to look at.
// Liberation Sans, the font, lacks ⁰, ⁱ, ⁻ and ⱼ, so labels avoid them
// (a test checks every string drawn); it lacks ₚ and ₜ too, so an index is
// written "η_{opt}" and drawn as a subscript (the Subscripts text handler).
//
// # Printing
//
// SheetPDF makes a printable A4 sheet, one page per figure with its
// caption; "stepnet plots" writes one per lesson from pkg/figures.
//
// PNG files for print ("stepnet plots", Figure.Save, Figure.File) are
// rendered at PrintDPI (250 dpi: 1673 pixels across 17 cm); Figure.PNG, for a
// notebook, at PNGDPI (100 dpi).
//
// PDF text is drawn as glyph outlines (gonum/plot's PDF canvas encodes text
// in code page 1252, which has no Greek letters and no superscript ˡ) with
// the same text over it, invisible, in an embedded Unicode font: pdffonts
// lists the fonts, pdftotext and screen readers read the words.
//
// # Bad input
//
// A figure function returns an error, never a panic nor a figure of
// NaN: a nil or invalid network, nil, typed-nil or empty matrices, NaN or
// ±Inf in the data, labels outside 0…MaxClasses−1 (64), and for
// DecisionRegions, CompareRegions and HiddenUnits a forward pass that fails
// anywhere on the plane (a NaN weight): the figure is refused rather than
// drawn as "class 0 everywhere". ConfusionMatrix takes at most MaxClasses
// classes, InitHistograms mlp's limits (mlp.CheckSizes, a batch trace of
// mlp.MaxBatchValues).
package viz
