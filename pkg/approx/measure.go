package approx

import (
	"errors"
	"fmt"
	"math"
)

// The fine grids on which every error of this package is measured.
const (
	// GridPoints is the size of the 1-D grid: x = k/1000, k = 0…1000 (the
	// same grid as pkg/check's lesson-11 grader).
	GridPoints = 1001
	// GridPoints2D is the size of each axis of the 2-D grid: the 101×101
	// points (k/100, l/100) of the unit square.
	GridPoints2D = 101
)

// Grid returns n evenly spaced points of [0, 1], from 0 to 1 included
// (n ≥ 2): Grid(GridPoints) is the fine grid.
func Grid(n int) ([]float64, error) {
	if n < 2 {
		return nil, fmt.Errorf("approx: a grid of [0, 1] needs at least 2 points, got %d", n)
	}
	if n > MaxGridPoints {
		return nil, fmt.Errorf("approx: a grid of %d points is more than the %d allowed (approx.MaxGridPoints)", n, MaxGridPoints)
	}
	xs := make([]float64, n)
	for k := range xs {
		xs[k] = float64(k) / float64(n-1)
	}
	return xs, nil
}

// Measure is how far F is from f on the fine grid. Between grid points F
// and f are not looked at: the errors are those of the grid, not a proof.
type Measure struct {
	MaxErr float64   // max |F(x) − f(x)| over the grid
	RMS    float64   // √(mean of (F(x) − f(x))²) over the grid
	At     []float64 // the grid point x where MaxErr is reached
}

// Measure1D measures F against f on the 1001 points of GridPoints.
func Measure1D(F *Net, f func(float64) float64) (Measure, error) {
	if err := check1D(F, f); err != nil {
		return Measure{}, err
	}
	xs, _ := Grid(GridPoints)
	ys, err := targets1D(f, xs)
	if err != nil {
		return Measure{}, err
	}
	var m Measure
	sum := 0.0
	for k, x := range xs {
		e := math.Abs(F.eval([]float64{x}) - ys[k])
		sum += e * e
		if e > m.MaxErr || m.At == nil {
			m.MaxErr, m.At = e, []float64{x}
		}
	}
	m.RMS = math.Sqrt(sum / float64(len(xs)))
	return m, nil
}

// Measure2D measures F against f on the 101×101 points of GridPoints2D.
func Measure2D(F *Net, f func(x1, x2 float64) float64) (Measure, error) {
	if err := check2D(F, f); err != nil {
		return Measure{}, err
	}
	xs, _ := Grid(GridPoints2D)
	pts, ys, err := targets2D(f, xs)
	if err != nil {
		return Measure{}, err
	}
	var m Measure
	sum := 0.0
	for k, x := range pts {
		e := math.Abs(F.eval(x) - ys[k])
		sum += e * e
		if e > m.MaxErr || m.At == nil {
			m.MaxErr, m.At = e, []float64{x[0], x[1]}
		}
	}
	m.RMS = math.Sqrt(sum / float64(len(pts)))
	return m, nil
}

// check1D checks that F is a valid 1-D approximant and that f is set.
func check1D(F *Net, f func(float64) float64) error {
	if f == nil {
		return errors.New("approx: the target f is nil")
	}
	if err := F.Validate(); err != nil {
		return err
	}
	if m := F.Inputs(); m != 1 {
		return fmt.Errorf("approx: f takes 1 input but F takes %d (W is %d×%d)", m, F.Units(), m)
	}
	return nil
}

func check2D(F *Net, f func(x1, x2 float64) float64) error {
	if f == nil {
		return errors.New("approx: the target f is nil")
	}
	if err := F.Validate(); err != nil {
		return err
	}
	if m := F.Inputs(); m != 2 {
		return fmt.Errorf("approx: f takes 2 inputs but F takes %d (W is %d×%d)", m, F.Units(), m)
	}
	return nil
}

// targets1D returns f(x) for each x, or an error naming the first x where f
// is NaN or infinite.
func targets1D(f func(float64) float64, xs []float64) ([]float64, error) {
	ys := make([]float64, len(xs))
	for k, x := range xs {
		y := f(x)
		if !finite(y) {
			return nil, fmt.Errorf("approx: the target f(%g) = %v: f must be finite on [0, 1]", x, y)
		}
		ys[k] = y
	}
	return ys, nil
}

// targets2D returns the points (x₁, x₂) of the grid xs × xs, x₂ varying
// fastest, and f at each, or an error naming the first point where f is NaN
// or infinite.
func targets2D(f func(x1, x2 float64) float64, xs []float64) ([][]float64, []float64, error) {
	pts := make([][]float64, 0, len(xs)*len(xs))
	ys := make([]float64, 0, len(xs)*len(xs))
	for _, x1 := range xs {
		for _, x2 := range xs {
			y := f(x1, x2)
			if !finite(y) {
				return nil, nil, fmt.Errorf("approx: the target f(%g, %g) = %v: f must be finite on the unit square", x1, x2, y)
			}
			pts = append(pts, []float64{x1, x2})
			ys = append(ys, y)
		}
	}
	return pts, ys, nil
}
