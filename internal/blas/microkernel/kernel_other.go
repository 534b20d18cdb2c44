//go:build !amd64

package microkernel

// Fast is false off amd64: there is no assembly, and Add is AddGo.
const Fast = false

// Add computes C[6×8] ← α A B + C as AddGo does.
func Add(k int, a []float64, strideA int, b []float64, strideB int, c []float64, ldc int, alpha float64) {
	AddGo(k, a, strideA, b, strideB, c, ldc, alpha)
}
