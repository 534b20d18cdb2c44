package must

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/explore"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// stderrOf runs f and returns what it wrote on the standard error.
func stderrOf(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	f()
	os.Stderr = old
	w.Close()
	b, _ := io.ReadAll(r)
	return string(b)
}

// A cell as GoNB runs it: Catch deferred first, a wrapper failing on a
// student's mistake. The cell stops there and says the error in one line.
func TestCatchOneLine(t *testing.T) {
	after := false
	got := stderrOf(t, func() {
		defer Catch()
		n := neuron.Neuron{W: []float64{1, 2}, G: neuron.Sigmoid}
		Float(n.Output([]float64{1, 2, 3}))
		after = true
	})
	if after {
		t.Error("the cell went on after a failed wrapper")
	}
	if want := "neuron: w has 2 weights but x has 3 values\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
}

func TestWrappersPassValues(t *testing.T) {
	got := stderrOf(t, func() {
		defer Catch()
		net := Net(mlp.New([]int{2, 3, 1}, neuron.Tanh, neuron.Sigmoid))
		OK(net.Initialize(mlp.Xavier, 0, 1))
		if o := Trace(net.Forward([]float64{0.5, -1})).Output(); len(o) != 1 || o[0] <= 0 || o[0] >= 1 {
			t.Errorf("output %v, want one value in (0, 1)", o)
		}
		a, b := Float2(3, 4, nil)
		if a != 3 || b != 4 {
			t.Errorf("Float2: %v, %v", a, b)
		}
	})
	if got != "" {
		t.Errorf("stderr %q, want nothing", got)
	}
}

// A shape mistake deep in the kit (η ≤ 0 here) reaches the cell as the kit's own message.
func TestFailureIsTheError(t *testing.T) {
	base := errors.New("gd: η must be > 0, got −1")
	defer func() {
		r := recover()
		f, ok := r.(Failure)
		if !ok {
			t.Fatalf("panic value %T %v, want a Failure", r, r)
		}
		if f.Error() != base.Error() || !errors.Is(f, base) {
			t.Errorf("failure %q does not carry %q", f.Error(), base)
		}
	}()
	OK(base)
}

func TestCatchPassesOtherPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(error).Error(), "index out of range") {
			t.Errorf("recovered %v, want the index error passed on", r)
		}
	}()
	func() {
		defer Catch()
		var xs []float64
		i := 3
		_ = xs[i]
	}()
}

func TestLessonFigure(t *testing.T) {
	b := LessonFigure("05", "regimes")
	if len(b) < 8 || string(b[1:4]) != "PNG" {
		t.Errorf("not a PNG: % x", b[:min(8, len(b))])
	}
	got := stderrOf(t, func() {
		defer Catch()
		LessonFigure("05", "no-such-figure")
	})
	if !strings.Contains(got, `no figure "no-such-figure"`) || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr %q, want one line naming the figure", got)
	}
}

// An explorable comes through whole; a wrong name stops the cell with the builder's one line.
func TestExplorable(t *testing.T) {
	x := Explorable(explore.Quadratic())
	if len(x.Frames) == 0 || !strings.Contains(x.HTML(), "xp explore") {
		t.Errorf("Explorable(explore.Quadratic()): %d frames, not an explorable block", len(x.Frames))
	}
	got := stderrOf(t, func() {
		defer Catch()
		Explorable(explore.Training("spiral-galaxy", 1))
		t.Error("the cell went on after a failed builder")
	})
	if want := "explore: no toy set \"spiral-galaxy\": want moons, circles, xor or spirals\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
}
