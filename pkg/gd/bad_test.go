package gd

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/mlp"
)

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	X, Y := line()
	cfg := Config{Method: Batch, Eta: 0.05, Epochs: 3, Loss: mlp.SquaredError}
	with := func(f func(c *Config)) Config { c := cfg; f(&c); return c }
	var nilDense *mat.Dense
	var nilNet *mlp.Network
	var nilQ *Quadratic
	var nilLin *LinearNetwork
	grads := func() ([]*mat.Dense, []*mat.VecDense) {
		return []*mat.Dense{nil, mat.NewDense(1, 1, []float64{2})}, []*mat.VecDense{nil, mat.NewVecDense(1, []float64{1})}
	}
	q, _ := Quadratic1D(2, 1)
	lin, _ := LeCunExample(1)
	cases := []badinput.Case{
		// Step
		E("Step η = 1e308 (issue 14)", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			gW, gB := grads()
			err := Step(net, gW, gB, 1e308, 0)
			var d *DivergedError
			if err != nil && !errors.As(err, &d) {
				t.Errorf("not a DivergedError: %v", err)
			}
			return v(net), err
		}),
		E("Step η = NaN", func() ([]any, error) { gW, gB := grads(); return nil, Step(linearNet(t, 1, 0), gW, gB, nan, 0) }),
		E("Step η = Inf", func() ([]any, error) { gW, gB := grads(); return nil, Step(linearNet(t, 1, 0), gW, gB, inf, 0) }),
		E("Step η = 0", func() ([]any, error) { gW, gB := grads(); return nil, Step(linearNet(t, 1, 0), gW, gB, 0, 0) }),
		E("Step λ = −1", func() ([]any, error) { gW, gB := grads(); return nil, Step(linearNet(t, 1, 0), gW, gB, 0.1, -1) }),
		E("Step λ = 1e308 overflows", func() ([]any, error) {
			net := linearNet(t, 1e10, 0)
			gW, gB := grads()
			return v(net), Step(net, gW, gB, 1, 1e300)
		}),
		E("StepMomentum μ = 1", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, 1)
		}),
		E("StepMomentum μ = NaN", func() ([]any, error) {
			net := linearNet(t, 1, 0)
			vel, _ := NewVelocity(net)
			gW, gB := grads()
			return v(net), StepMomentum(net, vel, gW, gB, 0.1, 0, nan)
		}),
		E("StepMomentum nil velocity with μ > 0", func() ([]any, error) {
			gW, gB := grads()
			return nil, StepMomentum(linearNet(t, 1, 0), nil, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum velocity of another network", func() ([]any, error) {
			vel, _ := NewVelocity(linearNet(t, 1, 0))
			vel.W[1] = mat.NewDense(2, 1, nil)
			gW, gB := grads()
			return nil, StepMomentum(linearNet(t, 1, 0), vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("StepMomentum NaN velocity", func() ([]any, error) {
			vel, _ := NewVelocity(linearNet(t, 1, 0))
			vel.B[1].SetVec(0, nan)
			gW, gB := grads()
			return nil, StepMomentum(linearNet(t, 1, 0), vel, gW, gB, 0.1, 0, 0.5)
		}),
		E("NewVelocity nil net", func() ([]any, error) { vel, err := NewVelocity(nilNet); return v(vel), err }),
		E("RunMomentum μ = −0.5", func() ([]any, error) { tr, err := q.RunMomentum([]float64{0}, 0.1, -0.5, 3); return v(tr), err }),
		E("LinearNetwork.RunMomentum μ = 1", func() ([]any, error) { tr, err := lin.RunMomentum(LeCunStart, 0.1, 1, 3); return v(tr), err }),
		E("Step nil net", func() ([]any, error) { gW, gB := grads(); return nil, Step(nilNet, gW, gB, 0.1, 0) }),
		E("Step nil grads", func() ([]any, error) { return nil, Step(linearNet(t, 1, 0), nil, nil, 0.1, 0) }),
		E("Step typed-nil grad", func() ([]any, error) {
			return nil, Step(linearNet(t, 1, 0), []*mat.Dense{nil, nilDense}, []*mat.VecDense{nil, mat.NewVecDense(1, nil)}, 0.1, 0)
		}),
		E("Step empty grad", func() ([]any, error) {
			return nil, Step(linearNet(t, 1, 0), []*mat.Dense{nil, {}}, []*mat.VecDense{nil, {}}, 0.1, 0)
		}),
		E("Step wrong shape", func() ([]any, error) {
			return nil, Step(linearNet(t, 1, 0), []*mat.Dense{nil, mat.NewDense(2, 1, nil)}, []*mat.VecDense{nil, mat.NewVecDense(1, nil)}, 0.1, 0)
		}),
		E("Step NaN grad", func() ([]any, error) {
			return nil, Step(linearNet(t, 1, 0), []*mat.Dense{nil, mat.NewDense(1, 1, []float64{nan})}, []*mat.VecDense{nil, mat.NewVecDense(1, nil)}, 0.1, 0)
		}),
		// Train
		E("Train nil net", func() ([]any, error) { h, err := Train(nilNet, X, Y, cfg); return v(h), err }),
		E("Train nil X", func() ([]any, error) { h, err := Train(linearNet(t, 0, 0), nil, Y, cfg); return v(h), err }),
		E("Train typed-nil X (issue 14)", func() ([]any, error) { h, err := Train(linearNet(t, 0, 0), nilDense, Y, cfg); return v(h), err }),
		E("Train typed-nil Y", func() ([]any, error) { h, err := Train(linearNet(t, 0, 0), X, nilDense, cfg); return v(h), err }),
		E("Train empty X", func() ([]any, error) { h, err := Train(linearNet(t, 0, 0), &mat.Dense{}, Y, cfg); return v(h), err }),
		E("Train NaN X", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), mat.NewDense(2, 1, []float64{nan, 1}), mat.NewDense(2, 1, nil), cfg)
			return v(h), err
		}),
		E("Train Inf Y", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), mat.NewDense(2, 1, []float64{0, 1}), mat.NewDense(2, 1, []float64{inf, 0}), cfg)
			return v(h), err
		}),
		E("Train rows differ", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, mat.NewDense(3, 1, nil), cfg)
			return v(h), err
		}),
		E("Train columns", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), mat.NewDense(4, 2, nil), Y, cfg)
			return v(h), err
		}),
		E("Train η = 1e6 diverges", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Eta = 1e6 }))
			return v(h), err
		}),
		E("Train η = 1e308 diverges", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Eta = 1e308 }))
			return v(h), err
		}),
		E("Train η NaN", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Eta = nan }))
			return v(h), err
		}),
		E("Train 0 epochs", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Epochs = 0 }))
			return v(h), err
		}),
		E("Train 1e12 epochs", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Epochs = 1e12 }))
			return v(h), err
		}),
		E("Train 2⁶² epochs stochastic", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Epochs = 1 << 62; c.Method = Stochastic }))
			return v(h), err
		}),
		E("Train batch 0", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Method = Minibatch; c.BatchSize = 0 }))
			return v(h), err
		}),
		E("Train batch > N", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Method = Minibatch; c.BatchSize = 5 }))
			return v(h), err
		}),
		E("Train unknown method", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Method = Method(9) }))
			return v(h), err
		}),
		E("Train unknown loss", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Loss = mlp.Loss(9) }))
			return v(h), err
		}),
		E("Train ValX only", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.ValX = X }))
			return v(h), err
		}),
		E("Train typed-nil ValX", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.ValX, c.ValY = nilDense, Y }))
			return v(h), err
		}),
		E("Train NaN schedule", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Eta = 0; c.Schedule = ScheduleFunc(func(int) float64 { return nan }) }))
			return v(h), err
		}),
		E("Train schedule and η", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) { c.Schedule = Constant{Eta0: 0.1} }))
			return v(h), err
		}),
		E("Train NaN gradient", func() ([]any, error) {
			h, err := Train(linearNet(t, 0, 0), X, Y, with(func(c *Config) {
				c.Gradient = func(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
					return []*mat.Dense{nil, mat.NewDense(1, 1, []float64{nan})}, []*mat.VecDense{nil, mat.NewVecDense(1, nil)}, 1, nil
				}
			}))
			return v(h), err
		}),
		OK("Final of nil history", func() ([]any, error) { var h *History; return v(h.Final()), nil }),
		// Evaluate, Partition, FromRows
		E("Evaluate nil net", func() ([]any, error) { c, err := Evaluate(nilNet, X, Y, mlp.SquaredError, 0); return v(c), err }),
		E("Evaluate typed-nil X", func() ([]any, error) {
			c, err := Evaluate(linearNet(t, 0, 0), nilDense, Y, mlp.SquaredError, 0)
			return v(c), err
		}),
		E("Evaluate NaN λ", func() ([]any, error) {
			c, err := Evaluate(linearNet(t, 0, 0), X, Y, mlp.SquaredError, nan)
			return v(c), err
		}),
		E("Partition 0", func() ([]any, error) { p, err := Partition(0, 1, nil); return v(p), err }),
		E("Partition 1e12 (issue 14)", func() ([]any, error) { p, err := Partition(1e12, 10, nil); return v(p), err }),
		E("Partition batch 0", func() ([]any, error) { p, err := Partition(10, 0, nil); return v(p), err }),
		E("Partition batch > n", func() ([]any, error) { p, err := Partition(10, 11, nil); return v(p), err }),
		E("FromRows nil", func() ([]any, error) { m, err := FromRows(nil); return v(m), err }),
		E("FromRows ragged", func() ([]any, error) { m, err := FromRows([][]float64{{1, 2}, {3}}); return v(m), err }),
		E("FromRows NaN", func() ([]any, error) { m, err := FromRows([][]float64{{1, 2}, {nan, 3}}); return v(m), err }),
		E("FromRows empty row", func() ([]any, error) { m, err := FromRows([][]float64{{}}); return v(m), err }),
		// BackpropGradient
		E("BackpropGradient nil", func() ([]any, error) {
			a, b, c, err := BackpropGradient(nilNet, X, Y, mlp.SquaredError)
			return v(a, b, c), err
		}),
		E("BackpropGradient typed-nil X", func() ([]any, error) {
			a, b, c, err := BackpropGradient(linearNet(t, 0, 0), nilDense, Y, mlp.SquaredError)
			return v(a, b, c), err
		}),
		// quadratics, LeCun's network, schedules
		E("NewQuadratic nil", func() ([]any, error) { q, err := NewQuadratic(nil, nil, 0); return v(q), err }),
		E("NewQuadratic typed-nil", func() ([]any, error) {
			var h *mat.SymDense
			q, err := NewQuadratic(h, []float64{1}, 0)
			return v(q), err
		}),
		E("NewQuadratic NaN H", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(1, []float64{nan}), []float64{1}, 0)
			return v(q), err
		}),
		E("NewQuadratic not positive", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(1, []float64{-1}), []float64{1}, 0)
			return v(q), err
		}),
		E("NewQuadratic ragged w*", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(2, nil), []float64{1}, 0)
			return v(q), err
		}),
		E("NewQuadratic Inf Cmin", func() ([]any, error) {
			q, err := NewQuadratic(mat.NewSymDense(1, []float64{1}), []float64{1}, inf)
			return v(q), err
		}),
		E("Quadratic1D NaN", func() ([]any, error) { q, err := Quadratic1D(nan, 0); return v(q), err }),
		E("Quadratic.Run 1e10 steps (issue 14)", func() ([]any, error) { tr, err := q.Run([]float64{0}, q.EtaOpt(), 1e10); return v(tr), err }),
		E("Quadratic.Run −1 steps", func() ([]any, error) { tr, err := q.Run([]float64{0}, 0.1, -1); return v(tr), err }),
		E("Quadratic.Run NaN w₀", func() ([]any, error) { tr, err := q.Run([]float64{nan}, 0.1, 3); return v(tr), err }),
		E("Quadratic.Run ragged w₀", func() ([]any, error) { tr, err := q.Run([]float64{0, 1}, 0.1, 3); return v(tr), err }),
		E("Quadratic.Run η NaN", func() ([]any, error) { tr, err := q.Run([]float64{0}, nan, 3); return v(tr), err }),
		OK("Quadratic.Run η = 1e300 flags divergence", func() ([]any, error) {
			tr, err := q.Run([]float64{0}, 1e300, 20)
			if err == nil && !tr.Diverged {
				t.Error("not flagged")
			}
			return v(tr), err
		}),
		E("nil Quadratic Run", func() ([]any, error) { tr, err := nilQ.Run([]float64{0}, 0.1, 3); return v(tr), err }),
		E("zero Quadratic Cost", func() ([]any, error) { c, err := (&Quadratic{}).Cost([]float64{0}); return v(c), err }),
		E("Quadratic Cost NaN", func() ([]any, error) { c, err := q.Cost([]float64{nan}); return v(c), err }),
		OK("nil Quadratic methods", func() ([]any, error) {
			a, b := nilQ.Eigen()
			eta, mu := nilQ.MomentumFastest()
			return v(nilQ.Dim(), nilQ.EtaOpt(), nilQ.EtaMax(), nilQ.Condition(), eta, mu, a, b), nil
		}),
		E("NewLinearNeuron typed-nil", func() ([]any, error) { n, err := NewLinearNeuron(nilDense, nil); return v(n), err }),
		E("NewLinearNeuron empty", func() ([]any, error) { n, err := NewLinearNeuron(&mat.Dense{}, nil); return v(n), err }),
		E("NewLinearNeuron NaN", func() ([]any, error) {
			n, err := NewLinearNeuron(mat.NewDense(2, 1, []float64{nan, 1}), []float64{1, 2})
			return v(n), err
		}),
		E("NewLinearNetwork typed-nil", func() ([]any, error) { n, err := NewLinearNetwork(nilDense, nil); return v(n), err }),
		E("NewLinearNetwork empty", func() ([]any, error) { n, err := NewLinearNetwork(&mat.Dense{}, nil); return v(n), err }),
		E("NewLinearNetwork NaN", func() ([]any, error) {
			n, err := NewLinearNetwork(mat.NewDense(2, 1, []float64{nan, 1}), []float64{1, 2})
			return v(n), err
		}),
		E("NewLinearNetwork singular", func() ([]any, error) {
			n, err := NewLinearNetwork(mat.NewDense(2, 2, []float64{1, 1, 2, 2}), []float64{1, 2})
			return v(n), err
		}),
		E("NewLinearNetwork ragged y", func() ([]any, error) { n, err := NewLinearNetwork(X, []float64{1}); return v(n), err }),
		E("LinearNetwork.Run 1e10 steps", func() ([]any, error) { tr, err := lin.Run(LeCunStart, 1.5, 1e10); return v(tr), err }),
		E("nil LinearNetwork Run", func() ([]any, error) { tr, err := nilLin.Run(LeCunStart, 1.5, 3); return v(tr), err }),
		E("nil LinearNetwork Cost", func() ([]any, error) { c, err := nilLin.Cost(LeCunStart); return v(c), err }),
		E("LinearNetwork Grad NaN", func() ([]any, error) { g, err := lin.Grad([]float64{nan, 0}); return v(g), err }),
		E("Rates 1e12", func() ([]any, error) { r, err := Rates(Constant{Eta0: 0.1}, 1e12); return v(r), err }),
		E("Rates nil", func() ([]any, error) { r, err := Rates(nil, 3); return v(r), err }),
		E("Rates StepDecay γ = 0", func() ([]any, error) { r, err := Rates(StepDecay{Eta0: 1, Factor: 0, Every: 1}, 3); return v(r), err }),
		E("Rates InverseTime τ = NaN", func() ([]any, error) { r, err := Rates(InverseTime{Eta0: 1, Tau: nan}, 3); return v(r), err }),
		E("CheckSchedule 2⁶² steps", func() ([]any, error) { return nil, CheckSchedule(Constant{Eta0: 0.1}, 1<<62) }),
		E("MethodByName", func() ([]any, error) { m, err := MethodByName("adam"); return v(m), err }),
	}
	cases = append(cases, badCasesNew(t)...)
	badinput.Run(t, cases)
}
