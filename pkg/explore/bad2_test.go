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

// badCasesMore: the second probe of issue 14 (Spread's precision, RegimeName,
// activations that return NaN, hand-made data sets, names as a user types
// them).
func badCasesMore(t *testing.T) []badinput.Case {
	nan, inf := math.NaN(), math.Inf(1)
	E := badinput.Err
	OK := badinput.OK
	res := func(vs ...any) []any { return vs }
	spread := func(want float64, x ...float64) func() ([]any, error) {
		return func() ([]any, error) {
			s, err := Spread(mat.NewDense(1, len(x), x))
			if err == nil && math.Abs(s-want) > 1e-9*math.Max(want, 1e-300) {
				t.Errorf("Spread(%v) = %v, want %v", x, s, want)
			}
			return res(s), err
		}
	}
	nanAct := neuron.Activation{Name: "nan", G: func(float64) float64 { return nan }, Deriv: func(float64) float64 { return nan }}
	infAct := neuron.Activation{Name: "exp", G: math.Exp, Deriv: math.Exp}
	toy := func() *data.Set {
		s, err := ToySet("xor", 1)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	trainNet := func() (*mlp.Network, train.Config) {
		net, cfg, err := TrainingNetwork(1)
		if err != nil {
			t.Fatal(err)
		}
		return net, cfg
	}
	run := func(set *data.Set, epochs []int) func() ([]any, error) {
		return func() ([]any, error) {
			net, cfg := trainNet()
			r, err := TrainRun(net, set, cfg, epochs)
			return res(r), err
		}
	}
	withX := func(f func(s *data.Set)) *data.Set { s := toy(); f(s); return s }
	two := func() *data.Set { s, _ := NeuronData(1); return s }
	return []badinput.Case{
		// Spread: the one-pass formula Σh²/n − m² cancels for a large mean.
		OK("Spread 1e9 and 1e9 + 1 (cancellation)", spread(0.5, 1e9, 1e9+1)),
		OK("Spread 1e12 ± 1", spread(1, 1e12-1, 1e12+1)),
		OK("Spread 1e15 + 0, 2, 4, 6", spread(math.Sqrt(5), 1e15, 1e15+2, 1e15+4, 1e15+6)),
		OK("Spread −3e10, −3e10 + 4", spread(2, -3e10, -3e10+4)),
		OK("Spread 1e150 and −1e150", spread(1e150, 1e150, -1e150)),
		OK("Spread subnormals", spread(2.5e-324, 0, 5e-324)),
		OK("Spread a constant 7", spread(0, 7, 7, 7)),
		OK("Spread 1, 2, 3, 4 (the lesson's formula unchanged)", spread(math.Sqrt(1.25), 1, 2, 3, 4)),
		E("Spread −Inf", func() ([]any, error) {
			s, err := Spread(mat.NewDense(1, 2, []float64{math.Inf(-1), 0}))
			return res(s), err
		}),
		// RegimeName has no error: a name for every input.
		OK("RegimeName unknown regime 99", func() ([]any, error) {
			s := RegimeName(gd.RateRegime(99), 2)
			if strings.TrimSpace(s) == "" {
				t.Errorf("empty name")
			}
			return res(s), nil
		}),
		OK("RegimeName n = −5", func() ([]any, error) { return res(RegimeName(gd.RegimeOptimal, -5)), nil }),
		OK("RegimeName n = MaxInt", func() ([]any, error) { return res(RegimeName(gd.RegimeOptimal, math.MaxInt)), nil }),
		// InitForward
		E("InitForward an activation that returns NaN", func() ([]any, error) { h, err := InitForward(nanAct, 1, 1); return res(h), err }),
		E("InitForward exp overflows at σ = 30", func() ([]any, error) { h, err := InitForward(infAct, 30, 1); return res(h), err }),
		E("InitForward activation without a derivative", func() ([]any, error) {
			h, err := InitForward(neuron.Activation{Name: "half", G: math.Tanh}, 1, 1)
			return res(h), err
		}),
		OK("InitForward σ = 5e-324", func() ([]any, error) { h, err := InitForward(neuron.Tanh, 5e-324, 1); return res(h), err }),
		E("InitForward σ = −0.0001", func() ([]any, error) { h, err := InitForward(neuron.Tanh, -1e-4, 1); return res(h), err }),
		OK("InitForward seed MaxUint64", func() ([]any, error) { h, err := InitForward(neuron.Tanh, 1, math.MaxUint64); return res(h), err }),
		// NeuronAccuracy on hand-made sets
		E("NeuronAccuracy a set with an empty X", func() ([]any, error) {
			s := two()
			s.X = &mat.Dense{}
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, s)
			return res(a), err
		}),
		E("NeuronAccuracy a set with a typed-nil X", func() ([]any, error) {
			s := two()
			s.X = (*mat.Dense)(nil)
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, s)
			return res(a), err
		}),
		E("NeuronAccuracy labels shorter than X", func() ([]any, error) {
			s := two()
			s.Labels = s.Labels[:3]
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, s)
			return res(a), err
		}),
		E("NeuronAccuracy label 5 of 2 classes", func() ([]any, error) {
			s := two()
			s.Labels[0] = 5
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1, 1}, G: neuron.Sigmoid}, s)
			return res(a), err
		}),
		E("NeuronAccuracy +Inf weight", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{inf, 1}, G: neuron.Sigmoid}, two())
			return res(a), err
		}),
		E("NeuronAccuracy nil weights", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{G: neuron.Sigmoid}, two())
			return res(a), err
		}),
		OK("NeuronAccuracy weights of 1e300 (a = ±Inf is still a side)", func() ([]any, error) {
			a, err := NeuronAccuracy(neuron.Neuron{W: []float64{1e300, 1e300}, W0: 0, G: neuron.Sigmoid}, two())
			return res(a), err
		}),
		// ToySet names as typed
		E("ToySet XOR (upper case)", func() ([]any, error) { s, err := ToySet("XOR", 1); return res(s), err }),
		E("ToySet ' moons'", func() ([]any, error) { s, err := ToySet(" moons", 1); return res(s), err }),
		E("ToySet 1 MB name (not echoed whole)", func() ([]any, error) {
			s, err := ToySet(strings.Repeat("m", 1<<20), 1)
			if err != nil && len(err.Error()) > 1000 {
				t.Errorf("the error quotes %d bytes", len(err.Error()))
			}
			return res(s), err
		}),
		E("Training unknown set", func() ([]any, error) { x, err := Training("spiral", 1); return res(x), err }),
		E("Training empty set name", func() ([]any, error) { x, err := Training("", 1); return res(x), err }),
		// TrainRun on hand-made sets and epochs
		E("TrainRun a set with a NaN input", run(withX(func(s *data.Set) { s.X.Set(3, 1, nan) }), []int{0, 1})),
		E("TrainRun a set with a +Inf target", run(withX(func(s *data.Set) { s.Y.Set(0, 0, inf) }), []int{0, 1})),
		E("TrainRun a set with a typed-nil X", run(withX(func(s *data.Set) { s.X = nil }), []int{0, 1})),
		E("TrainRun a set with an empty Y", run(withX(func(s *data.Set) { s.Y = &mat.Dense{} }), []int{0, 1})),
		E("TrainRun targets of 3 classes for 2 outputs", run(withX(func(s *data.Set) { s.Y = mat.NewDense(200, 3, nil) }), []int{0, 1})),
		E("TrainRun epochs repeated", run(toy(), []int{0, 1, 1})),
		E("TrainRun epoch MaxInt", run(toy(), []int{math.MaxInt})),
		E("TrainRun epoch 10001", run(toy(), []int{0, 10001})),
		OK("TrainRun epoch 0 only", run(toy(), []int{0})),
		E("TrainRun a network with a nil layer", func() ([]any, error) {
			net, cfg := trainNet()
			net.Layers[1] = nil
			r, err := TrainRun(net, toy(), cfg, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun a NaN weight", func() ([]any, error) {
			net, cfg := trainNet()
			net.Layers[0].W.Set(0, 0, nan)
			r, err := TrainRun(net, toy(), cfg, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun batch size −1", func() ([]any, error) {
			net, cfg := trainNet()
			cfg.BatchSize = -1
			r, err := TrainRun(net, toy(), cfg, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun batch size 2⁶²", func() ([]any, error) {
			net, cfg := trainNet()
			cfg.BatchSize = 1 << 62
			r, err := TrainRun(net, toy(), cfg, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun η = NaN", func() ([]any, error) {
			net, cfg := trainNet()
			cfg.Eta = nan
			r, err := TrainRun(net, toy(), cfg, []int{0, 1})
			return res(r), err
		}),
		E("TrainRun η = 1e300 (diverges)", func() ([]any, error) {
			net, cfg := trainNet()
			cfg.Eta = 1e300
			r, err := TrainRun(net, toy(), cfg, []int{0, 1, 2})
			return res(r), err
		}),
		// PathRun
		E("PathRun batch 2⁶²", func() ([]any, error) {
			X, Y, _, err := PathData(1)
			if err != nil {
				return nil, err
			}
			p, h, err := PathRun(X, Y, 1<<62, 1)
			return res(p, h), err
		}),
		E("PathRun empty X", func() ([]any, error) { p, h, err := PathRun(&mat.Dense{}, &mat.Dense{}, 1, 1); return res(p, h), err }),
		E("PathRun +Inf input", func() ([]any, error) {
			X, Y, _, err := PathData(1)
			if err != nil {
				return nil, err
			}
			X.Set(0, 0, inf)
			p, h, err := PathRun(X, Y, 5, 1)
			return res(p, h), err
		}),
		E("PathRun X of 3 columns", func() ([]any, error) {
			p, h, err := PathRun(mat.NewDense(4, 3, nil), mat.NewDense(4, 1, nil), 2, 1)
			return res(p, h), err
		}),
		E("PathNeuron NaN bias", func() ([]any, error) { n, err := PathNeuron(0, nan); return res(n), err }),
		E("PathNeuron −Inf weight", func() ([]any, error) { n, err := PathNeuron(math.Inf(-1), 0); return res(n), err }),
	}
}
