package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestBenchTable: the README's table from JSON lines of stepnet bench and of
// the numpy peer: the machine, a row per result (float64 before float32, asm
// before gonum, numpy last), the two targets of B, and the numpy ratio.
func TestBenchTable(t *testing.T) {
	in := strings.Join([]string{
		`{"config":"B","layers":[784,128,10],"batch":32,"seed":1,"train_examples":60000,"backend":"gonum (pure Go)","engine":"gonum","machine":"M","precision":"float64","epochs":[{"epoch":1,"test_accuracy":0.96},{"epoch":2,"test_accuracy":0.97}],"seconds_per_epoch":1.5,"gflops":10,"gemm_gflops":20,"ratio":0.5,"allocs_per_step":0}`,
		``,
		`{"config":"B","layers":[784,128,10],"batch":32,"seed":1,"train_examples":60000,"backend":"Go assembly (AVX2+FMA kernels, no cgo)","engine":"asm","machine":"M","load":0.5,"precision":"float32","epochs":[{"epoch":1,"test_accuracy":0.9612}],"seconds_per_epoch":0.4,"gflops":40,"gemm_gflops":50,"ratio":0.8,"allocs_per_step":0}`,
		`{"config":"B","layers":[784,128,10],"batch":32,"seed":1,"train_examples":60000,"backend":"Go assembly (AVX2+FMA kernels, no cgo)","machine":"M","load":2,"precision":"float64","epochs":[{"epoch":1,"test_accuracy":0.9611}],"seconds_per_epoch":0.55,"gflops":30,"gemm_gflops":35,"ratio":0.857,"allocs_per_step":0,"core_round_trip_ns":61}`,
		`{"config":"B","layers":[784,128,10],"batch":32,"seed":1,"train_examples":60000,"backend":"numpy 1.24.2","engine":"numpy","precision":"float32","epochs":[{"epoch":1,"test_accuracy":0.9637}],"seconds_per_epoch":1.0}`,
		`{"config":"A","layers":[784,100,10],"batch":10,"seed":1,"train_examples":60000,"backend":"gonum (pure Go)","engine":"gonum","machine":"M","precision":"float64","epochs":[{"epoch":1,"test_accuracy":0.75}],"seconds_per_epoch":2,"gflops":1,"gemm_gflops":2,"ratio":0.5,"allocs_per_step":0}`,
		`{"config":"A","layers":[784,30,10],"batch":10,"seed":2,"train_examples":3000,"backend":"gonum (pure Go)","engine":"gonum","machine":"M","precision":"float64","epochs":[{"epoch":1,"test_accuracy":0.5}],"seconds_per_epoch":0.2,"gflops":1,"gemm_gflops":2,"ratio":0.5,"allocs_per_step":3}`,
	}, "\n")
	var out bytes.Buffer
	if err := benchTable(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	want := []string{
		"Machine: M. Load average (1 minute) at the end of the runs: 0.5–2.0.\n",
		"| A 784-30-10, seed 2, 3000 training images | gonum | float64 | 0.200 | 0.5000 | 1.0 (2.0): 50% | 3 | — |\n" +
			"| A 784-100-10 | gonum | float64 | 2.000 | 0.7500 | 1.0 (2.0): 50% | 0 | — |\n" +
			"| B 784-128-10 | asm | float64 | 0.550 | 0.9611 | 30.0 (35.0): 86% | 0 | 61 ns |\n" +
			"| B 784-128-10 | gonum | float64 | 1.500 | 0.9600, 0.9700 | 10.0 (20.0): 50% | 0 | — |\n" +
			"| B 784-128-10 | asm | float32 | 0.400 | 0.9612 | 40.0 (50.0): 80% | 0 | — |\n" +
			"| B 784-128-10 | numpy | float32 | 1.000 | 0.9637 | 24.5 | — | — |\n",
		"- B in float64: 0.550 s/epoch (asm; the target is ≤ 0.6 s); the step at 86% of its GEMMs alone (target ≥ 80%).\n",
		"- B in float32: 0.400 s/epoch (asm), the step at 80% of its GEMMs alone; numpy float32 1.000 s/epoch: 0.40× numpy's time (the target is ≤ 0.5×).\n",
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("the table lacks\n%s\ngot:\n%s", w, got)
		}
	}
	for _, bad := range []string{"", "{", `{"config":"B"}`} {
		if err := benchTable(strings.NewReader(bad), &out); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
