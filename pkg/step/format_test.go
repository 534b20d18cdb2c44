package step

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestNum(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{0.5, "0.5"},
		{-1.25, "-1.25"},
		{1.0 / 3, "0.3333"},
		{2.0 / 3, "0.6667"},
		{123456, "1.235e+5"},
		{0.0001234, "0.0001234"},
		{0.00001234, "1.234e-5"},
		{-0.71525, "-0.7153"}, // 4 significant digits, rounded half away from zero by strconv
		{math.Inf(1), "+Inf"},
		{math.NaN(), "NaN"},
	} {
		if got := Num(c.v); got != c.want {
			t.Errorf("Num(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestVecMat(t *testing.T) {
	if got := Vec([]float64{1, -0.5, 0.25}); got != "[1, -0.5, 0.25]" {
		t.Errorf("Vec = %q", got)
	}
	if got := Vec(nil); got != "[]" {
		t.Errorf("Vec(nil) = %q", got)
	}
	m := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	if got := Mat(m); got != "[[1, 2, 3], [4, 5, 6]]" {
		t.Errorf("Mat = %q", got)
	}
	if got := Mat(mat.NewVecDense(2, []float64{1, 2})); got != "[1, 2]" {
		t.Errorf("Mat(vector) = %q", got)
	}
	if got := Mat(mat.NewDense(2, 1, []float64{1, 2})); got != "[[1], [2]]" {
		t.Errorf("Mat(2×1 matrix) = %q", got)
	}
	if got := Mat(mat.NewDense(1, 2, []float64{1, 2})); got != "[[1, 2]]" {
		t.Errorf("Mat(1×2) = %q", got)
	}
}
