package train

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// ProbeConfig is how LinearProbe trains its classifier: softmax and
// cross-entropy on inputs standardised with the training set's mean and
// standard deviation per column.
var ProbeConfig = Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 32, Seed: 1}

// ProbeEpochs is the number of epochs LinearProbe trains.
const ProbeEpochs = 3

// LinearProbe trains the same linear classifier, o = softmax(W x + b), on
// any representation of the data, and returns its accuracy on the test set:
// the way lesson 00 compares raw pixels, hand-made features and the features
// a hidden layer learned. Each column of trainX (rows are examples) is
// standardised with its mean and standard deviation on the training set
// (the same numbers are applied to testX; a constant column is left
// centred), the weights start at zero, and ProbeEpochs epochs of
// ProbeConfig's minibatch gradient descent follow.
func LinearProbe(trainX *mat.Dense, trainLabels []int, testX *mat.Dense, testLabels []int, classes int) (float64, error) {
	n, d, err := guard.Matrix(trainX, "the training representation")
	if err != nil {
		return 0, fmt.Errorf("train: linear probe: %w", err)
	}
	m, dt, err := guard.Matrix(testX, "the test representation")
	if err != nil {
		return 0, fmt.Errorf("train: linear probe: %w", err)
	}
	if len(trainLabels) != n || len(testLabels) != m {
		return 0, fmt.Errorf("train: linear probe: %d training rows with %d labels, %d test rows with %d labels", n, len(trainLabels), m, len(testLabels))
	}
	if dt != d {
		return 0, fmt.Errorf("train: linear probe: training rows have %d features, test rows %d", d, dt)
	}
	Xtr, Xte, err := standardise(trainX, testX)
	if err != nil {
		return 0, fmt.Errorf("train: linear probe: %w", err)
	}
	Ytr, err := mlp.OneHot(trainLabels, classes)
	if err != nil {
		return 0, fmt.Errorf("train: linear probe: %w", err)
	}
	Yte, err := mlp.OneHot(testLabels, classes)
	if err != nil {
		return 0, fmt.Errorf("train: linear probe: %w", err)
	}
	net, err := mlp.New([]int{d, classes}, neuron.Identity, neuron.Identity)
	if err != nil {
		return 0, err
	}
	t, err := New(net, Xtr, Ytr, ProbeConfig)
	if err != nil {
		return 0, err
	}
	for e := 0; e < ProbeEpochs; e++ {
		if _, err := t.Epoch(nil); err != nil {
			return 0, err
		}
	}
	_, acc, err := t.Evaluate(Xte, Yte)
	return acc, err
}

// standardise returns copies of a and b (checked: finite) whose columns have
// had a's mean subtracted and been divided by a's standard deviation (1 where
// it is 0): pkg/data's input normalisation, fitted on a.
func standardise(a, b *mat.Dense) (*mat.Dense, *mat.Dense, error) {
	s, err := data.FitScaling(a)
	if err != nil {
		return nil, nil, err
	}
	sa, err := s.Apply(a)
	if err != nil {
		return nil, nil, err
	}
	sb, err := s.Apply(b)
	return sa, sb, err
}

// HiddenFeatures returns hˡ(x) for every row of X: the outputs of layer l
// (1…L) of net, the representation that layer has learned.
func HiddenFeatures(net *mlp.Network, X *mat.Dense, l int) (*mat.Dense, error) {
	if net == nil || len(net.Layers) == 0 {
		return nil, errors.New("train: hidden features: the network is nil")
	}
	if l < 1 || l > len(net.Layers) {
		return nil, fmt.Errorf("train: hidden features: layer %d does not exist (1…%d)", l, len(net.Layers))
	}
	front := &mlp.Network{Layers: net.Layers[:l]}
	bt, err := front.ForwardBatch(X)
	if err != nil {
		return nil, err
	}
	return bt.H[l], nil
}
