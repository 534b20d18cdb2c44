// Package solutions holds the reference solutions of lesson 08's exercises
// (lessons/08-backpropagation/exercises), for teachers.
package solutions

import "gonum.org/v1/gonum/mat"

// OutputDelta returns δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢ).
func OutputDelta(o, y, a []float64, gPrime func(float64) float64) []float64 {
	d := make([]float64, len(o))
	for i := range o {
		d[i] = 2 * (o[i] - y[i]) * gPrime(a[i])
	}
	return d
}

// HiddenDelta returns δⱼˡ = g′(aⱼˡ) Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹.
func HiddenDelta(Wnext *mat.Dense, deltaNext, a []float64, gPrime func(float64) float64) []float64 {
	rows, cols := Wnext.Dims() // nˡ⁺¹ × nˡ
	d := make([]float64, cols)
	for j := 0; j < cols; j++ {
		s := 0.0
		for i := 0; i < rows; i++ {
			s += Wnext.At(i, j) * deltaNext[i] // column j of Wˡ⁺¹: (Wˡ⁺¹)ᵀ δˡ⁺¹
		}
		d[j] = gPrime(a[j]) * s
	}
	return d
}

// WeightGradient returns the nˡ×nˡ⁻¹ matrix δᵢ hⱼ.
func WeightGradient(delta, hPrev []float64) *mat.Dense {
	G := mat.NewDense(len(delta), len(hPrev), nil)
	for i := range delta {
		for j := range hPrev {
			G.Set(i, j, delta[i]*hPrev[j])
		}
	}
	return G
}

// Backward returns ∂C/∂Wˡ and ∂C/∂bˡ of C = ‖hᴸ − y‖² for l = 1…L.
func Backward(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) (dWs []*mat.Dense, dbs [][]float64) {
	L := len(Ws)
	// forward, keeping A[l] = aˡ and H[l] = hˡ (H[0] = x)
	A := make([][]float64, L+1)
	H := make([][]float64, L+1)
	H[0] = x
	for l := 1; l <= L; l++ {
		n, m := Ws[l-1].Dims()
		A[l], H[l] = make([]float64, n), make([]float64, n)
		for i := 0; i < n; i++ {
			a := bs[l-1][i]
			for j := 0; j < m; j++ {
				a += Ws[l-1].At(i, j) * H[l-1][j]
			}
			A[l][i], H[l][i] = a, g(a)
		}
	}
	// backward
	dWs = make([]*mat.Dense, L)
	dbs = make([][]float64, L)
	delta := OutputDelta(H[L], y, A[L], gPrime)
	for l := L; l >= 1; l-- {
		dWs[l-1] = WeightGradient(delta, H[l-1])
		dbs[l-1] = delta
		if l > 1 {
			delta = HiddenDelta(Ws[l-1], delta, A[l-1], gPrime)
		}
	}
	return dWs, dbs
}
