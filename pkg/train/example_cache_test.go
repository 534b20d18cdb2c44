package train_test

import (
	"fmt"
	"os"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

// Train Nielsen's 784-30-10 sigmoid network on the first 2000 MNIST digits,
// measuring it twice per epoch; the second call reads it from the cache
// folder, with the same weights and history.
func ExampleMNIST() {
	dir, err := os.MkdirTemp("", "stepnet-cache")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	run := train.MNISTRun{
		Hidden: []int{30}, G: neuron.Sigmoid, Output: neuron.Sigmoid, Loss: mlp.SquaredError, Init: mlp.Xavier,
		Eta: 1.5, BatchSize: 10, Epochs: 2, Checks: 2, Seed: 1, Train: 2000, Test: 1000,
	}
	// train.MNIST(run, report) does the same in CacheDir(), ~/.cache/stepnet.
	m, err := train.MNISTIn(dir, run, func(p train.Measurement) {
		fmt.Printf("epoch %.1f, %3d steps: test cost %.3f, accuracy %.3f\n", p.Epoch, p.Steps, p.TestLoss, p.TestAccuracy)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	again, err := train.MNISTIn(dir, run, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v: trained, then loaded: %v, %v\n", m.Net, m.Loaded, again.Loaded)
	// Output:
	// epoch 0.0,   0 steps: test cost 2.184, accuracy 0.105
	// epoch 0.5, 100 steps: test cost 0.450, accuracy 0.728
	// epoch 1.0, 200 steps: test cost 0.346, accuracy 0.779
	// epoch 1.5, 300 steps: test cost 0.276, accuracy 0.836
	// epoch 2.0, 400 steps: test cost 0.260, accuracy 0.841
	// 784-30-10 sigmoid,sigmoid: trained, then loaded: false, true
}
