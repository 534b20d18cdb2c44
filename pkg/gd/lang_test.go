package gd

import (
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestScheduleInFrench: the constant schedule's name and the schedules'
// errors, which lesson 09's cells print, are in the current language; in
// English they are the texts they always were.
func TestScheduleInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	bad := ScheduleFunc(func(t int) float64 {
		if t == 100 {
			return 0
		}
		return 0.1
	})
	cases := []struct {
		got    func() string
		en, fr string
	}{
		{func() string { return Constant{Eta0: 0.1}.String() }, "constant η = 0.1", "η constant = 0.1"},
		{func() string { return CheckSchedule(bad, 200).Error() },
			"gd: the schedule gives η = 0 at step t = 100: every η_t must be positive and finite",
			"gd : le calendrier donne η = 0 au pas t = 100 : chaque η_t doit être positif et fini"},
		{func() string { return CheckSchedule(StepDecay{Eta0: 0.1, Factor: 2, Every: 5}, 10).Error() },
			"gd: step-decay schedule η₀·γ^⌊t/k⌋: the factor γ must be in (0, 1], got γ = 2",
			"gd : calendrier à décroissance par paliers η₀·γ^⌊t/k⌋ : le facteur γ doit être dans ]0, 1], reçu γ = 2"},
		{func() string { return CheckSchedule(Constant{Eta0: -1}, 10).Error() },
			"gd: constant schedule: η₀ must be positive and finite, got η₀ = -1",
			"gd : calendrier constant : η₀ doit être positif et fini, reçu η₀ = -1"},
	}
	for _, tag := range []string{"en", "fr", "en"} {
		lang.Set(tag)
		for _, c := range cases {
			want := c.en
			if tag == "fr" {
				want = c.fr
			}
			if got := c.got(); got != want {
				t.Errorf("in %s: %q, want %q", tag, got, want)
			}
		}
	}
}

// TestMethodLabels: Label is String in English (lesson 06's English output
// unchanged) and the glossary's word in French; String, the name
// MethodByName reads back, stays the same in both.
func TestMethodLabels(t *testing.T) {
	defer lang.Set(lang.Get())
	cases := []struct {
		m      Method
		en, fr string
	}{{Batch, "batch", "totale"}, {Stochastic, "stochastic", "stochastique"}, {Minibatch, "minibatch", "mini-lots"}}
	for _, tag := range []string{"fr", "en"} {
		lang.Set(tag)
		for _, c := range cases {
			want := map[string]string{"en": c.en, "fr": c.fr}[tag]
			if got := c.m.Label(); got != want {
				t.Errorf("in %s: %v.Label() = %q, want %q", tag, c.m, got, want)
			}
			if back, err := MethodByName(c.m.String()); err != nil || back != c.m || c.m.String() != c.en {
				t.Errorf("in %s: MethodByName(%q) = %v, %v", tag, c.m.String(), back, err)
			}
		}
	}
	if got := Method(7).Label(); got != "Method(7)" {
		t.Errorf("Method(7).Label() = %q", got)
	}
}
