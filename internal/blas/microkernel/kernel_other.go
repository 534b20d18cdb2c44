//go:build !amd64

package microkernel

// Fast is false off amd64: there is no assembly, and Add is AddGo.
const Fast = false

// Add computes C[6×8] ← α A B + C as AddGo does.
func Add(k int, a, b, c []float64, ldc int, alpha float64) { AddGo(k, a, b, c, ldc, alpha) }
