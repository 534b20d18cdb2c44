package conv

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The arithmetic of training is pinned: lesson 14's notebook shows the
// accuracy of a network trained once and cached under the fingerprint, and
// its figures draw that network's filters. A faster convolution must give
// the same bits, or the lesson must be executed again (and this test's
// values changed with it). The values are those of gonum's products on
// amd64 (its assembly multiplies and adds without fusing them).
func TestTrainingBitsArePinned(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skipf("the pinned bits are amd64's; gonum's products on %s are pure Go and may fuse x·y + z", runtime.GOARCH)
	}
	if got, want := fingerprint(), "aa5e818435d6"; got != want {
		t.Errorf("fingerprint %s, want %s (lesson 14's cached network and its outputs were made with it)", got, want)
	}
	// The lesson's network on 96 random images, three steps of 32: shapes
	// where gonum's products go parallel and where they stay serial.
	run := LessonMNISTRun
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	X := mat.NewDense(96, 784, nil)
	labels := make([]int, 96)
	for i := range labels {
		labels[i] = r.IntN(10)
		for j := 0; j < 784; j++ {
			if r.IntN(3) == 0 { // MNIST-like: most pixels 0
				X.Set(i, j, r.Float64())
			}
		}
	}
	Y, _ := mlp.OneHot(labels, 10)
	loss, err := net.Epoch(X, Y, 32, run.Eta, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	writeNet(h, net)
	if got, want := hex.EncodeToString(h.Sum(nil)[:8]), "5631e007fb983fca"; got != want || loss != 2.7960150432018214 {
		t.Errorf("weights after 3 steps hash to %s, want %s; loss %v, want 2.7960150432018214", got, want, loss)
	}
	// The forward pass of all 96 at once (another split of the products).
	tr, err := net.Forward(X)
	if err != nil {
		t.Fatal(err)
	}
	h.Reset()
	for _, m := range append(append([]*mat.Dense{}, tr.A...), tr.Head.Output()) {
		writeDense(h, m)
	}
	if got, want := hex.EncodeToString(h.Sum(nil)[:8]), "29482d951df78408"; got != want {
		t.Errorf("the forward pass of 96 images hashes to %s, want %s", got, want)
	}
}

func writeDense(h hash.Hash, m *mat.Dense) {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for _, v := range m.RawRowView(i)[:c] {
			binary.Write(h, binary.LittleEndian, math.Float64bits(v))
		}
	}
}
