package data

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
)

// Scaling is the input normalisation of LeCun's "Efficient BackProp" (§4.3):
// each input xⱼ is centred on its mean over the training set and divided by
// its standard deviation there,
//
//	xⱼ ← (xⱼ − mⱼ) / sⱼ,    mⱼ = (1/N) Σᵢ xᵢⱼ,    sⱼ² = (1/N) Σᵢ (xᵢⱼ − mⱼ)²
//
// so that every input has mean 0 and variance 1. Why it helps: a linear
// neuron's cost is a quadratic whose Hessian is H = (2/N) XᵀX (with a column
// of 1s for the bias). Inputs far from 0 couple the weights to the bias, and
// inputs of very different spreads stretch the bowl; both make H's condition
// number κ = λ_max/λ_min large, and gradient descent needs about κ steps
// (pkg/gd, Quadratic.Condition). On x = 1 and 3, κ ≈ 34; centred, x = −1
// and 1, κ = 1.
//
// The same Mean and Std must be applied to the test set: they are part of the
// model, measured once on the training data.
type Scaling struct {
	Mean []float64 // mⱼ
	Std  []float64 // sⱼ, or 1 for a column that is constant on the training set (sⱼ < 1e−12)
}

// FitScaling measures the mean and standard deviation of every column of X
// (rows are examples). X must be non-empty and finite.
func FitScaling(X mat.Matrix) (Scaling, error) {
	n, d, err := guard.Matrix(X, "the inputs X")
	if err != nil {
		return Scaling{}, fmt.Errorf("data: scaling: %w", err)
	}
	s := Scaling{Mean: make([]float64, d), Std: make([]float64, d)}
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			s.Mean[j] += X.At(i, j)
		}
	}
	for j := range s.Mean {
		s.Mean[j] /= float64(n)
	}
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			e := X.At(i, j) - s.Mean[j]
			s.Std[j] += e * e
		}
	}
	for j := range s.Std {
		s.Std[j] = math.Sqrt(s.Std[j] / float64(n))
		if !guard.Finite(s.Mean[j]) || !guard.Finite(s.Std[j]) {
			// Values near ±MaxFloat64 overflow Σx or Σ(x − m)²: the same
			// sums on the column divided by its largest |x|.
			s.Mean[j], s.Std[j] = scaledMoments(X, n, j)
		}
		if s.Std[j] < 1e-12 {
			s.Std[j] = 1 // a constant column is only centred
		}
	}
	return s, nil
}

// scaledMoments returns the mean and the deviation of column j computed on
// x/M, M = max |x|, so that neither sum overflows (both are at most
// 2·MaxFloat64/M·M: the deviation of values in [−M, M] is at most M).
func scaledMoments(X mat.Matrix, n, j int) (mean, std float64) {
	M := 0.0
	for i := 0; i < n; i++ {
		M = math.Max(M, math.Abs(X.At(i, j)))
	}
	if M == 0 {
		return 0, 0
	}
	m := 0.0
	for i := 0; i < n; i++ {
		m += X.At(i, j) / M
	}
	m /= float64(n)
	ss := 0.0
	for i := 0; i < n; i++ {
		e := X.At(i, j)/M - m
		ss += e * e
	}
	return m * M, math.Sqrt(ss/float64(n)) * M
}

// Apply returns a copy of X with every column j centred and scaled,
// (xᵢⱼ − mⱼ)/sⱼ. X must have as many columns as the scaling and be finite.
func (s Scaling) Apply(X mat.Matrix) (*mat.Dense, error) {
	r, c, err := guard.Matrix(X, "the inputs X")
	if err != nil {
		return nil, fmt.Errorf("data: scaling: %w", err)
	}
	if len(s.Mean) == 0 || len(s.Mean) != len(s.Std) {
		return nil, fmt.Errorf("data: scaling: the scaling is empty or ragged (%d means, %d deviations): make it with FitScaling", len(s.Mean), len(s.Std))
	}
	if c != len(s.Mean) {
		return nil, fmt.Errorf("data: scaling: X has %d columns but the scaling was fitted on %d", c, len(s.Mean))
	}
	for j := range s.Std {
		if !guard.Finite(s.Mean[j]) || !(s.Std[j] > 0) || math.IsInf(s.Std[j], 0) {
			return nil, fmt.Errorf("data: scaling: column %d has mean %v and deviation %v: want a finite mean and a positive finite deviation", j, s.Mean[j], s.Std[j])
		}
	}
	out := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		row := out.RawRowView(i)
		for j := range row {
			x := X.At(i, j)
			if row[j] = (x - s.Mean[j]) / s.Std[j]; !guard.Finite(row[j]) {
				return nil, fmt.Errorf("data: scaling: row %d, column %d: (x − m)/s = (%g − %g)/%g overflows: X is far outside the data the scaling was fitted on", i, j, x, s.Mean[j], s.Std[j])
			}
		}
	}
	return out, nil
}
