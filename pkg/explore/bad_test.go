package explore

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

// TestBadInput is pkg/explore's table of hostile and careless calls (issue
// 14): each must give an error, or a result without NaN, never a panic or
// a hang.
func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	E := badinput.Err
	OK := badinput.OK
	res := func(vs ...any) []any { return vs }
	set := func() *data.Set {
		s, err := NeuronData(1)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	var nilDense *mat.Dense
	var nilSet *data.Set
	var nilNet *mlp.Network
	var nilX *Explorable
	html := func(x *Explorable) ([]any, error) {
		h := x.HTML()
		if !strings.Contains(h, "explore:") {
			t.Errorf("a broken explorable renders without saying why: %.80s", h)
		}
		return nil, x.Check()
	}
	netCfg := func() (*mlp.Network, train.Config) {
		n, c, err := TrainingNetwork(1)
		if err != nil {
			t.Fatal(err)
		}
		return n, c
	}
	toy := func() *data.Set {
		s, err := ToySet("moons", 1)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	none := func(v []float64) ([]any, error) {
		if v != nil {
			t.Errorf("got %v, want no values", v)
		}
		return nil, nil
	}
	X, Y, _, err := PathData(1)
	if err != nil {
		t.Fatal(err)
	}
	lecun, err := gd.LeCunExample(1)
	if err != nil {
		t.Fatal(err)
	}

	cases := []badinput.Case{
		E("InitForward zero activation", func() ([]any, error) { h, err := InitForward(neuron.Activation{}, 1, 1); return res(h), err }),
		E("InitForward σ = NaN", func() ([]any, error) { h, err := InitForward(neuron.Tanh, nan, 1); return res(h), err }),
		E("InitForward σ = −1", func() ([]any, error) { h, err := InitForward(neuron.Tanh, -1, 1); return res(h), err }),
		E("InitForward σ = +Inf", func() ([]any, error) { h, err := InitForward(neuron.ReLU, inf, 1); return res(h), err }),
		E("InitForward σ = 1e200 (ReLU overflows)", func() ([]any, error) { h, err := InitForward(neuron.ReLU, 1e200, 1); return res(h), err }),
		OK("InitForward σ = 0 (every hˡ is g(0))", func() ([]any, error) { h, err := InitForward(neuron.Tanh, 0, 1); return res(h), err }),
		E("Spread nil", func() ([]any, error) { s, err := Spread(nil); return res(s), err }),
		E("Spread typed nil", func() ([]any, error) { s, err := Spread(nilDense); return res(s), err }),
		E("Spread empty", func() ([]any, error) { s, err := Spread(&mat.Dense{}); return res(s), err }),
		E("Spread NaN", func() ([]any, error) { s, err := Spread(mat.NewDense(1, 2, []float64{1, nan})); return res(s), err }),
		E("Spread ±1e308 (the squares overflow)", func() ([]any, error) {
			s, err := Spread(mat.NewDense(1, 2, []float64{1e308, -1e308}))
			return res(s), err
		}),
		OK("Spread one value", func() ([]any, error) { s, err := Spread(mat.NewDense(1, 1, []float64{3})); return res(s), err }),
		E("NeuronAccuracy nil set", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, nilSet)
			return res(a), err
		}),
		E("NeuronAccuracy empty set", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, &data.Set{})
			return res(a), err
		}),
		E("NeuronAccuracy 3 weights for 2 inputs", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1, 1}, G: neuron.Sigmoid}, set())
			return res(a), err
		}),
		E("NeuronAccuracy NaN weight", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{nan, 1}, G: neuron.Sigmoid}, set())
			return res(a), err
		}),
		E("NeuronAccuracy NaN point", func() ([]any, error) {
			s := set()
			s.X.Set(3, 1, nan)
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, s)
			return res(a), err
		}),
		OK("NeuronAccuracy w = 0 (no point on a side)", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{0, 0}, G: neuron.Sigmoid}, set())
			return res(a), err
		}),
		E("ToySet unknown", func() ([]any, error) { s, err := ToySet("swirls", 1); return res(s), err }),
		E("ToySet empty name", func() ([]any, error) { s, err := ToySet("", 1); return res(s), err }),
		E("TrainRun nil network", func() ([]any, error) {
			_, c := netCfg()
			r, err := TrainRun(nilNet, toy(), c, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun nil set", func() ([]any, error) {
			n, c := netCfg()
			r, err := TrainRun(n, nilSet, c, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun no epochs", func() ([]any, error) { n, c := netCfg(); r, err := TrainRun(n, toy(), c, nil); return res(r), err }),
		E("TrainRun epochs out of order", func() ([]any, error) {
			n, c := netCfg()
			r, err := TrainRun(n, toy(), c, []int{0, 5, 3})
			return res(r), err
		}),
		E("TrainRun a negative epoch", func() ([]any, error) {
			n, c := netCfg()
			r, err := TrainRun(n, toy(), c, []int{-1, 2})
			return res(r), err
		}),
		E("TrainRun 10⁹ epochs", func() ([]any, error) {
			n, c := netCfg()
			r, err := TrainRun(n, toy(), c, []int{0, 1e9})
			return res(r), err
		}),
		E("TrainRun η = 0", func() ([]any, error) {
			n, c := netCfg()
			c.Eta = 0
			r, err := TrainRun(n, toy(), c, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun diverging η = 1e6", func() ([]any, error) {
			n, c := netCfg()
			c.Eta, c.Loss = 1e6, mlp.SquaredError
			r, err := TrainRun(n, toy(), c, []int{0, 50})
			return res(r), err
		}),
		E("TrainRun a network for 3 inputs", func() ([]any, error) {
			_, c := netCfg()
			n, _ := mlp.New([]int{3, 4, 2}, neuron.Tanh, neuron.Identity)
			r, err := TrainRun(n, toy(), c, []int{0, 1})
			return res(r), err
		}),
		E("PathNeuron NaN weight", func() ([]any, error) { n, err := PathNeuron(nan, 0); return res(n), err }),
		E("PathNeuron infinite bias", func() ([]any, error) { n, err := PathNeuron(1, inf); return res(n), err }),
		E("PathRun batch 0", func() ([]any, error) { p, h, err := PathRun(X, Y, 0, 1); return res(p, h), err }),
		E("PathRun batch −3", func() ([]any, error) { p, h, err := PathRun(X, Y, -3, 1); return res(p, h), err }),
		E("PathRun nil X", func() ([]any, error) { p, h, err := PathRun(nil, Y, 4, 1); return res(p, h), err }),
		E("PathRun typed-nil Y", func() ([]any, error) { p, h, err := PathRun(X, nilDense, 4, 1); return res(p, h), err }),
		E("PathRun NaN target", func() ([]any, error) {
			y := mat.DenseCopyOf(Y)
			y.Set(2, 0, nan)
			p, h, err := PathRun(X, y, 4, 1)
			return res(p, h), err
		}),
		E("PathRun ragged", func() ([]any, error) { p, h, err := PathRun(X, mat.NewDense(3, 1, nil), 4, 1); return res(p, h), err }),
		OK("PathRun batch larger than the set", func() ([]any, error) { p, h, err := PathRun(X, Y, 10*PathExamples, 1); return res(p, h), err }),
		OK("LeCunEtas η_opt = NaN: no values", func() ([]any, error) { return none(LeCunEtas(nan)) }),
		OK("LeCunEtas η_opt = 0: no values", func() ([]any, error) { return none(LeCunEtas(0)) }),
		OK("LeCunEtas η_opt = +Inf: no values", func() ([]any, error) { return none(LeCunEtas(inf)) }),
		OK("LeCunEtas η_opt = 50 (beyond the slider)", func() ([]any, error) { return res(LeCunEtas(50)), nil }),
		OK("LeCunStart nil: no point", func() ([]any, error) { return none(LeCunStart(nil)) }),
		OK("LeCunStart lesson 05's network", func() ([]any, error) { return res(LeCunStart(lecun)), nil }),
		E("HTML nil explorable", func() ([]any, error) { return html(nilX) }),
		E("HTML no frames", func() ([]any, error) { return html(&Explorable{Title: "x"}) }),
		E("HTML a grid of 3 for 2 frames", func() ([]any, error) {
			return html(&Explorable{Params: []Param{{Name: "η", Labels: []string{"1", "2", "3"}}}, Frames: []Frame{{}, {}}})
		}),
		E("HTML key frame out of range", func() ([]any, error) { return html(&Explorable{Frames: []Frame{{}}, Key: []int{4}}) }),
		E("HTML start frame −1", func() ([]any, error) { return html(&Explorable{Frames: []Frame{{}}, Start: -1}) }),
		E("HTML a parameter without values", func() ([]any, error) {
			return html(&Explorable{Params: []Param{{Name: "σ"}}, Frames: []Frame{{}}})
		}),
	}
	cases = append(cases, badCasesMore(t)...)
	badinput.Run(t, cases)
}
