package conv

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// FuzzLoadCNN feeds the CNN cache reader any bytes a damaged or forged cache
// file can hold: it must return a model or an error, never panic, and a
// model it returns must pass Validate (a cache file is outside input: the
// cache folder is the user's).
func FuzzLoadCNN(f *testing.F) {
	run := MNISTRun{Filters: []int{1}, K: 5, Epochs: 1, Batch: 32, Eta: 0.1, Seed: 3}
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, run.Seed)
	if err != nil {
		f.Fatal(err)
	}
	good := filepath.Join(f.TempDir(), "good.json")
	if err := saveCNN(good, &MNISTModel{Run: run, Net: net, History: []MNISTEpoch{{0.2, 0.9, 1}}}); err != nil {
		f.Fatal(err)
	}
	b, err := os.ReadFile(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte(`{"Format":"stepnet-cnn-1"}`))
	f.Add([]byte(`{"Format":"stepnet-cnn-1","Stages":[{"W":[1e999]}]}`))
	f.Add([]byte(`[]`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "m.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		m, err := loadCNN(path, run)
		if err != nil {
			return
		}
		if err := m.Net.Validate(); err != nil {
			t.Fatalf("loaded a model that does not validate: %v", err)
		}
	})
}
