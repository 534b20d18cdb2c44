package data

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// small is 5 examples of 2 classes whose first input is the row number, so
// that every row can be traced after shuffling or slicing.
func small() *Set {
	labels := []int{0, 1, 0, 1, 1}
	Y, _ := mlp.OneHot(labels, 2)
	X := mat.NewDense(5, 2, []float64{0, 10, 1, 11, 2, 12, 3, 13, 4, 14})
	return &Set{Name: "small", X: X, Y: Y, Labels: labels, Classes: 2}
}

func TestShuffled(t *testing.T) {
	s := small()
	a, err := s.Shuffled(1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Shuffled(1)
	if !mat.Equal(a.X, b.X) {
		t.Error("same seed, different orders")
	}
	if !mat.Equal(s.X, small().X) {
		t.Error("Shuffled changed its receiver")
	}
	// Every row moved together: row i of a came from row r = X[i,0] of s.
	seen := make([]bool, 5)
	for i := range 5 {
		r := int(a.X.At(i, 0))
		seen[r] = true
		if a.X.At(i, 1) != float64(10+r) || a.Labels[i] != s.Labels[r] || a.Y.At(i, s.Labels[r]) != 1 {
			t.Errorf("row %d of the shuffled set does not match row %d of the set", i, r)
		}
	}
	if slices.Contains(seen, false) {
		t.Errorf("not a permutation: %v", mat.Formatted(a.X))
	}
	// With 5! = 120 orders, seeds 1…20 cannot all give the same one.
	different := false
	for seed := uint64(2); seed <= 20; seed++ {
		c, _ := s.Shuffled(seed)
		different = different || !mat.Equal(a.X, c.X)
	}
	if !different {
		t.Error("every seed gives the same order")
	}
}

func TestSplitAndBatch(t *testing.T) {
	s := small()
	a, b, err := s.Split(0.6) // round(0.6·5) = 3 and 2
	if err != nil {
		t.Fatal(err)
	}
	if a.Len() != 3 || b.Len() != 2 || b.X.At(0, 0) != 3 || !slices.Equal(b.Labels, []int{1, 1}) {
		t.Errorf("Split(0.6): %d and %d rows, second starts at %g", a.Len(), b.Len(), b.X.At(0, 0))
	}
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
	// Batches of 2 out of 5: rows 0-1, 2-3, 4.
	if got := s.Batches(2); got != 3 {
		t.Errorf("Batches(2) = %d, want 3", got)
	}
	last, err := s.Batch(2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if last.Len() != 1 || last.X.At(0, 0) != 4 || last.Labels[0] != 1 {
		t.Errorf("batch 2 of size 2 = %v", mat.Formatted(last.X))
	}
	mid, _ := s.Batch(1, 2)
	if mid.X.At(0, 0) != 2 || mid.X.At(1, 0) != 3 {
		t.Errorf("batch 1 of size 2 = %v", mat.Formatted(mid.X))
	}
	for _, tc := range []struct {
		i, size int
		want    string
	}{
		{0, 0, "batch size 0"},
		{0, 6, "batch size 6"},
		{3, 2, "batch 3 does not exist: 5 examples make batches 0…2 of size 2"},
		{-1, 2, "batch -1"},
	} {
		if _, err := s.Batch(tc.i, tc.size); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Batch(%d, %d): %v, want %q", tc.i, tc.size, err, tc.want)
		}
	}
	for _, frac := range []float64{0, 1, -0.5, math.NaN(), 0.05} {
		if _, _, err := s.Split(frac); err == nil {
			t.Errorf("Split(%g) gave no error", frac)
		}
	}
}

func TestValidate(t *testing.T) {
	var nilSet *Set
	if err := nilSet.Validate(); err == nil {
		t.Error("nil set is valid")
	}
	for _, tc := range []struct {
		name   string
		break_ func(s *Set)
		want   string
	}{
		{"no X", func(s *Set) { s.X = nil }, "X is empty"},
		{"no Y", func(s *Set) { s.Y = nil }, "Y is empty"},
		{"rows", func(s *Set) { s.Y = mat.NewDense(4, 2, nil) }, "X has 5 rows but Y has 4"},
		{"labels", func(s *Set) { s.Labels = s.Labels[:4] }, "there are 4 labels"},
		{"classes", func(s *Set) { s.Classes = 3 }, "Y is 5×2 but there are 3 classes"},
		{"label", func(s *Set) { s.Labels[2] = 7 }, "label 7 of example 2"},
		{"negative classes", func(s *Set) { s.Classes = -1 }, "negative"},
		{"labels in regression", func(s *Set) { s.Classes = 0 }, "Classes = 0"},
	} {
		s := small()
		tc.break_(s)
		if err := s.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		if _, err := s.Shuffled(1); err == nil {
			t.Errorf("%s: Shuffled accepted a broken set", tc.name)
		}
	}
}

func TestRegression(t *testing.T) {
	// Hand values: sin(2π·¼) = 1, |0.25 − 0.5| = 0.25, step(0.25) = 0,
	// 0.25² = 0.0625, bumpy(0.25) = sin(π/2) + 0.3 sin(5π/2) = 1.3.
	want := map[string]float64{"x²": 0.0625, "sin(2πx)": 1, "|x − 0.5|": 0.25, "step at 0.5": 0, "bumpy": 1.3}
	for _, f := range Targets() {
		if got := f.F(0.25); math.Abs(got-want[f.Name]) > 1e-12 {
			t.Errorf("%s(0.25) = %g, want %g", f.Name, got, want[f.Name])
		}
	}
	if Step.F(0.5) != 1 {
		t.Error("the step is 1 from 0.5 on")
	}
	g, err := RegressionGrid(Sine, 5) // x = 0, ¼, ½, ¾, 1
	if err != nil {
		t.Fatal(err)
	}
	wantY := []float64{0, 1, 0, -1, 0}
	for i := range 5 {
		if g.X.At(i, 0) != float64(i)/4 || math.Abs(g.Y.At(i, 0)-wantY[i]) > 1e-12 {
			t.Errorf("grid row %d: (%g, %g), want (%g, %g)", i, g.X.At(i, 0), g.Y.At(i, 0), float64(i)/4, wantY[i])
		}
	}
	for _, f := range Targets() {
		a, err := Regression(f, 200, 0.1, 5)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		b, _ := Regression(f, 200, 0.1, 5)
		c, _ := Regression(f, 200, 0.1, 6)
		if !mat.Equal(a.X, b.X) || !mat.Equal(a.Y, b.Y) || mat.Equal(a.X, c.X) {
			t.Errorf("%s: not determined by the seed", f.Name)
		}
		if r, k := a.Y.Dims(); r != 200 || k != 1 || a.Classes != 0 || a.Labels != nil {
			t.Errorf("%s: Y is %d×%d", f.Name, r, k)
		}
		// The noise is centred: the mean residual is 0 within 4 standard errors 0.1/√200.
		sum := 0.0
		for i := range 200 {
			x := a.X.At(i, 0)
			if x < 0 || x >= 1 {
				t.Fatalf("%s: x = %g outside [0, 1)", f.Name, x)
			}
			sum += a.Y.At(i, 0) - f.F(x)
		}
		if math.Abs(sum/200) > 4*0.1/math.Sqrt(200) {
			t.Errorf("%s: mean residual %g", f.Name, sum/200)
		}
	}
	for _, tc := range []struct {
		name string
		err  func() error
		want string
	}{
		{"n = 0", func() error { _, err := Regression(Sine, 0, 0, 1); return err }, "positive"},
		{"grid n = 1", func() error { _, err := RegressionGrid(Sine, 1); return err }, "fewer than"},
		{"noise", func() error { _, err := Regression(Sine, 10, -1, 1); return err }, "noise"},
		{"nil F", func() error { _, err := Regression(Target{Name: "x"}, 10, 0, 1); return err }, "F is nil"},
		{"NaN", func() error {
			_, err := RegressionGrid(Target{Name: "log", F: math.Log}, 3)
			return err
		}, "f(0) = -Inf is not a finite number"},
	} {
		if err := tc.err(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
