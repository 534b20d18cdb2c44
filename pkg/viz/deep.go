package viz

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Lesson 12: deep models compute new representations hˡ(x) of their input.

// project returns the rows of H (N×n) in 2-D: H itself when n = 2, its first
// coordinate against 0 when n = 1, otherwise its projection on its first two
// principal components (the plane in which the points spread the most).
func project(H mat.Matrix) (*mat.Dense, string, error) {
	n, d := H.Dims()
	switch {
	case d == 2:
		return mat.DenseCopyOf(H), "", nil
	case d == 1:
		P := mat.NewDense(n, 2, nil)
		for i := 0; i < n; i++ {
			P.Set(i, 0, H.At(i, 0))
		}
		return P, "", nil
	}
	var pc stat.PC
	if ok := pc.PrincipalComponents(H, nil); !ok {
		return nil, "", fmt.Errorf("principal components of a %d×%d representation failed", n, d)
	}
	var vecs mat.Dense
	pc.VectorsTo(&vecs)
	var P mat.Dense
	P.Mul(H, vecs.Slice(0, d, 0, 2))
	return &P, lang.T("viz.representations.projected"), nil
}

// Representations draws the data X (N×2) as the network sees it layer by
// layer: the input x, then each hidden representation hˡ(x) (projected on 2
// dimensions when wider), the points keeping their class marker. On spirals,
// the classes, tangled in x, come apart layer after layer.
func Representations(net *mlp.Network, X mat.Matrix, labels []int) (*Figure, error) {
	if err := checkXY(X, labels); err != nil {
		return nil, err
	}
	tr, err := net.ForwardBatch(X)
	if err != nil {
		return nil, err
	}
	L := len(net.Layers)
	var panels []*plot.Plot
	// The classes are named once, in a key above the panels: spread points
	// leave no corner of a panel free.
	var key Key
	for l := 0; l < L; l++ { // the input and every hidden layer (not the output)
		P, note, err := project(tr.H[l])
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", l, err)
		}
		title := lang.T("viz.diagram.input")
		xl, yl := "x₁", "x₂"
		if l > 0 {
			title = lang.F("viz.representations.panel", notation.Sym("h", l), net.Layers[l-1].Out(), note)
			xl, yl = "", ""
		}
		p := newPlot(title, xl, yl)
		addClasses(p, &key, P, labels, nil)
		panels = append(panels, p)
	}
	cols := min(3, len(panels))
	if len(panels) == 4 {
		cols = 2
	}
	rows := (len(panels) + cols - 1) / cols
	f := Grid(lang.T("viz.representations.title"), cols,
		vg.Length(rows)*6.5*vg.Centimeter+1.5*vg.Centimeter, panels...)
	f.Key = key
	f.Subtitle = lang.F("viz.representations.subtitle", net.Label())
	return f, nil
}
