package gd

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// numGrad is a central-difference gradient of the mean loss, independent of
// backpropagation: ∂F/∂w ≈ (F(w + ε) − F(w − ε)) / 2ε.
func numGrad(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
	const eps = 1e-6
	F := func() float64 {
		O, err := net.Predict(X)
		if err != nil {
			return math.NaN()
		}
		f, err := loss.Mean(O, Y)
		if err != nil {
			return math.NaN()
		}
		return f
	}
	f0 := F()
	L := len(net.Layers)
	gW, gB := make([]*mat.Dense, L+1), make([]*mat.VecDense, L+1)
	diff := func(get func() float64, set func(float64)) float64 {
		v := get()
		set(v + eps)
		fp := F()
		set(v - eps)
		fm := F()
		set(v)
		return (fp - fm) / (2 * eps)
	}
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		r, c := layer.W.Dims()
		gW[l], gB[l] = mat.NewDense(r, c, nil), mat.NewVecDense(r, nil)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				gW[l].Set(i, j, diff(func() float64 { return layer.W.At(i, j) }, func(v float64) { layer.W.Set(i, j, v) }))
			}
			gB[l].SetVec(i, diff(func() float64 { return layer.B.AtVec(i) }, func(v float64) { layer.B.SetVec(i, v) }))
		}
	}
	return gW, gB, f0, nil
}

// linearNet is o = w x + b, one input, one output, identity.
func linearNet(t *testing.T, w, b float64) *mlp.Network {
	t.Helper()
	net, err := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 1, []float64{w})}, [][]float64{{b}}, []neuron.Activation{neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// line is y = 2x + 1 at x = 0, 1, 2, 3.
func line() (*mat.Dense, *mat.Dense) {
	return mat.NewDense(4, 1, []float64{0, 1, 2, 3}), mat.NewDense(4, 1, []float64{1, 3, 5, 7})
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

func TestStepByHand(t *testing.T) {
	for _, c := range []struct {
		name         string
		lambda       float64
		wantW, wantB []float64
	}{
		// λ = 0: W = (1, −1) − 0.1·(2, −4) = (0.8, −0.6); b = 0.5 − 0.1·1 = 0.4
		{"no L2", 0, []float64{0.8, -0.6}, []float64{0.4}},
		// λ = 0.5: ∂C/∂W = (2 + 2·0.5·1, −4 + 2·0.5·(−1)) = (3, −5) → W = (0.7, −0.5);
		// the bias is not penalised: b = 0.4 again
		{"L2", 0.5, []float64{0.7, -0.5}, []float64{0.4}},
	} {
		net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, []float64{1, -1})}, [][]float64{{0.5}}, []neuron.Activation{neuron.Identity})
		gW := []*mat.Dense{nil, mat.NewDense(1, 2, []float64{2, -4})}
		gB := []*mat.VecDense{nil, mat.NewVecDense(1, []float64{1})}
		if err := Step(net, gW, gB, 0.1, c.lambda); err != nil {
			t.Fatal(err)
		}
		gotW := net.Layers[0].W.RawMatrix().Data
		gotB := net.Layers[0].B.RawVector().Data
		for i := range c.wantW {
			if !near(gotW[i], c.wantW[i], 1e-12) {
				t.Errorf("%s: W = %v, want %v", c.name, gotW, c.wantW)
			}
		}
		if !near(gotB[0], c.wantB[0], 1e-12) {
			t.Errorf("%s: b = %v, want %v", c.name, gotB, c.wantB)
		}
	}
}

func TestStepErrorsLeaveNetworkUnchanged(t *testing.T) {
	newNet := func() *mlp.Network {
		net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6}), mat.NewDense(1, 3, []float64{1, 1, 1})}, [][]float64{nil, nil}, []neuron.Activation{neuron.Tanh, neuron.Identity})
		return net
	}
	good := func() ([]*mat.Dense, []*mat.VecDense) {
		return []*mat.Dense{nil, mat.NewDense(3, 2, nil), mat.NewDense(1, 3, nil)}, []*mat.VecDense{nil, mat.NewVecDense(3, nil), mat.NewVecDense(1, nil)}
	}
	cases := []struct {
		name   string
		mutate func(gW []*mat.Dense, gB []*mat.VecDense) ([]*mat.Dense, []*mat.VecDense)
		eta    float64
		lambda float64
		want   string
	}{
		{"η = 0", nil, 0, 0, "η must be positive"},
		{"η < 0", nil, -1, 0, "η = -1"},
		{"η NaN", nil, math.NaN(), 0, "η = NaN"},
		{"λ < 0", nil, 0.1, -0.5, "λ = -0.5"},
		{"short", func(gW []*mat.Dense, gB []*mat.VecDense) ([]*mat.Dense, []*mat.VecDense) { return gW[:2], gB }, 0.1, 0, "indexed 1…2"},
		{"shape", func(gW []*mat.Dense, gB []*mat.VecDense) ([]*mat.Dense, []*mat.VecDense) {
			gW[2] = mat.NewDense(3, 1, nil)
			return gW, gB
		}, 0.1, 0, "layer 2: W² is 1×3 but ∂C/∂W² is 3×1"},
		{"bias", func(gW []*mat.Dense, gB []*mat.VecDense) ([]*mat.Dense, []*mat.VecDense) {
			gB[1] = mat.NewVecDense(2, nil)
			return gW, gB
		}, 0.1, 0, "layer 1: b¹ has 3 values but ∂C/∂b¹ has 2"},
		{"NaN", func(gW []*mat.Dense, gB []*mat.VecDense) ([]*mat.Dense, []*mat.VecDense) {
			gW[2].Set(0, 1, math.NaN())
			return gW, gB
		}, 0.1, 0, "layer 2: ∂C/∂w²[0,1] is NaN"},
	}
	for _, c := range cases {
		net := newNet()
		gW, gB := good()
		for l := 1; l < len(gW); l++ {
			gW[l].Apply(func(i, j int, v float64) float64 { return 1 }, gW[l]) // a step would change W
		}
		if c.mutate != nil {
			gW, gB = c.mutate(gW, gB)
		}
		err := Step(net, gW, gB, c.eta, c.lambda)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to say %q", c.name, err, c.want)
		}
		if !mat.Equal(net.Layers[0].W, newNet().Layers[0].W) || !mat.Equal(net.Layers[1].W, newNet().Layers[1].W) {
			t.Errorf("%s: the network changed although Step failed", c.name)
		}
	}
}

func TestPartition(t *testing.T) {
	// N = 10, B = 3: 3 + 3 + 3 + 1 (the last partial batch is kept).
	b, err := Partition(10, 3, mlp.NewRand(7))
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	seen := map[int]int{}
	for _, batch := range b {
		sizes = append(sizes, len(batch))
		for _, i := range batch {
			seen[i]++
		}
	}
	if !reflect.DeepEqual(sizes, []int{3, 3, 3, 1}) {
		t.Errorf("batch sizes %v, want [3 3 3 1]", sizes)
	}
	for i := 0; i < 10; i++ {
		if seen[i] != 1 {
			t.Errorf("example %d used %d times in the epoch, want once", i, seen[i])
		}
	}
	again, _ := Partition(10, 3, mlp.NewRand(7))
	if !reflect.DeepEqual(b, again) {
		t.Errorf("same seed, different order: %v and %v", b, again)
	}
	other, _ := Partition(10, 3, mlp.NewRand(8))
	if reflect.DeepEqual(b, other) {
		t.Errorf("seeds 7 and 8 give the same order %v", b)
	}
	// No generator: in order.
	plain, _ := Partition(5, 2, nil)
	if !reflect.DeepEqual(plain, [][]int{{0, 1}, {2, 3}, {4}}) {
		t.Errorf("unshuffled partition %v", plain)
	}
	for _, c := range []struct{ n, b int }{{10, 0}, {10, 11}, {0, 1}, {10, -1}} {
		if _, err := Partition(c.n, c.b, nil); err == nil {
			t.Errorf("Partition(%d, %d): no error", c.n, c.b)
		}
	}
}

func TestBatchFirstStepByHand(t *testing.T) {
	// o = w x + b with w = b = 0 on y = 2x + 1 at x = 0…3 (y = 1, 3, 5, 7):
	// F = (1 + 9 + 25 + 49)/4 = 21.
	// ∂F/∂w = (2/4) Σ (o − y) x = ½ · −(0 + 3 + 10 + 21) = −17
	// ∂F/∂b = (2/4) Σ (o − y)   = ½ · −16 = −8
	// η = 0.05: w = 0.85, b = 0.4.
	X, Y := line()
	net := linearNet(t, 0, 0)
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 0.05, Epochs: 1, Gradient: numGrad})
	if err != nil {
		t.Fatal(err)
	}
	if w, b := net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0); !near(w, 0.85, 1e-6) || !near(b, 0.4, 1e-6) {
		t.Errorf("after one batch step w = %v, b = %v; want 0.85, 0.4", w, b)
	}
	if len(h.Steps) != 1 || !near(h.Steps[0].Data, 21, 1e-9) || h.Steps[0].Evals != 4 {
		t.Errorf("steps %+v, want one step of cost 21 and 4 evaluations", h.Steps)
	}
	if len(h.Epochs) != 2 || h.Epochs[0].Total != 21 || h.Epochs[1].Evals != 4 {
		t.Errorf("epochs %+v", h.Epochs)
	}
	// After the step: o = 0.85x + 0.4, errors o − y = −0.6, −1.75, −2.9, −4.05:
	// F = (0.36 + 3.0625 + 8.41 + 16.4025)/4 = 7.05875.
	if !near(h.Epochs[1].Data, 7.05875, 1e-6) {
		t.Errorf("cost after one step %v, want 7.05875", h.Epochs[1].Data)
	}
}

func TestBatchConverges(t *testing.T) {
	X, Y := line()
	net := linearNet(t, 0, 0)
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 0.05, Epochs: 500, Gradient: numGrad})
	if err != nil {
		t.Fatal(err)
	}
	for e := 1; e < len(h.Epochs); e++ {
		if h.Epochs[e].Total > h.Epochs[e-1].Total {
			t.Fatalf("batch GD with a small η should lower the cost at every epoch: %v then %v", h.Epochs[e-1].Total, h.Epochs[e].Total)
		}
	}
	if w, b := net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0); !near(w, 2, 1e-3) || !near(b, 1, 1e-3) {
		t.Errorf("batch GD found w = %v, b = %v; want 2, 1", w, b)
	}
}

func TestL2Term(t *testing.T) {
	// With λ = 0.1 and w = 3: the L2 term is λ‖w‖² = 0.1·9 = 0.9 (b = 5 is not counted).
	X, Y := line()
	net := linearNet(t, 3, 5)
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 0.01, Lambda: 0.1, Epochs: 1, Gradient: numGrad})
	if err != nil {
		t.Fatal(err)
	}
	r := h.Epochs[0]
	// o = 3x + 5, o − y = x + 4 = 4, 5, 6, 7: F = (16 + 25 + 36 + 49)/4 = 31.5.
	if !near(r.L2, 0.9, 1e-12) || !near(r.Data, 31.5, 1e-12) || !near(r.Total, 32.4, 1e-12) {
		t.Errorf("cost parts %+v, want data 31.5, L2 0.9, total 32.4", r.Cost)
	}
	// The step: ∂F/∂w = ½ Σ (x + 4) x = ½ (0 + 5 + 12 + 21) = 19; + 2λw = 0.6: w = 3 − 0.01·19.6 = 2.804.
	if w := net.Layers[0].W.At(0, 0); !near(w, 2.804, 1e-6) {
		t.Errorf("w = %v, want 2.804", w)
	}
}

func TestMethodsCountEvaluations(t *testing.T) {
	X := mat.NewDense(10, 1, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	Y := mat.NewDense(10, 1, nil)
	for i := 0; i < 10; i++ {
		Y.Set(i, 0, 0.1*float64(i)-0.3)
	}
	for _, c := range []struct {
		cfg       Config
		steps     int
		stepEvals []int
	}{
		{Config{Method: Batch}, 2, []int{10, 20}},
		{Config{Method: Stochastic}, 20, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}},
		{Config{Method: Minibatch, BatchSize: 3}, 8, []int{3, 6, 9, 10, 13, 16, 19, 20}},
	} {
		cfg := c.cfg
		cfg.Eta, cfg.Epochs, cfg.Seed, cfg.Gradient, cfg.FullCostEachStep = 0.001, 2, 3, numGrad, true
		var seen []Record
		cfg.OnEpoch = func(r Record) { seen = append(seen, r) }
		h, err := Train(linearNet(t, 0.5, 0), X, Y, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var evals []int
		for _, s := range h.Steps {
			evals = append(evals, s.Evals)
		}
		if len(h.Steps) != c.steps || !reflect.DeepEqual(evals, c.stepEvals) {
			t.Errorf("%v: %d steps with evaluations %v, want %d and %v", cfg.Method, len(h.Steps), evals, c.steps, c.stepEvals)
		}
		if h.Epochs[1].Evals != 10 || h.Epochs[2].Evals != 20 || h.Epochs[2].Step != c.steps {
			t.Errorf("%v: epoch records %+v", cfg.Method, h.Epochs)
		}
		if len(h.AfterStep) != c.steps+1 || len(seen) != 2 || seen[1] != h.Epochs[2] {
			t.Errorf("%v: %d after-step records, %d callbacks", cfg.Method, len(h.AfterStep), len(seen))
		}
		// The last after-step cost is the last epoch's cost: same weights, same data.
		if h.AfterStep[c.steps].Total != h.Epochs[2].Total {
			t.Errorf("%v: after the last step %v, after the epoch %v", cfg.Method, h.AfterStep[c.steps].Total, h.Epochs[2].Total)
		}
		// The same seed gives the same run.
		cfg.OnEpoch = nil
		h2, _ := Train(linearNet(t, 0.5, 0), X, Y, cfg)
		if !reflect.DeepEqual(h.Steps, h2.Steps) {
			t.Errorf("%v: the same seed gave two different runs", cfg.Method)
		}
	}
}

func TestMinibatchOfNIsBatch(t *testing.T) {
	X, Y := line()
	a, b := linearNet(t, 0, 0), linearNet(t, 0, 0)
	ha, _ := Train(a, X, Y, Config{Method: Batch, Eta: 0.05, Epochs: 5, Gradient: numGrad})
	hb, _ := Train(b, X, Y, Config{Method: Minibatch, BatchSize: 4, Eta: 0.05, Epochs: 5, Gradient: numGrad, Seed: 9})
	for e := range ha.Epochs {
		if !near(ha.Epochs[e].Total, hb.Epochs[e].Total, 1e-9) {
			t.Errorf("epoch %d: batch %v, minibatch of N %v", e, ha.Epochs[e].Total, hb.Epochs[e].Total)
		}
	}
}

func TestDivergence(t *testing.T) {
	// On y = 2x + 1 the curvature along w is (2/4) Σ x² · … ≈ 7.3 at most: η = 1
	// is far beyond 2η_opt and the cost grows by about (1 − 7.3)² ≈ 40 per step.
	X, Y := line()
	net := linearNet(t, 0, 0)
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 1, Epochs: 1000, Gradient: numGrad})
	var d *DivergedError
	if !errors.As(err, &d) {
		t.Fatalf("err = %v, want a *DivergedError", err)
	}
	msg := err.Error()
	for _, want := range []string{"diverged at step", "(epoch", "with η = 1", "try a smaller η"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error %q does not say %q", msg, want)
		}
	}
	if d.Step < 2 || d.Step > 20 || h == nil || len(h.Steps) == 0 {
		t.Errorf("diverged at step %d with %v steps recorded; want an early stop with its history", d.Step, h)
	}
	for _, s := range h.Steps {
		if !isFinite(s.Total) || s.Total > BlowUp*21 {
			t.Errorf("a recorded cost is %v: only costs before the blow-up belong in the history", s.Total)
		}
	}
}

func TestDivergenceNonFinite(t *testing.T) {
	// A gradient that returns +Inf: training must stop, not write Inf into W.
	X, Y := line()
	inf := func(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
		gW, gB, F, err := numGrad(net, X, Y, loss)
		gW[1].Set(0, 0, math.Inf(1))
		return gW, gB, F, err
	}
	net := linearNet(t, 0, 0)
	_, err := Train(net, X, Y, Config{Method: Stochastic, Eta: 2.5, Epochs: 2, Gradient: inf})
	if err == nil || !strings.Contains(err.Error(), "diverged at step 1 (epoch 1): layer 1: ∂C/∂w¹[0,0] = +Inf with η = 2.5") {
		t.Errorf("err = %v", err)
	}
	if w := net.Layers[0].W.At(0, 0); w != 0 {
		t.Errorf("w = %v after a refused step", w)
	}
}

func TestTrainErrors(t *testing.T) {
	X, Y := line()
	ok := Config{Method: Minibatch, BatchSize: 2, Eta: 0.1, Epochs: 1, Gradient: numGrad}
	with := func(f func(*Config)) Config { c := ok; f(&c); return c }
	net := linearNet(t, 0, 0)
	cases := []struct {
		name string
		X, Y mat.Matrix
		cfg  Config
		want string
	}{
		{"η = 0", X, Y, with(func(c *Config) { c.Eta = 0 }), "η = 0"},
		{"η < 0", X, Y, with(func(c *Config) { c.Eta = -2 }), "η = -2"},
		{"λ < 0", X, Y, with(func(c *Config) { c.Lambda = -1 }), "λ = -1"},
		{"batch 0", X, Y, with(func(c *Config) { c.BatchSize = 0 }), "between 1 and N = 4, got 0"},
		{"batch > N", X, Y, with(func(c *Config) { c.BatchSize = 5 }), "between 1 and N = 4, got 5"},
		{"epochs", X, Y, with(func(c *Config) { c.Epochs = 0 }), "epochs must be at least 1"},
		{"method", X, Y, with(func(c *Config) { c.Method = 7 }), "unknown method"},
		{"loss", X, Y, with(func(c *Config) { c.Loss = 9 }), "unknown loss"},
		{"rows", X, mat.NewDense(3, 1, nil), ok, "4 inputs (rows of X) but 3 targets"},
		{"inputs", mat.NewDense(4, 2, nil), Y, ok, "n⁰ = 1 inputs but the training X is 4×2"},
		{"outputs", X, mat.NewDense(4, 2, nil), ok, "n¹ = 1 outputs but the training Y is 4×2"},
		{"nil", nil, Y, ok, "nil"},
		{"val", X, Y, with(func(c *Config) { c.ValX = X }), "both ValX and ValY"},
		{"NaN X", mat.NewDense(4, 1, []float64{0, 1, math.NaN(), 3}), Y, ok, "training X has NaN at row 2, column 0"},
		{"Inf Y", X, mat.NewDense(4, 1, []float64{0, math.Inf(-1), 2, 3}), ok, "training Y has -Inf at row 1"},
		{"bad gradient", X, Y, with(func(c *Config) {
			c.Gradient = func(*mlp.Network, *mat.Dense, *mat.Dense, mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
				return []*mat.Dense{nil}, nil, 1, nil
			}
		}), "step 1 (epoch 1): the gradient: gd: the network has 1 layers"},
		{"failing gradient", X, Y, with(func(c *Config) {
			c.Gradient = func(*mlp.Network, *mat.Dense, *mat.Dense, mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
				return nil, nil, 0, errors.New("not written yet")
			}
		}), "gd: step 1 (epoch 1): the gradient: not written yet"},
		{"val shape", X, Y, with(func(c *Config) { c.ValX, c.ValY = X, mat.NewDense(2, 1, nil) }), "validation set has 4 inputs"},
	}
	for _, c := range cases {
		_, err := Train(net, c.X, c.Y, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to say %q", c.name, err, c.want)
		}
	}
	if _, err := FromRows([][]float64{{1, 2}, {3}}); err == nil || !strings.Contains(err.Error(), "row 1 has 1") {
		t.Errorf("ragged rows: %v", err)
	}
	if _, err := FromRows(nil); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("no rows: %v", err)
	}
}

func TestValidationAccuracy(t *testing.T) {
	// Two classes on a line, softmax + cross-entropy, 1-2 network.
	X := mat.NewDense(6, 1, []float64{-3, -2, -1, 1, 2, 3})
	Y, _ := mlp.OneHot([]int{0, 0, 0, 1, 1, 1}, 2)
	net, _ := mlp.New([]int{1, 2}, neuron.Identity, neuron.Identity)
	h, err := Train(net, X, Y, Config{Method: Batch, Eta: 0.5, Epochs: 20, Loss: mlp.SoftmaxCrossEntropy, Gradient: numGrad, ValX: X, ValY: Y})
	if err != nil {
		t.Fatal(err)
	}
	last := h.Final()
	if !h.HasValidation || !h.HasAccuracy || last.ValAccuracy != 1 || last.ValData != last.Data {
		t.Errorf("validation %+v (has %v %v)", last, h.HasValidation, h.HasAccuracy)
	}
}

func TestMethodNames(t *testing.T) {
	for _, m := range []Method{Batch, Stochastic, Minibatch} {
		got, err := MethodByName(m.String())
		if err != nil || got != m {
			t.Errorf("MethodByName(%q) = %v, %v", m.String(), got, err)
		}
	}
	if _, err := MethodByName("adam"); err == nil {
		t.Error("MethodByName(adam): no error")
	}
}
