package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/mlp"
)

func needMNIST(t *testing.T) {
	t.Helper()
	if _, err := data.MNISTDir(); err != nil {
		t.Skipf("MNIST is not available: %v", err)
	}
}

// TestTrainBadFlags: every wrong flag is a usage error (exit 2) naming the flag.
func TestTrainBadFlags(t *testing.T) {
	cases := map[string][]string{
		"-layers":        {"-layers", "784,x,10"},
		"start with 784": {"-layers", "100,10"},
		"-eta":           {"-eta", "0"},
		"-batch":         {"-batch", "0"},
		"-epochs":        {"-epochs", "0"},
		"-activation":    {"-activation", "softplus"},
		"-loss":          {"-loss", "hinge"},
		"-init":          {"-init", "lecun"},
		"-output":        {"-output", "sigmoid"},
		"-plot":          {"-plot", "curves.gif"},
		"unexpected":     {"extra"},
	}
	for want, args := range cases {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"train"}, args...), &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), want) {
			t.Errorf("train %v: exit %d, stderr %q; want exit 2 and a message with %q", args, code, stderr.String(), want)
		}
	}
}

// TestTrainSmallRun trains on 600 images for 2 epochs, saves the model and
// the learning curves, and loads the model back.
func TestTrainSmallRun(t *testing.T) {
	needMNIST(t)
	dir := t.TempDir()
	model, curves := filepath.Join(dir, "model.json"), filepath.Join(dir, "curves.png")
	var stdout, stderr bytes.Buffer
	args := []string{"train", "-train", "600", "-test", "200", "-epochs", "2", "-out", model, "-plot", curves}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"784-128-10 relu,identity", "epoch  seconds", "\n    2 ", "saved the network to " + model, "learning curves into " + curves} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
	net, err := mlp.LoadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	if got := net.String(); got != "784-128-10 relu,identity" {
		t.Errorf("the saved network is %s", got)
	}
}

// TestBenchJSON runs config B on a small subset with -json: one object per
// backend, with the configuration named and the numbers filled in.
func TestBenchJSON(t *testing.T) {
	needMNIST(t)
	var stdout, stderr bytes.Buffer
	args := []string{"bench", "-config", "B", "-epochs", "1", "-json", "-train", "640", "-test", "200", "-gemm-time", "1ms"}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	for _, line := range lines {
		var r benchResult
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v in %q", err, line)
		}
		if r.Config != "B" || r.Activation != "relu" || len(r.Layers) != 3 || r.Layers[1] != 128 || r.Batch != 32 || r.Eta != 0.1 || !r.Standardized {
			t.Errorf("the configuration is not B's: %+v", r)
		}
		if len(r.Epochs) != 1 || r.StepsPerEpoch != 20 || r.FlopsPerStep != 13090816 || r.GFLOPS <= 0 || r.GEMMGFLOPS <= 0 || r.Backend == "" {
			t.Errorf("missing numbers: %+v", r)
		}
	}
}

// TestBenchInputs: each configuration gets the inputs of its reference setup
// (A: the pixels, as Nielsen's book; B: standardised, as PyTorch's example),
// and -inputs overrides both, in either order.
func TestBenchInputs(t *testing.T) {
	needMNIST(t)
	for _, c := range []struct {
		inputs string
		want   map[string]bool // config → standardized
	}{
		{"config", map[string]bool{"A": false, "B": true}},
		{"pixels", map[string]bool{"A": false, "B": false}},
		{"standardized", map[string]bool{"A": true, "B": true}},
	} {
		var stdout, stderr bytes.Buffer
		args := []string{"bench", "-inputs", c.inputs, "-epochs", "1", "-json", "-train", "100", "-test", "50", "-gemm-time", "1ms", "-backend", "gonum"}
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
			var r benchResult
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%v in %q", err, line)
			}
			if r.Standardized != c.want[r.Config] {
				t.Errorf("-inputs %s: config %s %v standardized = %v, want %v", c.inputs, r.Config, r.Layers, r.Standardized, c.want[r.Config])
			}
		}
	}
}

func TestBenchBadFlags(t *testing.T) {
	for want, args := range map[string][]string{
		"-config":  {"-config", "C"},
		"-epochs":  {"-epochs", "0"},
		"-backend": {"-backend", "mkl"},
		"-inputs":  {"-inputs", "raw"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"bench"}, args...), &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), want) {
			t.Errorf("bench %v: exit %d, stderr %q; want exit 2 and a message with %q", args, code, stderr.String(), want)
		}
	}
}

// TestBenchSeeds: -seeds N trains each configuration with N seeds, names the
// seed of each run, and summarises the accuracy over them; -seeds 0 is a
// usage error.
func TestBenchSeeds(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bench", "-seeds", "0"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "-seeds") {
		t.Errorf("bench -seeds 0: exit %d, stderr %q", code, stderr.String())
	}
	needMNIST(t)
	stdout.Reset()
	stderr.Reset()
	args := []string{"bench", "-config", "B", "-backend", "gonum", "-epochs", "2", "-seeds", "3", "-seed", "4", "-train", "320", "-test", "100", "-gemm-time", "1ms"}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{", seed 4\n", ", seed 5\n", ", seed 6\n", "seeds 4–6:", "epoch 1: test accuracy", "epoch 2: test accuracy", "on average over 3 seeds (lowest "} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
}
