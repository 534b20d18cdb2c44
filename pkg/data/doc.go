// Package data makes the data sets of the lecture: small seeded problems in
// the plane for classification, 1-D functions for regression, and the real
// MNIST digits.
//
// # A data set is a matrix whose rows are examples
//
// Every set is a Set: X holds the inputs, one example per ROW (N×d), and Y
// the targets, row i for example i. This is the convention of the whole
// project: the lecture's yᵢⱼ, example i and output j, is Y.At(i, j), and a
// network's batch forward pass takes X as it is.
//
// For classification with K classes, example i has a class Labels[i] in
// 0…K−1 and Y is the N×K one-hot matrix of those labels: row i is the target
// vector y that softmax + cross-entropy compares the network's output with.
// For 3 classes, label 2 becomes (0, 0, 1):
//
//	s, err := data.Spirals(300, 3, 1.5, 0.02, 1) // 300 points, 3 arms
//	s.X      // 300×2 inputs (x₁, x₂)
//	s.Labels // 0, 1, 2, 0, 1, 2, …
//	s.Y      // 300×3, one-hot
//
// For regression, Y holds the targets themselves (N×1 for a 1-D function)
// and Labels is nil.
//
// # The problems in the plane, from easy to hard
//
// Each constructor takes the number of examples n, a few shape parameters
// and a seed. The classes are interleaved (example i is class i mod K) and
// balanced. The same seed gives the same set on every run.
//
//   - TwoGaussians: two clouds around two means. A single neuron draws the
//     line wᵀx + w₀ = 0 between them (lesson 01), and LeCun's linear network
//     learns it (the learning-rate lesson).
//   - XOR: the four corners of the square, labelled x₁ xor x₂. No line
//     separates them: the classic reason for a hidden layer.
//   - Circles: an inner ring inside an outer one. A hidden layer carves a
//     polygon around the inner ring, one side per hidden unit.
//   - Moons: two interleaved half circles; a curved boundary.
//   - Spirals: K arms winding around the centre; more turns need more hidden
//     units.
//
// The noise parameters add Gaussian noise N(0, noise²) to each coordinate,
// so that the classes overlap a little and a perfect fit is overfitting.
//
// # Functions on [0, 1] for universal approximation
//
// A Target is a named function: Square (x²), Sine (sin 2πx), Abs (|x − ½|),
// Step (a jump at ½) and Bumpy (a slow wave with ripples). Regression draws
// noisy samples at random x; RegressionGrid samples evenly without noise.
// The lesson fits F(x) = Σᵢ vᵢ g(wᵢx + bᵢ) with more and more hidden units
// and watches the error fall, slowest for the step, which sigmoids only
// reach by getting steep.
//
// # Training helpers
//
// Shuffled returns the rows in a seeded random order (a copy, so re-running a
// notebook cell gives the same result), Split cuts a training and a test
// part, and Batch(i, size) is minibatch i of stochastic gradient descent,
// the last one possibly smaller: with N = 10 and size 4, batches have 4, 4
// and 2 examples.
//
// # Input normalisation
//
// FitScaling measures the mean mⱼ and standard deviation sⱼ of every input
// column on the training set, and Scaling.Apply maps any inputs to
// (xⱼ − mⱼ)/sⱼ with those same numbers (LeCun's Efficient BackProp, §4.3).
// Centred and scaled inputs make a neuron's cost a rounder bowl: on 100
// points in [0, 1], the condition number of a linear neuron's Hessian goes
// from 20.5 to 1 (lesson 09).
//
// # MNIST
//
// The 70 000 handwritten digits (60 000 for training, 10 000 for testing)
// come in LeCun's IDX format inside the Go module MNISTModule, which this
// module requires at MNISTVersion: Go downloads it and checks it against
// go.sum, and no copy lives in this repository. MNISTDir finds its data/
// folder (or $STEPNET_MNIST_DIR, if set) and LoadMNIST reads it:
//
//	train, test, err := data.LoadMNIST("")            // all of it, under a second
//	train, test, err := data.LoadMNISTFirst("", 5000, 1000) // a quick start
//	train.Images // 60000×784, row i = image i, 28 rows of 28 pixels, in [0, 1]
//	train.Labels // 5, 0, 4, 1, 9, …
//	s, err := train.Set() // as a Set with one-hot Y (N×10)
//
// An IDX file is a big-endian header and raw bytes. An image file starts
// with the magic number 0x00000803 (0x08: unsigned bytes, 0x03: three
// dimensions), then N, rows and cols, then N·rows·cols pixels (0 white, 255
// black). A label file starts with 0x00000801, then N, then N bytes. The
// reader here (ReadIDXImages, ReadIDXLabels, ReadMNIST, all on an
// io.Reader, gzip or raw) checks each of these: a wrong magic number, a
// header or data cut short, bytes left over, a label that is not a digit,
// or images and labels of different counts are errors that name the file
// and the numbers, e.g.
//
//	train-images: magic 0x00000801, want 0x00000803 for images (this is a label file)
//	train-images: truncated: header says 60000 images of 28×28, file has 1234 bytes of pixels, want 47040000
package data
