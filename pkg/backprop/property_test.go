package backprop

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// randomProblem draws a network of 1–4 layers with widths 1–5, a
// non-linearity per layer among sigmoid, tanh, gaussian and ReLU (identity
// on the output for softmax), a batch of 1–4 examples and targets for loss.
// A ReLU activity within 0.02 of its kink (where steps of ±2ε = ±2e-3 on the
// weights could cross it) is redrawn, so that central differences see a smooth function.
func randomProblem(rng *rand.Rand, loss mlp.Loss) (*mlp.Network, *mat.Dense, *mat.Dense) {
	hidden := []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian, neuron.ReLU}
	for {
		L := 1 + rng.IntN(4)
		sizes := make([]int, L+1)
		for l := range sizes {
			sizes[l] = 1 + rng.IntN(5)
		}
		if loss == mlp.SoftmaxCrossEntropy && sizes[L] == 1 {
			sizes[L] = 2 + rng.IntN(4)
		}
		ws := make([]*mat.Dense, L)
		bs := make([][]float64, L)
		gs := make([]neuron.Activation, L)
		for l := 1; l <= L; l++ {
			w := mat.NewDense(sizes[l], sizes[l-1], nil)
			scale := 1.5 / math.Sqrt(float64(sizes[l-1]))
			for i := 0; i < sizes[l]; i++ {
				for j := 0; j < sizes[l-1]; j++ {
					w.Set(i, j, scale*rng.NormFloat64())
				}
			}
			ws[l-1] = w
			bs[l-1] = make([]float64, sizes[l])
			for i := range bs[l-1] {
				bs[l-1][i] = 0.5 * rng.NormFloat64()
			}
			gs[l-1] = hidden[rng.IntN(len(hidden))]
		}
		if loss == mlp.SoftmaxCrossEntropy {
			gs[L-1] = neuron.Identity
		}
		net, err := mlp.NewFromWeights(ws, bs, gs)
		if err != nil {
			panic(err)
		}
		n := 1 + rng.IntN(4)
		X := mat.NewDense(n, sizes[0], nil)
		Y := mat.NewDense(n, sizes[L], nil)
		for i := 0; i < n; i++ {
			for j := 0; j < sizes[0]; j++ {
				X.Set(i, j, rng.NormFloat64())
			}
			if loss == mlp.SoftmaxCrossEntropy {
				Y.Set(i, rng.IntN(sizes[L]), 1)
			} else {
				for j := 0; j < sizes[L]; j++ {
					Y.Set(i, j, rng.NormFloat64())
				}
			}
		}
		if nearKink(net, X) {
			continue
		}
		return net, X, Y
	}
}

// nearKink reports whether a ReLU activity of some example is within 0.02 of 0.
func nearKink(net *mlp.Network, X *mat.Dense) bool {
	ft, err := net.ForwardBatch(X)
	if err != nil {
		panic(err)
	}
	for l, layer := range net.Layers {
		if layer.G.Name != neuron.ReLU.Name {
			continue
		}
		r, c := ft.A[l+1].Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				if math.Abs(ft.A[l+1].At(i, j)) < 0.02 {
					return true
				}
			}
		}
	}
	return false
}

// TestBackpropMatchesNumericalGradient is the property test: on 200 random
// networks (both losses, mixed depths, widths and non-linearities), the
// gradient of backpropagation agrees with central differences to a relative
// error below 1e-6.
func TestBackpropMatchesNumericalGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 8))
	worst := 0.0
	depths := map[int]int{}
	for k := 0; k < 200; k++ {
		loss := mlp.Loss(k % 2)
		net, X, Y := randomProblem(rng, loss)
		depths[len(net.Layers)]++
		res, err := Check(net, X, Y, loss, 1e-3)
		if err != nil {
			t.Fatalf("network %d (%v, %v): %v", k, net, loss, err)
		}
		worst = math.Max(worst, res.MaxRelErr)
		if res.MaxRelErr > 1e-6 {
			t.Errorf("network %d (%v, %v, N = %d): %v", k, net, loss, X.RawMatrix().Rows, res)
		}
	}
	for L := 1; L <= 4; L++ {
		if depths[L] == 0 {
			t.Errorf("no network of depth %d was drawn", L)
		}
	}
	t.Logf("largest relative error over 200 networks: %.3g; depths %v", worst, depths)
}

// TestBatchIsMeanOfSingles: the gradient of BackwardBatch is the mean of the
// gradients of Backward over the rows, and row i of Δˡ is δˡ of example i
// divided by N.
func TestBatchIsMeanOfSingles(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 1))
	for k := 0; k < 50; k++ {
		loss := mlp.Loss(k % 2)
		net, X, Y := randomProblem(rng, loss)
		n, _ := X.Dims()
		L := len(net.Layers)
		ft, err := net.ForwardBatch(X)
		if err != nil {
			t.Fatal(err)
		}
		bt, err := BackwardBatch(net, ft, Y, loss)
		if err != nil {
			t.Fatal(err)
		}
		meanC := 0.0
		for i := 0; i < n; i++ {
			x, y := mat.Row(nil, i, X), mat.Row(nil, i, Y)
			st, err := Gradient(net, x, y, loss)
			if err != nil {
				t.Fatal(err)
			}
			meanC += st.C / float64(n)
			for l := 1; l <= L; l++ {
				for j := 0; j < st.Delta[l].Len(); j++ {
					if got, want := bt.Delta[l].At(i, j), st.Delta[l].AtVec(j)/float64(n); !near(got, want, 1e-12) {
						t.Fatalf("net %d: Δ%d[%d,%d] = %v, want δ/N = %v", k, l, i, j, got, want)
					}
				}
				for j, v := range st.DCDO {
					if got := bt.DCDO.At(i, j); !near(got, v, 1e-12) {
						t.Fatalf("net %d: ∂C/∂O[%d,%d] = %v, want %v", k, i, j, got, v)
					}
				}
			}
		}
		if !near(bt.C, meanC, 1e-12) {
			t.Errorf("net %d: batch C̄ = %v, mean of singles %v", k, bt.C, meanC)
		}
		// Mean of the single gradients, layer by layer.
		for l := 1; l <= L; l++ {
			r, c := net.Layers[l-1].W.Dims()
			sumW := mat.NewDense(r, c, nil)
			sumB := mat.NewVecDense(r, nil)
			for i := 0; i < n; i++ {
				st, _ := Gradient(net, mat.Row(nil, i, X), mat.Row(nil, i, Y), loss)
				sumW.Add(sumW, st.GradW[l])
				sumB.AddVec(sumB, st.GradB[l])
			}
			sumW.Scale(1/float64(n), sumW)
			sumB.ScaleVec(1/float64(n), sumB)
			if !mat.EqualApprox(bt.GradW[l], sumW, 1e-12) {
				t.Errorf("net %d: ∂C̄/∂W%d = %v, mean of singles %v", k, l, mat.Formatted(bt.GradW[l]), mat.Formatted(sumW))
			}
			if !mat.EqualApprox(bt.GradB[l], sumB, 1e-12) {
				t.Errorf("net %d: ∂C̄/∂b%d = %v, mean of singles %v", k, l, mat.Formatted(bt.GradB[l]), mat.Formatted(sumB))
			}
		}
	}
}

// TestBackwardBatchInto: a BatchTrace is reused across batches and gives the
// same numbers as a fresh one; a BatchTrace of the wrong size is an error.
func TestBackwardBatchInto(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	net, X, Y := randomProblem(rng, mlp.SquaredError)
	n, _ := X.Dims()
	ft, _ := net.ForwardBatch(X)
	fresh, err := BackwardBatch(net, ft, Y, mlp.SquaredError)
	if err != nil {
		t.Fatal(err)
	}
	dst, err := NewBatchTrace(net, n)
	if err != nil {
		t.Fatal(err)
	}
	for rep := 0; rep < 3; rep++ {
		if err := BackwardBatchInto(dst, net, ft, Y, mlp.SquaredError); err != nil {
			t.Fatal(err)
		}
	}
	for l := 1; l <= len(net.Layers); l++ {
		if !mat.Equal(dst.GradW[l], fresh.GradW[l]) || !mat.Equal(dst.GradB[l], fresh.GradB[l]) {
			t.Errorf("layer %d: reused BatchTrace differs from a fresh one", l)
		}
	}
	wrong, _ := NewBatchTrace(net, n+1)
	err = BackwardBatchInto(wrong, net, ft, Y, mlp.SquaredError)
	if err == nil || !strings.Contains(err.Error(), "NewBatchTrace(net, "+strconv.Itoa(n)+")") {
		t.Errorf("a BatchTrace for %d examples used for %d: got %v", n+1, n, err)
	}
	if _, err := NewBatchTrace(net, 0); err == nil {
		t.Error("NewBatchTrace(net, 0): no error")
	}
}

func TestBackwardBatchErrors(t *testing.T) {
	net := mustNet(t, []*mat.Dense{mat.NewDense(3, 2, nil), mat.NewDense(2, 3, nil)}, [][]float64{nil, nil},
		[]neuron.Activation{neuron.Tanh, neuron.Sigmoid})
	X := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	ft, err := net.ForwardBatch(X)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		run   func() error
		wants []string
	}{
		{"Y with too few columns", func() error { _, err := BackwardBatch(net, ft, mat.NewDense(3, 1, nil), mlp.SquaredError); return err },
			[]string{"layer 2", "O = H² are 3×2", "Y are 3×1"}},
		{"Y with too many rows", func() error {
			_, _, _, err := MeanGradient(net, X, mat.NewDense(4, 2, nil), mlp.SquaredError)
			return err
		},
			[]string{"3×2", "4×2"}},
		{"softmax on sigmoid", func() error {
			_, err := BackwardBatch(net, ft, mat.NewDense(3, 2, nil), mlp.SoftmaxCrossEntropy)
			return err
		},
			[]string{"layer 2", "g = sigmoid"}},
		{"nil trace", func() error { _, err := BackwardBatch(net, nil, mat.NewDense(3, 2, nil), mlp.SquaredError); return err },
			[]string{"nil", "ForwardBatch"}},
		{"nil Y", func() error { _, err := BackwardBatch(net, ft, nil, mlp.SquaredError); return err },
			[]string{"Y are nil"}},
		{"Inf in Y", func() error {
			Y := mat.NewDense(3, 2, nil)
			Y.Set(2, 1, math.Inf(1))
			_, err := BackwardBatch(net, ft, Y, mlp.SquaredError)
			return err
		}, []string{"+Inf at row 2, column 1"}},
		{"softmax targets not summing to 1", func() error {
			soft := mustNet(t, []*mat.Dense{mat.NewDense(2, 2, nil)}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
			_, _, _, err := MeanGradient(soft, X, mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 1}), mlp.SoftmaxCrossEntropy)
			return err
		}, []string{"row 2 of the targets Y sums to 2"}},
		{"X of the wrong width", func() error {
			_, _, _, err := MeanGradient(net, mat.NewDense(3, 5, nil), mat.NewDense(3, 2, nil), mlp.SquaredError)
			return err
		}, []string{"W¹ is 3×2", "3×5"}},
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
