package backprop

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// mustNet builds a network from explicit weights or fails the test.
func mustNet(t testing.TB, ws []*mat.Dense, bs [][]float64, gs []neuron.Activation) *mlp.Network {
	t.Helper()
	net, err := mlp.NewFromWeights(ws, bs, gs)
	if err != nil {
		t.Fatal(err)
	}
	return net
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

func TestBackwardByHand(t *testing.T) {
	ln3 := math.Log(3)
	cases := []struct {
		name  string
		net   *mlp.Network
		x, y  []float64
		loss  mlp.Loss
		C     float64
		delta [][]float64   // delta[l] = δˡ
		gradW [][][]float64 // gradW[l] = ∂C/∂Wˡ
	}{
		{
			// x = (1, 2); layer 1 ReLU, layer 2 sigmoid, squared error, y = 1.
			// a¹ = W¹x + b¹ = (0.5·1 + 0.25·2 − 0.5, 1·1 − 1·2 + 0) = (0.5, −1)
			// h¹ = relu(a¹) = (0.5, 0), g′(a¹) = (1, 0)
			// a² = 2·0.5 + 3·0 − 1 = 0, o = σ(0) = 0.5, g′(a²) = σ(0)(1 − σ(0)) = 0.25
			// C = (0.5 − 1)² = 0.25, ∂C/∂o = 2(0.5 − 1) = −1
			// δ² = −1 · 0.25 = −0.25
			// ∂C/∂W² = δ² (h¹)ᵀ = −0.25 · (0.5, 0) = (−0.125, 0)
			// δ¹ = (W²)ᵀ δ² ⊙ g′(a¹) = (2·−0.25, 3·−0.25) ⊙ (1, 0) = (−0.5, 0)
			// ∂C/∂W¹ = δ¹ xᵀ = [[−0.5, −1], [0, 0]]
			name: "relu-sigmoid squared",
			net: mustNet(t, []*mat.Dense{mat.NewDense(2, 2, []float64{0.5, 0.25, 1, -1}), mat.NewDense(1, 2, []float64{2, 3})},
				[][]float64{{-0.5, 0}, {-1}}, []neuron.Activation{neuron.ReLU, neuron.Sigmoid}),
			x: []float64{1, 2}, y: []float64{1}, loss: mlp.SquaredError, C: 0.25,
			delta: [][]float64{nil, {-0.5, 0}, {-0.25}},
			gradW: [][][]float64{nil, {{-0.5, -1}, {0, 0}}, {{-0.125, 0}}},
		},
		{
			// A linear chain 1-1-1-1 (identity everywhere), x = 1, y = 0.5:
			// h¹ = 2·1 + 1 = 3, h² = −1·3 + 0 = −3, o = 0.5·(−3) + 1 = −0.5
			// C = (−0.5 − 0.5)² = 1, ∂C/∂o = 2(−1) = −2
			// δ³ = −2, δ² = w³δ³ = 0.5·(−2) = −1, δ¹ = w²δ² = (−1)(−1) = 1
			// ∂C/∂w³ = δ³h² = 6, ∂C/∂w² = δ²h¹ = −3, ∂C/∂w¹ = δ¹x = 1
			name: "linear chain",
			net: mustNet(t, []*mat.Dense{mat.NewDense(1, 1, []float64{2}), mat.NewDense(1, 1, []float64{-1}), mat.NewDense(1, 1, []float64{0.5})},
				[][]float64{{1}, {0}, {1}}, []neuron.Activation{neuron.Identity, neuron.Identity, neuron.Identity}),
			x: []float64{1}, y: []float64{0.5}, loss: mlp.SquaredError, C: 1,
			delta: [][]float64{nil, {1}, {-1}, {-2}},
			gradW: [][][]float64{nil, {{1}}, {{-3}}, {{6}}},
		},
		{
			// Softmax + cross-entropy, one identity layer W = I, x = (ln 3, 0):
			// o = (ln 3, 0), p = (3, 1)/4 = (0.75, 0.25), y = (0, 1)
			// C = −log 0.25 = log 4, δ = p − y = (0.75, −0.75)
			// ∂C/∂W = δ xᵀ = [[0.75 ln 3, 0], [−0.75 ln 3, 0]]
			name: "softmax",
			net: mustNet(t, []*mat.Dense{mat.NewDense(2, 2, []float64{1, 0, 0, 1})},
				[][]float64{nil}, []neuron.Activation{neuron.Identity}),
			x: []float64{ln3, 0}, y: []float64{0, 1}, loss: mlp.SoftmaxCrossEntropy, C: math.Log(4),
			delta: [][]float64{nil, {0.75, -0.75}},
			gradW: [][][]float64{nil, {{0.75 * ln3, 0}, {-0.75 * ln3, 0}}},
		},
		{
			// Tanh hidden at a¹ = 0 (g′ = 1), gaussian output at a² = 1:
			// x = 1, W¹ = 1, b¹ = −1: a¹ = 0, h¹ = 0; W² = 5, b² = 1: a² = 1
			// o = e⁻¹, g′(a²) = −2·1·e⁻¹; y = 0: ∂C/∂o = 2e⁻¹, C = e⁻²
			// δ² = 2e⁻¹ · (−2e⁻¹) = −4e⁻², ∂C/∂W² = δ² h¹ = 0
			// δ¹ = 5 · (−4e⁻²) · 1 = −20e⁻², ∂C/∂W¹ = δ¹ x = −20e⁻²
			name: "tanh-gaussian",
			net: mustNet(t, []*mat.Dense{mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{5})},
				[][]float64{{-1}, {1}}, []neuron.Activation{neuron.Tanh, neuron.Gaussian}),
			x: []float64{1}, y: []float64{0}, loss: mlp.SquaredError, C: math.Exp(-2),
			delta: [][]float64{nil, {-20 * math.Exp(-2)}, {-4 * math.Exp(-2)}},
			gradW: [][][]float64{nil, {{-20 * math.Exp(-2)}}, {{0}}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bt, err := Gradient(tc.net, tc.x, tc.y, tc.loss)
			if err != nil {
				t.Fatal(err)
			}
			if !near(bt.C, tc.C, 1e-14) {
				t.Errorf("C = %v, want %v", bt.C, tc.C)
			}
			for l := 1; l < len(tc.delta); l++ {
				for i, want := range tc.delta[l] {
					if got := bt.Delta[l].AtVec(i); !near(got, want, 1e-14) {
						t.Errorf("δ%d[%d] = %v, want %v", l, i, got, want)
					}
					if got := bt.GradB[l].AtVec(i); !near(got, want, 1e-14) {
						t.Errorf("∂C/∂b%d[%d] = %v, want δ = %v", l, i, got, want)
					}
					for j, w := range tc.gradW[l][i] {
						if got := bt.GradW[l].At(i, j); !near(got, w, 1e-14) {
							t.Errorf("∂C/∂W%d[%d,%d] = %v, want %v", l, i, j, got, w)
						}
					}
				}
			}
		})
	}
}

func TestBackwardErrors(t *testing.T) {
	net := mustNet(t, []*mat.Dense{mat.NewDense(3, 2, nil), mat.NewDense(2, 3, nil)}, [][]float64{nil, nil},
		[]neuron.Activation{neuron.Tanh, neuron.Sigmoid})
	x := []float64{1, 2}
	ft, err := net.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	other := mustNet(t, []*mat.Dense{mat.NewDense(4, 2, nil), mat.NewDense(2, 4, nil)}, [][]float64{nil, nil},
		[]neuron.Activation{neuron.Tanh, neuron.Sigmoid})
	otherTrace, _ := other.Forward(x)
	cases := []struct {
		name  string
		run   func() error
		wants []string
	}{
		{"y too long", func() error { _, err := Backward(net, ft, []float64{1, 2, 3}, mlp.SquaredError); return err },
			[]string{"layer 2", "2 values", "target y has 3", "2×3"}},
		{"y too short", func() error { _, err := Gradient(net, x, []float64{1}, mlp.SquaredError); return err },
			[]string{"layer 2", "2 values", "target y has 1"}},
		{"softmax needs identity", func() error { _, err := Backward(net, ft, []float64{0, 1}, mlp.SoftmaxCrossEntropy); return err },
			[]string{"layer 2", "g = sigmoid", "identity"}},
		{"unknown loss", func() error { _, err := Backward(net, ft, []float64{0, 1}, mlp.Loss(7)); return err },
			[]string{"unknown loss 7"}},
		{"nil trace", func() error { _, err := Backward(net, nil, []float64{0, 1}, mlp.SquaredError); return err },
			[]string{"nil", "Forward"}},
		{"trace of another network", func() error { _, err := Backward(net, otherTrace, []float64{0, 1}, mlp.SquaredError); return err },
			[]string{"layer 1", "W¹ is 3×2", "a¹ has 4 values"}},
		{"NaN target", func() error { _, err := Backward(net, ft, []float64{0, math.NaN()}, mlp.SquaredError); return err },
			[]string{"y[1] is NaN"}},
		{"softmax target not summing to 1", func() error {
			soft := mustNet(t, []*mat.Dense{mat.NewDense(2, 2, nil)}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
			_, err := Gradient(soft, x, []float64{0.5, 0.2}, mlp.SoftmaxCrossEntropy)
			return err
		}, []string{"sums to 0.7", "one-hot"}},
		{"x of the wrong size", func() error { _, err := Gradient(net, []float64{1}, []float64{0, 1}, mlp.SquaredError); return err },
			[]string{"W¹ is 3×2", "1 value"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// TestBackwardOverflow: finite forward pass, but the gradient overflows. The
// error names the layer instead of returning a silent Inf or NaN.
func TestBackwardOverflow(t *testing.T) {
	// x = 1e200, W¹ = (1e−200, 1e−200)ᵀ identity: h¹ = (1, 1);
	// W² = (1e200, −1e200) identity: o = 0; y = 1: ∂C/∂o = −2, δ² = −2;
	// δ¹ = (W²)ᵀ δ² = (−2e200, 2e200); ∂C/∂W¹ = δ¹ x = ∓2e400 = ∓Inf.
	net := mustNet(t, []*mat.Dense{mat.NewDense(2, 1, []float64{1e-200, 1e-200}), mat.NewDense(1, 2, []float64{1e200, -1e200})},
		[][]float64{nil, nil}, []neuron.Activation{neuron.Identity, neuron.Identity})
	_, err := Gradient(net, []float64{1e200}, []float64{1}, mlp.SquaredError)
	if err == nil || !strings.Contains(err.Error(), "layer 1: ∂C/∂W¹[0,0] is -Inf") {
		t.Errorf("want an error naming layer 1 and ∂C/∂W¹, got %v", err)
	}
	X := mat.NewDense(1, 1, []float64{1e200})
	_, _, _, err = MeanGradient(net, X, mat.NewDense(1, 1, []float64{1}), mlp.SquaredError)
	if err == nil || !strings.Contains(err.Error(), "layer 1: ∂C/∂W¹[0,0] is -Inf") {
		t.Errorf("batch: want an error naming layer 1 and ∂C/∂W¹, got %v", err)
	}
}
