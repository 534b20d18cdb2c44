package mlp

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestShapeErrorsInFrench: the shape errors lesson 02 shows on purpose are
// in the current language; in English they are the lines they always were.
func TestShapeErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	net, err := New([]int{2, 3, 1}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	bad := &Network{Layers: []*Layer{
		{W: mat.NewDense(3, 2, nil), B: mat.NewVecDense(3, nil), G: neuron.Tanh},
		{W: mat.NewDense(1, 1, nil), B: mat.NewVecDense(1, nil), G: neuron.Tanh},
	}}
	cases := []struct {
		got    func() error
		en, fr string
	}{
		{func() error { _, err := net.Forward([]float64{1, 2, 3}); return err },
			"mlp: layer 1: W¹ is 3×2 but x = h⁰ has 3 values",
			"mlp : couche 1 : W¹ est 3×2 mais x = h⁰ a 3 valeurs"},
		{func() error { _, err := net.Forward([]float64{1}); return err },
			"mlp: layer 1: W¹ is 3×2 but x = h⁰ has 1 value",
			"mlp : couche 1 : W¹ est 3×2 mais x = h⁰ a 1 valeur"},
		{func() error { _, err := net.ForwardBatch(mat.NewDense(2, 3, nil)); return err },
			"mlp: layer 1: W¹ is 3×2 but the batch X is 2×3: each row must have 2 values",
			"mlp : couche 1 : W¹ est 3×2 mais le lot X est 2×3 : chaque ligne doit avoir 2 valeurs"},
		{bad.Validate,
			"mlp: layer 2: W² is 1×1 but h¹ has 3 rows",
			"mlp : couche 2 : W² est 1×1 mais h¹ a 3 lignes"},
	}
	for _, tag := range []string{"en", "fr", "en"} {
		lang.Set(tag)
		for _, c := range cases {
			want := c.en
			if tag == "fr" {
				want = c.fr
			}
			if err := c.got(); err == nil || err.Error() != want {
				t.Errorf("in %s: %v, want %q", tag, err, want)
			}
		}
	}
}

// TestLabels: the names a cell prints for an initialisation or a loss are
// String's in English (the lessons' English output unchanged) and French in
// French, while String, the name InitByName and LossByName read back, stays
// the same in both.
func TestLabels(t *testing.T) {
	defer lang.Set(lang.Get())
	inits := []struct {
		m      InitMethod
		en, fr string
	}{{Zeros, "zeros", "zéros"}, {Uniform, "uniform", "uniforme"}, {Normal, "normal", "normale"}, {Xavier, "xavier", "Xavier"}, {He, "he", "He"}}
	losses := []struct {
		l      Loss
		en, fr string
	}{{SquaredError, "squared error", "erreur quadratique"}, {SoftmaxCrossEntropy, "softmax + cross-entropy", "softmax + entropie croisée"}}
	for _, tag := range []string{"fr", "en"} {
		lang.Set(tag)
		for _, c := range inits {
			want := map[string]string{"en": c.en, "fr": c.fr}[tag]
			if got := c.m.Label(); got != want {
				t.Errorf("in %s: %v.Label() = %q, want %q", tag, c.m, got, want)
			}
			if back, err := InitByName(c.m.String()); err != nil || back != c.m || c.m.String() != c.en {
				t.Errorf("in %s: InitByName(%q) = %v, %v", tag, c.m.String(), back, err)
			}
		}
		for _, c := range losses {
			want := map[string]string{"en": c.en, "fr": c.fr}[tag]
			if got := c.l.Label(); got != want {
				t.Errorf("in %s: %v.Label() = %q, want %q", tag, c.l, got, want)
			}
			if back, err := LossByName(c.l.String()); err != nil || back != c.l || c.l.String() != c.en {
				t.Errorf("in %s: LossByName(%q) = %v, %v", tag, c.l.String(), back, err)
			}
		}
	}
	if got := InitMethod(9).Label(); got != "InitMethod(9)" {
		t.Errorf("InitMethod(9).Label() = %q", got)
	}
}

// TestNetworkLabel: Label is String in English and names each g in French,
// and String, a network's name in model files and flags, does not change.
func TestNetworkLabel(t *testing.T) {
	defer lang.Set(lang.Get())
	net, err := New([]int{784, 100, 10}, neuron.ReLU, neuron.Identity)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ tag, want string }{
		{"fr", "784-100-10 ReLU,identité"},
		{"en", "784-100-10 relu,identity"},
	} {
		lang.Set(c.tag)
		if got := net.Label(); got != c.want {
			t.Errorf("in %s: Label() = %q, want %q", c.tag, got, c.want)
		}
		if got := net.String(); got != "784-100-10 relu,identity" {
			t.Errorf("in %s: String() = %q", c.tag, got)
		}
	}
	if got, want := (&Network{}).Label(), (&Network{}).String(); got != want {
		t.Errorf("an invalid network's Label() = %q, want String's %q", got, want)
	}
}
