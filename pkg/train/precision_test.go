package train

import (
	"math"
	"testing"

	"github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// float32LossTolerance is how far, relatively, an epoch's mean loss in
// float32 may be from the same epoch in float64 in TestFloat32TrainsAsFloat64.
// float32 rounds each operation to 2⁻²⁴ ≈ 6·10⁻⁸ of its value; a step's
// products sum a few hundred terms (≲ 10⁻⁵ relative), and 30 steps of
// gradient descent carry such differences along without amplifying them
// much on a problem this well conditioned (measured: about 10⁻⁶ after 5
// epochs). 10⁻⁴ leaves a margin, where a wrong step (a lost bias, a
// transposed product, a missing 1/n) moves the loss by tens of percent.
const float32LossTolerance = 1e-4

// TestFloat32TrainsAsFloat64: the same network, data, seed and batches
// trained in float32 and in float64, with every engine of the build: the
// same decisions (the class each training example is given, after every
// epoch) and mean losses within float32LossTolerance of each other, for ReLU
// with softmax + cross-entropy and for the sigmoid with the squared error
// (whose g and g′ go through float64 and back).
func TestFloat32TrainsAsFloat64(t *testing.T) {
	defer blas.UseDefault()
	type setup struct {
		name           string
		hidden, output neuron.Activation
		loss           mlp.Loss
		init           mlp.InitMethod
		eta            float64
	}
	for _, engine := range blas.Available() {
		if err := blas.Use(engine); err != nil {
			t.Fatal(err)
		}
		for _, s := range []setup{
			{"relu-softmax", neuron.ReLU, neuron.Identity, mlp.SoftmaxCrossEntropy, mlp.He, 0.1},
			{"sigmoid-squared", neuron.Sigmoid, neuron.Sigmoid, mlp.SquaredError, mlp.Xavier, 1},
		} {
			X, Y := toySet(300, 20, 4, 7)
			var losses [2][]float64
			var classes [2][][]int
			for p, prec := range []Precision{Float64, Float32} {
				net := newNet(t, []int{20, 16, 4}, s.hidden, s.output, s.init, 3)
				tr, err := New(net, X, Y, Config{Loss: s.loss, Eta: s.eta, BatchSize: 10, Seed: 9, Precision: prec})
				if err != nil {
					t.Fatal(err)
				}
				for range 5 {
					res, err := tr.Epoch(nil)
					if err != nil {
						t.Fatal(err)
					}
					losses[p] = append(losses[p], res.Loss)
					out, err := net.ForwardBatch(X) // the float64 network, synced from float32 by Epoch
					if err != nil {
						t.Fatal(err)
					}
					var cls []int
					for i := 0; i < 300; i++ {
						cls = append(cls, mlp.Argmax(out.Output().RawRowView(i)))
					}
					classes[p] = append(classes[p], cls)
				}
			}
			for e := range losses[0] {
				rel := math.Abs(losses[1][e]-losses[0][e]) / losses[0][e]
				if !(rel <= float32LossTolerance) {
					t.Errorf("%s, %s, epoch %d: loss %v in float32, %v in float64 (relative difference %.2g > %g)", engine, s.name, e+1, losses[1][e], losses[0][e], rel, float32LossTolerance)
				}
				for i := range classes[0][e] {
					if classes[0][e][i] != classes[1][e][i] {
						t.Errorf("%s, %s, epoch %d: example %d is class %d in float32, %d in float64", engine, s.name, e+1, i, classes[1][e][i], classes[0][e][i])
						break
					}
				}
			}
			t.Logf("%s, %s: losses float64 %.6f, float32 %.6f", engine, s.name, losses[0], losses[1])
		}
	}
}

// TestFloat32StepAllocatesNothing: a float32 step and epoch allocate nothing
// either, with every engine.
func TestFloat32StepAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("under the race detector sync.Pool drops buffers on purpose: allocations are not counted")
	}
	defer blas.UseDefault()
	X, Y := toySet(150, 300, 10, 2)
	for _, engine := range blas.Available() {
		if err := blas.Use(engine); err != nil {
			t.Fatal(err)
		}
		net := newNet(t, []int{300, 130, 10}, neuron.ReLU, neuron.Identity, mlp.He, 1)
		tr, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.01, BatchSize: 32, Seed: 1, Precision: Float32})
		if err != nil {
			t.Fatal(err)
		}
		batch := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5}
		if n := testing.AllocsPerRun(10, func() {
			if _, err := tr.Step(batch); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("%s: %v allocations per float32 step, want 0", engine, n)
		}
		if n := testing.AllocsPerRun(3, func() {
			if _, err := tr.Epoch(nil); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("%s: %v allocations per float32 epoch, want 0", engine, n)
		}
	}
}

// TestPrecisionNames: ParsePrecision and String agree, and a bad precision
// is an error, in ParsePrecision and in New.
func TestPrecisionNames(t *testing.T) {
	for _, p := range []Precision{Float64, Float32} {
		if q, err := ParsePrecision(p.String()); err != nil || q != p {
			t.Errorf("ParsePrecision(%q) = %v, %v", p.String(), q, err)
		}
	}
	if _, err := ParsePrecision("float16"); err == nil {
		t.Error("ParsePrecision(\"float16\"): no error")
	}
	X, Y := toySet(10, 3, 2, 1)
	net := newNet(t, []int{3, 2}, neuron.Sigmoid, neuron.Sigmoid, mlp.Xavier, 1)
	if _, err := New(net, X, Y, Config{Loss: mlp.SquaredError, Eta: 0.1, BatchSize: 5, Precision: 7}); err == nil {
		t.Error("New with Precision(7): no error")
	}
}
