package backprop

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/langtest"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestCheckResultInFrench: CheckResult.String, which lesson 08's cells
// print, is in the current language; in English it is the line it always
// was.
func TestCheckResultInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	r := CheckResult{MaxRelErr: 6.84e-12, Layer: 1, Param: "W", I: 1, J: 0, Analytic: 0.007557601566, Numeric: 0.007557601566, Params: 17}
	for _, c := range []struct{ tag, want string }{
		{"en", "largest relative error 6.84e-12 at W¹[1,0]: analytic 0.007557601566, numeric 0.007557601566 (17 parameters)"},
		{"fr", "plus grande erreur relative 6.84e-12 en W¹[1,0] : analytique 0.007557601566, numérique 0.007557601566 (17 paramètres)"},
		{"en", "largest relative error 6.84e-12 at W¹[1,0]: analytic 0.007557601566, numeric 0.007557601566 (17 parameters)"},
	} {
		lang.Set(c.tag)
		if got := r.String(); got != c.want {
			t.Errorf("in %s: %q, want %q", c.tag, got, c.want)
		}
	}
}

// TestErrorsInFrench: the errors a student commonly hits in a backward pass
// (a target of the wrong length or shape, softmax + cross-entropy on an
// output g that is not the identity or with targets that do not sum to 1, a
// NaN target, no forward trace, a bad ε) are in the current language; in
// English they are the lines they always were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	sig, err := mlp.New([]int{2, 3, 2}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	lin, err := mlp.New([]int{2, 3, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	cases := []langtest.ErrorCase{
		{func() error { _, err := Gradient(sig, []float64{1, 2}, []float64{1}, mlp.SquaredError); return err },
			"backprop: layer 2: the output o = h² has 2 values (W² is 2×3) but the target y has 1",
			"backprop : couche 2 : la sortie o = h² a 2 valeurs (W² est 2×3) mais la cible y en a 1"},
		{func() error {
			_, err := Gradient(sig, []float64{1, 2}, []float64{1, 0}, mlp.SoftmaxCrossEntropy)
			return err
		},
			"backprop: softmax + cross-entropy needs g = identity on the output layer (the softmax is the output non-linearity), but layer 2 has g = sigmoid",
			"backprop : softmax + entropie croisée demande g = identité sur la couche de sortie (la softmax est la non-linéarité de sortie), mais la couche 2 a g = sigmoïde"},
		{func() error {
			_, err := Gradient(lin, []float64{1, 2}, []float64{1, 1}, mlp.SoftmaxCrossEntropy)
			return err
		},
			"backprop: softmax + cross-entropy: the target y sums to 2, not 1: use one-hot targets (mlp.OneHot) so that δᴸ = p − y",
			"backprop : softmax + entropie croisée : la cible y a pour somme 2, pas 1 : prenez des cibles one-hot (mlp.OneHot) pour que δᴸ = p − y"},
		{func() error {
			_, err := Gradient(sig, []float64{1, 2}, []float64{0, math.NaN()}, mlp.SquaredError)
			return err
		},
			"backprop: the target y[1] is NaN",
			"backprop : la cible y[1] vaut NaN"},
		{func() error { _, err := Backward(sig, nil, []float64{1, 0}, mlp.SquaredError); return err },
			"backprop: the forward trace is nil: run net.Forward(x) first",
			"backprop : la trace de la passe avant vaut nil : lancez d'abord net.Forward(x)"},
		{func() error { _, err := BackwardBatch(sig, nil, X, mlp.SquaredError); return err },
			"backprop: the forward batch trace is nil: run net.ForwardBatch(X) first",
			"backprop : la trace de la passe avant du lot vaut nil : lancez d'abord net.ForwardBatch(X)"},
		{func() error {
			_, _, _, err := MeanGradient(sig, X, mat.NewDense(2, 3, nil), mlp.SquaredError)
			return err
		},
			"backprop: layer 2: the outputs O = H² are 2×2 but the targets Y are 2×3",
			"backprop : couche 2 : les sorties O = H² sont 2×2 mais les cibles Y sont 2×3"},
		{func() error {
			_, _, _, err := MeanGradient(lin, X, mat.NewDense(2, 2, []float64{1, 0, 1, 1}), mlp.SoftmaxCrossEntropy)
			return err
		},
			"backprop: softmax + cross-entropy: row 1 of the targets Y sums to 2, not 1: use one-hot targets (mlp.OneHot) so that δᴸ = p − y",
			"backprop : softmax + entropie croisée : la ligne 1 des cibles Y a pour somme 2, pas 1 : prenez des cibles one-hot (mlp.OneHot) pour que δᴸ = p − y"},
		{func() error {
			_, _, _, err := MeanGradient(sig, X, mat.NewDense(2, 2, []float64{1, 0, math.Inf(1), 1}), mlp.SquaredError)
			return err
		},
			"backprop: the target Y has +Inf at row 1, column 0",
			"backprop : la cible Y contient +Inf en ligne 1, colonne 0"},
		{func() error {
			_, err := Check(sig, X, mat.NewDense(2, 2, []float64{1, 0, 0, 1}), mlp.SquaredError, 0)
			return err
		},
			"backprop: the step ε of the gradient check must be positive and finite, got 0",
			"backprop : le pas ε de la vérification du gradient doit être positif et fini, pas 0"},
	}
	langtest.Errors(t, cases)
}
