package viz

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/plotter"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Figures that draw results of other packages, built here from small
// hand-made inputs: each must render, and each must refuse bad input with an
// error that says what is wrong.

func mustRender(t *testing.T, name string, f *Figure, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if _, err := f.PNGAt(30); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

func wantErr(t *testing.T, name string, err error, substr string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), substr) {
		t.Errorf("%s: error %v, want one saying %q", name, err, substr)
	}
}

func TestConfusionMatrix(t *testing.T) {
	f, err := ConfusionMatrix([]int{0, 1, 2, 2}, []int{0, 1, 1, 2}, 3)
	mustRender(t, "confusion", f, err)
	// 3 of 4 right: the headline says so.
	if !strings.Contains(f.Title, "3 of 4 right (75.0%)") {
		t.Errorf("title %q", f.Title)
	}
	_, err = ConfusionMatrix([]int{0, 1}, []int{0, 3}, 3)
	wantErr(t, "class out of range", err, "prediction 3")
	_, err = ConfusionMatrix([]int{0, 1}, []int{0}, 3)
	wantErr(t, "lengths", err, "2 labels and 1 predictions")
	// The true classes first, passed on to mlp.Confusion in that order (whose test checks
	// that C[label][pred] is counted): a label 0 predicted as 5 is refused for its prediction.
	_, err = ConfusionMatrix([]int{0}, []int{5}, 3)
	wantErr(t, "labels first", err, "example 0 has label 0 and prediction 5")
}

func TestFirstLayerWeights(t *testing.T) {
	W := mat.NewDense(5, 16, nil)
	for i := 0; i < 5; i++ {
		W.Set(i, i, 1)
		W.Set(i, 15-i, -1)
	}
	f, err := FirstLayerWeights(W, 4, 5)
	mustRender(t, "weights", f, err)
	// Weight +1 is white, −1 black, 0 mid-grey (255·0.5 rounded: 128).
	img := weightImage(W.RawRowView(0), 4)
	if g := img.At(0, 0); g != (colorGray(255)) {
		t.Errorf("w = +1 → %v, want white", g)
	}
	if g := img.At(4*3+1, 4*3+1); g != colorGray(0) {
		t.Errorf("w = −1 → %v, want black", g)
	}
	if g := img.At(4*1, 0); g != colorGray(128) {
		t.Errorf("w = 0 → %v, want grey 128", g)
	}
	_, err = FirstLayerWeights(W, 28, 5)
	wantErr(t, "side", err, "want 784 columns")
}

func TestCurves(t *testing.T) {
	ep := []float64{1, 2, 3}
	f, err := LearningCurves([]Series{{"train", ep, []float64{1, .5, .3}}}, []Series{{"train", ep, []float64{.5, .7, .8}}})
	mustRender(t, "learning curves", f, err)
	_, err = CostCurves("", []Series{{"batch", ep, []float64{1, math.NaN(), 0.5}}}, nil, false)
	wantErr(t, "NaN", err, "not finite")
	_, err = CostCurves("", []Series{{"batch", ep, []float64{1, 0}}}, nil, false)
	wantErr(t, "lengths", err, "3 x values and 2 y values")
	_, err = CostCurves("", []Series{{"batch", ep, []float64{1, 0, 2}}}, nil, true)
	wantErr(t, "log of 0", err, "log scale")
}

func TestSurfacesAndRegimes(t *testing.T) {
	C := func(a, b float64) float64 { return 2*a*a + 0.5*b*b }
	f, err := CostSurface("", []SurfacePanel{{Title: "C", C: C, Box: [4]float64{-2, 2, -2, 2},
		Paths: []Series{{"η = 0.1", []float64{-1.8, -1}, []float64{1.8, 1.6}}}, Minimum: &plotter.XY{}}})
	mustRender(t, "surface", f, err)
	f, err = QuadraticRegimes(1, 0, []Series{{Name: "η = 0.5", Y: []float64{2, 1, 0.5}}, {Name: "η = 2.5", Y: []float64{2, -1, 2.5, -3.25}}})
	mustRender(t, "regimes", f, err)
	_, err = QuadraticRegimes(-1, 0, nil)
	wantErr(t, "a < 0", err, "must be positive")
	_, err = LearningRateRuns("", C, [4]float64{-2, 2, -2, 2}, nil, []Series{{X: []float64{1}, Y: []float64{1}}}, nil)
	wantErr(t, "runs", err, "1 trajectories and 0 error curves")
}

func TestRepresentationsAndRegions(t *testing.T) {
	net, _ := mlp.New([]int{2, 4, 3, 2}, neuron.Tanh, neuron.Identity)
	net.Initialize(mlp.Xavier, 0, 3)
	set, err := data.TwoGaussians(40, [2]float64{-1, -1}, [2]float64{1, 1}, 0.5, 2)
	if err != nil {
		t.Fatal(err)
	}
	X, y := set.X, set.Labels
	f, err := Representations(net, X, y)
	mustRender(t, "representations", f, err)
	if len(f.Panels)*len(f.Panels[0]) < 3 {
		t.Errorf("representations: %d×%d panels, want x, h¹, h²", len(f.Panels), len(f.Panels[0]))
	}
	f, err = DecisionRegions(net, X, y, "regions")
	mustRender(t, "regions", f, err)
	_, err = DecisionRegions(net, mat.NewDense(3, 3, nil), []int{0, 1, 0}, "")
	wantErr(t, "shape", err, "want N×2")
	wide, _ := mlp.New([]int{3, 2}, neuron.Tanh, neuron.Identity)
	_, err = DecisionRegions(wide, X, y, "")
	wantErr(t, "inputs", err, "this one has 3")
}

// The projection of a 2-unit layer is the layer itself; a wider one keeps
// the spread of the points (PCA preserves distances within its plane).
func TestProject(t *testing.T) {
	H := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	P, _, err := project(H)
	if err != nil || !mat.Equal(P, H) {
		t.Errorf("2 columns: %v, %v", mat.Formatted(P), err)
	}
	// Points on a line in 3-D: after projection, pairwise distances are kept.
	H3 := mat.NewDense(3, 3, []float64{0, 0, 0, 1, 2, 2, 2, 4, 4}) // distances 3 and 6
	P, _, err = project(H3)
	if err != nil {
		t.Fatal(err)
	}
	d := math.Hypot(P.At(2, 0)-P.At(0, 0), P.At(2, 1)-P.At(0, 1))
	if math.Abs(d-6) > 1e-9 {
		t.Errorf("projected distance %v, want 6", d)
	}
}

func TestComputationGraph(t *testing.T) {
	nodes := []GraphNode{{Name: "x", Value: 1, Grad: 2, Col: 0}, {Name: "z", Formula: "2x", Value: 2, Grad: 1, Col: 1}}
	f, err := ComputationGraph("z = 2x", "", nodes, []GraphEdge{{From: 0, To: 1, Local: 2}}, "z")
	mustRender(t, "graph", f, err)
	_, err = ComputationGraph("", "", nodes, []GraphEdge{{From: 0, To: 2}}, "z")
	wantErr(t, "edge", err, "to node 2, but there are 2 nodes")
}

func TestApproxFigures(t *testing.T) {
	x := []float64{0, 0.5, 1}
	target := Series{Name: "f", X: x, Y: []float64{0, 1, 0}}
	f, err := ApproxFits(target, []Series{{Name: "N = 1", X: x, Y: []float64{0.5, 0.5, 0.5}}, {Name: "N = 2", X: x, Y: []float64{0, 0.9, 0}}})
	mustRender(t, "fits", f, err)
	// max |F − f| of N = 1 is |0.5 − 1| = 0.5 (at x = 0.5) and of N = 2 is 0.1.
	if got := f.Panels[0][0].Title.Text; got != "N = 1: max |F − f| = 0.5" {
		t.Errorf("panel title %q", got)
	}
	if got := f.Panels[0][1].Title.Text; got != "N = 2: max |F − f| = 0.1" {
		t.Errorf("panel title %q", got)
	}
	_, err = ApproxFits(target, []Series{{Name: "N = 1", X: x[:2], Y: []float64{0, 0}}})
	wantErr(t, "lengths", err, "has 2 points, the target 3")
	f, err = ApproxError([]Series{{Name: "max error", X: []float64{1, 2, 4}, Y: []float64{0.5, 0.2, 0.05}}})
	mustRender(t, "error vs N", f, err)
	_, err = ApproxError([]Series{{Name: "e", X: []float64{0, 2}, Y: []float64{0.5, 0.2}}})
	wantErr(t, "N = 0", err, "log scale")
	step := Series{Name: "w = 10", X: x, Y: []float64{0, 0.5, 1}}
	f, err = StepsToBumps([]Series{step}, step, target, target, []Series{step})
	mustRender(t, "bumps", f, err)
}

func TestBackwardDiagram(t *testing.T) {
	net, _ := mlp.New([]int{2, 3, 1}, neuron.Tanh, neuron.Sigmoid)
	net.Initialize(mlp.Xavier, 0, 1)
	f, err := BackwardDiagram(net, []float64{1, 2}, [][]float64{nil, {0.1, -0.2, 0.3}, {0.5}})
	mustRender(t, "backward", f, err)
	_, err = BackwardDiagram(net, []float64{1, 2}, [][]float64{nil, {0.1, -0.2}, {0.5}})
	wantErr(t, "shape", err, "δ¹ has 2 values but layer 1 has 3 neurons")
	_, err = BackwardDiagram(net, []float64{1, 2}, [][]float64{nil, {0.1, -0.2, 0.3}})
	wantErr(t, "count", err, "2 δ vectors, want 3")
}

func TestCompareRegions(t *testing.T) {
	// Hand-made: one output o = sigmoid(10·x₁), class 1 right of x₁ = 0.
	net, err := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, []float64{10, 0})}, [][]float64{nil}, []neuron.Activation{neuron.Sigmoid})
	if err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(4, 2, []float64{-1, 0, -0.5, 1, 0.5, 0, 1, 1})
	f, err := CompareRegions("", []*mlp.Network{net}, []string{"2-1"}, X, []int{0, 0, 1, 0})
	mustRender(t, "compare", f, err)
	// 3 of the 4 labels agree with the decision: 75% (and 3 parameters: 2 weights, 1 bias).
	if got := f.Panels[0][0].Title.Text; got != "2-1\n3 parameters, 3/4 right" {
		t.Errorf("title %q", got)
	}
	_, err = CompareRegions("", []*mlp.Network{net}, nil, X, []int{0, 0, 1, 0})
	wantErr(t, "names", err, "1 networks and 0 names")
}
