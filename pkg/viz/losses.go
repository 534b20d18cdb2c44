package viz

import (
	"gonum.org/v1/plot/plotter"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Lesson 03: regression and classification.

// LossCurves compares the squared error and the cross-entropy for one example
// of class 1 out of 2 (one-hot target y = (1, 0)). The network's two outputs
// o = (a, 0) go through the softmax, so p = softmax(o)₁ = sigmoid(a).
// Left: the loss as a function of p. Right: the gradient ∂C/∂a as a function
// of the activity a: the cross-entropy's is p − 1, the squared error's is
// multiplied by the softmax slope p(1 − p) and vanishes when the network is
// confidently wrong (a ≪ 0).
func LossCurves() (*Figure, error) {
	y := []float64{1, 0}
	mse := func(p float64) float64 {
		c, _ := mlp.SquaredError.Value([]float64{p, 1 - p}, y) // (1−p)² + (0−(1−p))² = 2(1−p)²
		return c
	}
	ce := func(p float64) float64 {
		c, _ := mlp.CrossEntropy([]float64{p, 1 - p}, y) // −log p
		return c
	}
	left := newPlot(lang.T("viz.losses.left"), lang.T("viz.losses.leftx"), "C")
	addGrid(left)
	addLine(left, curve(ce, 0.01, 1, 200), 0, lang.T("viz.losses.ce"))
	addLine(left, curve(mse, 0.01, 1, 200), 1, lang.T("viz.losses.mse"))
	left.Y.Min, left.Y.Max = 0, 4.7
	left.X.Min, left.X.Max = 0, 1

	// ∂C/∂a with p = sigmoid(a):
	//   cross-entropy: C = −log p, ∂C/∂a = −(1/p)·p(1−p) = p − 1
	//   squared error: C = 2(1−p)², ∂C/∂a = −4(1−p)·p(1−p)
	dce := func(a float64) float64 { return neuron.Sigmoid.G(a) - 1 }
	dmse := func(a float64) float64 {
		p := neuron.Sigmoid.G(a)
		return -4 * (1 - p) * p * (1 - p)
	}
	right := newPlot(lang.T("viz.losses.right"), lang.T("viz.losses.rightx"), "∂C/∂a")
	addGrid(right)
	addLine(right, curve(dce, -8, 8, 200), 0, lang.T("viz.losses.dce"))
	addLine(right, curve(dmse, -8, 8, 200), 1, lang.T("viz.losses.dmse"))
	right.Legend.Left = false
	right.Legend.Top = false
	right.Add(labels1(-7.5, -0.08, lang.T("viz.losses.wrong")))
	right.Y.Min, right.Y.Max = -1.1, 0.1
	return Grid(lang.T("viz.losses.title"), 2, ShortHeight, left, right), nil
}

// fixedHist is a histogram with fixed bins over [lo, hi], heights the
// fraction of values in each bin.
func fixedHist(vals []float64, lo, hi float64, bins int, i int) *plotter.Histogram {
	h := &plotter.Histogram{Bins: make([]plotter.HistogramBin, bins), Width: (hi - lo) / float64(bins)}
	for b := range h.Bins {
		h.Bins[b].Min = lo + float64(b)*h.Width
		h.Bins[b].Max = h.Bins[b].Min + h.Width
	}
	for _, v := range vals {
		b := int((v - lo) / h.Width)
		b = max(0, min(bins-1, b))
		h.Bins[b].Weight += 1 / float64(len(vals))
	}
	h.FillColor = Tint(Colour(i), 0.35)
	h.LineStyle = LineStyle(6)
	h.LineStyle.Width = 0.5
	return h
}
