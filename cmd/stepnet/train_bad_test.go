package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainRefusesBeforeTraining: absurd sizes and an unwritable -out or
// -plot are usage errors at once, before MNIST is loaded or a step taken.
func TestTrainRefusesBeforeTraining(t *testing.T) {
	dir := t.TempDir()
	cases := map[string][]string{
		"mlp.MaxParams":       {"-layers", "784,1000000000,10"},
		"more than the 1000":  {"-layers", "784" + strings.Repeat(",1", 1001) + ",10"},
		"does not exist":      {"-out", filepath.Join(dir, "missing", "m.json")},
		"is a folder":         {"-out", dir},
		"-plot":               {"-plot", filepath.Join(dir, "missing", "c.png")},
		"positive (and sensi": {"-eta", "NaN"},
	}
	for want, args := range cases {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"train"}, args...), &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), want) || stdout.Len() != 0 {
			t.Errorf("train %v: exit %d, stdout %q, stderr %q; want exit 2 at once and a message with %q", args, code, stdout.String(), stderr.String(), want)
		}
	}
}

// TestTrainNamesDivergence: η = 1e6 ends with an error that says the cost
// rose and suggests a smaller η, and saves nothing (issue 14: rc 0, cost 5e5,
// not a word).
func TestTrainNamesDivergence(t *testing.T) {
	needMNIST(t)
	model := filepath.Join(t.TempDir(), "model.json")
	var stdout, stderr bytes.Buffer
	code := run([]string{"train", "-train", "1000", "-test", "200", "-epochs", "2", "-eta", "1e6", "-out", model}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "training diverged") || !strings.Contains(stderr.String(), "-eta 100000") {
		t.Errorf("exit %d, stderr %q; want 1 and the divergence named", code, stderr.String())
	}
	if _, err := os.Stat(model); err == nil {
		t.Error("a diverged model was saved")
	}
}

// TestTrainNamesDeadNetwork: ReLU outputs with the squared error and η = 3
// die (every output 0, the cost exactly 1); the error says so and what to
// change.
func TestTrainNamesDeadNetwork(t *testing.T) {
	needMNIST(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"train", "-train", "1000", "-test", "200", "-epochs", "2", "-loss", "mse", "-eta", "3", "-out", ""}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "the network is dead") || !strings.Contains(stderr.String(), "-output sigmoid") {
		t.Errorf("exit %d, stderr %q; want 1 and the dead network named", code, stderr.String())
	}
}
