package gd

import (
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

func TestScheduleRatesByHand(t *testing.T) {
	for _, c := range []struct {
		name string
		s    Schedule
		want []float64
	}{
		{"constant", Constant{0.3}, []float64{0.3, 0.3, 0.3, 0.3}},
		// η₀/(1 + t/τ) with η₀ = 1, τ = 2: 1/1, 1/1.5, 1/2, 1/2.5, 1/3.
		{"inverse time", InverseTime{Eta0: 1, Tau: 2}, []float64{1, 2.0 / 3, 0.5, 0.4, 1.0 / 3}},
		// η₀·γ^⌊t/k⌋ with η₀ = 0.8, γ = 0.5, k = 3: three steps of each.
		{"step decay", StepDecay{Eta0: 0.8, Factor: 0.5, Every: 3}, []float64{0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2}},
		{"func", ScheduleFunc(func(t int) float64 { return 1 / float64(t+1) }), []float64{1, 0.5, 1.0 / 3}},
	} {
		got, err := Rates(c.s, len(c.want))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for i := range got {
			if !near(got[i], c.want[i], 1e-15) {
				t.Errorf("%s: η_%d = %v, want %v", c.name, i, got[i], c.want[i])
			}
		}
	}
}

func TestCheckScheduleErrors(t *testing.T) {
	for _, c := range []struct {
		s    Schedule
		want string
	}{
		{nil, "nil"},
		{Constant{0}, "constant schedule: η₀ must be positive and finite, got η₀ = 0"},
		{Constant{math.Inf(1)}, "η₀ = +Inf"},
		{InverseTime{Eta0: -1, Tau: 5}, "inverse-time schedule: η₀ must be positive and finite, got η₀ = -1"},
		{InverseTime{Eta0: 1}, "τ must be positive and finite, got τ = 0"},
		{InverseTime{Eta0: 1, Tau: math.NaN()}, "τ = NaN"},
		{StepDecay{Eta0: 1, Factor: 0, Every: 2}, "γ must be in (0, 1], got γ = 0"},
		{StepDecay{Eta0: 1, Factor: 1.5, Every: 2}, "γ = 1.5"},
		{StepDecay{Eta0: 1, Factor: 0.5}, "period k must be at least 1 step, got k = 0"},
		{StepDecay{Eta0: math.NaN(), Factor: 0.5, Every: 1}, "η₀ = NaN"},
		{ScheduleFunc(func(t int) float64 { return 0.5 - 0.1*float64(t) }), "η = 0 at step t = 5"},
		// γ = 1e−300 underflows to 0 after a few periods: caught, not a silent η = 0.
		{StepDecay{Eta0: 1, Factor: 1e-300, Every: 1}, "η = 0 at step t = 2"},
	} {
		err := CheckSchedule(c.s, 10)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err = %v, want it to say %q", c.s, err, c.want)
		}
	}
	// A StepDecay with k = 0 is NaN, never a division by zero.
	if eta := (StepDecay{Eta0: 1, Factor: 0.5}).Eta(3); !math.IsNaN(eta) {
		t.Errorf("StepDecay with k = 0: η_3 = %v, want NaN", eta)
	}
	if _, err := Rates(Constant{1}, -1); err == nil {
		t.Error("Rates(−1 steps): no error")
	}
}

// unitNet is o = w x + b with w = 1, b = 0, on the single example x = 1,
// y = 0: C = (w + b)², ∂C/∂w = ∂C/∂b = 2(w + b).
func unitNet(t *testing.T) (*mlp.Network, *mat.Dense, *mat.Dense) {
	return linearNet(t, 1, 0), mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0})
}

func TestTrainWithScheduleByHand(t *testing.T) {
	// η_t = 0.1/(1 + t): 0.1, 0.05, 0.1/3. With o = w + b and both moving
	// by −η·2o, o ← o − 4ηo = (1 − 4η_t) o:
	//   t = 0: o = 1 · (1 − 0.4)     = 0.6    C = 0.36
	//   t = 1: o = 0.6 · (1 − 0.2)   = 0.48   C = 0.2304
	//   t = 2: o = 0.48 · (1 − 0.4/3) = 0.416 C = 0.173056
	// and w = 1 − 0.2 − 0.06 − 0.032 = 0.708, b = −0.292.
	net, X, Y := unitNet(t)
	s := InverseTime{Eta0: 0.1, Tau: 1}
	h, err := Train(net, X, Y, Config{Method: Batch, Schedule: s, Epochs: 3})
	if err != nil {
		t.Fatal(err)
	}
	for e, want := range []float64{1, 0.36, 0.2304, 0.173056} {
		if got := h.Epochs[e].Total; !near(got, want, 1e-12) {
			t.Errorf("C after epoch %d = %v, want %v", e, got, want)
		}
	}
	if w, b := net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0); !near(w, 0.708, 1e-12) || !near(b, -0.292, 1e-12) {
		t.Errorf("w, b = %v, %v; want 0.708, −0.292", w, b)
	}
	if h.Eta != 0.1 || h.Schedule != s {
		t.Errorf("history: Eta = %v, Schedule = %v; want η₀ = 0.1 and the schedule", h.Eta, h.Schedule)
	}

	// t counts steps, not epochs: one stochastic epoch over two copies of the
	// example takes the steps t = 0 and t = 1, landing where two batch epochs do.
	net2 := linearNet(t, 1, 0)
	X2, Y2 := mat.NewDense(2, 1, []float64{1, 1}), mat.NewDense(2, 1, []float64{0, 0})
	if _, err := Train(net2, X2, Y2, Config{Method: Stochastic, Schedule: s, Epochs: 1, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	if w := net2.Layers[0].W.At(0, 0); !near(w, 0.74, 1e-12) {
		t.Errorf("after steps t = 0, 1: w = %v, want 1 − 0.2 − 0.06 = 0.74", w)
	}
}

func TestConstantScheduleIsEta(t *testing.T) {
	// The same run with Eta = 0.05 and with Schedule = Constant{0.05}: the
	// same weights, bit for bit.
	X, Y := line()
	a, b := linearNet(t, 0.3, -0.2), linearNet(t, 0.3, -0.2)
	cfg := Config{Method: Minibatch, BatchSize: 3, Eta: 0.05, Epochs: 7, Seed: 11}
	if _, err := Train(a, X, Y, cfg); err != nil {
		t.Fatal(err)
	}
	cfg.Eta, cfg.Schedule = 0, Constant{0.05}
	if _, err := Train(b, X, Y, cfg); err != nil {
		t.Fatal(err)
	}
	if a.Layers[0].W.At(0, 0) != b.Layers[0].W.At(0, 0) || a.Layers[0].B.AtVec(0) != b.Layers[0].B.AtVec(0) {
		t.Errorf("Eta: w = %v, b = %v; Constant schedule: w = %v, b = %v", a.Layers[0].W.At(0, 0), a.Layers[0].B.AtVec(0), b.Layers[0].W.At(0, 0), b.Layers[0].B.AtVec(0))
	}
}

func TestTrainScheduleErrors(t *testing.T) {
	X, Y := line()
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"both", Config{Method: Batch, Eta: 0.1, Schedule: InverseTime{Eta0: 0.1, Tau: 5}, Epochs: 2},
			"set Eta (a constant η) or Schedule (η_t), not both: got Eta = 0.1 and Schedule = η₀/(1 + t/τ), η₀ = 0.1, τ = 5"},
		{"both, func", Config{Method: Batch, Eta: 0.1, Schedule: ScheduleFunc(func(int) float64 { return 1 }), Epochs: 2},
			"Schedule = a gd.ScheduleFunc"},
		{"bad τ", Config{Method: Batch, Schedule: InverseTime{Eta0: 0.1}, Epochs: 2}, "τ = 0"},
		{"λ", Config{Method: Batch, Schedule: Constant{0.1}, Lambda: -1, Epochs: 2}, "λ = -1"},
		// 4 examples in minibatches of 3: 2 steps per epoch, t = 0…5 in 3 epochs;
		// the schedule turns negative at t = 5, the last step.
		{"late", Config{Method: Minibatch, BatchSize: 3, Epochs: 3, Schedule: ScheduleFunc(func(t int) float64 {
			return 0.01 * float64(4-t)
		})}, "η = 0 at step t = 4"},
	}
	for _, c := range cases {
		net := linearNet(t, 0.5, 0.5)
		c.cfg.Gradient = numGrad
		_, err := Train(net, X, Y, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to say %q", c.name, err, c.want)
		}
		if w := net.Layers[0].W.At(0, 0); w != 0.5 {
			t.Errorf("%s: w = %v: a refused run must not take a step", c.name, w)
		}
	}
}

func TestScheduleDivergenceNamesEtaT(t *testing.T) {
	// η_t = 0.01 for three steps, then 100: the run diverges after the jump
	// and the error names the η of that step, not η₀.
	X, Y := line()
	net := linearNet(t, 0, 0)
	jump := ScheduleFunc(func(t int) float64 {
		if t < 3 {
			return 0.01
		}
		return 100
	})
	_, err := Train(net, X, Y, Config{Method: Batch, Schedule: jump, Epochs: 50, Gradient: numGrad})
	var d *DivergedError
	if !errors.As(err, &d) {
		t.Fatalf("err = %v, want a *DivergedError", err)
	}
	if d.Eta != 100 || d.Step < 4 || !strings.Contains(err.Error(), "with η = 100") {
		t.Errorf("diverged at step %d with η = %v (%v); want a step ≥ 4 with η = 100", d.Step, d.Eta, err)
	}
}
