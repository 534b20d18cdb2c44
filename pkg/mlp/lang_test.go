package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/langtest"
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
	cases := []langtest.ErrorCase{
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
	langtest.Errors(t, cases)
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

// TestErrorsInFrench: the errors a student commonly hits (sizes that make no
// network, biases of the wrong length, outputs and targets that do not
// match, an unknown name, a NaN in a layer) are in the current language; in
// English they are the lines they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	net, err := New([]int{2, 3, 1}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	nan, err := New([]int{2, 3, 1}, neuron.Identity, neuron.Identity)
	if err != nil {
		t.Fatal(err)
	}
	nan.Layers[0].W.Set(1, 0, 1e308) // h¹₁ = 10·1e308 overflows to +Inf
	cases := []langtest.ErrorCase{
		{func() error { _, err := New([]int{2}, neuron.Tanh, neuron.Tanh); return err },
			"mlp: a network needs at least an input size and an output size, got sizes [2]",
			"mlp : un réseau demande au moins une taille d'entrée et une taille de sortie, pas les tailles [2]"},
		{func() error { _, err := New([]int{2, 0, 1}, neuron.Tanh, neuron.Tanh); return err },
			"mlp: layer 1: size n¹ must be positive, got 0 (sizes [2 0 1])",
			"mlp : couche 1 : la taille n¹ doit être positive, pas 0 (tailles [2 0 1])"},
		{func() error {
			_, err := NewFromWeights([]*mat.Dense{mat.NewDense(3, 2, nil)}, [][]float64{{1, 2}}, []neuron.Activation{neuron.Tanh})
			return err
		},
			"mlp: layer 1: W¹ has 3 rows but b¹ has 2 values",
			"mlp : couche 1 : W¹ a 3 lignes mais b¹ a 2 valeurs"},
		{func() error {
			_, err := NewFromWeights([]*mat.Dense{mat.NewDense(3, 2, nil)}, nil, nil)
			return err
		},
			"mlp: 1 weight matrices but 0 bias vectors and 0 activations: want one of each per layer",
			"mlp : 1 matrices de poids mais 0 vecteurs de biais et 0 activations : il en faut une de chaque par couche"},
		{func() error { _, err := SquaredError.Value([]float64{1, 2}, []float64{1}); return err },
			"mlp: squared error: the output o has 2 values but the target y has 1",
			"mlp : erreur quadratique : la sortie o a 2 valeurs mais la cible y en a 1"},
		{func() error {
			_, err := SoftmaxCrossEntropy.Mean(mat.NewDense(2, 3, nil), mat.NewDense(3, 2, nil))
			return err
		},
			"mlp: softmax + cross-entropy: the outputs O are 2×3 but the targets Y are 3×2",
			"mlp : softmax + entropie croisée : les sorties O sont 2×3 mais les cibles Y sont 3×2"},
		{func() error { _, err := OneHot([]int{0, 3}, 3); return err },
			"mlp: one-hot: label 3 of example 1 is outside 0…2",
			"mlp : one-hot : l'étiquette 3 de l'exemple 1 est hors de 0…2"},
		{func() error { _, err := OneHot([]int{0}, 0); return err },
			"mlp: one-hot: the number of classes must be positive, got 0",
			"mlp : one-hot : le nombre de classes doit être positif, pas 0"},
		{func() error { _, err := LossByName("hinge"); return err },
			`unknown loss "hinge": want mse or crossentropy`,
			`perte inconnue "hinge" : choisissez mse ou crossentropy`},
		{func() error { _, err := InitByName("glorot"); return err },
			`unknown initialisation "glorot": want zeros, uniform, normal, xavier or he`,
			`initialisation inconnue "glorot" : choisissez zeros, uniform, normal, xavier ou he`},
		{func() error { return net.Clone().Initialize(Normal, 0, 1) },
			"mlp: normal initialisation needs a positive finite scale, got 0",
			"mlp : l'initialisation normale demande une échelle positive et finie, pas 0"},
		{func() error { _, err := net.Forward([]float64{math.NaN(), 1}); return err },
			"mlp: x[0] is NaN",
			"mlp : x[0] vaut NaN"},
		{func() error { _, err := nan.Forward([]float64{10, 1}); return err },
			"mlp: layer 1: h¹[1] is +Inf (are the weights finite?)",
			"mlp : couche 1 : h¹[1] vaut +Inf (les poids sont-ils finis ?)"},
		{func() error { _, err := nan.ForwardBatch(mat.NewDense(2, 2, []float64{10, 1, 1, 1})); return err },
			"mlp: layer 1: h¹ of example 0 has +Inf at neuron 1 (are the weights finite?)",
			"mlp : couche 1 : h¹ de l'exemple 0 vaut +Inf au neurone 1 (les poids sont-ils finis ?)"},
		{func() error { _, err := net.ForwardBatch(mat.NewDense(1, 2, []float64{1, math.Inf(-1)})); return err },
			"mlp: the batch X has -Inf at row 0, column 1",
			"mlp : le lot X contient -Inf en ligne 0, colonne 1"},
	}
	langtest.Errors(t, cases)
}

// TestLossErrorsInFrench: the errors of a loss a diverging run or a wrong
// cell meets (a NaN output or target, an overflow, predictions and labels
// that do not pair) are in the current language, and a batch's error names
// its example while ValueGrad's, one example, does not.
func TestLossErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	nan := math.NaN()
	cases := []langtest.ErrorCase{
		{func() error {
			_, err := SoftmaxCrossEntropy.ValueGrad([]float64{1, nan}, []float64{0, 1}, make([]float64, 2))
			return err
		},
			"mlp: softmax + cross-entropy: the output o[1] is NaN",
			"mlp : softmax + entropie croisée : la sortie o[1] vaut NaN"},
		{func() error {
			_, err := SoftmaxCrossEntropy.ValueGradRows([]float64{1, 2, nan, 1}, []float64{0, 1, 1, 0}, make([]float64, 4), 2)
			return err
		},
			"example 1 of 2: mlp: softmax + cross-entropy: the output o[0] is NaN",
			"exemple 1 sur 2 : mlp : softmax + entropie croisée : la sortie o[0] vaut NaN"},
		{func() error { _, err := SquaredError.Value([]float64{0}, []float64{math.Inf(1)}); return err },
			"mlp: squared error: the target y[0] is +Inf",
			"mlp : erreur quadratique : la cible y[0] vaut +Inf"},
		{func() error { _, err := SquaredError.Value([]float64{1e200}, []float64{-1e200}); return err },
			"mlp: squared error overflows: ‖o − y‖² is +Inf (the outputs are as large as 1e+200: has training diverged?)",
			"mlp : erreur quadratique déborde : ‖o − y‖² vaut +Inf (les sorties atteignent 1e+200 : l'apprentissage a-t-il divergé ?)"},
		{func() error {
			_, err := SoftmaxCrossEntropy.Mean(mat.NewDense(2, 2, []float64{1, 2, 1e308, -1e308}), mat.NewDense(2, 2, []float64{1, 0, 0, 1}))
			return err
		},
			"example 1: mlp: softmax + cross-entropy overflows: C is +Inf for finite outputs o between -1e+308 and 1e+308 (log pⱼ of a class with yⱼ ≠ 0 is below −1.8e308)",
			"exemple 1 : mlp : softmax + entropie croisée déborde : C vaut +Inf pour des sorties o finies entre -1e+308 et 1e+308 (log pⱼ d'une classe où yⱼ ≠ 0 est sous −1,8e308)"},
		{func() error { _, err := Accuracy([]int{1, 2}, []int{1}); return err },
			"mlp: accuracy: 2 predictions for 1 labels",
			"mlp : exactitude : 2 prédictions pour 1 étiquettes"},
	}
	langtest.Errors(t, cases)
}
