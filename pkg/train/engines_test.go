package train

import (
	"testing"

	"github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestEnginesTrainAlike trains the same network from the same weights and
// seed with every matrix-multiply engine of the build (gonum's, the assembly
// kernel, OpenBLAS with -tags openblas) for an epoch of products the size of
// MNIST's (batches of 32, 300 inputs, 128 hidden units) and compares the
// weights with gonum's. The engines add in different orders, so the weights
// may differ by rounding, grown over 20 steps: far below 1e-9, where a wrong
// product (a transpose, an edge block, a β) would be off by 1e-3 or more.
func TestEnginesTrainAlike(t *testing.T) {
	defer blas.UseDefault()
	X, Y := toySet(640, 300, 10, 3)
	trained := map[string]*mlp.Network{}
	for _, engine := range blas.Available() {
		if err := blas.Use(engine); err != nil {
			t.Fatal(err)
		}
		net := newNet(t, []int{300, 128, 10}, neuron.ReLU, neuron.Identity, mlp.He, 4)
		tr, err := New(net, X, Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 32, Seed: 5})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Epoch(nil); err != nil {
			t.Fatal(err)
		}
		trained[engine] = net
		t.Logf("%s: %s", engine, blas.Backend())
	}
	ref := trained["gonum"]
	for engine, net := range trained {
		for l := range net.Layers {
			d := maxDiff(net.Layers[l].W, ref.Layers[l].W)
			t.Logf("%s: W%d within %.1g of gonum's", engine, l+1, d)
			if d > 1e-9 {
				t.Errorf("%s: W%d differs from gonum's by %g (row sum of differences)", engine, l+1, d)
			}
			if d := maxDiff(net.Layers[l].B.T(), ref.Layers[l].B.T()); d > 1e-9 {
				t.Errorf("%s: b%d differs from gonum's by %g", engine, l+1, d)
			}
		}
	}
	if len(trained) < 2 {
		t.Logf("only %v in this build: nothing to compare", blas.Available())
	}
}
