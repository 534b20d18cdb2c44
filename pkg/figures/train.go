package figures

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Catalogue builders that need a trained network: lessons 03, 12 and 13.
// They train with pkg/train (minibatch gradient descent, the same maths as
// pkg/gd, fast), and keep the result of a seed so that the figures of one
// training run share it.

// trained is one training run and what the figures draw from it.
type trained struct {
	net      *mlp.Network
	set      *data.Set    // the training set (toy problems)
	cost     []viz.Series // per epoch: training and test cost (MNIST)
	accuracy []viz.Series // per epoch: training and test accuracy (MNIST)
	pred     []int        // test predictions (MNIST)
	labels   []int        // test labels (MNIST)
}

var trainedCache = struct {
	sync.Mutex
	runs map[string]*trained
}{runs: map[string]*trained{}}

// cachedRun returns the run called name for seed, training it the first time.
func cachedRun(name string, seed uint64, run func(seed uint64) (*trained, error)) (*trained, error) {
	key := fmt.Sprintf("%s/%d", name, seed)
	trainedCache.Lock()
	defer trainedCache.Unlock()
	if r, ok := trainedCache.runs[key]; ok {
		return r, nil
	}
	r, err := run(seed)
	if err != nil {
		return nil, fmt.Errorf("training %s: %w", name, err)
	}
	trainedCache.runs[key] = r
	return r, nil
}

// fit trains net on set for the given epochs.
func fit(net *mlp.Network, set *data.Set, cfg train.Config, epochs int) error {
	t, err := train.New(net, set.X, set.Y, cfg)
	if err != nil {
		return err
	}
	for e := 0; e < epochs; e++ {
		if _, err := t.Epoch(nil); err != nil {
			return err
		}
	}
	return nil
}

// moonsRun: a 2-16-2 tanh network with a softmax output on the two moons.
func moonsRun(seed uint64) (*trained, error) {
	set, err := data.Moons(200, 0.15, seed)
	if err != nil {
		return nil, err
	}
	net, err := mlp.New([]int{2, 16, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
		return nil, err
	}
	cfg := train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.3, BatchSize: 10, Seed: seed}
	if err := fit(net, set, cfg, 300); err != nil {
		return nil, err
	}
	return &trained{net: net, set: set}, nil
}

func moonsRegions(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("moons", seed, moonsRun)
	if err != nil {
		return nil, err
	}
	return viz.DecisionRegions(r.net, r.set.X, r.set.Labels, lang.T("fig.03.regions.title"))
}

// spiralsRun: a deep tanh network 2-16-16-2-2 on two spirals; its last hidden
// layer has 2 units so that the representation it learns can be drawn as is.
func spiralsRun(seed uint64) (*trained, error) {
	set, err := data.Spirals(300, 2, 1, 0.03, seed)
	if err != nil {
		return nil, err
	}
	net, err := mlp.New([]int{2, 16, 16, 2, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
		return nil, err
	}
	cfg := train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 10, Seed: seed}
	if err := fit(net, set, cfg, 600); err != nil {
		return nil, err
	}
	return &trained{net: net, set: set}, nil
}

func spiralsRepresentations(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("spirals", seed, spiralsRun)
	if err != nil {
		return nil, err
	}
	return viz.Representations(r.net, r.set.X, r.set.Labels)
}

func spiralsRegions(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("spirals", seed, spiralsRun)
	if err != nil {
		return nil, err
	}
	return viz.DecisionRegions(r.net, r.set.X, r.set.Labels, lang.T("fig.12.regions.title"))
}

// The MNIST run of the printed figures: small enough to train in a few
// seconds on a laptop (the notebooks train on the full set).
const (
	mnistTrain  = 10000
	mnistTest   = 2000
	mnistHidden = 64
	mnistEpochs = 5
)

func mnistRun(seed uint64) (*trained, error) {
	// Small initial weights: what the first layer shows after training is then
	// what it learnt, not the noise it started from (the border pixels of
	// MNIST are always 0, so their weights never move).
	run := train.MNISTRun{
		Hidden: []int{mnistHidden}, G: neuron.Tanh, Output: neuron.Identity, Loss: mlp.SoftmaxCrossEntropy,
		Init: mlp.Normal, InitScale: 0.01, Eta: 0.1, BatchSize: 32, Epochs: mnistEpochs,
		Seed: seed, Train: mnistTrain, Test: mnistTest,
	}
	m, err := train.MNISTIn("", run, nil) // no cache folder: printing figures leaves no files behind
	if err != nil {
		return nil, err
	}
	r := &trained{net: m.Net}
	// The series are named when the figure is drawn (mnistCurves), in the
	// language of that moment: the cache outlives a lang.Set.
	var trainCost, testCost viz.Series
	trainAcc, testAcc := trainCost, testCost
	for _, h := range m.History {
		trainCost.X, trainCost.Y = append(trainCost.X, h.Epoch), append(trainCost.Y, h.TrainLoss)
		testCost.X, testCost.Y = append(testCost.X, h.Epoch), append(testCost.Y, h.TestLoss)
		trainAcc.X, trainAcc.Y = append(trainAcc.X, h.Epoch), append(trainAcc.Y, h.TrainAccuracy)
		testAcc.X, testAcc.Y = append(testAcc.X, h.Epoch), append(testAcc.Y, h.TestAccuracy)
	}
	r.cost = []viz.Series{trainCost, testCost}
	r.accuracy = []viz.Series{trainAcc, testAcc}
	_, testPart, err := data.LoadMNISTFirst("", 1, mnistTest)
	if err != nil {
		return nil, err
	}
	out, err := m.Net.Predict(testPart.Images)
	if err != nil {
		return nil, err
	}
	r.pred = mlp.ArgmaxRows(out)
	r.labels = testPart.Labels
	return r, nil
}

func mnistCurves(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("mnist", seed, mnistRun)
	if err != nil {
		return nil, err
	}
	cost := append([]viz.Series(nil), r.cost...)
	accuracy := append([]viz.Series(nil), r.accuracy...)
	for _, s := range [][]viz.Series{cost, accuracy} {
		s[0].Name = lang.F("fig.13.train", mnistTrain)
		s[1].Name = lang.F("fig.13.test", mnistTest)
	}
	return viz.LearningCurves(cost, accuracy)
}

func mnistWeights(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("mnist", seed, mnistRun)
	if err != nil {
		return nil, err
	}
	return viz.FirstLayerWeights(r.net.Layers[0].W, 28, 16)
}

func mnistConfusion(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("mnist", seed, mnistRun)
	if err != nil {
		return nil, err
	}
	return viz.ConfusionMatrix(r.labels, r.pred, 10)
}

// depthVsWidth trains, on the same spirals with the same budget, a shallow
// wide network and a deep narrow one with about as many weights.
func depthVsWidth(seed uint64) (*viz.Figure, error) {
	set, err := data.Spirals(300, 2, 1, 0.03, seed)
	if err != nil {
		return nil, err
	}
	var nets []*mlp.Network
	var names []string
	for _, sizes := range [][]int{{2, 54, 2}, {2, 10, 10, 10, 2}} { // 272 weights and biases each
		net, err := mlp.New(sizes, neuron.Tanh, neuron.Identity)
		if err != nil {
			return nil, err
		}
		if err := net.Initialize(mlp.Xavier, 0, seed); err != nil {
			return nil, err
		}
		cfg := train.Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 10, Seed: seed}
		if err := fit(net, set, cfg, 400); err != nil {
			return nil, err
		}
		nets = append(nets, net)
		names = append(names, sizesName(sizes))
	}
	return viz.CompareRegions(lang.T("fig.12.depth.title"), nets, names, set.X, set.Labels)
}

// sizesName writes layer sizes as "2-10-10-2".
func sizesName(sizes []int) string {
	s := ""
	for i, n := range sizes {
		if i > 0 {
			s += "-"
		}
		s += strconv.Itoa(n)
	}
	return s
}
