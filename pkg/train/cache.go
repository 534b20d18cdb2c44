package train

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// A notebook on GoNB runs every cell as a new program: a network trained in
// one cell is gone in the next. MNIST keeps a trained network on disk, under
// a name made from everything that decides its weights, so that the next
// cell (or the next day) loads it in a fraction of a second instead of
// training it again, and a run with any other setting trains afresh.

// CacheEnv names the environment variable that, when set, is the folder where
// MNIST keeps its trained networks.
const CacheEnv = "STEPNET_CACHE"

// The sizes of MNIST's two parts, for MNISTRun.Train and Test = 0.
const (
	MNISTTrainSize = 60000
	MNISTTestSize  = 10000
)

// trainMeasured is how many training examples (the first ones) a measurement
// evaluates: as many as the test set, so that both curves cost the same.
const trainMeasured = 10000

// cacheFormat names the file format. The key also holds the trainer's
// fingerprint (trainerFingerprint), so that a change to the arithmetic of
// training (or another BLAS) does not load the weights the old code made.
const cacheFormat = "stepnet-mnist-run-1"

// MNISTRun is one training run on MNIST, everything that decides its result:
// the network and its initial weights, the minibatch gradient descent, how
// long it runs and on how much data. The same run gives the same weights,
// to the last bit, on every call.
type MNISTRun struct {
	Hidden    []int             // n¹…nᴸ⁻¹, the sizes of the hidden layers: {100} makes 784-100-10
	G         neuron.Activation // g of the hidden layers
	Output    neuron.Activation // g of the output layer: Sigmoid with mlp.SquaredError, Identity with mlp.SoftmaxCrossEntropy
	Loss      mlp.Loss
	Init      mlp.InitMethod // how the weights start (mlp.Network.Initialize)
	InitScale float64        // the scale of mlp.Uniform and mlp.Normal (ignored by the others)
	Eta       float64        // η, the learning rate
	BatchSize int            // examples per gradient step
	Epochs    int            // passes over the training set (0: the untrained network)
	Checks    int            // measurements per epoch, evenly spaced in steps (0 means 1: after each epoch)
	Seed      uint64         // the initial weights and every epoch's shuffle
	Train     int            // train on the first Train training images (0: all 60000)
	Test      int            // measure on the first Test test images (0: all 10000)
}

// Measurement is the network measured at one moment of a run.
type Measurement struct {
	Epoch         float64 // epochs done: 0 before training, then 1/Checks, 2/Checks, …
	Steps         int     // gradient steps done
	TrainLoss     float64 // mean loss F on the first 10000 training examples (all of them if fewer)
	TrainAccuracy float64 // the fraction of those classified right (argmax of the output = the label)
	TestLoss      float64 // mean loss F on the test examples
	TestAccuracy  float64 // the fraction of those classified right
}

// Model is a trained network and the history of its training.
type Model struct {
	Run     MNISTRun
	Net     *mlp.Network
	History []Measurement // Epochs·Checks + 1 measurements, the first before any step
	File    string        // the cache file it was loaded from or saved to ("" if none)
	Loaded  bool          // true: read from File; false: trained by this call
	Note    string        // why a cache file was not used or not written ("" when all went well)
}

// CacheDir returns the folder where MNIST keeps trained networks:
// $STEPNET_CACHE when it is set, otherwise the folder stepnet in the user's
// cache folder (~/.cache/stepnet on Linux).
func CacheDir() (string, error) {
	if dir := os.Getenv(CacheEnv); dir != "" {
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("train: no cache folder (set %s): %w", CacheEnv, err)
	}
	return filepath.Join(dir, "stepnet"), nil
}

// MNIST returns the network that run trains, with its history: read from the
// cache folder (CacheDir) when an earlier call saved it there, trained and
// saved otherwise. report, if not nil, receives each measurement in order: as
// it is made while training, or all at once when the network is loaded, so
// that a notebook cell prints the same lines either way.
//
// A cache file that cannot be read, or that does not hold exactly this run
// (its settings, its layer shapes, its history), is not an error: the run is
// trained again and the file replaced. A folder that cannot be written is not
// one either: the model is returned, and Model.Note says why it was not saved.
func MNIST(run MNISTRun, report func(Measurement)) (*Model, error) {
	dir, err := CacheDir()
	if err != nil {
		m, terr := MNISTIn("", run, report)
		if m != nil {
			m.Note = joinNotes(m.Note, "not saved: "+err.Error())
		}
		return m, terr
	}
	return MNISTIn(dir, run, report)
}

// MNISTIn is MNIST with the cache in dir; an empty dir means no cache: train,
// and keep nothing.
func MNISTIn(dir string, run MNISTRun, report func(Measurement)) (*Model, error) {
	run, err := run.normalised()
	if err != nil {
		return nil, err
	}
	path, note := "", ""
	if dir != "" {
		path = filepath.Join(dir, run.FileName())
		m, err := loadModel(path, run)
		if err == nil {
			if report != nil {
				for _, p := range m.History {
					report(p)
				}
			}
			return m, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			note = fmt.Sprintf("trained again: %v", err)
		}
	}
	m, err := trainMNIST(run, report)
	if err != nil {
		return nil, err
	}
	m.Note = note
	if path != "" {
		if err := saveModel(path, m); err != nil {
			m.Note = joinNotes(note, "not saved: "+err.Error())
		} else {
			m.File = path
		}
	}
	return m, nil
}

// joinNotes joins the notes that are not empty with "; ".
func joinNotes(notes ...string) string {
	var kept []string
	for _, n := range notes {
		if n != "" {
			kept = append(kept, n)
		}
	}
	return strings.Join(kept, "; ")
}

// normalised checks run and returns it with its defaults filled in (Checks 1,
// the full sizes for Train and Test 0), so that two runs that train the same
// have the same key.
func (run MNISTRun) normalised() (MNISTRun, error) {
	r := run
	r.Hidden = append([]int(nil), run.Hidden...)
	if r.Train == 0 {
		r.Train = MNISTTrainSize
	}
	if r.Test == 0 {
		r.Test = MNISTTestSize
	}
	if r.Checks == 0 {
		r.Checks = 1
	}
	switch {
	case r.Train < 1 || r.Train > MNISTTrainSize:
		return r, lang.Errorf("train.mnist.train", run.Train, MNISTTrainSize)
	case r.Test < 1 || r.Test > MNISTTestSize:
		return r, lang.Errorf("train.mnist.test", run.Test, MNISTTestSize)
	case r.Epochs < 0:
		return r, lang.Errorf("train.mnist.epochs", r.Epochs)
	case !(r.Eta > 0) || math.IsInf(r.Eta, 0):
		return r, lang.Errorf("train.mnist.eta", r.Eta)
	case r.BatchSize < 1 || r.BatchSize > r.Train:
		return r, lang.Errorf("train.mnist.batch", r.BatchSize, r.Train)
	case r.Checks < 1 || r.Checks > (r.Train+r.BatchSize-1)/r.BatchSize:
		return r, lang.Errorf("train.mnist.checks", run.Checks, (r.Train+r.BatchSize-1)/r.BatchSize)
	case math.IsNaN(r.InitScale) || math.IsInf(r.InitScale, 0):
		return r, fmt.Errorf("train: mnist: InitScale = %v, want a finite number", r.InitScale)
	}
	for i, n := range r.Hidden {
		if n < 1 {
			return r, lang.Errorf("train.mnist.hidden", i+1, n)
		}
	}
	if err := mlp.CheckSizes(r.Sizes()); err != nil { // before MNIST is loaded or anything allocated
		return r, fmt.Errorf("train: mnist: %w", err)
	}
	for _, g := range []struct {
		what string
		g    neuron.Activation
	}{{"the hidden layers' g (G)", r.G}, {"the output layer's g (Output)", r.Output}} {
		if g.g.G == nil || g.g.Deriv == nil {
			return r, fmt.Errorf("train: mnist: %s is not set: use neuron.Sigmoid, neuron.ReLU, …", g.what)
		}
		if _, err := neuron.ByName(g.g.Name); err != nil {
			return r, fmt.Errorf("train: mnist: %s: %w (a saved network names its g)", g.what, err)
		}
	}
	if r.Loss != mlp.SquaredError && r.Loss != mlp.SoftmaxCrossEntropy {
		return r, lang.Errorf("train.mnist.loss", r.Loss)
	}
	if _, err := mlp.InitByName(r.Init.String()); err != nil {
		return r, fmt.Errorf("train: mnist: %w", err)
	}
	return r, nil
}

// Sizes returns n⁰…nᴸ of the run's network: 784, the hidden sizes, 10.
func (run MNISTRun) Sizes() []int {
	return append(append([]int{784}, run.Hidden...), 10)
}

// Key is the run written out in full, with the defaults filled in: two runs
// with the same key train the same weights. It names the data (the MNIST
// module's version) and the file format too.
func (run MNISTRun) Key() string {
	r, err := run.normalised()
	if err != nil {
		r = run // an invalid run still has a key; it is never trained
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return fmt.Sprintf("%s trainer=%s data=%s@%s sizes=%s g=%s output=%s loss=%s init=%s scale=%s eta=%s batch=%d epochs=%d checks=%d seed=%d train=%d test=%d",
		cacheFormat, trainerFingerprint(), data.MNISTModule, data.MNISTVersion, sizesString(r.Sizes()), r.G.Name, r.Output.Name,
		r.Loss, r.Init, f(r.InitScale), f(r.Eta), r.BatchSize, r.Epochs, r.Checks, r.Seed, r.Train, r.Test)
}

// trainerFingerprint returns a hash of the weights that two tiny training
// runs produce (ReLU with softmax + cross-entropy, sigmoid with the squared
// error, on 784 inputs and made-up data): it changes when anything in the
// arithmetic of training changes (the GEMMs, g, the losses, the order of the
// updates or of the shuffle), so a cached network is only used by the code
// that would train it again to the same bits. Computed once, in a
// millisecond or so.
var trainerFingerprint = sync.OnceValue(func() string {
	rng := mlp.NewRand(1)
	X, Y := mat.NewDense(40, 784, nil), mat.NewDense(40, 10, nil)
	for i := 0; i < 40; i++ {
		for j := 0; j < 784; j++ {
			X.Set(i, j, rng.Float64())
		}
		Y.Set(i, i%10, 1)
	}
	h := sha256.New()
	for _, r := range []struct {
		g, out neuron.Activation
		loss   mlp.Loss
		init   mlp.InitMethod
	}{{neuron.ReLU, neuron.Identity, mlp.SoftmaxCrossEntropy, mlp.He}, {neuron.Sigmoid, neuron.Sigmoid, mlp.SquaredError, mlp.Xavier}} {
		net, err := mlp.New([]int{784, 16, 10}, r.g, r.out)
		if err != nil {
			return "none"
		}
		if err := net.Initialize(r.init, 0, 1); err != nil {
			return "none"
		}
		t, err := New(net, X, Y, Config{Loss: r.loss, Eta: 0.1, BatchSize: 16, Seed: 1})
		if err != nil {
			return "none"
		}
		if _, err := t.Epoch(nil); err != nil {
			return "none"
		}
		for _, layer := range net.Layers {
			for _, vs := range [][]float64{layer.W.RawMatrix().Data, layer.B.RawVector().Data} {
				for _, v := range vs {
					binary.Write(h, binary.LittleEndian, math.Float64bits(v))
				}
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
})

// FileName is the name of the run's cache file: the network's sizes, for a
// reader of the folder, and a hash of the whole Key, so that a run that
// differs in any setting has a file of its own.
func (run MNISTRun) FileName() string {
	h := sha256.Sum256([]byte(run.Key()))
	return "mnist-" + sizesString(run.Sizes()) + "-" + hex.EncodeToString(h[:8]) + ".json"
}

func sizesString(sizes []int) string {
	s := make([]string, len(sizes))
	for i, n := range sizes {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, "-")
}

// trainMNIST loads the data and trains the run, measuring the network
// Checks times per epoch.
func trainMNIST(run MNISTRun, report func(Measurement)) (*Model, error) {
	trainPart, testPart, err := data.LoadMNISTFirst("", run.Train, run.Test)
	if err != nil {
		return nil, err
	}
	if trainPart.Len() != run.Train || testPart.Len() != run.Test {
		return nil, fmt.Errorf("train: mnist: asked for %d training and %d test images, the files hold %d and %d",
			run.Train, run.Test, trainPart.Len(), testPart.Len())
	}
	trainSet, err := trainPart.Set()
	if err != nil {
		return nil, err
	}
	testSet, err := testPart.Set()
	if err != nil {
		return nil, err
	}
	net, err := mlp.New(run.Sizes(), run.G, run.Output)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(run.Init, run.InitScale, run.Seed); err != nil {
		return nil, err
	}
	t, err := New(net, trainSet.X, trainSet.Y, Config{Loss: run.Loss, Eta: run.Eta, BatchSize: run.BatchSize, Seed: run.Seed})
	if err != nil {
		return nil, err
	}
	nm := min(trainMeasured, run.Train)
	measuredX := trainSet.X.Slice(0, nm, 0, 784).(*mat.Dense)
	measuredY := trainSet.Y.Slice(0, nm, 0, 10).(*mat.Dense)
	m := &Model{Run: run, Net: net}
	measure := func(epoch float64) error {
		p := Measurement{Epoch: epoch, Steps: t.Steps()}
		var err error
		if p.TrainLoss, p.TrainAccuracy, err = t.Evaluate(measuredX, measuredY); err != nil {
			return err
		}
		if p.TestLoss, p.TestAccuracy, err = t.Evaluate(testSet.X, testSet.Y); err != nil {
			return err
		}
		m.History = append(m.History, p)
		if report != nil {
			report(p)
		}
		return nil
	}
	if err := measure(0); err != nil {
		return nil, err
	}
	for e := 0; e < run.Epochs; e++ {
		// Measurement k of this epoch comes after step ⌊k·total/Checks⌋ (at
		// least 1): the last one after the epoch's last step.
		done, merr := 0, error(nil)
		_, err := t.Epoch(func(step, total int) {
			for merr == nil && done < run.Checks && step >= max(1, (done+1)*total/run.Checks) {
				done++
				merr = measure(float64(e) + float64(done)/float64(run.Checks))
			}
		})
		if err != nil {
			return nil, err
		}
		if merr != nil {
			return nil, merr
		}
	}
	return m, nil
}

// cacheFile is what a cache file holds: the run's key, its history, and the
// network as mlp.Network.Save writes it.
type cacheFile struct {
	Format  string
	Key     string
	History []Measurement
	Network json.RawMessage
}

// saveModel writes m to path atomically (a temporary file in the same
// folder, renamed into place when complete), creating the folder if needed.
func saveModel(path string, m *Model) error {
	var net bytes.Buffer
	if err := m.Net.Save(&net); err != nil {
		return err
	}
	b, err := json.Marshal(cacheFile{Format: cacheFormat, Key: m.Run.Key(), History: m.History, Network: net.Bytes()})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, b, 0o600)
}

// loadModel reads the model of run from path and checks that it is that
// run's: the same key, layers of the run's shapes and activations, finite
// weights, and a full history of finite numbers.
func loadModel(path string, run MNISTRun) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f cacheFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if f.Format != cacheFormat {
		return nil, fmt.Errorf("%s: format %q, want %q", path, f.Format, cacheFormat)
	}
	if key := run.Key(); f.Key != key {
		return nil, fmt.Errorf("%s: holds the run %q, want %q", path, f.Key, key)
	}
	net, err := mlp.LoadShape(bytes.NewReader(f.Network), run.Sizes())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := checkNetwork(net, run); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if want := run.Epochs*run.Checks + 1; len(f.History) != want {
		return nil, fmt.Errorf("%s: %d measurements, want %d", path, len(f.History), want)
	}
	for i, p := range f.History {
		for _, v := range []float64{p.Epoch, p.TrainLoss, p.TrainAccuracy, p.TestLoss, p.TestAccuracy} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s: measurement %d holds %v", path, i, v)
			}
		}
	}
	return &Model{Run: run, Net: net, History: f.History, File: path, Loaded: true}, nil
}

// checkNetwork checks that net has the run's layers: Wˡ of nˡ×nˡ⁻¹, the run's
// g on each layer, and only finite numbers.
func checkNetwork(net *mlp.Network, run MNISTRun) error {
	want := run.Sizes()
	if got := net.Sizes(); sizesString(got) != sizesString(want) {
		return fmt.Errorf("the network is %s, want %s", sizesString(got), sizesString(want))
	}
	for l, layer := range net.Layers {
		g := run.G
		if l == len(net.Layers)-1 {
			g = run.Output
		}
		if layer.G.Name != g.Name {
			return fmt.Errorf("layer %d: g is %s, want %s", l+1, layer.G.Name, g.Name)
		}
		for _, vs := range [][]float64{layer.W.RawMatrix().Data, layer.B.RawVector().Data} {
			for _, v := range vs {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return fmt.Errorf("layer %d holds %v", l+1, v)
				}
			}
		}
	}
	return nil
}
