package step

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// handNet is the 2-2-1 network of mlp's example:
// W¹ = [1 −1; 0.5 2], b¹ = (0, −1), ReLU; W² = [1 −2], b² = 0.5, identity.
func handNet(t *testing.T) *mlp.Network {
	t.Helper()
	net, err := mlp.NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// seededNet is a 2-3-2 sigmoid network drawn from seed 1.
func seededNet(t *testing.T) *mlp.Network {
	t.Helper()
	net, err := mlp.New([]int{2, 3, 2}, neuron.Sigmoid, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.Initialize(mlp.Xavier, 0, 1); err != nil {
		t.Fatal(err)
	}
	return net
}

func TestForwardByHand(t *testing.T) {
	// x = (2, 1):
	//   a¹ = W¹x + b¹ = (2 − 1 + 0, 1 + 2 − 1) = (1, 2);  h¹ = relu(a¹) = (1, 2)
	//   a² = W²h¹ + b² = 1 − 4 + 0.5 = −2.5;             h² = −2.5
	w, err := Forward(handNet(t), []float64{2, 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"h⁰ = x = [2, 1]",
		"a¹ = W¹ h⁰ + b¹ = [1, 2]",
		"h¹ = g(a¹) = relu([1, 2]) = [1, 2]",
		"a² = W² h¹ + b² = [-2.5]",
		"h² = g(a²) = identity([-2.5]) = [-2.5]",
	}
	if len(w.Steps) != len(want) {
		t.Fatalf("%d steps, want %d", len(w.Steps), len(want))
	}
	for i, s := range w.Steps {
		if s.Equation != want[i] {
			t.Errorf("step %d: %q, want %q", i+1, s.Equation, want[i])
		}
	}
	if g := w.Steps[1].Given; len(g) != 3 || g[0] != "W¹ = [[1, -1], [0.5, 2]]" || g[2] != "b¹ = [0, -1]" {
		t.Errorf("step 2 operands: %q", g)
	}
	// Step 2 touches layer 1 through the four weights of W¹; step 3 no weight.
	if f := w.Steps[1].Focus; f.Column != 1 || len(f.Edges) != 4 || f.Quantity != "a" {
		t.Errorf("step 2 focus: %+v", f)
	}
	if f := w.Steps[2].Focus; f.Column != 1 || len(f.Edges) != 0 || f.Quantity != "h" {
		t.Errorf("step 3 focus: %+v", f)
	}
	// The diagram shows h⁰ and a¹ after step 2, nothing yet in layer 2.
	n := w.Steps[1].Nodes
	if n[0].Symbol != "h⁰" || n[1].Symbol != "a¹" || n[2].Symbol != "" || n[1].Numbers[1] != 2 {
		t.Errorf("step 2 nodes: %+v", n)
	}
}

// TestForwardNumbersAreTheTrace: every step's value is the trace's vector,
// and the numbers written at the end of its equation are that vector's,
// to the 4 significant digits shown.
func TestForwardNumbersAreTheTrace(t *testing.T) {
	net := seededNet(t)
	x := []float64{0.5, -1}
	tr, err := net.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	w, err := FromForward(net, tr)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Steps) != 5 {
		t.Fatalf("%d steps, want 1 + 2L = 5", len(w.Steps))
	}
	want := []*mat.VecDense{tr.H[0], tr.A[1], tr.H[1], tr.A[2], tr.H[2]}
	for i, s := range w.Steps {
		if !mat.Equal(s.Value, want[i]) {
			t.Errorf("step %d: value %v, want the trace's %v", i+1, mat.Formatted(s.Value.T()), mat.Formatted(want[i].T()))
		}
		checkWritten(t, i+1, s.Equation, values(want[i]))
	}
}

// checkWritten checks that the numbers after the last " = " of eq are want,
// to 4 significant digits.
func checkWritten(t *testing.T, k int, eq string, want []float64) {
	t.Helper()
	got, err := lastNumbers(eq)
	if err != nil {
		t.Errorf("step %d: %v", k, err)
		return
	}
	if len(got) != len(want) {
		t.Errorf("step %d: %q writes %d numbers, want %d", k, eq, len(got), len(want))
		return
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 5e-4*math.Abs(want[i])+1e-300 {
			t.Errorf("step %d: %q: number %d is %v, the trace has %v", k, eq, i+1, got[i], want[i])
		}
	}
}

// lastNumbers parses the numbers of the bracketed result after the last
// " = " of an equation: "… = [1, -2.5]" or "… = [[1, 2], [3, 4]]".
func lastNumbers(eq string) ([]float64, error) {
	i := strings.LastIndex(eq, " = ")
	s := strings.NewReplacer("[", " ", "]", " ", ",", " ").Replace(eq[i+3:])
	var out []float64
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func TestForwardErrors(t *testing.T) {
	net := handNet(t)
	if _, err := Forward(nil, []float64{1, 2}); err == nil {
		t.Error("nil network: no error")
	}
	_, err := Forward(net, []float64{1, 2, 3})
	if err == nil || !strings.Contains(err.Error(), "W¹ is 2×2") {
		t.Errorf("x of 3 values: %v", err)
	}
	if _, err := FromForward(net, nil); err == nil {
		t.Error("nil trace: no error")
	}
	tr, _ := net.Forward([]float64{2, 1})
	tr.A[2] = mat.NewVecDense(3, nil)
	_, err = FromForward(net, tr)
	if err == nil || !strings.Contains(err.Error(), "layer 2: W² is 1×2 but a² has 3 values") {
		t.Errorf("a² of the wrong size: %v", err)
	}
	tr.H = tr.H[:2]
	if _, err = FromForward(net, tr); err == nil {
		t.Error("a trace one layer short: no error")
	}
}
