package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
	"github.com/stepnet/stepnet/pkg/viz"
)

func init() {
	register(command{name: "train", summary: "train an MLP on MNIST with your settings; learning curve and a saved model", run: trainRun})
}

// trainFlags are the settings of a student's run.
type trainFlags struct {
	layers         []int
	hidden, output neuron.Activation
	loss           mlp.Loss
	init           mlp.InitMethod
	initScale, eta float64
	batch, epochs  int
	nTrain, nTest  int
	seed           uint64
	out, plot      string
	standardize    bool
	precision      train.Precision
}

func trainRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	layers := fs.String("layers", "784,128,10", "sizes n⁰,n¹,…,nᴸ; MNIST needs n⁰ = 784 and nᴸ = 10")
	activation := fs.String("activation", "relu", "g of the hidden layers: sigmoid, tanh, gaussian, relu, identity")
	output := fs.String("output", "", "g of the output layer (default: identity with crossentropy, the hidden g with mse)")
	lossName := fs.String("loss", "crossentropy", "loss: crossentropy (softmax + cross-entropy) or mse (‖o − y‖²)")
	batch := fs.Int("batch", 32, "examples per gradient step (minibatch size)")
	eta := fs.Float64("eta", 0.1, "learning rate η")
	epochs := fs.Int("epochs", 3, "passes over the training set")
	seed := fs.Uint64("seed", 1, "seed of the initial weights and of the shuffles")
	initName := fs.String("init", "", "weight initialisation: he, xavier, normal, uniform, zeros (default: he for relu, xavier otherwise)")
	initScale := fs.Float64("init-scale", 1, "scale of -init normal or uniform")
	out := fs.String("out", "model.json", "where to save the trained network (written atomically); empty: do not save")
	plot := fs.String("plot", "", "also draw the learning curves into this file (.png, .svg or .pdf)")
	std := fs.Bool("standardize", false, "feed (x − μ)/σ instead of the pixels x ∈ [0, 1] (μ, σ: mean and deviation of the training pixels)")
	nTrain := fs.Int("train", 0, "training examples to use (0: all 60000)")
	nTest := fs.Int("test", 0, "test examples to use (0: all 10000)")
	precision := fs.String("precision", "float64", "arithmetic of the training steps: float64 or float32 (faster; the saved network is float64 either way)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet train [-layers 784,128,10] [-activation relu] [-loss crossentropy] [-batch 32] [-eta 0.1] [-epochs 3] [-seed 1] [-init he] [-out model.json]")
		fmt.Fprintln(stderr, "\nTrains an MLP on MNIST by minibatch gradient descent, prints the learning curve (cost and test")
		fmt.Fprintln(stderr, "accuracy after every epoch) and saves the network. Flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected arguments %q", fs.Args())}
	}
	f, err := parseTrainFlags(*layers, *activation, *output, *lossName, *initName, *initScale, *eta, *batch, *epochs, *nTrain, *nTest)
	if err != nil {
		return usageError{err.Error()}
	}
	f.seed, f.out, f.plot, f.standardize = *seed, *out, *plot, *std
	if f.precision, err = train.ParsePrecision(*precision); err != nil {
		return usageError{"-precision: " + err.Error()}
	}
	if f.plot != "" {
		switch ext := strings.ToLower(strings.TrimPrefix(fileExt(f.plot), ".")); ext {
		case "png", "svg", "pdf":
		default:
			return usageError{fmt.Sprintf("-plot %q: the file must end in .png, .svg or .pdf", f.plot)}
		}
	}
	// -out and -plot are checked now, not after the epochs: a typo in a folder
	// name must not cost the whole run.
	for _, o := range []struct{ flag, path string }{{"-out", f.out}, {"-plot", f.plot}} {
		if err := checkWritable(o.path); err != nil {
			return usageError{fmt.Sprintf("%s %q: %v", o.flag, o.path, err)}
		}
	}
	return trainMNIST(f, stdout, stderr)
}

// checkWritable checks that a file can be written at path (empty: nothing to
// check): its folder exists and takes a new file, and path is not a folder.
func checkWritable(path string) error {
	if path == "" {
		return nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return errors.New("is a folder; give a file name")
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("the folder %s does not exist", dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	probe, err := os.CreateTemp(dir, ".stepnet-write-check-*")
	if err != nil {
		return fmt.Errorf("cannot write into %s: %v", dir, err)
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

func fileExt(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 && !strings.ContainsAny(path[i:], `/\`) {
		return path[i:]
	}
	return ""
}

// parseTrainFlags turns the flags into settings, with an error naming the
// flag for anything wrong.
func parseTrainFlags(layers, activation, output, lossName, initName string, initScale, eta float64, batch, epochs, nTrain, nTest int) (*trainFlags, error) {
	f := &trainFlags{initScale: initScale, eta: eta, batch: batch, epochs: epochs, nTrain: nTrain, nTest: nTest}
	for _, p := range strings.Split(layers, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("-layers %q: %q is not a positive size; write sizes like 784,128,10", layers, p)
		}
		f.layers = append(f.layers, n)
	}
	if len(f.layers) < 2 || f.layers[0] != 784 || f.layers[len(f.layers)-1] != 10 {
		return nil, fmt.Errorf("-layers %q: MNIST images have 784 pixels and 10 classes, so the sizes must start with 784 and end with 10 (e.g. 784,128,10)", layers)
	}
	if err := mlp.CheckSizes(f.layers); err != nil { // before any allocation: 784,1000000000,10 is 6 TB
		return nil, fmt.Errorf("-layers %q: %w", layers, err)
	}
	var err error
	if f.hidden, err = neuron.ByName(activation); err != nil {
		return nil, fmt.Errorf("-activation: %w", err)
	}
	if f.loss, err = mlp.LossByName(lossName); err != nil {
		return nil, fmt.Errorf("-loss: %w", err)
	}
	switch {
	case output != "":
		if f.output, err = neuron.ByName(output); err != nil {
			return nil, fmt.Errorf("-output: %w", err)
		}
	case f.loss == mlp.SoftmaxCrossEntropy:
		f.output = neuron.Identity // the softmax is the output non-linearity
	default:
		f.output = f.hidden
	}
	if f.loss == mlp.SoftmaxCrossEntropy && f.output.Name != neuron.Identity.Name {
		return nil, fmt.Errorf("-output %s with -loss crossentropy: the softmax already is the output non-linearity; use -output identity", f.output.Name)
	}
	switch {
	case initName != "":
		if f.init, err = mlp.InitByName(initName); err != nil {
			return nil, fmt.Errorf("-init: %w", err)
		}
	case f.hidden.Name == neuron.ReLU.Name:
		f.init = mlp.He
	default:
		f.init = mlp.Xavier
	}
	if (f.init == mlp.Normal || f.init == mlp.Uniform) && !(initScale > 0) {
		return nil, fmt.Errorf("-init-scale must be positive with -init %v, got %v", f.init, initScale)
	}
	if !(eta > 0) || eta > 1e6 {
		return nil, fmt.Errorf("-eta: the learning rate η must be positive (and sensible), got %v", eta)
	}
	if batch < 1 {
		return nil, fmt.Errorf("-batch must be at least 1, got %d", batch)
	}
	if epochs < 1 {
		return nil, fmt.Errorf("-epochs must be at least 1, got %d", epochs)
	}
	if nTrain < 0 || nTest < 0 {
		return nil, fmt.Errorf("-train and -test must be ≥ 0 (0: all), got %d and %d", nTrain, nTest)
	}
	return f, nil
}

func trainMNIST(f *trainFlags, stdout, stderr io.Writer) error {
	trainSet, testSet, err := loadMNIST(f.nTrain, f.nTest)
	if err != nil {
		return err
	}
	if f.standardize {
		mu, sigma := standardize(trainSet, testSet)
		fmt.Fprintf(stdout, "inputs standardised: x → (x − %.4f)/%.4f\n", mu, sigma)
	}
	n, _ := trainSet.X.Dims()
	if f.batch > n {
		return usageError{fmt.Sprintf("-batch %d is larger than the %d training examples", f.batch, n)}
	}
	net, err := mlp.New(f.layers, f.hidden, f.output)
	if err != nil {
		return err
	}
	if err := net.Initialize(f.init, f.initScale, f.seed); err != nil {
		return err
	}
	engine := train.UseFastEngine() // this program multiplies with the build's fastest engine (notebooks keep gonum's)
	tr, err := train.New(net, trainSet.X, trainSet.Y, train.Config{Loss: f.loss, Eta: f.eta, BatchSize: f.batch, Seed: f.seed, Precision: f.precision})
	if err != nil {
		return err
	}
	m, _ := testSet.X.Dims()
	fmt.Fprintf(stdout, "network %s (%d parameters), %v, batch %d, η = %v, init %v, seed %d\n", net, net.NumParams(), f.loss, f.batch, f.eta, f.init, f.seed)
	fmt.Fprintf(stdout, "MNIST: %d training, %d test images; %d steps per epoch; matrix products: %s, in %v\n\n", n, m, tr.StepsPerEpoch(), engine, f.precision)
	fmt.Fprintf(stdout, "%5s %8s %11s %10s %10s %9s\n", "epoch", "seconds", "train cost", "train acc", "test cost", "test acc")

	curve := struct{ epoch, trainCost, trainAcc, testCost, testAcc []float64 }{}
	record := func(e int, secs float64) error {
		trainCost, trainAcc, err := tr.Evaluate(trainSet.X, trainSet.Y)
		if err != nil {
			return err
		}
		testCost, testAcc, err := tr.Evaluate(testSet.X, testSet.Y)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%5d %8.2f %11.4f %10.4f %10.4f %9.4f\n", e, secs, trainCost, trainAcc, testCost, testAcc)
		curve.epoch = append(curve.epoch, float64(e))
		curve.trainCost, curve.trainAcc = append(curve.trainCost, trainCost), append(curve.trainAcc, trainAcc)
		curve.testCost, curve.testAcc = append(curve.testCost, testCost), append(curve.testAcc, testAcc)
		return nil
	}
	if err := record(0, 0); err != nil {
		return err
	}
	// diagnose names the two ways a run fails without an error from the
	// trainer: divergence (the cost above where it started) and a dead ReLU
	// network (every unit of a hidden layer at 0: no gradient flows back).
	diagnose := func(e int) error {
		c0, c := curve.trainCost[0], curve.trainCost[len(curve.trainCost)-1]
		if math.IsNaN(c) || math.IsInf(c, 0) || c > 1.5*c0 {
			return fmt.Errorf("training diverged: after epoch %d the training cost is %.4g, it started at %.4g (test accuracy %.4f); η = %v is too large for this network: try a tenth of it, -eta %v (nothing saved)",
				e, c, c0, curve.testAcc[len(curve.testAcc)-1], f.eta, f.eta/10)
		}
		if l, dead, of := deadReLU(net, trainSet.X); l > 0 && dead == of {
			return fmt.Errorf("the network is dead: after epoch %d every one of the %d ReLU units of layer %d outputs 0 on the first %d training images (g′ = 0 there), so no gradient flows through it and the cost stays at %.4f (test accuracy %.4f). Try a smaller -eta (now %v), -init he, -activation tanh, or with -loss mse an output that is not ReLU (-output sigmoid) (nothing saved)",
				e, of, l, min(deadProbe, n), c, curve.testAcc[len(curve.testAcc)-1], f.eta)
		}
		return nil
	}
	for e := 1; e <= f.epochs; e++ {
		bar := newProgress(stderr, fmt.Sprintf("epoch %d/%d", e, f.epochs), tr.StepsPerEpoch())
		start := time.Now()
		_, err := tr.Epoch(bar.step)
		secs := time.Since(start).Seconds()
		bar.done()
		if err != nil {
			return fmt.Errorf("%w (nothing saved)", err)
		}
		if err := record(e, secs); err != nil {
			return err
		}
		if err := diagnose(e); err != nil {
			return err
		}
	}
	if f.out != "" {
		if err := net.SaveFile(f.out); err != nil {
			return fmt.Errorf("saving the network: %w", err)
		}
		fmt.Fprintf(stdout, "\nsaved the network to %s (load it with mlp.LoadFile)\n", f.out)
	}
	if f.plot != "" {
		fig, err := viz.LearningCurves(
			[]viz.Series{{Name: "training", X: curve.epoch, Y: curve.trainCost}, {Name: "test", X: curve.epoch, Y: curve.testCost}},
			[]viz.Series{{Name: "training", X: curve.epoch, Y: curve.trainAcc}, {Name: "test", X: curve.epoch, Y: curve.testAcc}})
		if err != nil {
			return err
		}
		if err := fig.Save(f.plot); err != nil {
			return fmt.Errorf("saving the learning curves: %w", err)
		}
		fmt.Fprintf(stdout, "drew the learning curves into %s\n", f.plot)
	}
	return nil
}

// deadProbe is the number of training images deadReLU looks at.
const deadProbe = 1000

// deadReLU returns the first ReLU layer l (hidden or output) all of whose
// units output 0 on every one of the first deadProbe rows of X, and its
// number of units (dead = of); l = 0 when no ReLU layer is dead.
func deadReLU(net *mlp.Network, X *mat.Dense) (l, dead, of int) {
	n, d := X.Dims()
	tr, err := net.ForwardBatch(X.Slice(0, min(n, deadProbe), 0, d))
	if err != nil {
		return 0, 0, 0
	}
	for i, layer := range net.Layers {
		if layer.G.Name != neuron.ReLU.Name {
			continue
		}
		h := tr.H[i+1]
		rows, cols := h.Dims()
		k := 0
		for j := 0; j < cols; j++ {
			alive := false
			for r := 0; r < rows && !alive; r++ {
				alive = h.At(r, j) != 0
			}
			if !alive {
				k++
			}
		}
		if k == cols {
			return i + 1, k, cols
		}
	}
	return 0, 0, 0
}

// mnistSet is one part of MNIST as training matrices: X (N×784, pixels in
// [0, 1]) and Y (N×10, one-hot).
type mnistSet struct {
	X, Y *mat.Dense
}

// loadMNIST loads the first nTrain training and nTest test images (0: all).
func loadMNIST(nTrain, nTest int) (trainSet, testSet *mnistSet, err error) {
	tr, te, err := data.LoadMNISTFirst("", nTrain, nTest)
	if err != nil {
		return nil, nil, err
	}
	a, err := tr.Set()
	if err != nil {
		return nil, nil, err
	}
	b, err := te.Set()
	if err != nil {
		return nil, nil, err
	}
	return &mnistSet{X: a.X, Y: a.Y}, &mnistSet{X: b.X, Y: b.Y}, nil
}

// standardize maps every pixel x of both sets to (x − μ)/σ, in place, with
// μ and σ the mean and standard deviation of all training pixels (about 0.1307
// and 0.3081 for MNIST, the numbers of PyTorch's MNIST example). It returns μ, σ.
func standardize(trainSet, testSet *mnistSet) (mu, sigma float64) {
	d := trainSet.X.RawMatrix().Data // contiguous: loaded by data.ReadMNIST
	for _, v := range d {
		mu += v
	}
	mu /= float64(len(d))
	for _, v := range d {
		sigma += (v - mu) * (v - mu)
	}
	sigma = math.Sqrt(sigma / float64(len(d)))
	for _, s := range []*mnistSet{trainSet, testSet} {
		x := s.X.RawMatrix().Data
		for i := range x {
			x[i] = (x[i] - mu) / sigma
		}
	}
	return mu, sigma
}

// progress shows how far an epoch is: a bar (github.com/schollz/progressbar)
// when stderr is a terminal, nothing otherwise (the results go to stdout).
type progress struct {
	bar   *progressbar.ProgressBar
	every int
}

func newProgress(stderr io.Writer, desc string, total int) *progress {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("steps"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar, every: max(1, total/100)}
}

// step is the Trainer's per-step callback: it moves the bar every 1%.
func (p *progress) step(done, total int) {
	if p.bar != nil && (done%p.every == 0 || done == total) {
		p.bar.Set(done)
	}
}

// done removes the bar.
func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
