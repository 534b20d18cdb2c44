package microkernel

// ReLU's g and g′ over whole layers, a training step's elementwise work
// around its products: ReluGo and ReluPrimeGo are the definitions (those of
// neuron.ReLU, one element at a time), Relu32, Relu64, ReluPrime32 and
// ReluPrime64 the same with vector registers where the CPU has AVX2.

// ReluGo sets h[k] = max(a[k], 0) for every k of a: g(a) = 0 for a ≤ 0, a
// otherwise (max(−0, 0) = +0, max(NaN, 0) = NaN).
func ReluGo[T ~float32 | ~float64](h, a []T) {
	h = h[:len(a)]
	for k, v := range a {
		h[k] = max(v, 0)
	}
}

// ReluPrimeGo sets d[k] = d[k]·g′(a[k]) for every k of a, with g′(a) = 0
// for a ≤ 0 and 1 otherwise (so d·0 keeps the sign of d, NaN·0 is NaN, and
// d·1 is d). The factor is chosen without a branch: half of a ReLU layer's
// activities are negative, in no order a predictor could learn.
func ReluPrimeGo[T ~float32 | ~float64](d, a []T) {
	d = d[:len(a)]
	for k, v := range a {
		g := 1
		if v <= 0 {
			g = 0
		}
		d[k] *= T(g)
	}
}
