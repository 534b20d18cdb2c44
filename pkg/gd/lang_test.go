package gd

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/langtest"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
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

// TestErrorsInFrench: the errors a gradient-descent cell of lessons 04–09 can meet (a bad η, μ,
// λ, number of steps or epochs, method or batch size, w₀ of the wrong length, a data set that
// does not fit the network) are in the current language; in English they are the lines they
// always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	q, err := Quadratic1D(2, 1)
	if err != nil {
		t.Fatal(err)
	}
	net, err := mlp.New([]int{2, 3, 1}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	X, Y := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1}), mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	train := func(cfg Config) func() error {
		return func() error { _, err := Train(net, X, Y, cfg); return err }
	}
	ok := Config{Method: Batch, Eta: 0.5, Epochs: 1, Loss: mlp.SquaredError}
	with := func(change func(*Config)) Config { c := ok; change(&c); return c }
	cases := []langtest.ErrorCase{
		{func() error { _, err := q.Run([]float64{0}, -1, 10); return err },
			"gd: the learning rate η must be positive and finite, got η = -1",
			"gd : le taux d'apprentissage η doit être positif et fini, reçu η = -1"},
		{func() error { _, err := q.Run([]float64{0}, 0.1, -3); return err },
			"gd: the number of steps must be ≥ 0, got -3",
			"gd : le nombre de pas doit être ≥ 0, reçu -3"},
		{func() error { _, err := q.Run([]float64{0, 0}, 0.1, 3); return err },
			"gd: the quadratic has 1 weights but w₀ has 2",
			"gd : la quadratique a 1 poids mais w₀ en a 2"},
		{func() error { _, err := q.RunMomentum([]float64{0}, 0.1, 1.5, 3); return err },
			"gd: the momentum μ must be in [0, 1), got μ = 1.5",
			"gd : l'inertie μ doit être dans [0, 1[, reçu μ = 1.5"},
		{train(with(func(c *Config) { c.Lambda = -1 })),
			"gd: the L2 weight λ must be ≥ 0 and finite, got λ = -1",
			"gd : le poids L2 λ doit être ≥ 0 et fini, reçu λ = -1"},
		{train(with(func(c *Config) { c.Epochs = 0 })),
			"gd: the number of epochs must be at least 1, got 0",
			"gd : le nombre d'époques doit être au moins 1, reçu 0"},
		{train(with(func(c *Config) { c.Method, c.BatchSize = Minibatch, 9 })),
			"gd: minibatch: the batch size must be between 1 and N = 4, got 9",
			"gd : mini-lots : la taille de lot doit être entre 1 et N = 4, reçu 9"},
		{func() error { _, err := MethodByName("adam"); return err },
			`gd: unknown method "adam": want batch, stochastic or minibatch`,
			`gd : méthode inconnue "adam" : choisissez batch, stochastic ou minibatch`},
		{func() error { _, err := Train(net, mat.NewDense(4, 3, nil), Y, ok); return err },
			"gd: the network takes n⁰ = 2 inputs but the training X is 4×3",
			"gd : le réseau prend n⁰ = 2 entrées mais le X d'apprentissage est 4×3"},
		{train(with(func(c *Config) { c.ValX = X })),
			"gd: set both ValX and ValY, or neither",
			"gd : donnez à la fois ValX et ValY, ou aucun des deux"},
	}
	langtest.Errors(t, cases)
}
