// Package solutions holds the reference solutions of lesson 01's exercises
// (lessons/01-single-neuron/exercises), for teachers.
package solutions

import "math"

// Sigmoid returns g(a) = 1 / (1 + e⁻ᵃ).
func Sigmoid(a float64) float64 {
	return 1 / (1 + math.Exp(-a)) // e⁻ᵃ = +Inf for a ≪ 0 gives 1/Inf = 0: fine
}

// SigmoidDeriv returns g′(a) = g(a)(1 − g(a)).
func SigmoidDeriv(a float64) float64 {
	s := Sigmoid(a)
	return s * (1 - s)
}

// Tanh returns (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), written as 1 − 2/(e²ᵃ + 1) so that
// e²ᵃ = +Inf (a ≫ 0) gives 1 and e²ᵃ = 0 (a ≪ 0) gives −1, never Inf/Inf.
func Tanh(a float64) float64 {
	return 1 - 2/(math.Exp(2*a)+1)
}

// TanhDeriv returns g′(a) = 1 − tanh²(a).
func TanhDeriv(a float64) float64 {
	t := Tanh(a)
	return 1 - t*t
}

// Gaussian returns g(a) = e^(−a²).
func Gaussian(a float64) float64 {
	return math.Exp(-a * a)
}

// GaussianDeriv returns g′(a) = −2a e^(−a²).
func GaussianDeriv(a float64) float64 {
	return -2 * a * math.Exp(-a*a)
}

// ReLU returns 0 if a ≤ 0, a otherwise.
func ReLU(a float64) float64 {
	if a <= 0 {
		return 0
	}
	return a
}

// ReLUDeriv returns 0 if a ≤ 0, 1 otherwise.
func ReLUDeriv(a float64) float64 {
	if a <= 0 {
		return 0
	}
	return 1
}

// NeuronOutput returns g(Σⱼ wⱼ xⱼ + w₀).
func NeuronOutput(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
	a := w0
	for j := range w {
		a += w[j] * x[j]
	}
	return g(a)
}

// Side: the sign of the activity a = wᵀx + w₀, positive on the side w points
// to. (Comparing x₂ with the line's slope·x₁ + intercept gives the side w
// points to only when w₂ > 0.)
func Side(w []float64, w0 float64, x []float64) int {
	a := w0
	for j := range w {
		a += w[j] * x[j]
	}
	switch {
	case a > 0:
		return 1
	case a < 0:
		return -1
	}
	return 0
}
