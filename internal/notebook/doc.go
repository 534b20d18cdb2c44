// Package notebook turns the lessons' Markdown sources (lessons/NN-slug/lesson.md) into Jupyter
// notebooks, checks committed notebooks against their sources, and executes notebooks headlessly
// through Debian's jupyter nbconvert.
//
// The lesson format, written for lesson authors, is in lessons/README.md. In short: every ```go block
// is a code cell in GoNB's form (declarations, a %% line, then the statements of the cell's main),
// the rest is Markdown, cut into one cell per heading; figures and HTML are shown with show.PNG,
// show.SVG, show.HTML and show.Markdown, which the generator maps to the kernel's display functions;
// <!-- figures: N --> declares how many images the notebook must produce.
//
// Each lesson makes two notebooks, one per Flavour: notebooks/NN-slug.ipynb for GoNB, the primary
// kernel, and notebooks/gophernotes/NN-slug.ipynb for gophernotes (GophernotesSource tells what
// changes). Every notebook gets one generated setup cell: on GoNB (GonbSetup) it points the stepnet
// module at the checkout the notebook is in; on gophernotes (GophernotesSetup) it loads the packages
// the lesson imports, stepnet's by a file path relative to the notebook's folder.
//
// The command that drives this package is `stepnet notebooks` (cmd/stepnet/notebooks.go); the test
// that executes every notebook is tests/notebooks.
package notebook
