package microkernel

// AddScaledGo sets dst[k] = dst[k] + α·x[k] for every k of x: a product
// then a sum, each rounded (no fused multiply-add), as Go computes
// dst[k] += alpha * x[k] on amd64. The training step adds its biases with
// it (α = 1: bˡ added to each row of Aˡ) and sums the rows of Δˡ into the
// biases' update (α = −η). AddScaled is the same with vector registers.
func AddScaledGo[T ~float32 | ~float64](dst []T, alpha T, x []T) {
	dst = dst[:len(x)]
	for k, v := range x {
		dst[k] += alpha * v
	}
}

// AddScaled is AddScaledGo, eight float32 or four float64 values at a time
// where the CPU has AVX2 (the assembly of axpy_amd64.s).
func AddScaled[T ~float32 | ~float64](dst []T, alpha T, x []T) {
	switch x := any(x).(type) {
	case []float32:
		addScaled32(any(dst).([]float32), any(alpha).(float32), x)
	case []float64:
		addScaled64(any(dst).([]float64), any(alpha).(float64), x)
	default:
		AddScaledGo(dst, alpha, any(x).([]T))
	}
}
