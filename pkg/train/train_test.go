package train

import (
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	iblas "github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// toySet returns n seeded examples with d inputs and k one-hot classes
// (the class is the largest of the first k inputs).
func toySet(n, d, k int, seed uint64) (X, Y *mat.Dense) {
	rng := mlp.NewRand(seed)
	X, Y = mat.NewDense(n, d, nil), mat.NewDense(n, k, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			X.Set(i, j, 2*rng.Float64()-1)
		}
		Y.Set(i, mlp.Argmax(X.RawRowView(i)[:k]), 1)
	}
	return X, Y
}

func newNet(t *testing.T, sizes []int, hidden, output neuron.Activation, init mlp.InitMethod, seed uint64) *mlp.Network {
	t.Helper()
	net, err := mlp.New(sizes, hidden, output)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.Initialize(init, 0, seed); err != nil {
		t.Fatal(err)
	}
	return net
}

// numericalGradient is the reference gradient: central finite differences
// (F(w + h) − F(w − h)) / 2h of the mean loss, one weight at a time. Its
// error is about h² + ε/h ≈ 1e-10 here. It does not share a line of code
// with backpropagation.
func numericalGradient(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
	F := func() float64 {
		O, err := net.Predict(X)
		if err != nil {
			panic(err)
		}
		f, err := loss.Mean(O, Y)
		if err != nil {
			panic(err)
		}
		return f
	}
	const h = 1e-6
	diff := func(p *float64) float64 {
		old := *p
		*p = old + h
		up := F()
		*p = old - h
		down := F()
		*p = old
		return (up - down) / (2 * h)
	}
	L := len(net.Layers)
	gW, gB := make([]*mat.Dense, L+1), make([]*mat.VecDense, L+1)
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		gW[l], gB[l] = mat.NewDense(r, c, nil), mat.NewVecDense(r, nil)
		w, b := layer.W.RawMatrix(), layer.B.RawVector().Data
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				gW[l].Set(i, j, diff(&w.Data[i*w.Stride+j]))
			}
			gB[l].SetVec(i, diff(&b[i]))
		}
	}
	return gW, gB, F(), nil
}

// TestSameWeightsAsReference trains the same networks from the same weights
// and seed with the fast Trainer and with pkg/gd's plain minibatch loop (a
// reference gradient, then gd.Step): same shuffles, same batches (11
// examples in batches of 4: sizes 4, 4, 3), so after two epochs the weights
// must agree up to the reference's own error.
func TestSameWeightsAsReference(t *testing.T) {
	cases := []struct {
		name           string
		sizes          []int
		hidden, output neuron.Activation
		loss           mlp.Loss
		init           mlp.InitMethod
		eta            float64
	}{
		{"sigmoid, squared error", []int{4, 5, 3}, neuron.Sigmoid, neuron.Sigmoid, mlp.SquaredError, mlp.Xavier, 1.5},
		{"relu, softmax + cross-entropy", []int{4, 6, 3}, neuron.ReLU, neuron.Identity, mlp.SoftmaxCrossEntropy, mlp.He, 0.3},
		{"tanh, three layers, squared error", []int{4, 6, 5, 3}, neuron.Tanh, neuron.Identity, mlp.SquaredError, mlp.Xavier, 0.1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			X, Y := toySet(11, 4, 3, 7)
			fast := newNet(t, c.sizes, c.hidden, c.output, c.init, 3)
			start := fast.Clone()
			tr, err := New(fast, X, Y, Config{Loss: c.loss, Eta: c.eta, BatchSize: 4, Seed: 42})
			if err != nil {
				t.Fatal(err)
			}
			var losses []float64
			for e := 0; e < 2; e++ {
				r, err := tr.Epoch(nil)
				if err != nil {
					t.Fatal(err)
				}
				if r.Steps != 3 {
					t.Errorf("epoch %d: %d steps, want 3 (4 + 4 + 3 examples)", r.Epoch, r.Steps)
				}
				losses = append(losses, r.Loss)
			}
			// The reference: pkg/backprop's batch gradient (same maths, other
			// order of sums: agreement to rounding), and finite differences
			// (independent of backprop: agreement to their ~1e-10 error).
			var h *gd.History
			for _, r := range []struct {
				name string
				grad gd.Gradient
				tol  float64
			}{{"backprop.MeanGradient", backprop.MeanGradient, 1e-12}, {"finite differences", numericalGradient, 1e-7}} {
				ref := start.Clone()
				h, err = gd.Train(ref, X, Y, gd.Config{Method: gd.Minibatch, Eta: c.eta, BatchSize: 4, Epochs: 2, Seed: 42, Loss: c.loss, Gradient: r.grad})
				if err != nil {
					t.Fatal(err)
				}
				for l := range fast.Layers {
					if d := maxDiff(fast.Layers[l].W, ref.Layers[l].W); d > r.tol {
						t.Errorf("layer %d: W differs from gd.Train with %s by %g", l+1, r.name, d)
					}
					if d := maxDiff(fast.Layers[l].B, ref.Layers[l].B); d > r.tol {
						t.Errorf("layer %d: b differs from gd.Train with %s by %g", l+1, r.name, d)
					}
				}
			}
			// The epoch's loss is the mean of the batch losses gd records, weighted by batch size.
			for e := 0; e < 2; e++ {
				sum, n := 0.0, 0
				for _, s := range h.Steps {
					if s.Epoch == e+1 {
						size := 4
						if s.Step%3 == 0 {
							size = 3
						}
						sum += s.Data * float64(size)
						n += size
					}
				}
				if want := sum / float64(n); math.Abs(losses[e]-want) > 1e-9 {
					t.Errorf("epoch %d: loss %v, reference %v", e+1, losses[e], want)
				}
			}
			if d := maxDiff(fast.Layers[0].W, start.Layers[0].W); d < 1e-3 {
				t.Errorf("the weights hardly moved (by %g): the test would not see a wrong step", d)
			}
		})
	}
}

// TestEpochCopiesAhead: on inputs as wide as MNIST's, an epoch's steps copy
// the next batch ahead on the second core (internal/blas.GatherAhead), and
// the weights and losses are the bits of the same epochs on one core, where
// nothing is copied ahead, in both precisions, with a last batch of another
// size (600 = 18·32 + 24).
func TestEpochCopiesAhead(t *testing.T) {
	X, Y := toySet(600, 784, 10, 11)
	for _, p := range []Precision{Float64, Float32} {
		run := func(procs int) (*mlp.Network, []float64) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			net := newNet(t, []int{784, 12, 10}, neuron.ReLU, neuron.Identity, mlp.He, 5)
			tr, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.05, BatchSize: 32, Seed: 9, Precision: p})
			if err != nil {
				t.Fatal(err)
			}
			var losses []float64
			for range 2 {
				r, err := tr.Epoch(nil)
				if err != nil {
					t.Fatal(err)
				}
				losses = append(losses, r.Loss)
			}
			return net, losses
		}
		one, lossOne := run(1)
		// Copying ahead is done by a helper while the caller goes on: on a
		// busy machine (the helper not running) a run may copy nothing; so
		// run again, for up to 20 s, until one does.
		var two *mlp.Network
		var lossTwo []float64
		for start := time.Now(); ; {
			before := iblas.CopiedAhead()
			two, lossTwo = run(2)
			if iblas.CopiedAhead() > before {
				break
			}
			if time.Since(start) > 20*time.Second {
				t.Errorf("%v: for 20 s, two epochs on two cores copied no row ahead", p)
				break
			}
		}
		for e := range lossOne {
			if lossOne[e] != lossTwo[e] {
				t.Errorf("%v: epoch %d's loss is %v on one core, %v on two", p, e+1, lossOne[e], lossTwo[e])
			}
		}
		for l := range one.Layers {
			if d := maxDiff(one.Layers[l].W, two.Layers[l].W); d != 0 {
				t.Errorf("%v: layer %d: W differs by %g between one core and two", p, l+1, d)
			}
		}
	}
}

func maxDiff(a, b mat.Matrix) float64 {
	var d mat.Dense
	d.Sub(a, b)
	return mat.Norm(&d, math.Inf(1)) // the largest row sum of |aᵢⱼ − bᵢⱼ|: ≥ every single difference
}

// TestStepAllocatesNothing: in steady state a step, and a whole epoch,
// allocate nothing (every matrix lives in the workspace).
func TestStepAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("under the race detector sync.Pool drops buffers on purpose: allocations are not counted")
	}
	X, Y := toySet(100, 20, 4, 1)
	net := newNet(t, []int{20, 16, 4}, neuron.ReLU, neuron.Identity, mlp.He, 1)
	tr, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.05, BatchSize: 32, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	full, last := make([]int, 32), []int{5, 6, 7, 8} // 100 = 3·32 + 4
	for i := range full {
		full[i] = i + 50
	}
	for name, batch := range map[string][]int{"full batch": full, "last batch": last} {
		if n := testing.AllocsPerRun(20, func() {
			if _, err := tr.Step(batch); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("%s: %v allocations per step, want 0", name, n)
		}
	}
	if n := testing.AllocsPerRun(5, func() {
		if _, err := tr.Epoch(nil); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("%v allocations per epoch, want 0", n)
	}
	// Products large enough for the BLAS to run them on several threads
	// (gonum's own Dgemm would allocate for its goroutines here).
	X, Y = toySet(150, 300, 10, 2)
	net = newNet(t, []int{300, 130, 10}, neuron.ReLU, neuron.Identity, mlp.He, 1)
	if tr, err = New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.01, BatchSize: 75, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(5, func() {
		if _, err := tr.Epoch(nil); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("300-130-10, batches of 75: %v allocations per epoch, want 0", n)
	}
}

// TestEvaluateMatchesMLP: Evaluate's chunked forward pass gives the loss
// and accuracy of mlp's ForwardBatch, Loss.Mean and Accuracy.
func TestEvaluateMatchesMLP(t *testing.T) {
	X, Y := toySet(2500, 6, 3, 5) // 3 chunks: 1000, 1000, 500
	net := newNet(t, []int{6, 7, 3}, neuron.Tanh, neuron.Identity, mlp.Xavier, 2)
	tr, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Epoch(nil); err != nil {
		t.Fatal(err)
	}
	loss, acc, err := tr.Evaluate(X, Y)
	if err != nil {
		t.Fatal(err)
	}
	O, err := net.Predict(X)
	if err != nil {
		t.Fatal(err)
	}
	wantLoss, _ := mlp.SoftmaxCrossEntropy.Mean(O, Y)
	wantAcc, _ := mlp.Accuracy(mlp.ArgmaxRows(O), mlp.ArgmaxRows(Y))
	if math.Abs(loss-wantLoss) > 1e-12 || acc != wantAcc {
		t.Errorf("Evaluate = (%v, %v), mlp gives (%v, %v)", loss, acc, wantLoss, wantAcc)
	}
	if acc < 0.8 {
		t.Errorf("accuracy %v after one epoch on an easy set: is the step descending?", acc)
	}
}

// TestStepFlops checks the count by hand for 784-128-10 and a batch of 32:
// forward 2·32·784·128 + 2·32·128·10 = 6 422 528 + 81 920 = 6 504 448,
// the updates the same, and Δ¹ = Δ² W²: 2·32·10·128 = 81 920;
// total 2·6 504 448 + 81 920 = 13 090 816.
func TestStepFlops(t *testing.T) {
	if got := StepFlops([]int{784, 128, 10}, 32); got != 13090816 {
		t.Errorf("StepFlops = %v, want 13090816", got)
	}
	if n := len(StepGEMMs([]int{784, 128, 10}, 32)); n != 5 {
		t.Errorf("%d GEMMs per step, want 5 (2 forward, 2 updates, 1 backward)", n)
	}
}

func TestBadInput(t *testing.T) {
	X, Y := toySet(10, 4, 3, 1)
	net := newNet(t, []int{4, 5, 3}, neuron.Sigmoid, neuron.Sigmoid, mlp.Xavier, 1)
	ok := Config{Loss: mlp.SquaredError, Eta: 1, BatchSize: 5}
	bad := X.Slice(0, 10, 0, 3).(*mat.Dense)
	nan := mat.DenseCopyOf(X)
	nan.Set(3, 2, math.NaN())
	cases := []struct {
		name string
		X, Y *mat.Dense
		cfg  Config
		want string
	}{
		{"η = 0", X, Y, Config{Loss: mlp.SquaredError, Eta: 0, BatchSize: 5}, "η must be positive"},
		{"batch 11 of 10", X, Y, Config{Loss: mlp.SquaredError, Eta: 1, BatchSize: 11}, "between 1 and N = 10, got 11"},
		{"X with 3 columns", bad, Y, ok, "n⁰ = 4 inputs but the training X is 10×3"},
		{"Y with 9 rows", X, Y.Slice(0, 9, 0, 3).(*mat.Dense), ok, "10 inputs (rows of X) but 9 targets"},
		{"NaN in X", nan, Y, ok, "NaN at row 3, column 2"},
		{"unknown loss", X, Y, Config{Loss: mlp.Loss(7), Eta: 1, BatchSize: 5}, "unknown loss"},
	}
	for _, c := range cases {
		_, err := New(net, c.X, c.Y, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestDivergenceIsAnError: a linear output with the squared error and a huge
// η overflows; the step that sees a non-finite loss says so and changes
// nothing.
func TestDivergenceIsAnError(t *testing.T) {
	X, Y := toySet(10, 4, 3, 1)
	net := newNet(t, []int{4, 5, 3}, neuron.Identity, neuron.Identity, mlp.Xavier, 1)
	tr, err := New(net, X, Y, Config{Loss: mlp.SquaredError, Eta: 1e80, BatchSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	all := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	for step := 1; step <= 10; step++ {
		before := net.Clone()
		_, err := tr.Step(all)
		if err == nil {
			continue
		}
		if !strings.Contains(err.Error(), "diverged") || !strings.Contains(err.Error(), "η") {
			t.Errorf("step %d: error %q does not say it diverged and name η", step, err)
		}
		if d := maxDiff(before.Layers[0].W, net.Layers[0].W); d != 0 {
			t.Errorf("the failing step changed W¹ by %g", d)
		}
		return
	}
	t.Error("no error after 10 steps with η = 1e80")
}
