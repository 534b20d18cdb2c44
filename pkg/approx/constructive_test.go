package approx

import (
	"math"
	"strings"
	"testing"
)

// TestConstructive: the sum of bumps reaches ε = 0.1, 0.05 and 0.01 for
// sin(2πx) and |x − ½|, with more units for a smaller ε. The error of a
// sum of M steep bumps is about L/(2M) for a target of slope at most L:
// sin(2πx) (L = 2π) needs M ≈ π/ε bumps, |x − ½| (L = 1) M ≈ 1/(2ε).
func TestConstructive(t *testing.T) {
	for _, target := range []struct {
		name string
		f    func(float64) float64
		L    float64
	}{{"sin(2πx)", sin2pi, 2 * math.Pi}, {"|x − ½|", vee, 1}} {
		prev := 0
		for _, eps := range []float64{0.1, 0.05, 0.01} {
			c, err := Constructive(target.f, eps, 2000)
			if err != nil {
				t.Fatalf("%s, ε = %v: %v", target.name, eps, err)
			}
			t.Logf("%s, ε = %v: M = %d bumps, %d units, max |F − f| = %.4f (%d tries)", target.name, eps, c.M, c.Units, c.MaxErr, len(c.Tried))
			if c.MaxErr >= eps {
				t.Errorf("%s: error %v ≥ ε = %v", target.name, c.MaxErr, eps)
			}
			if c.Units != 2*c.M || c.F.Units() != c.Units || c.K != BumpSteepness*float64(c.M) {
				t.Errorf("%s: M = %d, Units = %d, F has %d units, k = %v", target.name, c.M, c.Units, c.F.Units(), c.K)
			}
			if c.Units <= prev {
				t.Errorf("%s: ε = %v took %d units, no more than %d for a larger ε", target.name, eps, c.Units, prev)
			}
			prev = c.Units
			// The L/(2M) estimate: M is within a factor 2 of L/(2ε).
			if est := target.L / (2 * eps); float64(c.M) < est/2 || float64(c.M) > 2*est {
				t.Errorf("%s, ε = %v: M = %d, far from L/(2ε) = %.0f", target.name, eps, c.M, est)
			}
			// The error reported is the F's, and M − 1 bumps were tried and failed
			// (the bisection found the smallest M on its path).
			m, _ := Measure1D(c.F, target.f)
			if m.MaxErr != c.MaxErr {
				t.Errorf("%s: reported error %v, measured %v", target.name, c.MaxErr, m.MaxErr)
			}
			failedBelow := false
			for _, a := range c.Tried {
				if a.M == c.M-1 && a.MaxErr >= eps {
					failedBelow = true
				}
			}
			if c.M > 1 && !failedBelow {
				t.Errorf("%s, ε = %v: M − 1 = %d not tried or not failing: %v", target.name, eps, c.M-1, c.Tried)
			}
			if c.F.C != 0 {
				t.Errorf("the bumps have an output bias c = %v", c.F.C)
			}
		}
	}
}

// TestBumps: with 4 bumps of f(x) = x, the heights are f at the cell
// centres 1/8, 3/8, 5/8, 7/8; in the middle of a cell F is that height to
// within the tails of the sigmoids (σ(−10) ≈ 4.5·10⁻⁵ per edge), and bump 1
// alone (units 2 and 3) is 3/8 at its centre and nearly 0 elsewhere.
func TestBumps(t *testing.T) {
	id := func(x float64) float64 { return x }
	F, err := Bumps(id, 4, BumpSteepness*4)
	if err != nil {
		t.Fatal(err)
	}
	for j, want := range []float64{0.125, 0.375, 0.625, 0.875} {
		if y, _ := F.Eval1(want); math.Abs(y-want) > 2e-4 {
			t.Errorf("F at the centre of cell %d = %v, want %v", j, y, want)
		}
	}
	// At x = 0 the first bump is whole (its left edge is at −1/8): F ≈ 1/8.
	if y, _ := F.Eval1(0); math.Abs(y-0.125) > 1e-3 {
		t.Errorf("F(0) = %v, want about 1/8", y)
	}
	b1, err := F.Part(2, 4)
	if err != nil {
		t.Fatal(err)
	}
	if y, _ := b1.Eval1(0.375); math.Abs(y-0.375) > 1e-4 {
		t.Errorf("bump 1 at its centre = %v", y)
	}
	if y, _ := b1.Eval1(0.875); math.Abs(y) > 1e-4 {
		t.Errorf("bump 1 at x = 7/8 = %v, want about 0", y)
	}
}

func TestConstructiveErrors(t *testing.T) {
	nan := func(x float64) float64 { return math.Log(x - 0.5) }
	for _, c := range []struct {
		name string
		run  func() error
		want string
	}{
		{"budget", func() error { _, err := Constructive(sin2pi, 0.001, 1000); return err }, "not reached within 1000 units"},
		{"ε = 0", func() error { _, err := Constructive(sin2pi, 0, 100); return err }, "ε = 0"},
		{"ε NaN", func() error { _, err := Constructive(sin2pi, math.NaN(), 100); return err }, "ε = NaN"},
		{"budget of 1", func() error { _, err := Constructive(sin2pi, 0.1, 1); return err }, "2 units"},
		{"nil f", func() error { _, err := Constructive(nil, 0.1, 100); return err }, "nil"},
		{"NaN target", func() error { _, err := Constructive(nan, 0.1, 100); return err }, "f(0) = NaN"},
		{"bumps M = 0", func() error { _, err := Bumps(sin2pi, 0, 10); return err }, "M = 0"},
		{"bumps k < 0", func() error { _, err := Bumps(sin2pi, 3, -1); return err }, "k = -1"},
		{"bumps nil f", func() error { _, err := Bumps(nil, 3, 10); return err }, "nil"},
		{"bumps NaN height", func() error { _, err := Bumps(nan, 2, 10); return err }, "f(0.25) = NaN"},
	} {
		err := c.run()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestConstructiveDeterministic: no randomness, the same numbers twice.
func TestConstructiveDeterministic(t *testing.T) {
	a, _ := Constructive(vee, 0.02, 500)
	b, _ := Constructive(vee, 0.02, 500)
	if a.M != b.M || a.MaxErr != b.MaxErr || len(a.Tried) != len(b.Tried) {
		t.Errorf("two runs differ: %v vs %v", a.Tried, b.Tried)
	}
}
