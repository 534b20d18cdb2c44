// Package solutions holds the reference solutions of lesson 08's exercises
// (lessons/08-backpropagation/exercises), for teachers.
package solutions

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

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

// HandDeltas: forward, a¹ = W¹x + b¹ = (1, −1), h¹ = (1, 0),
// a² = 3·1 + 2·0 − 1 = 2, o = 2; backward, δ² = 2(o − y) g′(a²) = 2·1.5·1 = 3
// and δ¹ = g′(a¹) ⊙ (W²)ᵀδ² = (1·3·3, 0·2·3) = (9, 0): the unit that is off
// passes no error down.
func HandDeltas() (delta2, delta1 []float64) {
	return []float64{3}, []float64{9, 0}
}

// SoftmaxCEDelta: C = −Σⱼ yⱼ oⱼ + log Σₖ exp(oₖ) (with Σ y = 1), so
// ∂C/∂oⱼ = pⱼ − yⱼ, with the softmax computed stably.
func SoftmaxCEDelta(o, y []float64) []float64 {
	m := o[0]
	for _, v := range o {
		m = math.Max(m, v)
	}
	s := 0.0
	d := make([]float64, len(o))
	for j, v := range o {
		d[j] = math.Exp(v - m)
		s += d[j]
	}
	for j := range d {
		d[j] = d[j]/s - y[j]
	}
	return d
}

// FixBackward: the stub's pass with its planted mistake fixed. It took
// g′(hˡ⁻¹), g′ of the outputs of the layer below, where the delta rule has
// g′(aˡ⁻¹), g′ of its activities: δˡ⁻¹ = g′(aˡ⁻¹) ⊙ (Wˡ)ᵀδˡ.
func FixBackward(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
	L := len(Ws)
	hs := []*mat.VecDense{mat.NewVecDense(len(x), x)}
	as := []*mat.VecDense{nil}
	for l := 1; l <= L; l++ {
		a := mat.NewVecDense(len(bs[l-1]), nil)
		a.MulVec(Ws[l-1], hs[l-1])
		a.AddVec(a, mat.NewVecDense(len(bs[l-1]), bs[l-1]))
		h := mat.NewVecDense(a.Len(), nil)
		for i := 0; i < a.Len(); i++ {
			h.SetVec(i, g(a.AtVec(i)))
		}
		as, hs = append(as, a), append(hs, h)
	}
	delta := mat.NewVecDense(len(y), nil)
	for i := range y {
		delta.SetVec(i, 2*(hs[L].AtVec(i)-y[i])*gPrime(as[L].AtVec(i)))
	}
	dWs, dbs := make([]*mat.Dense, L), make([][]float64, L)
	for l := L; l >= 1; l-- {
		dW := mat.NewDense(delta.Len(), hs[l-1].Len(), nil)
		dW.Outer(1, delta, hs[l-1])
		dWs[l-1], dbs[l-1] = dW, append([]float64(nil), delta.RawVector().Data...)
		if l > 1 {
			d := mat.NewVecDense(hs[l-1].Len(), nil)
			d.MulVec(Ws[l-1].T(), delta)
			for j := 0; j < d.Len(); j++ {
				d.SetVec(j, d.AtVec(j)*gPrime(as[l-1].AtVec(j))) // the fix: aˡ⁻¹, not hˡ⁻¹
			}
			delta = d
		}
	}
	return dWs, dbs
}
