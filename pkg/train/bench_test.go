package train

import (
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The benchmarks train on real MNIST (60000 images), loaded once. They run
// only under -bench:
//
//	go test -run '^$' -bench . ./pkg/train                   # the fastest engine without cgo
//	go test -tags openblas -run '^$' -bench . ./pkg/train    # OpenBLAS

var mnist struct {
	once sync.Once
	X, Y *mat.Dense
	err  error
}

func loadMNIST(b *testing.B) (X, Y *mat.Dense) {
	mnist.once.Do(func() {
		tr, _, err := data.LoadMNISTFirst("", 0, 1)
		if err != nil {
			mnist.err = err
			return
		}
		s, err := tr.Set()
		if err != nil {
			mnist.err = err
			return
		}
		mnist.X, mnist.Y = s.X, s.Y
	})
	if mnist.err != nil {
		b.Skipf("MNIST is not available: %v", mnist.err)
	}
	return mnist.X, mnist.Y
}

type benchNet struct {
	name           string
	sizes          []int
	hidden, output neuron.Activation
	loss           mlp.Loss
	batch          int
	eta            float64
	init           mlp.InitMethod
	precision      Precision
}

var benchNets = []benchNet{
	{"A-784-30-10", []int{784, 30, 10}, neuron.Sigmoid, neuron.Sigmoid, mlp.SquaredError, 10, 1.5, mlp.Normal, Float64},
	{"A-784-100-10", []int{784, 100, 10}, neuron.Sigmoid, neuron.Sigmoid, mlp.SquaredError, 10, 1.5, mlp.Normal, Float64},
	{"B-784-128-10", []int{784, 128, 10}, neuron.ReLU, neuron.Identity, mlp.SoftmaxCrossEntropy, 32, 0.1, mlp.He, Float64},
	{"B-784-128-10-float32", []int{784, 128, 10}, neuron.ReLU, neuron.Identity, mlp.SoftmaxCrossEntropy, 32, 0.1, mlp.He, Float32},
}

func newBenchTrainer(b *testing.B, c benchNet) *Trainer {
	X, Y := loadMNIST(b)
	UseFastEngine() // what stepnet bench measures
	net, err := mlp.New(c.sizes, c.hidden, c.output)
	if err != nil {
		b.Fatal(err)
	}
	if err := net.Initialize(c.init, 1, 1); err != nil {
		b.Fatal(err)
	}
	tr, err := New(net, X, Y, Config{Loss: c.loss, Eta: c.eta, BatchSize: c.batch, Seed: 1, Precision: c.precision})
	if err != nil {
		b.Fatal(err)
	}
	return tr
}

// BenchmarkStep times one training step on MNIST batches (consecutive
// rows of the shuffled order) and reports the GFLOP/s of its GEMMs.
func BenchmarkStep(b *testing.B) {
	for _, c := range benchNets {
		b.Run(c.name, func(b *testing.B) {
			tr := newBenchTrainer(b, c)
			n := len(tr.order)
			for i := range tr.order {
				tr.order[i] = i
			}
			tr.rng.Shuffle(n, func(i, j int) { tr.order[i], tr.order[j] = tr.order[j], tr.order[i] })
			b.ReportAllocs()
			b.ResetTimer()
			start := 0
			for i := 0; i < b.N; i++ {
				if start+c.batch > n {
					start = 0
				}
				if _, err := tr.Step(tr.order[start : start+c.batch]); err != nil {
					b.Fatal(err)
				}
				start += c.batch
			}
			b.ReportMetric(StepFlops(c.sizes, c.batch)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

// BenchmarkEpoch times whole epochs over the 60000 MNIST images.
func BenchmarkEpoch(b *testing.B) {
	for _, c := range benchNets {
		b.Run(c.name, func(b *testing.B) {
			tr := newBenchTrainer(b, c)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := tr.Epoch(nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/epoch")
		})
	}
}

// BenchmarkGEMMs times the GEMMs of one step alone, with the same shapes:
// the ceiling for BenchmarkStep's GFLOP/s.
func BenchmarkGEMMs(b *testing.B) {
	b.Logf("backend: %s", UseFastEngine())
	for _, c := range benchNets {
		b.Run(c.name, func(b *testing.B) {
			gs := StepGEMMs(c.sizes, c.batch)
			secs := 0.0
			for i := 0; i < b.N; i++ {
				secs += MeasureGEMMsIn(c.precision, gs, 20*time.Millisecond)
			}
			b.ReportMetric(StepFlops(c.sizes, c.batch)*float64(b.N)/secs/1e9, "GFLOP/s")
		})
	}
}
