package step

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestDescentByHand(t *testing.T) {
	// One linear neuron a = w x + b, w = 1, b = 0, on x = 1, y = 0:
	// C = (w + b)² + λw², ∂C/∂w = 2(w + b) + 2λw, ∂C/∂b = 2(w + b).
	// η = 0.25, λ = 0.5: C = 1 + 0.5 = 1.5; ∂C/∂w = 2 + 1 = 3, ∂C/∂b = 2;
	// w ← 1 − 0.75 = 0.25, b ← 0 − 0.5 = −0.5;
	// C = (0.25 − 0.5)² + 0.5 · 0.0625 = 0.0625 + 0.03125 = 0.09375.
	net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 1, []float64{1})}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
	X, Y := mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0})
	w, err := Descent(net, X, Y, mlp.SquaredError, 0.25, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"C(w) = F(w) + λ‖w‖² = 1.5",
		"W¹ ← W¹ − η ∂C/∂W¹ = [[0.25]]",
		"C(w) = F(w) + λ‖w‖² = 0.09375",
	}
	if len(w.Steps) != len(want) {
		t.Fatalf("%d steps, want %d", len(w.Steps), len(want))
	}
	for i, s := range w.Steps {
		if s.Equation != want[i] {
			t.Errorf("step %d: %q, want %q", i+1, s.Equation, want[i])
		}
	}
	if g := w.Steps[1].Given; len(g) != 3 || g[1] != "∂C/∂W¹ = ∂F/∂W¹ + 2λW¹ = [[3]]" {
		t.Errorf("step 2 operands: %q", g)
	}
	if !strings.Contains(w.Steps[1].Explain, "b¹ ← b¹ − η ∂C/∂b¹ = [-0.5]") {
		t.Errorf("step 2 does not give the new bias: %q", w.Steps[1].Explain)
	}
	if net.Layers[0].W.At(0, 0) != 1 {
		t.Error("Descent changed the caller's network")
	}
}

// TestDescentNumbersAreGD: the weights after each step are those of
// gd.Step with backprop's gradient, and the costs those of gd.Evaluate.
func TestDescentNumbersAreGD(t *testing.T) {
	net := seededNet(t)
	X := mat.NewDense(2, 2, []float64{0.5, -1, 1, 1})
	Y := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	const eta, lambda, steps = 1.5, 0.01, 3
	w, err := Descent(net, X, Y, mlp.SquaredError, eta, lambda, steps)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Steps) != steps*3+1 {
		t.Fatalf("%d steps, want %d", len(w.Steps), steps*3+1)
	}
	ref := net.Clone()
	k := 0
	for s := 0; s <= steps; s++ {
		cost, _ := gd.Evaluate(ref, X, Y, mlp.SquaredError, lambda)
		if got := w.Steps[k].Value.At(0, 0); got != cost.Total {
			t.Errorf("step %d: cost %v, gd.Evaluate %v", k+1, got, cost.Total)
		}
		k++
		if s == steps {
			break
		}
		gW, gB, _, _ := backprop.MeanGradient(ref, X, Y, mlp.SquaredError)
		if err := gd.Step(ref, gW, gB, eta, lambda); err != nil {
			t.Fatal(err)
		}
		for l := 1; l <= 2; l++ {
			if !mat.Equal(w.Steps[k].Value, ref.Layers[l-1].W) {
				t.Errorf("step %d: W%d differs from gd.Step's", k+1, l)
			}
			k++
		}
	}
	if last, first := w.Steps[len(w.Steps)-1].Value.At(0, 0), w.Steps[0].Value.At(0, 0); !(last < first) {
		t.Errorf("the cost did not go down: %v → %v", first, last)
	}
}

func TestDescentErrors(t *testing.T) {
	net := handNet(t)
	X, Y := mat.NewDense(1, 2, []float64{2, 1}), mat.NewDense(1, 1, []float64{0})
	for _, c := range []struct {
		eta   float64
		steps int
		want  string
	}{
		{0, 1, "η must be positive"},
		{0.1, 0, "want 1 to 20"},
		{0.1, 21, "want 1 to 20"},
	} {
		if _, err := Descent(net, X, Y, mlp.SquaredError, c.eta, 0, c.steps); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("η = %v, %d steps: %v", c.eta, c.steps, err)
		}
	}
	if _, err := Descent(net, X, mat.NewDense(1, 2, nil), mlp.SquaredError, 0.1, 0, 1); err == nil {
		t.Error("Y with 2 columns for 1 output: no error")
	}
	if _, err := Descent(net, X, Y, mlp.SquaredError, 0.1, -1, 1); err == nil {
		t.Error("λ < 0: no error")
	}
}
