package data

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
)

// claimedMatrix claims a size without holding it.
type claimedMatrix struct{ r, c int }

func (h claimedMatrix) Dims() (int, int)    { return h.r, h.c }
func (h claimedMatrix) At(i, j int) float64 { return 0 }
func (h claimedMatrix) T() mat.Matrix       { return mat.Transpose{Matrix: h} }

// badCasesScaling: input normalisation (FitScaling, Scaling.Apply).
func badCasesScaling() []badinput.Case {
	nan, inf := math.NaN(), math.Inf(1)
	max := math.MaxFloat64
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	var nilDense *mat.Dense
	col := func(x ...float64) *mat.Dense { return mat.NewDense(len(x), 1, x) }
	fit := func(X mat.Matrix) func() ([]any, error) {
		return func() ([]any, error) { s, err := FitScaling(X); return v(s), err }
	}
	fitApply := func(X mat.Matrix) func() ([]any, error) {
		return func() ([]any, error) {
			s, err := FitScaling(X)
			if err != nil {
				return v(s), err
			}
			A, err := s.Apply(X)
			return v(s, A), err
		}
	}
	good, _ := FitScaling(col(1, 2, 3))
	apply := func(s Scaling, X mat.Matrix) func() ([]any, error) {
		return func() ([]any, error) { A, err := s.Apply(X); return v(A), err }
	}
	return []badinput.Case{
		E("FitScaling nil", fit(nil)),
		E("FitScaling typed-nil", fit(nilDense)),
		E("FitScaling empty", fit(&mat.Dense{})),
		E("FitScaling NaN", fit(col(1, nan))),
		E("FitScaling +Inf", fit(col(1, inf))),
		E("FitScaling −Inf", fit(col(math.Inf(-1), 1))),
		E("FitScaling 2⁴⁰ rows claimed", fit(claimedMatrix{1 << 40, 2})),
		E("FitScaling 2⁶² × 2⁶² claimed", fit(claimedMatrix{1 << 62, 1 << 62})),
		OK("FitScaling 1e308, 1e308 (the sum overflows)", fit(col(1e308, 1e308))),
		OK("FitScaling ±MaxFloat64 (the square overflows)", fit(col(max, -max))),
		OK("FitScaling 1.7e308, −1.7e308, 0", fit(col(1.7e308, -1.7e308, 0))),
		OK("FitScaling MaxFloat64 ×3", fit(col(max, max, max))),
		OK("FitScaling 1e200 and 1e-200 (the square overflows)", fit(col(1e200, -1e200))),
		OK("FitScaling subnormals", fit(col(5e-324, 0, -5e-324))),
		OK("FitScaling one row", fit(mat.NewDense(1, 3, []float64{1, 2, 3}))),
		OK("FitScaling then Apply, ±MaxFloat64", fitApply(col(max, -max, 0))),
		OK("FitScaling then Apply, 1e308 ×2", fitApply(col(1e308, 1e308))),
		E("Apply zero Scaling", apply(Scaling{}, col(1))),
		E("Apply ragged Scaling", apply(Scaling{Mean: []float64{0, 0}, Std: []float64{1}}, mat.NewDense(1, 2, nil))),
		E("Apply NaN mean", apply(Scaling{Mean: []float64{nan}, Std: []float64{1}}, col(1))),
		E("Apply zero deviation", apply(Scaling{Mean: []float64{0}, Std: []float64{0}}, col(1))),
		E("Apply negative deviation", apply(Scaling{Mean: []float64{0}, Std: []float64{-1}}, col(1))),
		E("Apply NaN deviation", apply(Scaling{Mean: []float64{0}, Std: []float64{nan}}, col(1))),
		E("Apply +Inf deviation", apply(Scaling{Mean: []float64{0}, Std: []float64{inf}}, col(1))),
		E("Apply wrong width", apply(good, mat.NewDense(2, 2, nil))),
		E("Apply typed-nil", apply(good, nilDense)),
		E("Apply nil", apply(good, nil)),
		E("Apply empty", apply(good, &mat.Dense{})),
		E("Apply NaN in X", apply(good, col(nan))),
		E("Apply 2⁴⁰ rows claimed", apply(good, claimedMatrix{1 << 40, 1})),
		E("Apply 1e308 with a deviation of 1e-10 (overflows)", apply(Scaling{Mean: []float64{0}, Std: []float64{1e-10}}, col(1e308))),
		E("Apply −MaxFloat64 with mean MaxFloat64 (x − m overflows)", apply(Scaling{Mean: []float64{max}, Std: []float64{1}}, col(-max))),
		E("Apply subnormal deviation 5e-324", apply(Scaling{Mean: []float64{0}, Std: []float64{5e-324}}, col(1))),
	}
}
