package data

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Target is a function on [0, 1] to approximate, with a name for legends.
type Target struct {
	Name string
	F    func(x float64) float64
}

// The 1-D regression targets of the universal approximation lesson, from
// the easiest to fit with a few sigmoids to the hardest.
var (
	// Square is x², smooth and monotone.
	Square = Target{Name: "x²", F: func(x float64) float64 { return x * x }}
	// Sine is sin(2πx), one period on [0, 1].
	Sine = Target{Name: "sin(2πx)", F: func(x float64) float64 { return math.Sin(2 * math.Pi * x) }}
	// Abs is |x − ½|, a kink in the middle.
	Abs = Target{Name: "|x − 0.5|", F: func(x float64) float64 { return math.Abs(x - 0.5) }}
	// Step is 0 for x < ½ and 1 from ½ on: a jump, which sigmoids only
	// approach by becoming steep.
	Step = Target{Name: "step at 0.5", F: func(x float64) float64 {
		if x < 0.5 {
			return 0
		}
		return 1
	}}
	// Bumpy is sin(2πx) + 0.3 sin(10πx): a slow wave with fast ripples.
	Bumpy = Target{Name: "bumpy", F: func(x float64) float64 {
		return math.Sin(2*math.Pi*x) + 0.3*math.Sin(10*math.Pi*x)
	}}
)

// Targets lists the 1-D targets: Square, Sine, Abs, Step, Bumpy.
func Targets() []Target { return []Target{Square, Sine, Abs, Step, Bumpy} }

// Regression draws n inputs x uniformly in [0, 1] and their targets
// y = f(x) + noise·z with z ~ N(0, 1): X and Y are both N×1.
func Regression(f Target, n int, noise float64, seed uint64) (*Set, error) {
	name := "regression " + f.Name
	if err := checkN(name, n, 1); err != nil {
		return nil, err
	}
	if err := checkNonNeg(name, "the noise", noise); err != nil {
		return nil, err
	}
	rng := newRand(seed)
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = rng.Float64()
	}
	return regressionSet(name, f, xs, func() float64 { return noise * rng.NormFloat64() })
}

// RegressionGrid samples f without noise at n ≥ 2 evenly spaced points
// xᵢ = i/(n−1), i = 0…n−1, from 0 to 1 inclusive: the curve to draw or the
// points to measure a fit on.
func RegressionGrid(f Target, n int) (*Set, error) {
	name := "grid " + f.Name
	if err := checkN(name, n, 2); err != nil {
		return nil, err
	}
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(i) / float64(n-1)
	}
	return regressionSet(name, f, xs, func() float64 { return 0 })
}

// regressionSet evaluates f at xs, adding noise(), and checks every value.
func regressionSet(name string, f Target, xs []float64, noise func() float64) (*Set, error) {
	if f.F == nil {
		return nil, errors.New("data: regression: the target function F is nil")
	}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		y := f.F(x)
		if math.IsNaN(y) || math.IsInf(y, 0) {
			return nil, fmt.Errorf("data: %s: f(%g) = %g is not a finite number", name, x, y)
		}
		ys[i] = y + noise()
	}
	n := len(xs)
	return &Set{Name: name, X: mat.NewDense(n, 1, xs), Y: mat.NewDense(n, 1, ys)}, nil
}
