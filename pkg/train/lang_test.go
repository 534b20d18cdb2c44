package train

import (
	"errors"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/langtest"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestErrorsInFrench: the errors a student hits when changing a training
// run (a bad η or batch size, a run of lesson 13 with a bad number of
// images, epochs or hidden units, an η so large that training diverges)
// are in the current language; in English they are the lines they always
// were.
func TestErrorsInFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	X, Y := toySet(40, 4, 2, 3)
	trainer := func(eta float64, batch int) func() error {
		return func() error {
			net := newNet(t, []int{4, 3, 2}, neuron.ReLU, neuron.Identity, mlp.He, 1)
			_, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: eta, BatchSize: batch, Seed: 1})
			return err
		}
	}
	run := func(change func(*MNISTRun)) func() error {
		return func() error {
			r := MNISTRun{Hidden: []int{30}, G: neuron.Sigmoid, Output: neuron.Sigmoid, Loss: mlp.SquaredError, Init: mlp.Normal, InitScale: 1, Eta: 3, BatchSize: 10, Epochs: 1}
			change(&r)
			_, err := r.normalised()
			return err
		}
	}
	diverge := func() error {
		var big mat.Dense
		big.Scale(1e200, X) // outputs of 1e200: their squared error overflows
		net := newNet(t, []int{4, 3, 2}, neuron.Identity, neuron.Identity, mlp.He, 1)
		tr, err := New(net, &big, Y, Config{Loss: mlp.SquaredError, Eta: 0.1, BatchSize: 40, Seed: 1})
		if err != nil {
			return err
		}
		_, err = tr.Step(tr.order)
		return err
	}
	langtest.Errors(t, []langtest.ErrorCase{
		{trainer(0, 10),
			"train: the learning rate η must be positive and finite, got η = 0",
			"train : le pas d'apprentissage η doit être positif et fini, pas η = 0"},
		{trainer(0.1, 41),
			"train: the batch size must be between 1 and N = 40, got 41",
			"train : la taille des lots doit être entre 1 et N = 40, pas 41"},
		{run(func(r *MNISTRun) { r.Eta = -1 }),
			"train: mnist: the learning rate η must be positive and finite, got η = -1",
			"train : mnist : le pas d'apprentissage η doit être positif et fini, pas η = -1"},
		{run(func(r *MNISTRun) { r.Train = 70000 }),
			"train: mnist: Train = 70000 training images, want 1…60000 (0 for all)",
			"train : mnist : Train = 70000 images d'entraînement, il en faut 1…60000 (0 pour toutes)"},
		{run(func(r *MNISTRun) { r.Epochs = -2 }),
			"train: mnist: Epochs = -2, want 0 or more",
			"train : mnist : Epochs = -2, il en faut 0 ou plus"},
		{run(func(r *MNISTRun) { r.Hidden = []int{30, 0} }),
			"train: mnist: hidden layer 2 has 0 units, want at least 1",
			"train : mnist : la couche cachée 2 a 0 neurones, il en faut au moins 1"},
	})
	// A divergence names η in the current language and keeps the cause (%w).
	for _, tag := range []string{"en", "fr", "en"} {
		lang.Set(tag)
		err := diverge()
		prefix := map[string]string{"en": "train: step 1 (epoch 1): training diverged (try a smaller η than 0.1)", "fr": "train : pas 1 (époque 1) : l'apprentissage diverge (essayez un η plus petit que 0.1)"}[tag]
		if err == nil || !strings.HasPrefix(err.Error(), prefix) {
			t.Errorf("%s: a diverging step says %v, want it to start %q", tag, err, prefix)
		}
		if errors.Unwrap(err) == nil {
			t.Errorf("%s: the divergence error does not wrap its cause: %v", tag, err)
		}
	}
}
