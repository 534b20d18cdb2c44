package gd

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// hugeMatrix claims a size without holding it: an absurd size must be
// refused before anything reads or allocates it.
type hugeMatrix struct{ r, c int }

func (h hugeMatrix) Dims() (int, int)    { return h.r, h.c }
func (h hugeMatrix) At(i, j int) float64 { return 0 }
func (h hugeMatrix) T() mat.Matrix       { return mat.Transpose{Matrix: h} }

// badCasesNew are the bad calls of the functions added in the session of
// issue 14's second probe (momentum, layer gradients, the L2 minimum, the
// linear neuron).
func badCasesNew(t *testing.T) []badinput.Case {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	X, Y := line()
	var nilDense *mat.Dense
	var nilNet *mlp.Network
	var nilQ *Quadratic
	var nilLin *LinearNetwork
	q, _ := Quadratic1D(2, 1)
	q2, _ := NewQuadratic(mat.NewSymDense(2, []float64{10, 4, 4, 2}), []float64{1, -1}, 0)
	lin, _ := LeCunExample(1)
	sig := func() *mlp.Network {
		net, err := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(2, 1, []float64{1, -1}), mat.NewDense(1, 2, []float64{1, 1})},
			[][]float64{{0, 0}, {0}}, []neuron.Activation{neuron.Sigmoid, neuron.Identity})
		if err != nil {
			t.Fatal(err)
		}
		return net
	}
	grads := func() ([]*mat.Dense, []*mat.VecDense) {
		return []*mat.Dense{nil, mat.NewDense(1, 1, []float64{2})}, []*mat.VecDense{nil, mat.NewVecDense(1, []float64{1})}
	}
	cfg := Config{Method: Batch, Eta: 0.05, Epochs: 3, Loss: mlp.SquaredError}
	with := func(f func(c *Config)) Config { c := cfg; f(&c); return c }
	return []badinput.Case{
		// LayerGradients
		E("LayerGradients nil network", func() ([]any, error) {
			a, b, err := LayerGradients(nilNet, X, Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients empty network", func() ([]any, error) {
			a, b, err := LayerGradients(&mlp.Network{}, X, Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients network with a nil layer", func() ([]any, error) {
			a, b, err := LayerGradients(&mlp.Network{Layers: []*mlp.Layer{nil}}, X, Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients typed-nil X", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), nilDense, Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients nil interface Y", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), X, nil, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients empty X", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), &mat.Dense{}, &mat.Dense{}, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients NaN in X", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), mat.NewDense(2, 1, []float64{nan, 1}), mat.NewDense(2, 1, nil), mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients +Inf in Y", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), mat.NewDense(2, 1, []float64{0, 1}), mat.NewDense(2, 1, []float64{inf, 0}), mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients rows of X and Y differ", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), X, mat.NewDense(3, 1, nil), mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients X of 2 columns for 1 input", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), mat.NewDense(4, 2, nil), Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients Y of 3 columns for 1 output", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), X, mat.NewDense(4, 3, nil), mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients unknown loss 99", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), X, Y, mlp.Loss(99))
			return v(a, b), err
		}),
		E("LayerGradients NaN weight", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			net.Layers[0].W.Set(0, 0, nan)
			a, b, err := LayerGradients(net, X, Y, mlp.SquaredError)
			return v(a, b), err
		}),
		E("LayerGradients 2⁴⁰ rows claimed (refused before reading)", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), hugeMatrix{1 << 40, 1}, hugeMatrix{1 << 40, 1}, mlp.SquaredError)
			return v(a, b), err
		}),
		E("Train 2⁴⁰ rows claimed (refused before reading)", func() ([]any, error) {
			h, err := Train(linearNet(t, 1, 0), hugeMatrix{1 << 40, 1}, hugeMatrix{1 << 40, 1}, cfg)
			return v(h), err
		}),
		E("Train 2³⁰ × 2³⁰ validation set claimed", func() ([]any, error) {
			h, err := Train(linearNet(t, 1, 0), X, Y, with(func(c *Config) { c.ValX, c.ValY = hugeMatrix{1 << 30, 1}, hugeMatrix{1 << 30, 1} }))
			return v(h), err
		}),
		E("LayerGradients gradient overflows (x = 1e300, w = 1e300)", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1e300, 0), mat.NewDense(1, 1, []float64{1e300}), mat.NewDense(1, 1, nil), mlp.SquaredError)
			return v(a, b), err
		}),
		OK("LayerGradients sigmoid net at x = ±1e300 (saturated, finite)", func() ([]any, error) {
			a, b, err := LayerGradients(sig(), mat.NewDense(2, 1, []float64{1e300, -1e300}), mat.NewDense(2, 1, []float64{0, 1}), mlp.SquaredError)
			return v(a, b), err
		}),
		OK("LayerGradients softmax cross-entropy on 1 output (Y = 1, 3, 5, 7 not one-hot)", func() ([]any, error) {
			a, b, err := LayerGradients(linearNet(t, 1, 0), X, Y, mlp.SoftmaxCrossEntropy)
			return v(a, b), err
		}),
		// Train with momentum and layer gradients
		E("Train Momentum = 1", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = 1 }))
			return v(h), err
		}),
		E("Train Momentum = −0.1", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = -0.1 }))
			return v(h), err
		}),
		E("Train Momentum = NaN", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = nan }))
			return v(h), err
		}),
		E("Train Momentum = +Inf", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = inf }))
			return v(h), err
		}),
		E("Train Momentum = 0.999 η = 1e6 diverges", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = 0.999; c.Eta = 1e6; c.Epochs = 50 }))
			return v(h), err
		}),
		E("Train η = 1e200 with LayerGradients", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.LayerGradients = true; c.Eta = 1e200; c.Epochs = 5 }))
			return v(h), err
		}),
		E("Train LayerGradients with a nil network", func() ([]any, error) {
			h, err := Train(nilNet, X, Y, with(func(c *Config) { c.LayerGradients = true }))
			return v(h), err
		}),
		E("Train momentum with a typed-nil X", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), nilDense, Y, with(func(c *Config) { c.Momentum = 0.5 }))
			return v(h), err
		}),
		OK("Train Momentum = 0.9, LayerGradients (a correct run)", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Momentum = 0.9; c.LayerGradients = true; c.Eta = 0.01 }))
			return v(h), err
		}),
		// StepMomentum and NewVelocity
		E("StepMomentum nil network", func() ([]any, error) { gW, gB := grads(); return nil, StepMomentum(nilNet, nil, gW, gB, 0.1, 0, 0) }),
		E("StepMomentum nil gradients", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			return v(net), StepMomentum(net, vel, nil, nil, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity with nil slices", func() ([]any, error) {
			gW, gB := grads()
			return nil, StepMomentum(linearNet(t, 1, 0), &Velocity{}, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity with a nil matrix", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			vel.W[1] = nil
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity with a typed-nil matrix", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			vel.B[1] = (*mat.VecDense)(nil)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity too long", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			vel.W = append(vel.W, mat.NewDense(1, 1, nil))
			vel.B = append(vel.B, mat.NewVecDense(1, nil))
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum +Inf velocity", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			vel.W[1].Set(0, 0, inf)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity 1e308 overflows the weight", func() ([]any, error) {
			net := linearNet(t, 1e308, 0)
			vel, _ := NewVelocity(net)
			vel.W[1].Set(0, 0, 1e308)
			gW, gB := []*mat.Dense{nil, mat.NewDense(1, 1, []float64{0})}, []*mat.VecDense{nil, mat.NewVecDense(1, []float64{0})}
			return v(net, vel), StepMomentum(net, vel, gW, gB, 0.1, 0, 0.99)
		}),
		E("StepMomentum η = −1", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, -1, 0, 0.5)
		}),
		E("StepMomentum λ = NaN", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, nan, 0.5)
		}),
		E("StepMomentum μ = −Inf", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, math.Inf(-1))
		}),
		E("StepMomentum gradient of the wrong shape", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			return v(net), StepMomentum(net, vel, []*mat.Dense{nil, mat.NewDense(2, 2, nil)}, []*mat.VecDense{nil, mat.NewVecDense(1, nil)}, 0.1, 0, 0.5)
		}),
		E("NewVelocity empty network", func() ([]any, error) { vel, err := NewVelocity(&mlp.Network{}); return v(vel), err }),
		E("NewVelocity a nil layer", func() ([]any, error) {
			vel, err := NewVelocity(&mlp.Network{Layers: []*mlp.Layer{nil}})
			return v(vel), err
		}),
		E("NewVelocity a layer with a typed-nil W", func() ([]any, error) {
			vel, err := NewVelocity(&mlp.Network{Layers: []*mlp.Layer{{W: nilDense, B: mat.NewVecDense(1, nil), G: neuron.Identity}}})
			return v(vel), err
		}),
		// Quadratic: RunMomentum, MinimumL2, Condition, MomentumFastest
		E("Quadratic.RunMomentum NaN w₀", func() ([]any, error) { tr, err := q.RunMomentum([]float64{nan}, 0.1, 0.5, 3); return v(tr), err }),
		E("Quadratic.RunMomentum nil w₀", func() ([]any, error) { tr, err := q.RunMomentum(nil, 0.1, 0.5, 3); return v(tr), err }),
		E("Quadratic.RunMomentum ragged w₀", func() ([]any, error) { tr, err := q2.RunMomentum([]float64{1}, 0.1, 0.5, 3); return v(tr), err }),
		E("Quadratic.RunMomentum 1e10 steps", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, 0.5, 1e10); return v(tr), err }),
		E("Quadratic.RunMomentum 2⁶² steps", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, 0.5, 1<<62); return v(tr), err }),
		E("Quadratic.RunMomentum −5 steps", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, 0.5, -5); return v(tr), err }),
		E("Quadratic.RunMomentum η = NaN", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, nan, 0.5, 3); return v(tr), err }),
		E("Quadratic.RunMomentum η = −Inf", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, math.Inf(-1), 0.5, 3); return v(tr), err }),
		E("Quadratic.RunMomentum μ = 1", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, 1, 3); return v(tr), err }),
		E("Quadratic.RunMomentum μ = NaN", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, nan, 3); return v(tr), err }),
		E("Quadratic.RunMomentum μ = 5", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, 5, 3); return v(tr), err }),
		OK("Quadratic.RunMomentum η = 1e300 μ = 0.9 flags divergence", func() ([]any, error) {
			tr, err := q.RunMomentum([]float64{0}, 1e300, 0.9, 50)
			if err == nil && (tr == nil || !tr.Diverged) {
				t.Errorf("η = 1e300: not flagged as diverged: %+v", tr)
			}
			return v(tr), err
		}),
		OK("Quadratic.RunMomentum μ = 0.999999 (slow but finite)", func() ([]any, error) {
			tr, err := q2.RunMomentum([]float64{0, 0}, 0.05, 0.999999, 200)
			return v(tr), err
		}),
		E("nil Quadratic RunMomentum", func() ([]any, error) { tr, err := nilQ.RunMomentum([]float64{0}, 0.1, 0.5, 3); return v(tr), err }),
		E("zero Quadratic RunMomentum", func() ([]any, error) {
			tr, err := (&Quadratic{}).RunMomentum([]float64{0}, 0.1, 0.5, 3)
			return v(tr), err
		}),
		E("Quadratic.MinimumL2 λ = NaN", func() ([]any, error) { w, err := q.MinimumL2(nan); return v(w), err }),
		E("Quadratic.MinimumL2 λ = −1", func() ([]any, error) { w, err := q.MinimumL2(-1); return v(w), err }),
		E("Quadratic.MinimumL2 λ = +Inf", func() ([]any, error) { w, err := q.MinimumL2(inf); return v(w), err }),
		E("Quadratic.MinimumL2 λ = 1e308 (2λ overflows)", func() ([]any, error) { w, err := q2.MinimumL2(1e308); return v(w), err }),
		OK("Quadratic.MinimumL2 λ = 1e300", func() ([]any, error) { w, err := q2.MinimumL2(1e300); return v(w), err }),
		OK("Quadratic.MinimumL2 λ = 5e-324", func() ([]any, error) { w, err := q2.MinimumL2(5e-324); return v(w), err }),
		E("nil Quadratic MinimumL2", func() ([]any, error) { w, err := nilQ.MinimumL2(0.1); return v(w), err }),
		E("zero Quadratic MinimumL2", func() ([]any, error) { w, err := (&Quadratic{}).MinimumL2(0.1); return v(w), err }),
		E("Quadratic with H = nil MinimumL2", func() ([]any, error) { w, err := (&Quadratic{WStar: []float64{1}}).MinimumL2(0.1); return v(w), err }),
		OK("zero Quadratic Condition and MomentumFastest", func() ([]any, error) {
			z := &Quadratic{}
			eta, mu := z.MomentumFastest()
			return v(z.Condition(), eta, mu), nil
		}),
		E("NewQuadratic H with a zero eigenvalue (κ infinite)", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(2, []float64{1, 1, 1, 1}), []float64{0, 0}, 0)
			return v(q, q.Condition()), err
		}),
		OK("NewQuadratic H of eigenvalues 1e-300 and 1e300: Condition", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(2, []float64{1e-300, 0, 0, 1e300}), []float64{0, 0}, 0)
			if err != nil {
				return nil, err
			}
			eta, mu := q.MomentumFastest()
			return v(q.Condition(), eta, mu), nil
		}),
		// LinearNetwork
		E("nil LinearNetwork RunMomentum", func() ([]any, error) { tr, err := nilLin.RunMomentum(LeCunStart, 0.1, 0.5, 3); return v(tr), err }),
		E("zero LinearNetwork RunMomentum", func() ([]any, error) {
			tr, err := (&LinearNetwork{}).RunMomentum(LeCunStart, 0.1, 0.5, 3)
			return v(tr), err
		}),
		E("LinearNetwork.RunMomentum NaN w₀", func() ([]any, error) { tr, err := lin.RunMomentum([]float64{nan, 0}, 0.1, 0.5, 3); return v(tr), err }),
		E("LinearNetwork.RunMomentum ragged w₀", func() ([]any, error) { tr, err := lin.RunMomentum([]float64{1, 2, 3}, 0.1, 0.5, 3); return v(tr), err }),
		E("LinearNetwork.RunMomentum 1e10 steps", func() ([]any, error) { tr, err := lin.RunMomentum(LeCunStart, 0.1, 0.5, 1e10); return v(tr), err }),
		E("LinearNetwork.RunMomentum μ = NaN", func() ([]any, error) { tr, err := lin.RunMomentum(LeCunStart, 0.1, nan, 3); return v(tr), err }),
		OK("LinearNetwork.RunMomentum η = 1e300 flags divergence", func() ([]any, error) {
			tr, err := lin.RunMomentum(LeCunStart, 1e300, 0.5, 30)
			if err == nil && (tr == nil || !tr.Diverged) {
				t.Errorf("η = 1e300: not flagged as diverged")
			}
			return v(tr), err
		}),
		E("NewLinearNeuron nil interface", func() ([]any, error) { n, err := NewLinearNeuron(nil, nil); return v(n), err }),
		E("NewLinearNeuron ragged y", func() ([]any, error) { n, err := NewLinearNeuron(X, []float64{1, 2}); return v(n), err }),
		E("NewLinearNeuron nil y", func() ([]any, error) { n, err := NewLinearNeuron(X, nil); return v(n), err }),
		E("NewLinearNeuron +Inf in y", func() ([]any, error) { n, err := NewLinearNeuron(X, []float64{1, inf, 2, 3}); return v(n), err }),
		E("NewLinearNeuron −Inf in X", func() ([]any, error) {
			n, err := NewLinearNeuron(mat.NewDense(2, 1, []float64{math.Inf(-1), 1}), []float64{1, 2})
			return v(n), err
		}),
		E("NewLinearNeuron one point (H singular)", func() ([]any, error) {
			n, err := NewLinearNeuron(mat.NewDense(1, 1, []float64{3}), []float64{1})
			return v(n), err
		}),
		E("NewLinearNeuron constant x (H singular)", func() ([]any, error) {
			n, err := NewLinearNeuron(mat.NewDense(3, 1, []float64{2, 2, 2}), []float64{1, 2, 3})
			return v(n), err
		}),
		E("NewLinearNeuron 2⁴⁰ rows claimed", func() ([]any, error) {
			n, err := NewLinearNeuron(hugeMatrix{1 << 40, 3}, make([]float64, 4))
			return v(n), err
		}),
		E("NewLinearNeuron 2³⁰ columns claimed", func() ([]any, error) {
			n, err := NewLinearNeuron(hugeMatrix{1, 1 << 30}, []float64{1})
			return v(n), err
		}),
		E("NewLinearNetwork 2⁴⁰ rows claimed", func() ([]any, error) {
			n, err := NewLinearNetwork(hugeMatrix{1 << 40, 3}, make([]float64, 4))
			return v(n), err
		}),
		E("NewLinearNetwork y = 1e300 (Xᵀy overflows)", func() ([]any, error) {
			n, err := NewLinearNetwork(mat.NewDense(2, 1, []float64{1e10, 1e10}), []float64{1e300, 1e300})
			return v(n), err
		}),
		E("NewLinearNeuron x = 1e200 (H overflows)", func() ([]any, error) {
			n, err := NewLinearNeuron(mat.NewDense(2, 1, []float64{1e200, -1e200}), []float64{1, 2})
			return v(n), err
		}),
	}
}
