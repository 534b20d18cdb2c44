// Package figures is the catalogue of the lessons' figures: each one named,
// captioned and built from a seed, by running the lecture's packages and
// handing what they computed to the plot primitives of pkg/viz.
//
//	fig, err := figures.Build("05", "regimes") // lesson 05's four regimes of η, at DefaultSeed
//	png, err := fig.PNG()
//
// viz draws and never trains; this package trains (with pkg/gd, pkg/approx,
// pkg/backprop and, for the figures of trained networks, the fast trainer of
// pkg/train) and then draws with viz. The data flows one way: the model and
// learning packages compute, this package picks what to show, viz draws it.
//
// Catalogue lists every figure of every lesson, in lesson order; "stepnet
// plots" renders it all in PNG, SVG and PDF, plus one printable A4 sheet per
// lesson. The same seed gives byte-identical files: every random choice comes
// from the seed, and a trained network is trained once per seed and shared
// by the figures drawn from it. The lesson numbers, slugs and titles come
// from internal/lessons, the one list the whole kit shares.
//
// The golden tests (testdata/golden, one PNG per figure) live here, with what
// they test: after a deliberate change run "go test ./pkg/figures -update"
// and look at every golden that changed.
package figures
