package viz

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	E := badinput.Err
	OK := badinput.OK
	net2 := func() *mlp.Network {
		n, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(3, 2, []float64{1, -1, 0.5, 2, -1, 1}), mat.NewDense(2, 3, []float64{1, -2, 0.5, -1, 1, 1})},
			[][]float64{nil, nil}, []neuron.Activation{neuron.Tanh, neuron.Identity})
		return n
	}
	nanNet := func() *mlp.Network { n := net2(); n.Layers[1].W.Set(0, 0, nan); return n }
	bigNet := func() *mlp.Network {
		n := net2()
		n.Layers[0].W.Set(0, 0, 1e308)
		n.Layers[0].W.Set(0, 1, 1e308)
		return n
	}
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	labels := []int{0, 1, 1, 0}
	var nilNet *mlp.Network
	var nilDense *mat.Dense
	nanX := mat.NewDense(2, 2, []float64{0, nan, 1, 1})
	ok := func(f *Figure, err error) ([]any, error) {
		if err == nil && f == nil {
			t.Error("nil figure with a nil error")
		}
		return nil, err
	}
	cases := []badinput.Case{
		E("DecisionRegions nil net (issue 14)", func() ([]any, error) { return ok(DecisionRegions(nilNet, X, labels, "t")) }),
		E("DecisionRegions NaN weight (issue 14: class 0 everywhere)", func() ([]any, error) { return ok(DecisionRegions(nanNet(), X, labels, "t")) }),
		OK("DecisionRegions saturating weights (1e308: tanh of ±Inf is ±1)", func() ([]any, error) { return ok(DecisionRegions(bigNet(), X, labels, "t")) }),
		E("DecisionRegions NaN in X (issue 14)", func() ([]any, error) { return ok(DecisionRegions(net2(), nanX, []int{0, 1}, "t")) }),
		E("DecisionRegions Inf in X", func() ([]any, error) {
			return ok(DecisionRegions(net2(), mat.NewDense(1, 2, []float64{inf, 0}), []int{0}, "t"))
		}),
		E("DecisionRegions nil X", func() ([]any, error) { return ok(DecisionRegions(net2(), nil, labels, "t")) }),
		E("DecisionRegions typed-nil X", func() ([]any, error) { return ok(DecisionRegions(net2(), nilDense, labels, "t")) }),
		E("DecisionRegions empty X", func() ([]any, error) { return ok(DecisionRegions(net2(), &mat.Dense{}, nil, "t")) }),
		E("DecisionRegions 3 columns", func() ([]any, error) { return ok(DecisionRegions(net2(), mat.NewDense(2, 3, nil), []int{0, 1}, "t")) }),
		E("DecisionRegions ragged labels", func() ([]any, error) { return ok(DecisionRegions(net2(), X, []int{0}, "t")) }),
		E("DecisionRegions label 1e9", func() ([]any, error) { return ok(DecisionRegions(net2(), X, []int{0, 1, 1e9, 0}, "t")) }),
		E("DecisionRegions negative label", func() ([]any, error) { return ok(DecisionRegions(net2(), X, []int{0, -1, 1, 0}, "t")) }),
		E("DecisionRegions 3 inputs", func() ([]any, error) {
			n, _ := mlp.New([]int{3, 2}, neuron.Tanh, neuron.Identity)
			return ok(DecisionRegions(n, X, labels, "t"))
		}),
		E("CompareRegions nil net", func() ([]any, error) {
			return ok(CompareRegions("t", []*mlp.Network{net2(), nil}, []string{"a", "b"}, X, labels))
		}),
		E("CompareRegions NaN net", func() ([]any, error) {
			return ok(CompareRegions("t", []*mlp.Network{nanNet()}, []string{"a"}, X, labels))
		}),
		E("CompareRegions no nets", func() ([]any, error) { return ok(CompareRegions("t", nil, nil, X, labels)) }),
		E("CompareRegions names ragged", func() ([]any, error) { return ok(CompareRegions("t", []*mlp.Network{net2()}, nil, X, labels)) }),
		E("HiddenUnits nil net", func() ([]any, error) { return ok(HiddenUnits(nilNet, X, labels)) }),
		E("HiddenUnits NaN weight", func() ([]any, error) { return ok(HiddenUnits(nanNet(), X, labels)) }),
		E("HiddenUnits NaN X", func() ([]any, error) { return ok(HiddenUnits(net2(), nanX, []int{0, 1})) }),
		E("Representations nil net", func() ([]any, error) { return ok(Representations(nilNet, X, labels)) }),
		E("Representations NaN X", func() ([]any, error) { return ok(Representations(net2(), nanX, []int{0, 1})) }),
		E("Representations NaN weight", func() ([]any, error) { return ok(Representations(nanNet(), X, labels)) }),
		E("HalfPlane NaN weight", func() ([]any, error) {
			return ok(HalfPlane(neuron.Neuron{W: []float64{nan, 1}, G: neuron.Tanh}, X, labels))
		}),
		E("HalfPlane 3-D neuron", func() ([]any, error) {
			return ok(HalfPlane(neuron.Neuron{W: []float64{1, 1, 1}, G: neuron.Tanh}, X, labels))
		}),
		E("HalfPlane NaN X", func() ([]any, error) {
			return ok(HalfPlane(neuron.Neuron{W: []float64{1, 1}, G: neuron.Tanh}, nanX, []int{0, 1}))
		}),
		E("ForwardDiagram nil net", func() ([]any, error) { return ok(ForwardDiagram(nilNet, []float64{1, 2})) }),
		E("ForwardDiagram NaN x", func() ([]any, error) { return ok(ForwardDiagram(net2(), []float64{nan, 2})) }),
		E("BackwardDiagram ragged deltas", func() ([]any, error) { return ok(BackwardDiagram(net2(), []float64{1, 2}, [][]float64{{1}})) }),
		E("BackwardDiagram NaN delta", func() ([]any, error) {
			return ok(BackwardDiagram(net2(), []float64{1, 2}, [][]float64{nil, {nan, 0, 0}, {0, 0}}))
		}),
		E("ConfusionMatrix k = 1e9 (issue 14)", func() ([]any, error) { return ok(ConfusionMatrix([]int{0}, []int{0}, 1e9)) }),
		E("ConfusionMatrix k = 0", func() ([]any, error) { return ok(ConfusionMatrix([]int{0}, []int{0}, 0)) }),
		E("ConfusionMatrix label out of range", func() ([]any, error) { return ok(ConfusionMatrix([]int{12}, []int{0}, 10)) }),
		E("ConfusionMatrix empty", func() ([]any, error) { return ok(ConfusionMatrix(nil, nil, 10)) }),
		E("InitHistograms 784-1e9 (issue 14)", func() ([]any, error) {
			return ok(InitHistograms([]int{784, 1e9, 10}, neuron.Tanh, []InitChoice{{Method: mlp.Xavier}}, 100, 1))
		}),
		E("InitHistograms n = 1e12", func() ([]any, error) {
			return ok(InitHistograms([]int{4, 4}, neuron.Tanh, []InitChoice{{Method: mlp.Xavier}}, 1e12, 1))
		}),
		E("InitHistograms no inits", func() ([]any, error) { return ok(InitHistograms([]int{4, 4}, neuron.Tanh, nil, 10, 1)) }),
		E("InitHistograms NaN scale", func() ([]any, error) {
			return ok(InitHistograms([]int{4, 4}, neuron.Tanh, []InitChoice{{Method: mlp.Normal, Scale: nan}}, 10, 1))
		}),
		E("InitHistograms 1e300 scale", func() ([]any, error) {
			return ok(InitHistograms([]int{4, 4, 4}, neuron.ReLU, []InitChoice{{Method: mlp.Normal, Scale: 1e300}}, 10, 1))
		}),
		E("FirstLayerWeights typed-nil", func() ([]any, error) { return ok(FirstLayerWeights(nilDense, 28, 10)) }),
		E("FirstLayerWeights side", func() ([]any, error) { return ok(FirstLayerWeights(mat.NewDense(4, 9, nil), 28, 4)) }),
		E("FirstLayerWeights NaN", func() ([]any, error) { return ok(FirstLayerWeights(mat.NewDense(1, 4, []float64{nan, 0, 0, 0}), 2, 1)) }),
		OK("FirstLayerWeights count 1e9 (the rows there are)", func() ([]any, error) { return ok(FirstLayerWeights(mat.NewDense(2, 4, nil), 2, 1e9)) }),
		E("Digits typed-nil", func() ([]any, error) { return ok(Digits("t", nilDense, []int{0}, nil, 1)) }),
		E("Digits row out of range", func() ([]any, error) { return ok(Digits("t", mat.NewDense(2, 4, nil), []int{5}, nil, 1)) }),
		E("Digits cols 0", func() ([]any, error) { return ok(Digits("t", mat.NewDense(2, 4, nil), []int{0}, nil, 0)) }),
		E("Digits not square", func() ([]any, error) { return ok(Digits("t", mat.NewDense(2, 5, nil), []int{0}, nil, 1)) }),
		E("Digits NaN pixel", func() ([]any, error) {
			return ok(Digits("t", mat.NewDense(1, 4, []float64{nan, 0, 0, 0}), []int{0}, nil, 1))
		}),
		E("LearningCurves NaN", func() ([]any, error) {
			return ok(LearningCurves([]Series{{Name: "a", X: []float64{0, 1}, Y: []float64{1, nan}}}, []Series{{Name: "a", X: []float64{0, 1}, Y: []float64{0.1, 0.2}}}))
		}),
		E("LearningCurves ragged", func() ([]any, error) {
			return ok(LearningCurves([]Series{{Name: "a", X: []float64{0, 1}, Y: []float64{1}}}, nil))
		}),
		E("LearningCurves empty", func() ([]any, error) { return ok(LearningCurves(nil, nil)) }),
		E("ApproxFits NaN", func() ([]any, error) {
			return ok(ApproxFits(Series{Name: "f", X: []float64{0, 1}, Y: []float64{nan, 1}}, nil))
		}),
		E("QuadraticRegimes NaN", func() ([]any, error) { return ok(QuadraticRegimes(nan, 0, nil)) }),
		E("CostCurves Inf", func() ([]any, error) {
			return ok(CostCurves("t", []Series{{Name: "a", X: []float64{0, 1}, Y: []float64{inf, 1}}}, nil, false))
		}),
		E("ComputationGraph NaN value", func() ([]any, error) {
			return ok(ComputationGraph("t", "", []GraphNode{{Name: "x", Value: nan}}, nil, "x"))
		}),
		E("ComputationGraph unknown output", func() ([]any, error) { return ok(ComputationGraph("t", "", []GraphNode{{Name: "x"}}, nil, "z")) }),
		E("Timeline NaN year", func() ([]any, error) { return ok(Timeline("t", "", []Event{{Year: nan, When: "?", Label: "x"}})) }),
		E("Timeline empty", func() ([]any, error) { return ok(Timeline("t", "", nil)) }),
	}
	badinput.Run(t, cases)
}
