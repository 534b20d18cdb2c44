// Package exercises holds the exercises of lesson 01, a single neuron.
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// to see which exercises pass, or grade one from a notebook cell:
//
//	check.Sigmoid(exercises.Sigmoid).HTML()
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// Sigmoid returns the sigmoid g(a), the slide's first non-linearity: it goes
// from 0 for very negative activities to 1 for very positive ones, through
// ½ at a = 0. math.Exp(x) computes eˣ. ★
func Sigmoid(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// SigmoidDeriv returns the sigmoid's derivative g′(a), written with g(a)
// itself (differentiate g and look for g in the result). ★
func SigmoidDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Tanh returns the hyperbolic tangent g(a), the sigmoid's symmetric cousin
// with values in (−1, 1), written with exponentials. It must also work for
// a = ±800, where e⁸⁰⁰ overflows float64. ★
func Tanh(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// TanhDeriv returns the derivative g′(a) of tanh, written with tanh(a)
// itself. ★
func TanhDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Gaussian returns the slide's Gaussian non-linearity g(a) (lesson 01 gives
// it): a bell, 1 at a = 0, falling to 0 on both sides. ★
func Gaussian(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// GaussianDeriv returns the Gaussian's derivative g′(a) (the chain rule, on
// the exponent). ★
func GaussianDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// ReLU returns the rectified linear unit g(a): nothing for a negative
// activity, the activity itself otherwise. ★
func ReLU(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// ReLUDeriv returns the ReLU's derivative g′(a); at a = 0, where the slope
// jumps, follow the slide: g′(0) = 0. ★
func ReLUDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// NeuronOutput returns the output o of one neuron with weights w, bias w₀
// and non-linearity g for the input x: first its activation a (the slide's
// weighted sum, bias included), then g of it. w and x have the same
// length. ★
func NeuronOutput(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Side tells on which side of a hidden unit's line a point falls. The unit
// has weights w = (w₁, w₂) and bias w₀ on a 2-D input; its line is where its
// activity is zero, wᵀx + w₀ = 0. Return +1 when x lies on the side the
// vector w points to, −1 when it lies on the other side, 0 when it is on
// the line. (Careful: "above the line" is not always the side w points to.) ★
func Side(w []float64, w0 float64, x []float64) int {
	panic(check.TODO) // replace this line with your code
}
