package train

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestBadInputTable(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	net := func() *mlp.Network {
		n, _ := mlp.New([]int{2, 3, 2}, neuron.Tanh, neuron.Identity)
		n.Initialize(mlp.Xavier, 0, 1)
		return n
	}
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 2, []float64{1, 0, 0, 1, 0, 1, 1, 0})
	cfg := Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 2, Seed: 1}
	with := func(f func(c *Config)) Config { c := cfg; f(&c); return c }
	var nilNet *mlp.Network
	var nilDense *mat.Dense
	tr := func() *Trainer { t0, _ := New(net(), X, Y, cfg); return t0 }
	run := MNISTRun{Hidden: []int{8}, G: neuron.ReLU, Output: neuron.Identity, Loss: mlp.SoftmaxCrossEntropy, Init: mlp.He, Eta: 0.1, BatchSize: 32, Epochs: 1, Train: 100, Test: 50}
	withRun := func(f func(r *MNISTRun)) MNISTRun {
		r := run
		r.Hidden = append([]int(nil), run.Hidden...)
		f(&r)
		return r
	}
	dir := t.TempDir()
	cases := []badinput.Case{
		E("New nil net", func() ([]any, error) { t0, err := New(nilNet, X, Y, cfg); return v(t0), err }),
		E("New broken net", func() ([]any, error) {
			t0, err := New(&mlp.Network{Layers: []*mlp.Layer{{}}}, X, Y, cfg)
			return v(t0), err
		}),
		E("New nil X", func() ([]any, error) { t0, err := New(net(), nil, Y, cfg); return v(t0), err }),
		E("New typed-nil Y", func() ([]any, error) { t0, err := New(net(), X, nilDense, cfg); return v(t0), err }),
		E("New empty X", func() ([]any, error) { t0, err := New(net(), &mat.Dense{}, Y, cfg); return v(t0), err }),
		E("New NaN X", func() ([]any, error) {
			t0, err := New(net(), mat.NewDense(2, 2, []float64{nan, 0, 1, 1}), mat.NewDense(2, 2, []float64{1, 0, 0, 1}), cfg)
			return v(t0), err
		}),
		E("New Inf Y", func() ([]any, error) {
			t0, err := New(net(), mat.NewDense(2, 2, nil), mat.NewDense(2, 2, []float64{inf, 0, 0, 1}), cfg)
			return v(t0), err
		}),
		E("New rows differ", func() ([]any, error) { t0, err := New(net(), X, mat.NewDense(3, 2, nil), cfg); return v(t0), err }),
		E("New columns", func() ([]any, error) { t0, err := New(net(), mat.NewDense(4, 3, nil), Y, cfg); return v(t0), err }),
		E("New η NaN", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = nan }))
			return v(t0), err
		}),
		E("New η Inf", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = inf }))
			return v(t0), err
		}),
		E("New η 0", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = 0 }))
			return v(t0), err
		}),
		E("New batch 0", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.BatchSize = 0 }))
			return v(t0), err
		}),
		E("New batch > N", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.BatchSize = 5 }))
			return v(t0), err
		}),
		E("New unknown loss", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Loss = mlp.Loss(4) }))
			return v(t0), err
		}),
		E("New unknown precision", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Precision = Precision(9) }))
			return v(t0), err
		}),
		E("New float32 with a 1e300 weight", func() ([]any, error) {
			n := net()
			n.Layers[0].W.Set(0, 0, 1e300)
			t0, err := New(n, X, Y, with(func(c *Config) { c.Precision = Float32 }))
			return v(t0), err
		}),
		E("Step empty batch", func() ([]any, error) { F, err := tr().Step(nil); return v(F), err }),
		E("Step row −1", func() ([]any, error) { F, err := tr().Step([]int{0, -1}); return v(F), err }),
		E("Step row N", func() ([]any, error) { F, err := tr().Step([]int{4}); return v(F), err }),
		E("Step batch longer than N", func() ([]any, error) { F, err := tr().Step(make([]int, 1000)); return v(F), err }),
		E("Evaluate nil X", func() ([]any, error) { l, a, err := tr().Evaluate(nil, Y); return v(l, a), err }),
		E("Evaluate NaN X", func() ([]any, error) {
			l, a, err := tr().Evaluate(mat.NewDense(1, 2, []float64{nan, 0}), mat.NewDense(1, 2, []float64{1, 0}))
			return v(l, a), err
		}),
		E("Evaluate wrong columns", func() ([]any, error) { l, a, err := tr().Evaluate(mat.NewDense(1, 5, nil), Y); return v(l, a), err }),
		E("Epoch diverges at η = 1e300", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = 1e300; c.Loss = mlp.SquaredError }))
			if err != nil {
				return nil, err
			}
			var r EpochResult
			for e := 0; e < 5 && err == nil; e++ {
				r, err = t0.Epoch(nil)
			}
			return v(r), err
		}),
		E("ParsePrecision", func() ([]any, error) { p, err := ParsePrecision("float16"); return v(p), err }),
		E("LinearProbe nil", func() ([]any, error) { a, err := LinearProbe(nil, nil, nil, nil, 2); return v(a), err }),
		E("LinearProbe ragged labels", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 1}, X, []int{0, 1, 0, 1}, 2)
			return v(a), err
		}),
		E("LinearProbe NaN", func() ([]any, error) {
			a, err := LinearProbe(mat.NewDense(2, 1, []float64{nan, 1}), []int{0, 1}, mat.NewDense(2, 1, []float64{0, 1}), []int{0, 1}, 2)
			return v(a), err
		}),
		E("LinearProbe label out of range", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 1, 5, 1}, X, []int{0, 1, 0, 1}, 2)
			return v(a), err
		}),
		E("LinearProbe 0 classes", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 0, 0, 0}, X, []int{0, 0, 0, 0}, 0)
			return v(a), err
		}),
		E("LinearProbe 1e12 classes", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 1, 0, 1}, X, []int{0, 1, 0, 1}, 1e12)
			return v(a), err
		}),
		E("HiddenFeatures nil", func() ([]any, error) { h, err := HiddenFeatures(nilNet, X, 1); return v(h), err }),
		E("HiddenFeatures layer 9", func() ([]any, error) { h, err := HiddenFeatures(net(), X, 9); return v(h), err }),
		E("HiddenFeatures typed-nil X", func() ([]any, error) { h, err := HiddenFeatures(net(), nilDense, 1); return v(h), err }),
		E("MNISTIn hidden 1e9 (before loading MNIST)", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Hidden = []int{1e9} }), nil)
			return v(m), err
		}),
		E("MNISTIn hidden 0", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Hidden = []int{0} }), nil)
			return v(m), err
		}),
		E("MNISTIn η NaN", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Eta = nan }), nil)
			return v(m), err
		}),
		E("MNISTIn epochs −1", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Epochs = -1 }), nil)
			return v(m), err
		}),
		E("MNISTIn batch 0", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.BatchSize = 0 }), nil)
			return v(m), err
		}),
		E("MNISTIn zero g", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.G = neuron.Activation{} }), nil)
			return v(m), err
		}),
		E("MNISTIn unknown loss", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Loss = mlp.Loss(7) }), nil)
			return v(m), err
		}),
		E("MNISTIn NaN init scale", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.InitScale = nan }), nil)
			return v(m), err
		}),
		E("MNISTIn train −5", func() ([]any, error) {
			m, err := MNISTIn(dir, withRun(func(r *MNISTRun) { r.Train = -5 }), nil)
			return v(m), err
		}),
	}
	// The second probe of issue 14: what a step that overflows leaves, a
	// softmax run whose loss stays finite while it diverges, LinearProbe on
	// features near MaxFloat64 (pkg/data's scaling), the float32 engine.
	sq := with(func(c *Config) { c.Loss = mlp.SquaredError })
	cases = append(cases,
		E("Step η = 1e308 twice (the second step's loss overflows)", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = 1e308; c.Loss = mlp.SquaredError }))
			if err != nil {
				return nil, err
			}
			if _, err := t0.Step([]int{0, 1}); err != nil {
				return nil, err
			}
			F, err := t0.Step([]int{2, 3})
			return v(F, t0.Net), err
		}),
		OK("Nil trainer's methods without an error", func() ([]any, error) {
			var t0 *Trainer
			t0.Sync()
			return v(t0.Config(), t0.Epochs(), t0.Steps(), t0.StepsPerEpoch()), nil
		}),
		E("Evaluate after the network lost a layer", func() ([]any, error) {
			t0 := tr()
			t0.Net.Layers = t0.Net.Layers[:1]
			l, a, err := t0.Evaluate(X, mat.NewDense(4, 3, nil))
			return v(l, a), err
		}),
		E("Step after a layer was replaced by a wider one", func() ([]any, error) {
			t0 := tr()
			t0.Net.Layers[0].W = mat.NewDense(5, 2, nil)
			F, err := t0.Step([]int{0})
			return v(F), err
		}),
		E("Epoch after a layer was set to nil", func() ([]any, error) {
			t0 := tr()
			t0.Net.Layers[1] = nil
			r, err := t0.Epoch(nil)
			return v(r), err
		}),
		E("Evaluate a zero Trainer", func() ([]any, error) { l, a, err := (&Trainer{}).Evaluate(X, Y); return v(l, a), err }),
		E("Epoch float32 η = 1e30 diverges", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = 1e30; c.Precision = Float32; c.Loss = mlp.SquaredError }))
			if err != nil {
				return nil, err
			}
			var r EpochResult
			for e := 0; e < 5 && err == nil; e++ {
				r, err = t0.Epoch(nil)
			}
			return v(r, t0.Net), err
		}),
		OK("Epoch softmax η = 1e300 (the loss stays finite): flagged Diverged", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = 1e300 }))
			if err != nil {
				return nil, err
			}
			var r EpochResult
			for e := 0; e < 5 && err == nil && !r.Diverged; e++ {
				r, err = t0.Epoch(nil)
			}
			if err == nil && !r.Diverged {
				t.Errorf("η = 1e300: loss %v after epoch %d, not flagged", r.Loss, r.Epoch)
			}
			return v(r), err
		}),
		OK("Epoch softmax η = 0.1: not flagged", func() ([]any, error) {
			t0 := tr()
			r, err := t0.Epoch(nil)
			if r.Diverged {
				t.Errorf("η = 0.1 flagged as diverged: %+v", r)
			}
			return v(r), err
		}),
		E("Step a row of MaxInt", func() ([]any, error) { F, err := tr().Step([]int{math.MaxInt}); return v(F), err }),
		E("Step a row of MinInt", func() ([]any, error) { F, err := tr().Step([]int{math.MinInt}); return v(F), err }),
		E("Evaluate typed-nil Y", func() ([]any, error) { l, a, err := tr().Evaluate(X, nilDense); return v(l, a), err }),
		E("Evaluate empty X", func() ([]any, error) { l, a, err := tr().Evaluate(&mat.Dense{}, &mat.Dense{}); return v(l, a), err }),
		E("Evaluate +Inf Y", func() ([]any, error) {
			Yi := mat.DenseCopyOf(Y)
			Yi.Set(0, 0, inf)
			l, a, err := tr().Evaluate(X, Yi)
			return v(l, a), err
		}),
		E("Evaluate rows differ", func() ([]any, error) { l, a, err := tr().Evaluate(X, mat.NewDense(3, 2, nil)); return v(l, a), err }),
		E("Evaluate X of 1e300 (the loss overflows)", func() ([]any, error) {
			t0, _ := New(net(), X, Y, sq)
			Xb := mat.NewDense(1, 2, []float64{1e300, -1e300})
			net := t0.Net
			net.Layers[1].W.Set(0, 0, 1e300)
			l, a, err := t0.Evaluate(Xb, mat.NewDense(1, 2, []float64{1, 0}))
			return v(l, a), err
		}),
		E("Evaluate a nil trainer", func() ([]any, error) { var t0 *Trainer; l, a, err := t0.Evaluate(X, Y); return v(l, a), err }),
		E("Epoch a nil trainer", func() ([]any, error) { var t0 *Trainer; r, err := t0.Epoch(nil); return v(r), err }),
		E("Step a nil trainer", func() ([]any, error) { var t0 *Trainer; F, err := t0.Step([]int{0}); return v(F), err }),
		E("New batch −1", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.BatchSize = -1 }))
			return v(t0), err
		}),
		E("New η −Inf", func() ([]any, error) {
			t0, err := New(net(), X, Y, with(func(c *Config) { c.Eta = math.Inf(-1) }))
			return v(t0), err
		}),
		E("New a network with a nil layer", func() ([]any, error) {
			n := net()
			n.Layers[0] = nil
			t0, err := New(n, X, Y, cfg)
			return v(t0), err
		}),
		E("New a NaN weight", func() ([]any, error) {
			n := net()
			n.Layers[1].B.SetVec(0, nan)
			t0, err := New(n, X, Y, cfg)
			return v(t0), err
		}),
		E("New softmax targets not one-hot", func() ([]any, error) {
			t0, err := New(net(), X, mat.NewDense(4, 2, []float64{1, 1, 0, 0, 2, 0, 0, 1}), cfg)
			return v(t0), err
		}),
		E("LinearProbe test features far from the training ones (scaling overflows)", func() ([]any, error) {
			a, err := LinearProbe(mat.NewDense(4, 1, []float64{0, 1e-10, 2e-10, 3e-10}), []int{0, 0, 1, 1}, mat.NewDense(1, 1, []float64{1e308}), []int{0}, 2)
			return v(a), err
		}),
		badinput.Case{Name: "LinearProbe features near MaxFloat64 (the sums overflow)", Call: func() ([]any, error) {
			m := math.MaxFloat64
			a, err := LinearProbe(mat.NewDense(4, 1, []float64{-m, -m / 2, m / 2, m}), []int{0, 0, 1, 1}, mat.NewDense(2, 1, []float64{-m, m}), []int{0, 1}, 2)
			return v(a), err
		}},
		E("LinearProbe typed-nil test X", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 1, 1, 0}, nilDense, nil, 2)
			return v(a), err
		}),
		E("LinearProbe negative classes", func() ([]any, error) {
			a, err := LinearProbe(X, []int{0, 1, 1, 0}, X, []int{0, 1, 1, 0}, -2)
			return v(a), err
		}),
		E("HiddenFeatures layer 0", func() ([]any, error) { h, err := HiddenFeatures(net(), X, 0); return v(h), err }),
		E("HiddenFeatures layer −1", func() ([]any, error) { h, err := HiddenFeatures(net(), X, -1); return v(h), err }),
		E("HiddenFeatures NaN X", func() ([]any, error) {
			h, err := HiddenFeatures(net(), mat.NewDense(1, 2, []float64{nan, 0}), 1)
			return v(h), err
		}),
		E("HiddenFeatures empty X", func() ([]any, error) { h, err := HiddenFeatures(net(), &mat.Dense{}, 1); return v(h), err }),
	)
	badinput.Run(t, cases)
}
