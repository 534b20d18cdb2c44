package step

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// walkOut is what a walk shows; its nodes' NaN are the documented blanks,
// so the steps' Values and the rendered text are what is checked.
func walkOut(w *Walk) []any {
	if w == nil {
		return nil
	}
	out := []any{w.Title, w.Text()}
	for _, s := range w.Steps {
		out = append(out, s.Value)
		if strings.Contains(s.Equation, "NaN") {
			out = append(out, math.NaN()) // a NaN printed in an equation is a silent NaN too
		}
	}
	return out
}

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	var nilNet *mlp.Network
	var nilDense *mat.Dense
	var nilWalk *Walk
	wide := func(n int) *mlp.Network { net, _ := mlp.New([]int{2, n, 1}, neuron.Tanh, neuron.Identity); return net }
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	lin := func() *mlp.Network {
		net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, []float64{0.5, -0.5})}, [][]float64{{0}}, []neuron.Activation{neuron.Identity})
		return net
	}
	cases := []badinput.Case{
		E("Forward nil", func() ([]any, error) { w, err := Forward(nilNet, []float64{1, 2}); return walkOut(w), err }),
		E("Forward broken", func() ([]any, error) {
			w, err := Forward(&mlp.Network{Layers: []*mlp.Layer{nil}}, []float64{1})
			return walkOut(w), err
		}),
		E("Forward NaN x", func() ([]any, error) { w, err := Forward(handNet(t), []float64{nan, 0}); return walkOut(w), err }),
		E("Forward ragged x", func() ([]any, error) { w, err := Forward(handNet(t), []float64{1}); return walkOut(w), err }),
		E("Forward 2-5000-1", func() ([]any, error) { w, err := Forward(wide(5000), []float64{1, 2}); return walkOut(w), err }),
		E("FromForward nil trace", func() ([]any, error) { w, err := FromForward(handNet(t), nil); return walkOut(w), err }),
		E("FromForward other net's trace", func() ([]any, error) {
			tr, _ := wide(3).Forward([]float64{1, 2})
			w, err := FromForward(handNet(t), tr)
			return walkOut(w), err
		}),
		E("Backprop nil", func() ([]any, error) {
			w, err := Backprop(nilNet, []float64{1, 2}, []float64{1}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backprop ragged y", func() ([]any, error) {
			w, err := Backprop(handNet(t), []float64{1, 2}, []float64{1, 2, 3}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backprop NaN y", func() ([]any, error) {
			w, err := Backprop(handNet(t), []float64{1, 2}, []float64{nan}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backprop Inf x", func() ([]any, error) {
			w, err := Backprop(handNet(t), []float64{inf, 2}, []float64{1, 0}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backprop unknown loss", func() ([]any, error) {
			w, err := Backprop(handNet(t), []float64{1, 2}, []float64{1, 0}, mlp.Loss(5))
			return walkOut(w), err
		}),
		E("Backprop 2-5000-1", func() ([]any, error) {
			w, err := Backprop(wide(5000), []float64{1, 2}, []float64{1}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backward nil traces", func() ([]any, error) {
			w, err := Backward(handNet(t), nil, nil, []float64{1, 0}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backward nil backward trace", func() ([]any, error) {
			tr, _ := handNet(t).Forward([]float64{1, 2})
			w, err := Backward(handNet(t), tr, nil, []float64{1, 0}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Backward empty backward trace", func() ([]any, error) {
			tr, _ := handNet(t).Forward([]float64{1, 2})
			w, err := Backward(handNet(t), tr, &backprop.Trace{}, []float64{1, 0}, mlp.SquaredError)
			return walkOut(w), err
		}),
		E("Descent nil", func() ([]any, error) {
			w, err := Descent(nilNet, X, Y, mlp.SquaredError, 0.1, 0, 3)
			return walkOut(w), err
		}),
		E("Descent nil X", func() ([]any, error) {
			w, err := Descent(lin(), nil, Y, mlp.SquaredError, 0.1, 0, 3)
			return walkOut(w), err
		}),
		E("Descent typed-nil X", func() ([]any, error) {
			w, err := Descent(lin(), nilDense, Y, mlp.SquaredError, 0.1, 0, 3)
			return walkOut(w), err
		}),
		E("Descent empty X", func() ([]any, error) {
			w, err := Descent(lin(), &mat.Dense{}, Y, mlp.SquaredError, 0.1, 0, 3)
			return walkOut(w), err
		}),
		E("Descent NaN X", func() ([]any, error) {
			w, err := Descent(lin(), mat.NewDense(1, 2, []float64{nan, 0}), mat.NewDense(1, 1, nil), mlp.SquaredError, 0.1, 0, 3)
			return walkOut(w), err
		}),
		E("Descent η NaN", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, nan, 0, 3)
			return walkOut(w), err
		}),
		E("Descent η Inf", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, inf, 0, 3)
			return walkOut(w), err
		}),
		E("Descent λ NaN", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, 0.1, nan, 3)
			return walkOut(w), err
		}),
		E("Descent 0 steps", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, 0.1, 0, 0)
			return walkOut(w), err
		}),
		E("Descent 1e9 steps", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, 0.1, 0, 1e9)
			return walkOut(w), err
		}),
		OK("Descent η = 1e6 (issue 14) flags divergence", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, 1e6, 0, 20)
			if err == nil && (!w.Diverged || !strings.Contains(strings.ToLower(w.Steps[len(w.Steps)-1].Explain), "diverg")) {
				t.Errorf("η = 1e6: Diverged %v, %d steps, last %q", w.Diverged, len(w.Steps), w.Steps[len(w.Steps)-1].Title)
			}
			return walkOut(w), err
		}),
		OK("Descent η = 1e300 flags divergence", func() ([]any, error) {
			w, err := Descent(lin(), X, Y, mlp.SquaredError, 1e300, 0, 20)
			if err == nil && !w.Diverged {
				t.Error("η = 1e300 not flagged")
			}
			return walkOut(w), err
		}),
		E("ChainRule nil", func() ([]any, error) { w, err := ChainRule(nil); return walkOut(w), err }),
		E("ChainRule empty", func() ([]any, error) { w, err := ChainRule(&backprop.Graph{}); return walkOut(w), err }),
		OK("NetworkDiagram 784-1e9-10 (issue 14)", func() ([]any, error) {
			d := NetworkDiagram([]int{784, 1e9, 10})
			if len(d.Columns[1].Nodes) != MaxWalkNeurons || !strings.Contains(d.Columns[1].Title, "1000000000") || !strings.Contains(d.Columns[1].Title, "1024") {
				t.Errorf("column 1: %d nodes, %q", len(d.Columns[1].Nodes), d.Columns[1].Title)
			}
			return v(len(d.Edges)), nil
		}),
		OK("NetworkDiagram 10⁶ layers", func() ([]any, error) { d := NetworkDiagram(make([]int, 1e6)); return v(len(d.Columns)), nil }),
		OK("NetworkDiagram 1024 × 100 layers", func() ([]any, error) {
			s := make([]int, 60)
			for i := range s {
				s[i] = 1024
			}
			d := NetworkDiagram(s)
			if len(d.Edges) > MaxDiagramEdges {
				t.Errorf("%d edges", len(d.Edges))
			}
			return v(len(d.Edges)), nil
		}),
		OK("NetworkDiagram negative", func() ([]any, error) { d := NetworkDiagram([]int{-3, 2}); return v(len(d.Edges)), nil }),
		OK("NetworkDiagram nil", func() ([]any, error) { return v(NetworkDiagram(nil)), nil }),
		OK("nil Walk renders", func() ([]any, error) {
			return v(nilWalk.Text(), nilWalk.Table(), nilWalk.StepText(1), nilWalk.HTMLWithID("x"), nilWalk.TableHTML()), nil
		}),
		OK("StepText out of range", func() ([]any, error) {
			w, _ := Forward(handNet(t), []float64{1, 2})
			return v(w.StepText(99), w.StepText(-1)), nil
		}),
		E("Demo unknown pass", func() ([]any, error) { w, err := Demo("sideways", 1); return walkOut(w), err }),
		OK("Num of NaN and Inf", func() ([]any, error) { return v(Num(nan) != "", Num(inf), Vec(nil), Mat(&mat.Dense{})), nil }),
		OK("Mat of nil", func() ([]any, error) { return v(Mat(nil), Mat(nilDense)), nil }),
	}
	badinput.Run(t, cases)
}
