package conv

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// BenchmarkLessonEpoch trains lesson 14's network (LessonMNISTRun: batches
// of 32) for one epoch on 640 MNIST-like random images, 20 steps, and
// reports the time per step: an epoch of MNIST is 1875 steps.
//
//	go test -run '^$' -bench Lesson -benchmem ./pkg/conv
func BenchmarkLessonEpoch(b *testing.B) {
	run := LessonMNISTRun
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		b.Fatal(err)
	}
	X, Y := lessonLikeData(640)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := net.Epoch(X, Y, run.Batch, run.Eta, 1, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*20), "ns/step")
}

// BenchmarkLessonAccuracy is the forward pass of Net.Accuracy on 1000 such
// images (MNIST's test set is 10,000).
func BenchmarkLessonAccuracy(b *testing.B) {
	run := LessonMNISTRun
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		b.Fatal(err)
	}
	X, _ := lessonLikeData(1000)
	labels := make([]int, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := net.Accuracy(X, labels); err != nil {
			b.Fatal(err)
		}
	}
}

// lessonLikeData returns n random 28×28 images, two thirds of their pixels
// 0 as in MNIST, with random one-hot labels.
func lessonLikeData(n int) (X, Y *mat.Dense) {
	r := rand.New(rand.NewPCG(1, 2))
	X = mat.NewDense(n, 784, nil)
	labels := make([]int, n)
	for i := range labels {
		labels[i] = r.IntN(10)
		for j := 0; j < 784; j++ {
			if r.IntN(3) == 0 {
				X.Set(i, j, r.Float64())
			}
		}
	}
	Y, _ = mlp.OneHot(labels, 10)
	return X, Y
}
