package data

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// toyCase builds one set with a given seed.
type toyCase struct {
	name    string
	classes int
	make    func(n int, seed uint64) (*Set, error)
}

var toyCases = []toyCase{
	{"two Gaussians", 2, func(n int, seed uint64) (*Set, error) {
		return TwoGaussians(n, [2]float64{-1, 0}, [2]float64{1, 0}, 0.5, seed)
	}},
	{"XOR", 2, func(n int, seed uint64) (*Set, error) { return XOR(n, 0.1, seed) }},
	{"circles", 2, func(n int, seed uint64) (*Set, error) { return Circles(n, 0.5, 0.05, seed) }},
	{"moons", 2, func(n int, seed uint64) (*Set, error) { return Moons(n, 0.1, seed) }},
	{"spirals", 3, func(n int, seed uint64) (*Set, error) { return Spirals(n, 3, 1.5, 0.02, seed) }},
}

func TestToySizesAndBalance(t *testing.T) {
	for _, tc := range toyCases {
		for _, n := range []int{tc.classes, 7, 100, 301} {
			s, err := tc.make(n, 1)
			if err != nil {
				t.Fatalf("%s n=%d: %v", tc.name, n, err)
			}
			if err := s.Validate(); err != nil {
				t.Fatalf("%s n=%d: %v", tc.name, n, err)
			}
			if r, c := s.X.Dims(); r != n || c != 2 {
				t.Errorf("%s n=%d: X is %d×%d, want %d×2", tc.name, n, r, c, n)
			}
			if r, c := s.Y.Dims(); r != n || c != tc.classes {
				t.Errorf("%s n=%d: Y is %d×%d, want %d×%d", tc.name, n, r, c, n, tc.classes)
			}
			if s.Classes != tc.classes || s.Name != tc.name {
				t.Errorf("%s: Classes %d Name %q", tc.name, s.Classes, s.Name)
			}
			// Example i is class i mod K: sizes n/K, one more for the first n mod K classes.
			for c, got := range s.Counts() {
				want := n / tc.classes
				if c < n%tc.classes {
					want++
				}
				if got != want {
					t.Errorf("%s n=%d: class %d has %d examples, want %d", tc.name, n, c, got, want)
				}
			}
			for i := range n {
				if s.Y.At(i, s.Labels[i]) != 1 || mat.Sum(s.Y.RowView(i)) != 1 {
					t.Fatalf("%s: row %d of Y is not the one-hot of label %d", tc.name, i, s.Labels[i])
				}
				for j := range 2 {
					if v := s.X.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
						t.Fatalf("%s: X[%d,%d] = %g", tc.name, i, j, v)
					}
				}
			}
		}
	}
}

func TestToyDeterminism(t *testing.T) {
	for _, tc := range toyCases {
		a, _ := tc.make(50, 7)
		b, _ := tc.make(50, 7)
		c, _ := tc.make(50, 8)
		if !mat.Equal(a.X, b.X) || !mat.Equal(a.Y, b.Y) {
			t.Errorf("%s: seed 7 twice gives different sets", tc.name)
		}
		if mat.Equal(a.X, c.X) {
			t.Errorf("%s: seeds 7 and 8 give the same X", tc.name)
		}
	}
}

// Where the points must lie when the noise is 0, computed from the definitions.
func TestToyGeometryWithoutNoise(t *testing.T) {
	const tol = 1e-12
	x, _ := XOR(8, 0, 3)
	for i := range 8 {
		// corner (x₁, x₂) ∈ {0,1}², label = x₁ xor x₂
		x1, x2 := x.X.At(i, 0), x.X.At(i, 1)
		if (x1 != 0 && x1 != 1) || (x2 != 0 && x2 != 1) || int(x1) != x.Labels[i]^int(x2) {
			t.Errorf("XOR: row %d = (%g, %g) label %d", i, x1, x2, x.Labels[i])
		}
	}
	c, _ := Circles(40, 0.3, 0, 3)
	for i := range 40 {
		r := math.Hypot(c.X.At(i, 0), c.X.At(i, 1))
		want := 0.3 // class 0: inner ring
		if c.Labels[i] == 1 {
			want = 1
		}
		if math.Abs(r-want) > tol {
			t.Errorf("circles: row %d label %d at radius %g, want %g", i, c.Labels[i], r, want)
		}
	}
	m, _ := Moons(40, 0, 3)
	for i := range 40 {
		x1, x2 := m.X.At(i, 0), m.X.At(i, 1)
		if m.Labels[i] == 1 { // (1 − cos t, ½ − sin t) → back to (cos t, sin t)
			x1, x2 = 1-x1, 0.5-x2
		}
		if math.Abs(math.Hypot(x1, x2)-1) > tol || x2 < -tol {
			t.Errorf("moons: row %d is not on its half circle", i)
		}
	}
	// Spirals with 2 arms and 4 points: each arm has m = 2 points at
	// r = ¼ and ¾; arm 0 at θ = 2π·1·r, arm 1 at θ = 2π(r + ½).
	// Arm 0, j = 0: r = ¼, θ = π/2 → (0, ¼). Arm 1, j = 0: r = ¼, θ = 3π/2 → (0, −¼).
	// Arm 0, j = 1: r = ¾, θ = 3π/2 → (0, −¾). Arm 1, j = 1: r = ¾, θ = 5π/2 → (0, ¾).
	sp, _ := Spirals(4, 2, 1, 0, 3)
	want := [][2]float64{{0, 0.25}, {0, -0.25}, {0, -0.75}, {0, 0.75}}
	for i, w := range want {
		if math.Abs(sp.X.At(i, 0)-w[0]) > tol || math.Abs(sp.X.At(i, 1)-w[1]) > tol {
			t.Errorf("spirals: row %d = (%g, %g), want %v", i, sp.X.At(i, 0), sp.X.At(i, 1), w)
		}
	}
	g, _ := TwoGaussians(6, [2]float64{-2, 1}, [2]float64{3, 4}, 0, 3)
	for i := range 6 {
		w := [2][2]float64{{-2, 1}, {3, 4}}[g.Labels[i]]
		if g.X.At(i, 0) != w[0] || g.X.At(i, 1) != w[1] {
			t.Errorf("two Gaussians with spread 0: row %d not at its mean %v", i, w)
		}
	}
}

// The sample mean of each Gaussian class is its mean, within 4 standard errors.
func TestTwoGaussiansMoments(t *testing.T) {
	s, _ := TwoGaussians(4000, [2]float64{-1, 2}, [2]float64{1, -2}, 0.5, 11)
	var sum [2][2]float64
	for i := range 4000 {
		sum[s.Labels[i]][0] += s.X.At(i, 0)
		sum[s.Labels[i]][1] += s.X.At(i, 1)
	}
	means := [2][2]float64{{-1, 2}, {1, -2}}
	se := 0.5 / math.Sqrt(2000)
	for c := range 2 {
		for j := range 2 {
			if got := sum[c][j] / 2000; math.Abs(got-means[c][j]) > 4*se {
				t.Errorf("class %d coordinate %d: mean %g, want %g ± %g", c, j, got, means[c][j], 4*se)
			}
		}
	}
}

func TestToyErrors(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		name string
		err  func() error
		want string
	}{
		{"n = 0", func() error { _, err := XOR(0, 0.1, 1); return err }, "must be positive, got 0"},
		{"n < 0", func() error { _, err := Moons(-3, 0.1, 1); return err }, "got -3"},
		{"n < classes", func() error { _, err := Spirals(2, 3, 1, 0, 1); return err }, "fewer than the 3 classes"},
		{"n huge", func() error { _, err := Moons(1<<30, 0.1, 1); return err }, "more than"},
		{"negative noise", func() error { _, err := XOR(10, -0.1, 1); return err }, "noise must be finite and ≥ 0, got -0.1"},
		{"NaN noise", func() error { _, err := Moons(10, math.NaN(), 1); return err }, "got NaN"},
		{"Inf noise", func() error { _, err := Circles(10, 0.5, inf, 1); return err }, "got +Inf"},
		{"inner ≥ 1", func() error { _, err := Circles(10, 1, 0, 1); return err }, "inner radius"},
		{"inner ≤ 0", func() error { _, err := Circles(10, 0, 0, 1); return err }, "inner radius"},
		{"1 arm", func() error { _, err := Spirals(10, 1, 1, 0, 1); return err }, "at least 2 arms"},
		{"0 turns", func() error { _, err := Spirals(10, 2, 0, 0, 1); return err }, "turns"},
		{"negative spread", func() error {
			_, err := TwoGaussians(10, [2]float64{}, [2]float64{1, 1}, -1, 1)
			return err
		}, "spread"},
		{"NaN mean", func() error {
			_, err := TwoGaussians(10, [2]float64{math.NaN(), 0}, [2]float64{1, 1}, 1, 1)
			return err
		}, "means"},
	}
	for _, tc := range cases {
		err := tc.err()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
