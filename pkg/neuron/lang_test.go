package neuron

import (
	"testing"

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
