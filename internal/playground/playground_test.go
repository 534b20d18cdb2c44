package playground

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/backprop"
)

func TestEncodeParseRoundTrip(t *testing.T) {
	c := Config{Data: "spirals", Points: 120, Noise: 0.05, Hidden: []int{6, 4, 3}, Activation: "relu",
		Loss: "squared", Eta: 0.03, Batch: 7, L2: 0.001, Init: "he", Seed: 42}
	got, err := Parse("#" + c.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Fatalf("Parse(Encode(c)) = %+v, want %+v", got, c)
	}
	if d, err := Parse(""); err != nil || !reflect.DeepEqual(d, Default()) {
		t.Fatalf("Parse(\"\") = %+v, %v; want the default", d, err)
	}
	if d, err := Parse("hidden="); err != nil || d.Hidden != nil {
		t.Fatalf("hidden= gives %v, %v; want no hidden layer", d.Hidden, err)
	}
}

func TestParseRejects(t *testing.T) {
	for q, want := range map[string]string{
		"data=mnist":           "want one of circles",
		"eta=0":                "must be > 0",
		"eta=NaN":              "eta=NaN",
		"hidden=8,0":           "layer 2",
		"hidden=1,1,1,1,1,1,1": "at most 6",
		"points=1000000":       "points=1000000",
		"colour=red":           "unknown setting",
		"seed=-1":              "seed=-1",
	} {
		_, err := Parse(q)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", q, err, want)
		}
	}
}

// TestTrainingLowersTheCost trains the default 2-8-8-2 tanh network on
// circles and expects the training cost to fall well below its start.
func TestTrainingLowersTheCost(t *testing.T) {
	m, err := New(Default())
	if err != nil {
		t.Fatal(err)
	}
	for e := 0; e < 150; e++ {
		if err := m.Step(); err != nil {
			t.Fatal(err)
		}
	}
	if len(m.TrainCost) != 151 || m.Epoch != 150 {
		t.Fatalf("%d costs after %d epochs", len(m.TrainCost), m.Epoch)
	}
	if c0, c := m.TrainCost[0], m.TrainCost[150]; !(c < 0.2 && c < c0/3) {
		t.Fatalf("training cost %.4g → %.4g after 150 epochs; want < 0.2", c0, c)
	}
}

// TestSameConfigSameNetwork: one configuration gives the same weights after
// e epochs (the page rebuilds its model from the URL).
func TestSameConfigSameNetwork(t *testing.T) {
	a, _ := New(Default())
	b, _ := New(Default())
	for e := 0; e < 5; e++ {
		a.Step()
		b.Step()
	}
	if !reflect.DeepEqual(a.TrainCost, b.TrainCost) || len(a.TrainCost) != 6 {
		t.Fatalf("two models of one configuration: costs %v and %v after 5 epochs", a.TrainCost, b.TrainCost)
	}
	for l := range a.Net.Layers {
		if !reflect.DeepEqual(a.Net.Layers[l].W.RawMatrix().Data, b.Net.Layers[l].W.RawMatrix().Data) {
			t.Fatalf("layer %d: the weights differ after 5 epochs", l+1)
		}
	}
}

func TestRegionsAndUnits(t *testing.T) {
	m, _ := New(Default())
	if err := m.Render(10); err != nil {
		t.Fatal(err)
	}
	if px := m.Regions(); len(px) != 400 || px[3] != 255 {
		t.Fatalf("Regions: %d bytes", len(px))
	}
	if got := m.Units(); !reflect.DeepEqual(got, []int{8, 8}) {
		t.Fatalf("Units = %v", got)
	}
	px, err := m.Unit(2, 7)
	if err != nil || len(px) != 400 {
		t.Fatalf("Unit(2, 7): %d bytes, %v", len(px), err)
	}
	if _, err := m.Unit(3, 0); err == nil {
		t.Fatal("Unit(3, 0) of a network with 2 hidden layers: no error")
	}
	// A white pixel is h in the middle of g's range; paint mixes towards the class colour.
	p := make([]byte, 4)
	paint(p, Classes[0], 0)
	if p[0] != 255 || p[1] != 255 || p[2] != 255 {
		t.Fatalf("paint(a = 0) = %v, want white", p)
	}
	paint(p, Classes[0], 1)
	if p[0] != 0 || p[1] != 114 || p[2] != 178 {
		t.Fatalf("paint(a = 1) = %v, want %v", p, Classes[0])
	}
}

// TestInspect: the δˡ shown are backprop's, and the gradient check agrees.
func TestInspect(t *testing.T) {
	m, _ := New(Default())
	for e := 0; e < 3; e++ {
		m.Step()
	}
	x := []float64{0.3, -0.2}
	in, err := m.Inspect(x, 1, "t")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := backprop.Gradient(m.Net, x, []float64{0, 1}, m.Loss)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Deltas) != 3 {
		t.Fatalf("%d deltas, want 3 (layers 1…3)", len(in.Deltas))
	}
	for l := 1; l <= 3; l++ {
		for i, d := range in.Deltas[l-1] {
			if d != tr.Delta[l].AtVec(i) {
				t.Fatalf("δ%d[%d] = %v, backprop %v", l, i, d, tr.Delta[l].AtVec(i))
			}
		}
	}
	if !in.CheckOK || !strings.Contains(in.Check, "largest relative error") {
		t.Fatalf("gradient check: %s (ok %v)", in.Check, in.CheckOK)
	}
	if !strings.Contains(in.Back, "δ") || !strings.Contains(in.Forward, "h⁰") {
		t.Fatal("the step-throughs lack δ or h⁰")
	}
	if _, err := m.Inspect(x, 2, "t"); err == nil {
		t.Fatal("class 2 of a 2-class set: no error")
	}
	if math.IsNaN(in.X[0]) {
		t.Fatal("NaN")
	}
}

// BenchmarkEpoch is the playground's budget: one epoch of the default
// 2-8-8-2 tanh network on 200 points (minibatches of 10), costs included.
func BenchmarkEpoch(b *testing.B) {
	m, _ := New(Default())
	for b.Loop() {
		m.Step()
	}
}

// BenchmarkRender is one frame's forward pass over a 64×64 grid and its pictures.
func BenchmarkRender(b *testing.B) {
	m, _ := New(Default())
	for b.Loop() {
		m.Render(64)
		m.Regions()
		for l := 1; l <= 2; l++ {
			for i := 0; i < 8; i++ {
				m.Unit(l, i)
			}
		}
	}
}

// TestCheckAgrees: the page's gradient check passes on a relative error of
// 1e-6 or an absolute one of 1e-12, and fails when both are larger (the
// values of a check that failed at load 10–14 in TestSite, on a trained
// network: relative 2.96e-06 on a gradient of −2.3e-08, absolute 1.4e-13).
func TestCheckAgrees(t *testing.T) {
	for _, c := range []struct {
		rel, abs float64
		ok       bool
	}{{1e-9, 1e-9, true}, {2.96e-6, 1.4e-13, true}, {2.96e-6, 1e-9, false}, {0.5, 1e-3, false}, {math.NaN(), math.NaN(), false}} {
		if got := checkAgrees(backprop.CheckResult{MaxRelErr: c.rel, MaxAbsErr: c.abs}); got != c.ok {
			t.Errorf("relative %g, absolute %g: agrees %v, want %v", c.rel, c.abs, got, c.ok)
		}
	}
}
