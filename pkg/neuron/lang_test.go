package neuron

import (
	"math"
	"testing"

	"github.com/stepnet/stepnet/internal/langtest"
	"github.com/stepnet/stepnet/pkg/lang"
)

// TestShapeErrorInFrench: the error lesson 01 shows on purpose, a neuron
// given the wrong number of inputs, is in the current language; in English
// it is the line it always was.
func TestShapeErrorInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	n := Neuron{W: []float64{1, 2}, W0: 0.5, G: Sigmoid}
	for _, c := range []struct{ tag, want string }{
		{"en", "neuron: w has 2 weights but x has 3 values"},
		{"fr", "neurone : w a 2 poids mais x a 3 valeurs"},
		{"en", "neuron: w has 2 weights but x has 3 values"},
	} {
		lang.Set(c.tag)
		if _, err := n.Output([]float64{1, 2, 3}); err == nil || err.Error() != c.want {
			t.Errorf("in %s: %v, want %q", c.tag, err, c.want)
		}
	}
}

// TestLabels: the name a cell prints for an activation is Name in English
// (the lessons' English output unchanged) and the French word in French,
// while Name and String, what ByName reads back, stay the same in both.
func TestLabels(t *testing.T) {
	defer lang.Set(lang.Get())
	cases := []struct {
		g      Activation
		en, fr string
	}{{Sigmoid, "sigmoid", "sigmoïde"}, {Tanh, "tanh", "tanh"}, {Gaussian, "gaussian", "gaussienne"}, {ReLU, "relu", "ReLU"}, {Identity, "identity", "identité"}}
	if len(cases) != len(Activations) {
		t.Fatalf("%d cases for %d activations", len(cases), len(Activations))
	}
	for _, tag := range []string{"fr", "en"} {
		lang.Set(tag)
		for _, c := range cases {
			want := map[string]string{"en": c.en, "fr": c.fr}[tag]
			if got := c.g.Label(); got != want {
				t.Errorf("in %s: %v.Label() = %q, want %q", tag, c.g, got, want)
			}
			if back, err := ByName(c.g.String()); err != nil || back.Name != c.g.Name || c.g.String() != c.en {
				t.Errorf("in %s: ByName(%q) = %v, %v", tag, c.g.String(), back, err)
			}
		}
		mine := Activation{Name: "carré", G: func(a float64) float64 { return a * a }, Deriv: func(a float64) float64 { return 2 * a }}
		if got := mine.Label(); got != "carré" {
			t.Errorf("in %s: a hand-made activation's Label() = %q, want its Name", tag, got)
		}
	}
}

// TestErrorsInFrench: the errors a student commonly hits with a neuron (an
// unknown activation, a NaN or Inf in the activity or the output, a
// boundary asked of a neuron that has none) are in the current language; in
// English they are the lines they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	inf := math.Inf(1)
	cases := []langtest.ErrorCase{
		{func() error { _, err := ByName("softplus"); return err },
			`unknown activation "softplus": want one of gaussian, identity, relu, sigmoid, tanh`,
			`activation inconnue "softplus" : choisissez parmi gaussian, identity, relu, sigmoid, tanh`},
		{Activation{}.Valid,
			"activation (unnamed): g is nil",
			"activation (sans nom) : g vaut nil"},
		{Activation{Name: "carré", G: math.Sqrt}.Valid,
			"activation carré: g′ (Deriv) is nil",
			"activation carré : g′ (Deriv) vaut nil"},
		{func() error { _, err := Neuron{W: []float64{1, inf}, G: Tanh}.Output([]float64{1, 1}); return err },
			"neuron: the activity a = wᵀx + w₀ is +Inf (check w, w₀ and x for NaN or Inf)",
			"neurone : l'activité a = wᵀx + w₀ vaut +Inf (cherchez un NaN ou un Inf dans w, w₀ et x)"},
		{func() error {
			exp := Activation{Name: "exp", G: math.Exp, Deriv: math.Exp}
			_, err := Neuron{W: []float64{1000}, G: exp}.Output([]float64{1})
			return err
		},
			"neuron: o = exp(a) is +Inf at a = 1000",
			"neurone : o = exp(a) vaut +Inf en a = 1000"},
		{func() error { _, err := Neuron{W: []float64{1, 2, 3}, G: Sigmoid}.Boundary(); return err },
			"neuron: a boundary line needs a 2-D input, but w has 3 weights",
			"neurone : une droite frontière demande une entrée à 2 dimensions, mais w a 3 poids"},
		{func() error { _, err := Neuron{W: []float64{1, inf}, G: Sigmoid}.Boundary(); return err },
			"neuron: the boundary wᵀx + w₀ = 0 needs finite numbers, got w = (1, +Inf), w₀ = 0",
			"neurone : la frontière wᵀx + w₀ = 0 demande des nombres finis, pas w = (1, +Inf), w₀ = 0"},
	}
	langtest.Errors(t, cases)
}
