package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestBenchSeedsWrap: -seeds counts runs, even from the largest seed, where
// seed+1 wraps around to 0 (a loop "while sd < seed+seeds" ran none).
func TestBenchSeedsWrap(t *testing.T) {
	needMNIST(t)
	var stdout, stderr bytes.Buffer
	args := []string{"bench", "-config", "B", "-backend", "gonum", "-epochs", "1", "-seeds", "2", "-seed", "18446744073709551615", "-train", "64", "-test", "32", "-gemm-time", "1ms"}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{", seed 18446744073709551615\n", ", seed 0\n", "on average over 2 seeds"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
}
