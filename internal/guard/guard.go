// Package guard holds the checks every package of stepnet makes at the entry
// of a function that takes a user's data, so that a mistake is an error and
// never a panic, a silent NaN or an allocation the machine cannot hold:
//
//   - a nil or typed-nil matrix (a (*mat.Dense)(nil) inside a mat.Matrix
//     panics on its first Dims call) and a matrix whose Dims panics;
//   - sizes whose product overflows or exceeds a limit, checked before
//     anything is allocated;
//   - the first NaN or ±Inf of a matrix or a slice, with its index.
//
// The limits themselves are the packages' own (mlp.MaxParams, …), stated in
// their doc.go; MaxValues is the common bound on one matrix.
package guard

import (
	"fmt"
	"reflect"

	"gonum.org/v1/gonum/mat"
)

// MaxValues bounds the number of float64 values of one matrix a function
// allocates from a user's sizes: 2²⁸ values, 2 GiB. A 24 GB machine holds a
// few of them at once, which is what training needs (weights, gradients,
// activations).
const MaxValues = 1 << 28

// Nil reports whether m is nil or a nil pointer inside the interface.
func Nil(m any) bool {
	if m == nil {
		return true
	}
	v := reflect.ValueOf(m)
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return v.IsNil()
	}
	return false
}

// Dims returns the dimensions of m, or an error naming it (name, e.g. "X")
// when m is nil, typed-nil or its Dims panics (a mat.Transpose of nil, …).
func Dims(m mat.Matrix, name string) (r, c int, err error) {
	if Nil(m) {
		return 0, 0, fmt.Errorf("%s is nil", name)
	}
	defer func() {
		if p := recover(); p != nil {
			r, c, err = 0, 0, fmt.Errorf("%s is not a usable matrix (its Dims panics: %v)", name, p)
		}
	}()
	r, c = m.Dims()
	if r < 0 || c < 0 {
		return 0, 0, fmt.Errorf("%s claims negative dimensions %d×%d", name, r, c)
	}
	return r, c, nil
}

// NonEmpty is Dims that also refuses a matrix with no rows or no columns
// (an empty &mat.Dense{}).
func NonEmpty(m mat.Matrix, name string) (r, c int, err error) {
	r, c, err = Dims(m, name)
	if err == nil && (r == 0 || c == 0) {
		err = fmt.Errorf("%s is empty (%d×%d)", name, r, c)
	}
	return r, c, err
}

// Product returns a·b and whether it is at most limit, without overflow
// (a, b ≥ 0).
func Product(a, b, limit int) (int, bool) {
	if a < 0 || b < 0 {
		return 0, false
	}
	if a == 0 || b == 0 {
		return 0, true
	}
	if a > limit/b {
		return 0, false
	}
	return a * b, true
}

// Finite reports whether v is neither NaN nor ±Inf: v − v is 0 for every
// finite v, and NaN for NaN and ±Inf (one subtraction, where IsNaN and
// IsInf make three comparisons; the loss checks every output of every step).
func Finite(v float64) bool { return v-v == 0 }

// FirstNonFinite returns the index and value of the first NaN or ±Inf of v.
func FirstNonFinite(v []float64) (int, float64, bool) {
	for i, x := range v {
		if !Finite(x) {
			return i, x, true
		}
	}
	return 0, 0, false
}

// FirstNonFiniteMat returns the row, column and value of the first NaN or ±Inf
// of m (read with At: any mat.Matrix). m must have passed Dims.
func FirstNonFiniteMat(m mat.Matrix) (int, int, float64, bool) {
	r, c := m.Dims()
	if d, ok := m.(*mat.Dense); ok {
		raw := d.RawMatrix()
		for i := 0; i < r; i++ {
			for j, x := range raw.Data[i*raw.Stride : i*raw.Stride+c] {
				if !Finite(x) {
					return i, j, x, true
				}
			}
		}
		return 0, 0, 0, false
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if x := m.At(i, j); !Finite(x) {
				return i, j, x, true
			}
		}
	}
	return 0, 0, 0, false
}

// Matrix checks m the way a function taking a user's batch does: not nil, not
// empty, not over MaxValues, only finite numbers. The error names it.
func Matrix(m mat.Matrix, name string) (r, c int, err error) {
	r, c, err = NonEmpty(m, name)
	if err != nil {
		return 0, 0, err
	}
	if _, ok := Product(r, c, MaxValues); !ok {
		return 0, 0, fmt.Errorf("%s is %d×%d, more than the %d values a matrix may hold here", name, r, c, MaxValues)
	}
	if i, j, v, bad := FirstNonFiniteMat(m); bad {
		return 0, 0, fmt.Errorf("%s has %v at row %d, column %d", name, v, i, j)
	}
	return r, c, nil
}
