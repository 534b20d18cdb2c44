package train

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// tinyRun trains in a few milliseconds: 300 training and 100 test digits.
func tinyRun() MNISTRun {
	return MNISTRun{Hidden: []int{8}, G: neuron.ReLU, Output: neuron.Identity, Loss: mlp.SoftmaxCrossEntropy,
		Init: mlp.He, Eta: 0.1, BatchSize: 10, Epochs: 2, Checks: 3, Seed: 7, Train: 300, Test: 100}
}

// sameNetwork reports whether a and b have the same sizes, g and bit-identical numbers.
func sameNetwork(a, b *mlp.Network) bool {
	if a.String() != b.String() {
		return false
	}
	for l := range a.Layers {
		for _, p := range [][2][]float64{
			{a.Layers[l].W.RawMatrix().Data, b.Layers[l].W.RawMatrix().Data},
			{a.Layers[l].B.RawVector().Data, b.Layers[l].B.RawVector().Data},
		} {
			if len(p[0]) != len(p[1]) {
				return false
			}
			for i := range p[0] {
				if math.Float64bits(p[0][i]) != math.Float64bits(p[1][i]) {
					return false
				}
			}
		}
	}
	return true
}

func sameHistory(a, b []Measurement) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Same run, same weights: trained in two empty folders, and read back.
func TestMNISTDeterministic(t *testing.T) {
	run := tinyRun()
	a, err := MNISTIn(t.TempDir(), run, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := MNISTIn(t.TempDir(), run, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Loaded || b.Loaded || a.Note != "" || b.Note != "" || a.File == "" {
		t.Fatalf("first calls: loaded %v %v, notes %q %q, file %q", a.Loaded, b.Loaded, a.Note, b.Note, a.File)
	}
	if !sameNetwork(a.Net, b.Net) || !sameHistory(a.History, b.History) {
		t.Fatal("two trainings of the same run differ")
	}
	var reported []Measurement
	c, err := MNISTIn(filepath.Dir(a.File), run, func(m Measurement) { reported = append(reported, m) })
	if err != nil {
		t.Fatal(err)
	}
	if !c.Loaded || c.File != a.File || c.Note != "" {
		t.Fatalf("second call in the same folder: loaded %v, file %q (want %q), note %q", c.Loaded, c.File, a.File, c.Note)
	}
	if !sameNetwork(a.Net, c.Net) || !sameHistory(a.History, c.History) || !sameHistory(a.History, reported) {
		t.Fatal("the network read from the cache differs from the one trained, or report saw another history")
	}

	other := run
	other.Seed++
	d, err := MNISTIn(filepath.Dir(a.File), other, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Loaded || d.File == a.File || sameNetwork(a.Net, d.Net) {
		t.Fatalf("another seed: loaded %v, file %q, same weights %v", d.Loaded, d.File, sameNetwork(a.Net, d.Net))
	}
}

// The measurements do not disturb training: the cached run's weights are
// those of the plain loop New + Epoch, and its history has Epochs·Checks + 1
// points at the right epochs and steps, the last one what Evaluate says.
func TestMNISTSameAsLoop(t *testing.T) {
	run := tinyRun()
	m, err := MNISTIn("", run, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Loaded || m.File != "" {
		t.Fatalf("no folder: loaded %v, file %q", m.Loaded, m.File)
	}
	trainPart, testPart, err := data.LoadMNISTFirst("", run.Train, run.Test)
	if err != nil {
		t.Fatal(err)
	}
	trainSet, _ := trainPart.Set()
	testSet, _ := testPart.Set()
	net, _ := mlp.New([]int{784, 8, 10}, neuron.ReLU, neuron.Identity)
	if err := net.Initialize(mlp.He, 0, 7); err != nil {
		t.Fatal(err)
	}
	tr, err := New(net, trainSet.X, trainSet.Y, Config{Loss: mlp.SoftmaxCrossEntropy, Eta: 0.1, BatchSize: 10, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for e := 0; e < 2; e++ {
		if _, err := tr.Epoch(nil); err != nil {
			t.Fatal(err)
		}
	}
	if !sameNetwork(net, m.Net) {
		t.Fatal("the cached run's weights differ from New + 2 epochs")
	}
	// 300 examples in batches of 10: 30 steps per epoch; 3 checks per epoch
	// after steps 10, 20, 30 of each.
	wantEpoch := []float64{0, 1.0 / 3, 2.0 / 3, 1, 4.0 / 3, 5.0 / 3, 2}
	wantSteps := []int{0, 10, 20, 30, 40, 50, 60}
	if len(m.History) != len(wantEpoch) {
		t.Fatalf("%d measurements, want %d", len(m.History), len(wantEpoch))
	}
	for i, p := range m.History {
		if math.Abs(p.Epoch-wantEpoch[i]) > 1e-12 || p.Steps != wantSteps[i] {
			t.Errorf("measurement %d at epoch %v after %d steps, want %v and %d", i, p.Epoch, p.Steps, wantEpoch[i], wantSteps[i])
		}
	}
	last := m.History[len(m.History)-1]
	loss, acc, err := tr.Evaluate(testSet.X, testSet.Y)
	if err != nil {
		t.Fatal(err)
	}
	if last.TestLoss != loss || last.TestAccuracy != acc {
		t.Errorf("last test measurement %v, %v; Evaluate says %v, %v", last.TestLoss, last.TestAccuracy, loss, acc)
	}
	loss, acc, _ = tr.Evaluate(trainSet.X, trainSet.Y) // all 300 < 10000 are measured
	if last.TrainLoss != loss || last.TrainAccuracy != acc {
		t.Errorf("last training measurement %v, %v; Evaluate says %v, %v", last.TrainLoss, last.TrainAccuracy, loss, acc)
	}
	if first := m.History[0]; first.TestAccuracy > 0.3 || last.TestAccuracy < 0.5 {
		t.Errorf("test accuracy %v before and %v after training: did it learn?", first.TestAccuracy, last.TestAccuracy)
	}
}

// Every setting is in the file name; the defaults name the same file as
// their explicit values.
func TestMNISTFileName(t *testing.T) {
	base := tinyRun()
	changes := map[string]func(r *MNISTRun){
		"hidden size":  func(r *MNISTRun) { r.Hidden = []int{9} },
		"hidden count": func(r *MNISTRun) { r.Hidden = []int{8, 8} },
		"g":            func(r *MNISTRun) { r.G = neuron.Tanh },
		"output g":     func(r *MNISTRun) { r.Output = neuron.Sigmoid },
		"loss":         func(r *MNISTRun) { r.Loss = mlp.SquaredError },
		"init":         func(r *MNISTRun) { r.Init = mlp.Xavier },
		"init scale":   func(r *MNISTRun) { r.InitScale = 0.5 },
		"eta":          func(r *MNISTRun) { r.Eta = 0.1000001 },
		"batch":        func(r *MNISTRun) { r.BatchSize = 11 },
		"epochs":       func(r *MNISTRun) { r.Epochs = 3 },
		"checks":       func(r *MNISTRun) { r.Checks = 2 },
		"seed":         func(r *MNISTRun) { r.Seed = 8 },
		"train":        func(r *MNISTRun) { r.Train = 301 },
		"test":         func(r *MNISTRun) { r.Test = 101 },
	}
	names := map[string]string{base.FileName(): "base"}
	for what, change := range changes {
		r := base
		r.Hidden = append([]int(nil), base.Hidden...)
		change(&r)
		name := r.FileName()
		if other, ok := names[name]; ok {
			t.Errorf("changing the %s gives the file name of %s: %s", what, other, name)
		}
		names[name] = what
	}
	if fp := trainerFingerprint(); len(fp) != 12 || !strings.Contains(base.Key(), " trainer="+fp+" ") {
		t.Errorf("trainer fingerprint %q, key %q", fp, base.Key())
	}
	if name := base.FileName(); !strings.HasPrefix(name, "mnist-784-8-10-") || !strings.HasSuffix(name, ".json") {
		t.Errorf("file name %q, want mnist-784-8-10-<hash>.json", name)
	}

	full, defaults := base, base
	full.Train, full.Test, full.Checks = MNISTTrainSize, MNISTTestSize, 1
	defaults.Train, defaults.Test, defaults.Checks = 0, 0, 0
	if full.FileName() != defaults.FileName() {
		t.Errorf("Train, Test, Checks = 0 name %s, their values %s", defaults.FileName(), full.FileName())
	}
}

// A cache file that is not exactly the run's is trained again and replaced.
func TestMNISTBadCacheFile(t *testing.T) {
	run := tinyRun()
	dir := t.TempDir()
	ref, err := MNISTIn(dir, run, nil)
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(ref.File)
	if err != nil {
		t.Fatal(err)
	}
	var f cacheFile
	if err := json.Unmarshal(good, &f); err != nil {
		t.Fatal(err)
	}
	rewrite := func(change func(f *cacheFile)) []byte {
		var g cacheFile
		json.Unmarshal(good, &g)
		change(&g)
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	small, _ := mlp.New([]int{784, 5, 10}, neuron.ReLU, neuron.Identity)
	small.Initialize(mlp.He, 0, 1)
	var smallJSON strings.Builder
	small.Save(&smallJSON)
	tanh := ref.Net.Clone()
	tanh.Layers[0].G = neuron.Tanh
	var tanhJSON strings.Builder
	tanh.Save(&tanhJSON)

	cases := []struct {
		name, note string
		content    []byte
	}{
		{"empty", "unexpected end of JSON", nil},
		{"garbage", "invalid character", []byte("\x00\x01 not json")},
		{"truncated", "unexpected end of JSON", good[:len(good)/2]},
		{"other format", "format", rewrite(func(f *cacheFile) { f.Format = "stepnet-mnist-run-0" })},
		{"other run", "holds the run", rewrite(func(f *cacheFile) { f.Key = strings.Replace(f.Key, "seed=7", "seed=8", 1) })},
		{"other shapes", "holds a 784-5-10 network, want 784-8-10", rewrite(func(f *cacheFile) { f.Network = json.RawMessage(smallJSON.String()) })},
		{"other g", "layer 1: g is tanh, want relu", rewrite(func(f *cacheFile) { f.Network = json.RawMessage(tanhJSON.String()) })},
		{"not a network", "not a saved stepnet network", rewrite(func(f *cacheFile) { f.Network = json.RawMessage(`{"Format":"x"}`) })},
		{"short history", "6 measurements, want 7", rewrite(func(f *cacheFile) { f.History = f.History[1:] })},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(ref.File, c.content, 0o644); err != nil {
				t.Fatal(err)
			}
			m, err := MNISTIn(dir, run, nil)
			if err != nil {
				t.Fatal(err)
			}
			if m.Loaded || !strings.HasPrefix(m.Note, "trained again: ") || !strings.Contains(m.Note, c.note) {
				t.Errorf("loaded %v, note %q; want a retraining whose note says %q", m.Loaded, m.Note, c.note)
			}
			if !sameNetwork(m.Net, ref.Net) || !sameHistory(m.History, ref.History) {
				t.Error("the retrained network differs from the first one")
			}
			again, err := MNISTIn(dir, run, nil)
			if err != nil || !again.Loaded || !sameNetwork(again.Net, ref.Net) {
				t.Errorf("after retraining, the file is not read back: loaded %v, %v", again != nil && again.Loaded, err)
			}
		})
	}
}

// A folder that cannot be written does not lose the trained model.
func TestMNISTUnwritableFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := MNISTIn(filepath.Join(file, "cache"), tinyRun(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Loaded || m.File != "" || !strings.Contains(m.Note, "not saved") || m.Net == nil {
		t.Errorf("loaded %v, file %q, note %q", m.Loaded, m.File, m.Note)
	}
}

func TestMNISTBadRun(t *testing.T) {
	cases := map[string]struct {
		change func(r *MNISTRun)
		want   string
	}{
		"eta 0":         {func(r *MNISTRun) { r.Eta = 0 }, "η = 0"},
		"eta NaN":       {func(r *MNISTRun) { r.Eta = math.NaN() }, "η = NaN"},
		"batch 0":       {func(r *MNISTRun) { r.BatchSize = 0 }, "BatchSize = 0, want 1…300"},
		"batch > train": {func(r *MNISTRun) { r.BatchSize = 301 }, "BatchSize = 301, want 1…300"},
		"train":         {func(r *MNISTRun) { r.Train = 60001 }, "Train = 60001 training images, want 1…60000"},
		"test":          {func(r *MNISTRun) { r.Test = -1 }, "Test = -1 test images, want 1…10000"},
		"epochs":        {func(r *MNISTRun) { r.Epochs = -1 }, "Epochs = -1"},
		"checks":        {func(r *MNISTRun) { r.Checks = 31 }, "Checks = 31 measurements per epoch, want 1…30"},
		"hidden":        {func(r *MNISTRun) { r.Hidden = []int{8, 0} }, "hidden layer 2 has 0 units"},
		"g unset":       {func(r *MNISTRun) { r.G = neuron.Activation{} }, "the hidden layers' g (G) is not set"},
		"g unnamed":     {func(r *MNISTRun) { r.Output.Name = "mine" }, "the output layer's g (Output)"},
		"loss":          {func(r *MNISTRun) { r.Loss = 7 }, "unknown loss Loss(7)"},
		"init":          {func(r *MNISTRun) { r.Init = 9 }, "InitMethod(9)"},
		"scale":         {func(r *MNISTRun) { r.InitScale = math.Inf(1) }, "InitScale = +Inf"},
	}
	for name, c := range cases {
		r := tinyRun()
		c.change(&r)
		m, err := MNISTIn(t.TempDir(), r, nil)
		if err == nil || m != nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q, want it to say %q", name, err, c.want)
		}
	}
}

func TestCacheDir(t *testing.T) {
	t.Setenv(CacheEnv, "/somewhere/else")
	if dir, err := CacheDir(); err != nil || dir != "/somewhere/else" {
		t.Errorf("with $%s set: %q, %v", CacheEnv, dir, err)
	}
	if runtime.GOOS != "linux" {
		return
	}
	t.Setenv(CacheEnv, "")
	t.Setenv("XDG_CACHE_HOME", "/xdg")
	t.Setenv("HOME", "/home/student")
	if dir, err := CacheDir(); err != nil || dir != filepath.Join("/xdg", "stepnet") {
		t.Errorf("without $%s: %q, %v; want /xdg/stepnet", CacheEnv, dir, err)
	}
}
