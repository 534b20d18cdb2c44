package conv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestLessonRunParameters(t *testing.T) {
	r := LessonMNISTRun
	net, err := NewNet(Shape{1, 28, 28}, r.Filters, r.K, neuron.ReLU, 10, r.Seed)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, st := range net.Stages {
		n += st.Conv.Params()
	}
	n += 256*10 + 10
	if n != 5994 {
		t.Errorf("%d parameters, the doc says 5,994", n)
	}
}

// A model saved to the cache loads back with the same bits; a damaged file,
// data after the model and another run's key are refused.
func TestCNNCacheRoundTrip(t *testing.T) {
	run := LessonMNISTRun
	net, err := NewNet(Shape{1, 28, 28}, run.Filters, run.K, neuron.ReLU, 10, 9)
	if err != nil {
		t.Fatal(err)
	}
	m := &MNISTModel{Run: run, Net: net, History: []MNISTEpoch{{0.3, 0.97, 12}, {0.1, 0.981, 11}}}
	path := filepath.Join(t.TempDir(), "m.json")
	if err := saveCNN(path, m); err != nil {
		t.Fatal(err)
	}
	got, err := loadCNN(path, run)
	if err != nil {
		t.Fatal(err)
	}
	if checksum(got.Net) != checksum(net) || got.History[1].TestAccuracy != 0.981 || got.History[1].Seconds != 0 {
		t.Errorf("loaded model differs: %+v", got.History)
	}
	b, _ := os.ReadFile(path)
	for name, bad := range map[string]string{
		"a changed weight": strings.Replace(string(b), `"W":[`, `"W":[1.5,`, 1),
		"data after it":    string(b) + `{"Format":"x"}`,
		"truncated":        string(b[:len(b)/2]),
	} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loadCNN(path, run); err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
	os.WriteFile(path, b, 0o644)
	other := run
	other.Seed = 2
	if _, err := loadCNN(path, other); err == nil {
		t.Error("another run's file: loaded without error")
	}
}

func TestMNISTRunValidate(t *testing.T) {
	for _, r := range []MNISTRun{
		{},
		{Filters: []int{8}, K: 5, Epochs: 0, Batch: 32, Eta: 0.1},
		{Filters: []int{8}, K: 5, Epochs: 1, Batch: 0, Eta: 0.1},
		{Filters: []int{8}, K: 5, Epochs: 1, Batch: 32, Eta: -1},
		{Filters: []int{1 << 20}, K: 5, Epochs: 1, Batch: 32, Eta: 0.1},
	} {
		if _, err := MNISTIn("", r, nil); err == nil {
			t.Errorf("%+v: no error", r)
		}
	}
}
