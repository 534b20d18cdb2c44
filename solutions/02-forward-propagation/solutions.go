// Package solutions holds the reference solutions of lesson 02's exercises
// (lessons/02-forward-propagation/exercises), for teachers.
package solutions

import "gonum.org/v1/gonum/mat"

// Layer returns hˡ = g(Wˡ hˡ⁻¹ + bˡ).
func Layer(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
	n, m := W.Dims() // nˡ rows (neurons), nˡ⁻¹ columns (inputs)
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		a := b[i]
		for j := 0; j < m; j++ {
			a += W.At(i, j) * h[j] // aᵢ = Σⱼ wᵢⱼ hⱼ + bᵢ
		}
		out[i] = g(a)
	}
	return out
}

// Forward returns hᴸ: h⁰ = x, then hˡ = g(Wˡ hˡ⁻¹ + bˡ) for l = 1…L.
func Forward(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
	h := x
	for l := range Ws {
		h = Layer(Ws[l], bs[l], g, h)
	}
	return h
}
