package conv

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

// MNISTRun is one training run of a small convolutional network on MNIST:
// everything that decides its result.
type MNISTRun struct {
	Filters []int   // filters of each stage (each: k×k convolution, ReLU, 2×2 max-pooling)
	K       int     // the filter size k
	Epochs  int     // passes over the 60,000 training images
	Batch   int     // minibatch size
	Eta     float64 // η
	Seed    uint64  // initialisation and shuffling
}

// LessonMNISTRun is lesson 14's network: 8 filters of 5×5, pooling, 16
// filters of 5×5 on the 8 maps, pooling, a dense softmax layer on the
// 16×4×4 volume; two epochs of minibatches of 32 with η = 0.1 (98.25% of
// the test images right; η = 0.05 gives 97.81%). It has
// 5,994 parameters (208 + 3,216 + 2,570), against 79,510 for lesson 13's
// MLP.
var LessonMNISTRun = MNISTRun{Filters: []int{8, 16}, K: 5, Epochs: 2, Batch: 32, Eta: 0.1, Seed: 1}

// MNISTEpoch is what MNIST measures after each epoch.
type MNISTEpoch struct {
	TrainLoss    float64 // the mean loss over the epoch's minibatches
	TestAccuracy float64 // on the 10,000 test images
	Seconds      float64 // how long the epoch took to train (0 in a loaded model: it was not trained here)
}

// MNISTModel is a trained network and its history.
type MNISTModel struct {
	Run     MNISTRun
	Net     *Net
	History []MNISTEpoch
	File    string // the cache file ("" without a cache)
	Loaded  bool   // true when read from the cache rather than trained now
}

const cnnFormat = "stepnet-cnn-1"

// Key writes the run out in full with the arithmetic's fingerprint: two
// runs with the same key train the same weights.
func (run MNISTRun) Key() string {
	fs := make([]string, len(run.Filters))
	for i, f := range run.Filters {
		fs[i] = strconv.Itoa(f)
	}
	return fmt.Sprintf("%s arithmetic=%s data=%s@%s filters=%s k=%d epochs=%d batch=%d eta=%s seed=%d",
		cnnFormat, fingerprint(), data.MNISTModule, data.MNISTVersion, strings.Join(fs, ","), run.K, run.Epochs, run.Batch,
		strconv.FormatFloat(run.Eta, 'g', -1, 64), run.Seed)
}

func (run MNISTRun) validate() error {
	switch {
	case len(run.Filters) == 0 || len(run.Filters) > 4:
		return lang.Errorf("conv.run.stages", len(run.Filters))
	case run.Epochs <= 0 || run.Epochs > 50:
		return lang.Errorf("conv.run.epochs", run.Epochs)
	case run.Batch <= 0 || run.Batch > 60000:
		return lang.Errorf("conv.run.batch", run.Batch)
	case !(run.Eta > 0) || math.IsInf(run.Eta, 0):
		return lang.Errorf("conv.eta", run.Eta)
	}
	side := 28 // MNIST's images
	for i, f := range run.Filters {
		if f <= 0 || f > 512 {
			return lang.Errorf("conv.run.filters", i+1, f)
		}
		if run.K <= 0 || run.K > side {
			return lang.Errorf("conv.run.fit", i+1, run.K, run.K, side, side)
		}
		if side = (side - run.K + 1) / 2; side < 1 {
			return lang.Errorf("conv.run.pool", i+1, run.K, run.K)
		}
	}
	return nil
}

// fingerprint hashes the weights a tiny network has after one step on
// made-up data: it changes when anything in the arithmetic changes (the
// products, g, the loss, the order of the sums), so a cached network is used
// only by code that would train it again to the same bits.
var fingerprint = sync.OnceValue(func() string {
	net, err := NewNet(Shape{1, 12, 12}, []int{2, 3}, 3, neuron.ReLU, 4, 1)
	if err != nil {
		return "none"
	}
	r := mlp.NewRand(2)
	X := mat.NewDense(6, 144, nil)
	for i := 0; i < 6; i++ {
		for j := 0; j < 144; j++ {
			X.Set(i, j, r.Float64())
		}
	}
	Y, _ := mlp.OneHot([]int{0, 1, 2, 3, 0, 1}, 4)
	if _, err := net.Epoch(X, Y, 3, 0.1, 1, nil); err != nil {
		return "none"
	}
	h := sha256.New()
	writeNet(h, net)
	return hex.EncodeToString(h.Sum(nil)[:6])
})

// writeNet writes every parameter's bits, in order: the checksum's input.
func writeNet(w io.Writer, net *Net) {
	put := func(vs []float64) {
		for _, v := range vs {
			binary.Write(w, binary.LittleEndian, math.Float64bits(v))
		}
	}
	for _, p := range net.paramSlices() {
		put(p)
	}
}

// MNIST returns the network that run trains, read from the cache folder
// (train.CacheDir, shared with lesson 13's networks) when a previous run
// saved it, trained and saved otherwise. report, if not nil, is called after
// each epoch. A cache file that cannot be read or holds another run is
// trained again and replaced.
func MNIST(run MNISTRun, report func(epoch int, e MNISTEpoch)) (*MNISTModel, error) {
	dir, err := train.CacheDir()
	if err != nil {
		dir = "" // no cache: train
	}
	return MNISTIn(dir, run, report)
}

// MNISTIn is MNIST with the cache in dir ("" for none).
func MNISTIn(dir string, run MNISTRun, report func(epoch int, e MNISTEpoch)) (*MNISTModel, error) {
	if err := run.validate(); err != nil {
		return nil, err
	}
	var path string
	if dir != "" {
		sum := sha256.Sum256([]byte(run.Key()))
		path = filepath.Join(dir, "cnn-"+hex.EncodeToString(sum[:8])+".json")
		if m, err := loadCNN(path, run); err == nil {
			return m, nil
		}
	}
	m, err := trainMNIST(run, report)
	if err != nil {
		return nil, err
	}
	if path != "" {
		if err := saveCNN(path, m); err == nil {
			m.File = path
		}
	}
	return m, nil
}

func trainMNIST(run MNISTRun, report func(int, MNISTEpoch)) (*MNISTModel, error) {
	dir, err := data.MNISTDir()
	if err != nil {
		return nil, err
	}
	tr, te, err := data.LoadMNIST(dir)
	if err != nil {
		return nil, err
	}
	s, err := tr.Set()
	if err != nil {
		return nil, err
	}
	net, err := NewNet(Shape{1, tr.Rows, tr.Cols}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		return nil, err
	}
	m := &MNISTModel{Run: run, Net: net}
	for ep := 1; ep <= run.Epochs; ep++ {
		start := time.Now()
		loss, err := net.Epoch(s.X, s.Y, run.Batch, run.Eta, run.Seed+uint64(ep), nil)
		if err != nil {
			return nil, fmt.Errorf("conv: epoch %d: %w", ep, err)
		}
		secs := time.Since(start).Seconds()
		acc, err := net.Accuracy(te.Images, te.Labels)
		if err != nil {
			return nil, err
		}
		e := MNISTEpoch{TrainLoss: loss, TestAccuracy: acc, Seconds: secs}
		m.History = append(m.History, e)
		if report != nil {
			report(ep, e)
		}
	}
	return m, nil
}

// cnnFile is the cache file: the run's key, the history, every parameter
// and a checksum of their bits.
type cnnFile struct {
	Format   string
	Key      string
	History  []MNISTEpoch
	Stages   []cnnStage
	Head     json.RawMessage
	Checksum string
}

type cnnStage struct {
	W []float64
	B []float64
}

func checksum(net *Net) string {
	h := sha256.New()
	writeNet(h, net)
	return hex.EncodeToString(h.Sum(nil))
}

func saveCNN(path string, m *MNISTModel) error {
	f := cnnFile{Format: cnnFormat, Key: m.Run.Key(), Checksum: checksum(m.Net)}
	for _, h := range m.History {
		f.History = append(f.History, MNISTEpoch{TrainLoss: h.TrainLoss, TestAccuracy: h.TestAccuracy})
	}
	for _, st := range m.Net.Stages {
		f.Stages = append(f.Stages, cnnStage{W: st.Conv.W.RawMatrix().Data, B: st.Conv.B})
	}
	var head bytes.Buffer
	if err := m.Net.Head.Save(&head); err != nil {
		return err
	}
	f.Head = head.Bytes()
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, b, 0o644)
}

// loadCNN reads the model of run from path: the same key, the run's shapes,
// finite numbers, and the checksum of the parameters.
func loadCNN(path string, run MNISTRun) (*MNISTModel, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f cnnFile
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the model", path)
	}
	if f.Format != cnnFormat || f.Key != run.Key() {
		return nil, fmt.Errorf("%s: holds another run", path)
	}
	if len(f.History) != run.Epochs || len(f.Stages) != len(run.Filters) {
		return nil, fmt.Errorf("%s: %d epochs and %d stages, want %d and %d", path, len(f.History), len(f.Stages), run.Epochs, len(run.Filters))
	}
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		return nil, err
	}
	for s, st := range net.Stages {
		raw := st.Conv.W.RawMatrix()
		if len(f.Stages[s].W) != len(raw.Data) || len(f.Stages[s].B) != len(st.Conv.B) {
			return nil, fmt.Errorf("%s: stage %d has the wrong number of weights", path, s+1)
		}
		copy(raw.Data, f.Stages[s].W)
		copy(st.Conv.B, f.Stages[s].B)
	}
	head, err := mlp.Load(bytes.NewReader(f.Head))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if head.Layers[0].In() != net.Head.Layers[0].In() || len(head.Layers) != 1 {
		return nil, fmt.Errorf("%s: the dense head does not fit", path)
	}
	net.Head = head
	if checksum(net) != f.Checksum {
		return nil, errors.New(path + ": the checksum of the parameters does not match: the file is damaged")
	}
	return &MNISTModel{Run: run, Net: net, History: f.History, File: path, Loaded: true}, nil
}
