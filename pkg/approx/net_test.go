package approx

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestEvalByHand checks F against values computed by hand.
func TestEvalByHand(t *testing.T) {
	// One unit: F(x) = 2σ(3x − 1) + 0.5.
	//   x = 0: 2σ(−1) + 0.5 = 2·0.2689414213699951 + 0.5 = 1.0378828427399902
	//   x = 1: 2σ(2) + 0.5  = 2·0.8807970779778823 + 0.5 = 2.2615941559557644
	one, err := New1D([]float64{3}, []float64{-1}, []float64{2}, 0.5, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	// Two units: F(x) = σ(x) + 3σ(−2x + 1), c = 0.
	//   x = 0.5: σ(0.5) + 3σ(0) = 0.6224593312018546 + 1.5 = 2.1224593312018545
	two, err := New1D([]float64{1, -2}, []float64{0, 1}, []float64{1, 3}, 0, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	// 2-D, one unit: F(x₁, x₂) = 2σ(x₁ + 2x₂ − 1).
	//   (1, 0.5): 2σ(1 + 1 − 1) = 2σ(1) = 2·0.7310585786300049 = 1.4621171572600098
	plane, err := New(mat.NewDense(1, 2, []float64{1, 2}), []float64{-1}, []float64{2}, 0, neuron.Sigmoid)
	if err != nil {
		t.Fatal(err)
	}
	// Tanh, one unit: F(x) = −tanh(2x) + 1 at x = 0.5: 1 − tanh(1) = 1 − 0.7615941559557649.
	th, err := New1D([]float64{2}, []float64{0}, []float64{-1}, 1, neuron.Tanh)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		F    *Net
		x    []float64
		want float64
	}{
		{"one unit at 0", one, []float64{0}, 1.0378828427399902},
		{"one unit at 1", one, []float64{1}, 2.2615941559557644},
		{"two units at 0.5", two, []float64{0.5}, 2.1224593312018545},
		{"2-D at (1, 0.5)", plane, []float64{1, 0.5}, 1.4621171572600098},
		{"tanh at 0.5", th, []float64{0.5}, 1 - 0.7615941559557649},
	} {
		got, err := c.F.Eval(c.x)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !near(got, c.want, 1e-15) {
			t.Errorf("%s: F = %.17g, want %.17g", c.name, got, c.want)
		}
	}
	if one.Units() != 1 || two.Units() != 2 || plane.Units() != 1 || plane.Inputs() != 2 {
		t.Errorf("units/inputs: %d %d %d %d", one.Units(), two.Units(), plane.Units(), plane.Inputs())
	}
	if y, _ := plane.Eval2(1, 0.5); !near(y, 1.4621171572600098, 1e-15) {
		t.Errorf("Eval2 = %v", y)
	}
	ys, err := two.Sample1([]float64{0.5, 0.5})
	if err != nil || len(ys) != 2 || ys[0] != ys[1] || !near(ys[0], 2.1224593312018545, 1e-15) {
		t.Errorf("Sample1 = %v, %v", ys, err)
	}
}

// TestStepBumpByHand: Step(0.5, 10) is σ(0) = ½ at its centre; Bump(0.25,
// 0.75, 40) at 0.5 is σ(10) − σ(−10) = 0.9999546021312976 − 0.0000453978687024
// = 0.9999092042625952, and at 0.25 it is σ(0) − σ(−20) ≈ 0.5 − 2.06e-9.
func TestStepBumpByHand(t *testing.T) {
	s, err := Step(0.5, 10)
	if err != nil {
		t.Fatal(err)
	}
	if y, _ := s.Eval1(0.5); y != 0.5 {
		t.Errorf("Step at its centre = %v, want 0.5", y)
	}
	b, err := Bump(0.25, 0.75, 40)
	if err != nil {
		t.Fatal(err)
	}
	if b.Units() != 2 {
		t.Errorf("a bump has %d units, want 2", b.Units())
	}
	if y, _ := b.Eval1(0.5); !near(y, 0.9999092042625952, 1e-15) {
		t.Errorf("Bump at 0.5 = %.17g", y)
	}
	if y, _ := b.Eval1(0.25); !near(y, 0.5-2.0611536181902e-09, 1e-15) {
		t.Errorf("Bump at its edge = %.17g", y)
	}
}

// TestNetworkRoundTrip: F as an mlp.Network computes the same numbers, and
// FromNetwork gives F back.
func TestNetworkRoundTrip(t *testing.T) {
	F, err := New(mat.NewDense(3, 2, []float64{1, 2, -3, 0.5, 4, -1}), []float64{0.1, -0.2, 0.3}, []float64{1, -2, 0.5}, 0.7, neuron.Tanh)
	if err != nil {
		t.Fatal(err)
	}
	net, err := F.Network()
	if err != nil {
		t.Fatal(err)
	}
	if got := net.String(); !strings.HasPrefix(got, "2-3-1") {
		t.Errorf("network %q, want 2-3-1", got)
	}
	for _, x := range [][]float64{{0, 0}, {0.3, 0.9}, {1, 1}} {
		tr, err := net.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := F.Eval(x)
		if got := tr.Output()[0]; !near(got, want, 1e-14) {
			t.Errorf("x = %v: network %v, F %v", x, got, want)
		}
	}
	back, err := FromNetwork(net)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.Equal(back.W, F.W) || back.C != F.C || back.Phi.Name != "tanh" {
		t.Errorf("round trip changed F: %v", back)
	}
	for i := range F.B {
		if back.B[i] != F.B[i] || back.V[i] != F.V[i] {
			t.Errorf("unit %d: b, v = %v, %v; want %v, %v", i, back.B[i], back.V[i], F.B[i], F.V[i])
		}
	}
	// A two-hidden-layer network is not an F.
	deep, _ := mlp.New([]int{1, 2, 2, 1}, neuron.Sigmoid, neuron.Identity)
	if _, err := FromNetwork(deep); err == nil {
		t.Error("FromNetwork accepted 3 layers")
	}
	sig, _ := mlp.New([]int{1, 2, 1}, neuron.Sigmoid, neuron.Sigmoid)
	if _, err := FromNetwork(sig); err == nil {
		t.Error("FromNetwork accepted a sigmoid output")
	}
}

func TestPart(t *testing.T) {
	F, _ := New1D([]float64{1, 2, 3}, []float64{0, 0, 0}, []float64{1, 1, 1}, 5, neuron.Sigmoid)
	p, err := F.Part(1, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Units 2 and 3 at x = 0: σ(0) + σ(0) = 1, without c.
	if y, _ := p.Eval1(0); y != 1 || p.Units() != 2 {
		t.Errorf("Part(1, 3) at 0 = %v with %d units, want 1 with 2", y, p.Units())
	}
	for _, ij := range [][2]int{{-1, 1}, {0, 4}, {2, 2}, {2, 1}} {
		if _, err := F.Part(ij[0], ij[1]); err == nil {
			t.Errorf("Part(%d, %d) accepted", ij[0], ij[1])
		}
	}
}

func TestNetErrors(t *testing.T) {
	W := mat.NewDense(2, 1, []float64{1, 2})
	for _, c := range []struct {
		name string
		make func() (*Net, error)
		want string
	}{
		{"nil W", func() (*Net, error) { return New(nil, nil, nil, 0, neuron.Sigmoid) }, "W is nil"},
		{"short b", func() (*Net, error) { return New(W, []float64{1}, []float64{1, 2}, 0, neuron.Sigmoid) }, "b has 1 values"},
		{"long v", func() (*Net, error) { return New(W, []float64{1, 2}, []float64{1, 2, 3}, 0, neuron.Sigmoid) }, "v has 3 values"},
		{"no φ", func() (*Net, error) { return New(W, []float64{1, 2}, []float64{1, 2}, 0, neuron.Activation{}) }, "φ"},
		{"NaN w", func() (*Net, error) {
			return New1D([]float64{1, math.NaN()}, []float64{1, 2}, []float64{1, 2}, 0, neuron.Sigmoid)
		}, "unit 2"},
		{"Inf c", func() (*Net, error) { return New(W, []float64{1, 2}, []float64{1, 2}, math.Inf(1), neuron.Sigmoid) }, "c = +Inf"},
		{"empty w", func() (*Net, error) { return New1D(nil, nil, nil, 0, neuron.Sigmoid) }, "no hidden unit"},
		{"step k = 0", func() (*Net, error) { return Step(0.5, 0) }, "k > 0"},
		{"bump a ≥ b", func() (*Net, error) { return Bump(0.5, 0.5, 10) }, "a < b"},
		{"bump NaN k", func() (*Net, error) { return Bump(0.2, 0.5, math.NaN()) }, "k > 0"},
	} {
		_, err := c.make()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	F, _ := New(W, []float64{1, 2}, []float64{1, 2}, 0, neuron.Sigmoid)
	if _, err := F.Eval2(1, 2); err == nil || !strings.Contains(err.Error(), "x has 2 values") {
		t.Errorf("Eval2 on a 1-D F: %v", err)
	}
	if _, err := F.Eval1(math.NaN()); err == nil || !strings.Contains(err.Error(), "x₁ = NaN") {
		t.Errorf("Eval1(NaN): %v", err)
	}
	var empty *Net
	if _, err := empty.Eval([]float64{1}); err == nil {
		t.Error("nil F evaluated")
	}
	F.B = F.B[:1] // broken by hand after New
	if _, err := F.Eval1(0.5); err == nil {
		t.Error("F with 2 units and 1 bias evaluated")
	}
	if _, err := F.Network(); err == nil {
		t.Error("broken F converted")
	}
}

func mlpRand(seed uint64) *rand.Rand { return mlp.NewRand(seed) }
