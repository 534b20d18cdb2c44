package microkernel

import "math"

// The exponentials of softmax + cross-entropy (pkg/mlp's loss and its
// gradient, ten per example of MNIST): ExpGo is the definition, Exp the
// same numbers four at a time where the CPU has AVX2 and FMA.

// ExpGo sets dst[k] = math.Exp(x[k]) for every k of x (dst may be x).
func ExpGo(dst, x []float64) {
	dst = dst[:len(x)]
	for k, v := range x {
		dst[k] = math.Exp(v)
	}
}
