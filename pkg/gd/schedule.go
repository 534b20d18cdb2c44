package gd

import (
	"fmt"
	"math"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Schedule gives the learning rate η_t of gradient step t = 0, 1, 2, …: the
// lecture's "gradient step setting".
//
// A constant η must be small enough for the steepest direction of C(w) (η <
// 2η_opt, lesson 05) and is then too small for the flat ones; with stochastic
// or minibatch steps it also keeps the weights jumping around the minimum,
// each step following the noisy gradient of a few examples. A schedule starts
// with a large η₀, to make progress while far from the minimum, and lowers
// η_t as training goes on, so that the steps become small enough to settle.
// Step t counts the gradient steps, from t = 0 for the first one (with Batch,
// one step per epoch: t is the epoch minus 1).
//
//	Constant      η_t = η₀
//	InverseTime   η_t = η₀ / (1 + t/τ)        halves at t = τ, thirds at t = 2τ, …
//	StepDecay     η_t = η₀ · γ^⌊t/k⌋          multiplied by γ every k steps
//
// The inverse-time schedule meets the classic conditions of stochastic
// approximation (Robbins and Monro): Σ η_t = ∞, so the steps can still travel
// any distance, and Σ η_t² < ∞, so the noise they carry adds up to a finite
// amount and the weights settle. A step decay is what practitioners often use:
// a plateau, then a drop.
//
// Set Config.Schedule to train with one (Config.Eta stays 0); ScheduleFunc
// turns any function of t into a schedule.
type Schedule interface {
	Eta(t int) float64 // η_t, for t ≥ 0
}

// Constant is the schedule η_t = η₀: what Config.Eta gives.
type Constant struct {
	Eta0 float64 // η₀ > 0
}

// Eta returns η₀ whatever t.
func (s Constant) Eta(t int) float64 { return s.Eta0 }

// String names the schedule in the current language of pkg/lang.
func (s Constant) String() string { return lang.F("gd.schedule.constant", s.Eta0) }

// InverseTime is the schedule η_t = η₀ / (1 + t/τ): η₀ at first, η₀/2 at
// step τ, η₀/(n+1) at step nτ.
type InverseTime struct {
	Eta0 float64 // η₀ > 0
	Tau  float64 // τ > 0, in steps: the larger, the slower η_t decays
}

// Eta returns η₀ / (1 + t/τ).
func (s InverseTime) Eta(t int) float64 { return s.Eta0 / (1 + float64(t)/s.Tau) }

func (s InverseTime) String() string {
	return fmt.Sprintf("η₀/(1 + t/τ), η₀ = %g, τ = %g", s.Eta0, s.Tau)
}

// StepDecay is the schedule η_t = η₀ · γ^⌊t/k⌋: η₀ for steps 0…k−1, η₀γ for
// steps k…2k−1, and so on.
type StepDecay struct {
	Eta0   float64 // η₀ > 0
	Factor float64 // γ, 0 < γ ≤ 1: η is multiplied by γ every k steps
	Every  int     // k ≥ 1, in steps
}

// Eta returns η₀ · γ^⌊t/k⌋.
func (s StepDecay) Eta(t int) float64 {
	if s.Every < 1 {
		return math.NaN() // CheckSchedule and Train reject k < 1 by name
	}
	if t < 0 {
		t = 0
	}
	return s.Eta0 * math.Pow(s.Factor, float64(t/s.Every))
}

func (s StepDecay) String() string {
	return fmt.Sprintf("η₀·γ^⌊t/k⌋, η₀ = %g, γ = %g, k = %d", s.Eta0, s.Factor, s.Every)
}

// ScheduleFunc is a schedule written as a function of t:
//
//	gd.ScheduleFunc(func(t int) float64 { return 0.5 / math.Sqrt(float64(t+1)) })
type ScheduleFunc func(t int) float64

// Eta returns f(t).
func (f ScheduleFunc) Eta(t int) float64 { return f(t) }

// CheckSchedule checks a schedule before training for the given number of
// steps: its parameters (η₀ > 0, τ > 0, 0 < γ ≤ 1, k ≥ 1) and every η_t for
// t = 0…steps−1, which must be positive and finite.
func CheckSchedule(s Schedule, steps int) error {
	if guard.Nil(s) {
		return lang.Errorf("gd.schedule.nil")
	}
	if steps > MaxTrainSteps {
		return fmt.Errorf("gd: %d steps is more than the %d a run takes (gd.MaxTrainSteps)", steps, MaxTrainSteps)
	}
	switch s := s.(type) {
	case Constant:
		if err := checkEta0(s.Eta0, lang.T("gd.schedule.name.constant")); err != nil {
			return err
		}
	case InverseTime:
		if err := checkEta0(s.Eta0, lang.T("gd.schedule.name.inverse")); err != nil {
			return err
		}
		if !(s.Tau > 0) || math.IsInf(s.Tau, 0) {
			return lang.Errorf("gd.schedule.tau", s.Tau)
		}
	case StepDecay:
		if err := checkEta0(s.Eta0, lang.T("gd.schedule.name.step")); err != nil {
			return err
		}
		if !(s.Factor > 0 && s.Factor <= 1) {
			return lang.Errorf("gd.schedule.factor", s.Factor)
		}
		if s.Every < 1 {
			return lang.Errorf("gd.schedule.every", s.Every)
		}
	}
	for t := 0; t < steps; t++ {
		if eta := s.Eta(t); !(eta > 0) || math.IsInf(eta, 0) {
			return lang.Errorf("gd.schedule.eta", eta, t)
		}
	}
	return nil
}

func checkEta0(eta0 float64, name string) error {
	if !(eta0 > 0) || math.IsInf(eta0, 0) {
		return lang.Errorf("gd.schedule.eta0", name, eta0)
	}
	return nil
}

// Rates returns η_0, η_1, …, η_{steps−1} of a schedule, after CheckSchedule:
// the curve to draw next to the cost.
func Rates(s Schedule, steps int) ([]float64, error) {
	if steps < 0 {
		return nil, lang.Errorf("gd.steps.negative", steps)
	}
	if steps > MaxSteps {
		return nil, fmt.Errorf("gd: %d steps is more than the %d a curve holds (gd.MaxSteps)", steps, MaxSteps)
	}
	if err := CheckSchedule(s, steps); err != nil {
		return nil, err
	}
	etas := make([]float64, steps)
	for t := range etas {
		etas[t] = s.Eta(t)
	}
	return etas, nil
}

// checkStepSize checks Config's learning rate: a constant Eta > 0, or a
// Schedule (whose parameters and η₀ are checked here, every later η_t once the
// number of steps is known) with Eta left at 0; and λ.
func checkStepSize(cfg Config) error {
	if cfg.Schedule == nil {
		return checkRates(cfg.Eta, cfg.Lambda)
	}
	if cfg.Eta != 0 {
		return lang.Errorf("gd.schedule.both", cfg.Eta, scheduleName(cfg.Schedule))
	}
	if err := CheckSchedule(cfg.Schedule, 1); err != nil {
		return err
	}
	return checkRates(cfg.Schedule.Eta(0), cfg.Lambda)
}

// scheduleName names a schedule for an error message: its String, or its type.
func scheduleName(s Schedule) string {
	if n, ok := s.(fmt.Stringer); ok {
		return n.String()
	}
	return fmt.Sprintf("a %T", s)
}
