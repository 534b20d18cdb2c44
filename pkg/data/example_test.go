package data_test

import (
	"bytes"
	"fmt"

	"github.com/stepnet/stepnet/pkg/data"
	"gonum.org/v1/gonum/mat"
)

// Three spiral arms of 100 points each: X is 300×2, one example per row,
// and Y is the 300×3 one-hot matrix of the labels.
func ExampleSpirals() {
	s, err := data.Spirals(300, 3, 1.5, 0.02, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, c := s.X.Dims()
	fmt.Printf("%s: X is %d×%d, %d classes of %v examples\n", s.Name, r, c, s.Classes, s.Counts())
	fmt.Println("labels of the first rows:", s.Labels[:6])
	fmt.Println("Y row 1:", s.Y.RawRowView(1))

	_, err = data.Spirals(300, 3, 1.5, -1, 1)
	fmt.Println(err)
	// Output:
	// spirals: X is 300×2, 3 classes of [100 100 100] examples
	// labels of the first rows: [0 1 2 0 1 2]
	// Y row 1: [0 1 0]
	// data: spirals: the noise must be finite and ≥ 0, got -1
}

// Without noise, the XOR points sit on the corners of the unit square.
func ExampleXOR() {
	s, _ := data.XOR(4, 0, 1)
	fmt.Printf("%v\n", mat.Formatted(s.X))
	fmt.Println(s.Labels)
	// Output:
	// ⎡0  0⎤
	// ⎢1  0⎥
	// ⎢1  1⎥
	// ⎣0  1⎦
	// [0 1 0 1]
}

// Five points of sin(2πx) from 0 to 1, the curve a network will fit.
func ExampleRegressionGrid() {
	s, _ := data.RegressionGrid(data.Sine, 5)
	for i := range s.Len() {
		fmt.Printf("x = %.2f  y = %+.2f\n", s.X.At(i, 0), s.Y.At(i, 0))
	}
	// Output:
	// x = 0.00  y = +0.00
	// x = 0.25  y = +1.00
	// x = 0.50  y = +0.00
	// x = 0.75  y = -1.00
	// x = 1.00  y = -0.00
}

// Minibatches of 4 out of 10 examples: 4, 4 and a last batch of 2.
func ExampleSet_Batch() {
	s, _ := data.TwoGaussians(10, [2]float64{-1, 0}, [2]float64{1, 0}, 0.3, 1)
	s, _ = s.Shuffled(2)
	for i := range s.Batches(4) {
		b, _ := s.Batch(i, 4)
		fmt.Println("batch", i, "has", b.Len(), "examples")
	}
	// Output:
	// batch 0 has 4 examples
	// batch 1 has 4 examples
	// batch 2 has 2 examples
}

// The IDX reader on a hand-made label file: magic 0x00000801, the count 3,
// then one byte per label.
func ExampleReadIDXLabels() {
	file := []byte{0, 0, 8, 1, 0, 0, 0, 3, 5, 0, 4}
	labels, err := data.ReadIDXLabels(bytes.NewReader(file), "labels", 0)
	fmt.Println(labels, err)

	_, err = data.ReadIDXLabels(bytes.NewReader(file[:9]), "labels", 0)
	fmt.Println(err)
	// Output:
	// [5 0 4] <nil>
	// labels: truncated: header says 3 labels, file has 1
}

// The first 1000 training and 100 test images of MNIST, found through the
// module system: each row of Images is a 28×28 image scaled to [0, 1].
func ExampleLoadMNISTFirst() {
	train, test, err := data.LoadMNISTFirst("", 1000, 100)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, c := train.Images.Dims()
	fmt.Printf("train: %d×%d, test: %d images\n", r, c, test.Len())
	fmt.Println("first labels:", train.Labels[:10])
	// Output:
	// train: 1000×784, test: 100 images
	// first labels: [5 0 4 1 9 2 1 3 1 4]
}

// Input normalisation: fitted on the training inputs, applied to any input.
func ExampleFitScaling() {
	train := mat.NewDense(3, 1, []float64{1, 3, 5})
	s, _ := data.FitScaling(train)
	Z, _ := s.Apply(mat.NewDense(2, 1, []float64{3, 5}))
	fmt.Printf("m = %v, s = %.4f; 3 → %.4f, 5 → %.4f\n", s.Mean[0], s.Std[0], Z.At(0, 0), Z.At(1, 0))
	// Output: m = 3, s = 1.6330; 3 → 0.0000, 5 → 1.2247
}
