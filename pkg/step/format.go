package step

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
)

// Digits is the number of significant digits of the numbers in equations.
const Digits = 4

// Num formats a number with Digits significant digits, the way the steps
// write it: 0.5, -1.25, 0.0001234, 1.5e+6, 3e-7. Negative zero is written 0.
func Num(v float64) string { return numDigits(v, Digits) }

// numDigits formats v with d significant digits.
func numDigits(v float64, d int) string {
	if v == 0 {
		return "0" // also −0
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	s := strconv.FormatFloat(v, 'g', d, 64)
	// 1e-05 → 1e-5: shorter, and the same number for every parser.
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := exp[:1]
		exp = strings.TrimLeft(exp[1:], "0")
		s = mant + "e" + sign + exp
	}
	return s
}

// Vec formats a vector as [a, b, c].
func Vec(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = Num(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Mat formats a matrix row by row as [[a, b], [c, d]]. A vector
// (mat.Vector, such as *mat.VecDense) is written as a vector [a, b, …].
// A nil matrix is written "nil".
func Mat(m mat.Matrix) string {
	if _, _, err := guard.Dims(m, "m"); err != nil {
		return "nil"
	}
	if v, ok := m.(mat.Vector); ok {
		return Vec(values(v))
	}
	r, _ := m.Dims()
	rows := make([]string, r)
	for i := range rows {
		rows[i] = Vec(row(m, i))
	}
	return "[" + strings.Join(rows, ", ") + "]"
}

// row returns row i of m.
func row(m mat.Matrix, i int) []float64 {
	_, c := m.Dims()
	out := make([]float64, c)
	for j := range out {
		out[j] = m.At(i, j)
	}
	return out
}

// values returns the numbers of a vector.
func values(v mat.Vector) []float64 {
	out := make([]float64, v.Len())
	for i := range out {
		out[i] = v.AtVec(i)
	}
	return out
}
