package step

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestBackwardByHand(t *testing.T) {
	// handNet with x = (2, 1), y = 0, squared error. Forward: a¹ = h¹ = (1, 2),
	// o = a² = −2.5.
	//   C = (−2.5 − 0)² = 6.25;  ∂C/∂o = 2(−2.5) = −5
	//   δ² = −5 · identity′ = −5;  ∂C/∂W² = δ² (h¹)ᵀ = [−5, −10]
	//   δ¹ = (W²)ᵀ δ² ⊙ relu′(a¹) = (1, −2)·(−5) ⊙ (1, 1) = (−5, 10)
	//   ∂C/∂W¹ = δ¹ (h⁰)ᵀ = [[−10, −5], [20, 10]]
	w, err := Backprop(handNet(t), []float64{2, 1}, []float64{0}, mlp.SquaredError)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"C = ‖o − y‖² = Σⱼ (oⱼ − yⱼ)² = 6.25",
		"∂C/∂o = 2(o − y) = [-5]",
		"δ² = ∂C/∂o ⊙ g′(a²) = [-5]",
		"∂C/∂W² = δ² (h¹)ᵀ = [[-5, -10]]",
		"δ¹ = (W²)ᵀ δ² ⊙ g′(a¹) = [-5, 10]",
		"∂C/∂W¹ = δ¹ (h⁰)ᵀ = [[-10, -5], [20, 10]]",
	}
	if len(w.Steps) != len(want) {
		t.Fatalf("%d steps, want 2 + 2L = %d", len(w.Steps), len(want))
	}
	for i, s := range w.Steps {
		if s.Equation != want[i] {
			t.Errorf("step %d: %q, want %q", i+1, s.Equation, want[i])
		}
	}
	if g := w.Steps[4].Given; len(g) != 3 || g[2] != "g′(a¹) = [1, 1]" {
		t.Errorf("step 5 operands: %q", g)
	}
	if !strings.Contains(w.Steps[3].Explain, "∂C/∂b² = δ² = [-5]") {
		t.Errorf("step 4 does not give the bias gradient: %q", w.Steps[3].Explain)
	}
	// δ¹ is sent back through W²: the 2 edges between layers 1 and 2.
	if f := w.Steps[4].Focus; f.Column != 1 || len(f.Edges) != 2 || f.Edges[0].To.Column != 2 {
		t.Errorf("step 5 focus: %+v", f)
	}
	// After step 5 the diagram shows h⁰, δ¹, δ².
	n := w.Steps[4].Nodes
	if n[0].Symbol != "h⁰" || n[1].Symbol != "δ¹" || n[2].Symbol != "δ²" {
		t.Errorf("step 5 nodes: %+v", n)
	}
}

// TestBackwardNumbersAreTheTrace: each step's value is the backward trace's,
// and so are the numbers its equation writes.
func TestBackwardNumbersAreTheTrace(t *testing.T) {
	for _, loss := range []mlp.Loss{mlp.SquaredError, mlp.SoftmaxCrossEntropy} {
		net := seededNet(t)
		if loss == mlp.SoftmaxCrossEntropy {
			net.Layers[1].G = identity()
		}
		x, y := []float64{0.5, -1}, []float64{1, 0}
		fwd, _ := net.Forward(x)
		bwd, err := backprop.Backward(net, fwd, y, loss)
		if err != nil {
			t.Fatal(err)
		}
		w, err := Backward(net, fwd, bwd, y, loss)
		if err != nil {
			t.Fatal(err)
		}
		want := []mat.Matrix{
			mat.NewDense(1, 1, []float64{bwd.C}),
			mat.NewVecDense(2, bwd.DCDO),
			bwd.Delta[2], bwd.GradW[2], bwd.Delta[1], bwd.GradW[1],
		}
		if len(w.Steps) != len(want) {
			t.Fatalf("%v: %d steps, want %d", loss, len(w.Steps), len(want))
		}
		for i, s := range w.Steps {
			if !mat.Equal(s.Value, want[i]) {
				t.Errorf("%v step %d: value %v, want %v", loss, i+1, mat.Formatted(s.Value), mat.Formatted(want[i]))
			}
			r, c := want[i].Dims()
			nums := make([]float64, 0, r*c)
			for a := 0; a < r; a++ {
				nums = append(nums, row(want[i], a)...)
			}
			checkWritten(t, i+1, s.Equation, nums)
		}
	}
}

func identity() neuron.Activation { return neuron.Identity }

func TestBackwardErrors(t *testing.T) {
	net := handNet(t)
	if _, err := Backprop(net, []float64{2, 1}, []float64{0, 1}, mlp.SquaredError); err == nil {
		t.Error("y of 2 values for 1 output: no error")
	}
	fwd, _ := net.Forward([]float64{2, 1})
	bwd, _ := backprop.Backward(net, fwd, []float64{0}, mlp.SquaredError)
	if _, err := Backward(net, fwd, nil, []float64{0}, mlp.SquaredError); err == nil {
		t.Error("nil backward trace: no error")
	}
	if _, err := Backward(net, fwd, bwd, []float64{0, 0}, mlp.SquaredError); err == nil || !strings.Contains(err.Error(), "y has 2 values") {
		t.Errorf("y of 2 values: %v", err)
	}
	bwd.GradW[1] = mat.NewDense(3, 2, nil)
	_, err := Backward(net, fwd, bwd, []float64{0}, mlp.SquaredError)
	if err == nil || !strings.Contains(err.Error(), "layer 1: W¹ is 2×2 but ∂C/∂W¹ is 3×2") {
		t.Errorf("∂C/∂W¹ of the wrong shape: %v", err)
	}
}
