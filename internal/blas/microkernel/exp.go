package microkernel

import "math"

// The exponentials and logarithms of softmax + cross-entropy (pkg/mlp's
// loss and its gradient: twenty exponentials and a logarithm per example of
// MNIST): ExpGo and LogGo are the definitions, Exp and Log the same numbers
// four at a time where the CPU has AVX2 and FMA.

// ExpGo sets dst[k] = math.Exp(x[k]) for every k of x (dst may be x).
func ExpGo(dst, x []float64) {
	dst = dst[:len(x)]
	for k, v := range x {
		dst[k] = math.Exp(v)
	}
}

// LogGo sets dst[k] = math.Log(x[k]) for every k of x (dst may be x).
func LogGo(dst, x []float64) {
	dst = dst[:len(x)]
	for k, v := range x {
		dst[k] = math.Log(v)
	}
}
