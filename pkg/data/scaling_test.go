package data

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestScalingByHand: the column (1, 3, 5) has mean 3 and deviation
// √((4 + 0 + 4)/3) = √(8/3) ≈ 1.633; the column (7, 7, 7) is constant: s = 1,
// only centred. The test point 5 of the first column maps to 2/√(8/3).
func TestScalingByHand(t *testing.T) {
	X := mat.NewDense(3, 2, []float64{1, 7, 3, 7, 5, 7})
	s, err := FitScaling(X)
	if err != nil {
		t.Fatal(err)
	}
	sd := math.Sqrt(8.0 / 3)
	if s.Mean[0] != 3 || s.Mean[1] != 7 || math.Abs(s.Std[0]-sd) > 1e-15 || s.Std[1] != 1 {
		t.Fatalf("mean %v, std %v; want (3, 7), (%v, 1)", s.Mean, s.Std, sd)
	}
	Z, err := s.Apply(X)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{-2 / sd, 0, 0, 0, 2 / sd, 0}
	for i, w := range want {
		if got := Z.RawMatrix().Data[i]; math.Abs(got-w) > 1e-15 {
			t.Fatalf("scaled %v, want %v", Z.RawMatrix().Data, want)
		}
	}
	// Scaled again, the training set is already normalised: mean 0, deviation 1.
	s2, _ := FitScaling(Z)
	if math.Abs(s2.Mean[0]) > 1e-15 || math.Abs(s2.Std[0]-1) > 1e-15 {
		t.Errorf("after scaling: mean %v, std %v", s2.Mean, s2.Std)
	}
	bad := []struct {
		name string
		err  error
	}{
		{"fit nil", errOf(FitScaling(nil))},
		{"fit NaN", errOf(FitScaling(mat.NewDense(1, 1, []float64{math.NaN()})))},
		{"apply wrong width", errOf(s.Apply(mat.NewDense(1, 3, nil)))},
		{"apply empty scaling", errOf(Scaling{}.Apply(X))},
		{"apply zero deviation", errOf(Scaling{Mean: []float64{0, 0}, Std: []float64{1, 0}}.Apply(X))},
		{"apply Inf", errOf(s.Apply(mat.NewDense(1, 2, []float64{math.Inf(1), 0})))},
	}
	for _, b := range bad {
		if b.err == nil {
			t.Errorf("%s: no error", b.name)
		}
	}
}

func errOf[T any](_ T, err error) error { return err }

// TestScalingNearMaxFloat: columns whose sums overflow get their moments
// from the column divided by its largest |x|, by hand.
func TestScalingNearMaxFloat(t *testing.T) {
	max := math.MaxFloat64
	for _, c := range []struct {
		x         []float64
		mean, std float64
	}{
		{[]float64{1e308, 1e308}, 1e308, 1}, // constant: only centred
		{[]float64{max, max, max}, max, 1},
		{[]float64{max, -max}, 0, max},
		{[]float64{1e200, -1e200}, 0, 1e200},
	} {
		s, err := FitScaling(mat.NewDense(len(c.x), 1, c.x))
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(s.Mean[0]-c.mean) > 1e-12*math.Max(1, math.Abs(c.mean)) || math.Abs(s.Std[0]-c.std) > 1e-12*c.std {
			t.Errorf("%v: mean %v, deviation %v; want %v, %v", c.x, s.Mean[0], s.Std[0], c.mean, c.std)
		}
	}
}
