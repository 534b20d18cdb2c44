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

// Sigmoid returns the sigmoid g(a) = 1 / (1 + e⁻ᵃ).
//
// math.Exp(x) computes eˣ.
func Sigmoid(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// SigmoidDeriv returns the sigmoid's derivative g′(a) = g(a)(1 − g(a)).
func SigmoidDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Tanh returns the hyperbolic tangent g(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ).
//
// It must also work for a = ±800, where eᵃ overflows.
func Tanh(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// TanhDeriv returns the derivative of tanh, g′(a) = 1 − tanh²(a).
func TanhDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// Gaussian returns the Gaussian non-linearity g(a) = e^(−a²).
func Gaussian(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// GaussianDeriv returns the Gaussian's derivative g′(a) = −2a e^(−a²).
func GaussianDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// ReLU returns the rectified linear unit: g(a) = 0 if a ≤ 0, a otherwise.
func ReLU(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// ReLUDeriv returns the ReLU's derivative: g′(a) = 0 if a ≤ 0, 1 otherwise
// (following the slide, g′(0) = 0).
func ReLUDeriv(a float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// NeuronOutput returns the output o = g(a) of one neuron with weights w and
// bias w₀ for the input x, where a is the activation
//
//	a = wᵀx + w₀ = Σⱼ wⱼ xⱼ + w₀.
//
// w and x have the same length.
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
