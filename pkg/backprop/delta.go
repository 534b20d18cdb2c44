package backprop

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// The batch delta rule, written once for every element type.
//
// BatchDeltaRule is the function BackwardBatch, MeanGradient and pkg/train's
// fast step all call. It works on plain row-major views (Matrix) and
// multiplies with a GEMM function value, so that it needs neither gonum's
// mat (float64 only) nor any allocation: the caller owns every matrix.

// Float is the element type of the batch delta rule: float64 for the
// lessons (gonum's matrices), float32 for a trainer that wants the speed.
type Float interface{ ~float32 | ~float64 }

// Matrix is a row-major matrix seen in place: element (i, j) is
// Data[i*Stride+j], for i < Rows and j < Cols. View gives the Matrix of a
// *mat.Dense, without copying.
type Matrix[F Float] struct {
	Rows, Cols, Stride int
	Data               []F
}

// Row returns row i of m (its Cols elements).
func (m Matrix[F]) Row(i int) []F { return m.Data[i*m.Stride : i*m.Stride+m.Cols] }

// View returns the Matrix of m: the same numbers, not a copy.
func View(m *mat.Dense) Matrix[float64] {
	r := m.RawMatrix()
	return Matrix[float64]{Rows: r.Rows, Cols: r.Cols, Stride: r.Stride, Data: r.Data}
}

// GEMM is a matrix product C ← α op(A) op(B) + β C, where op(X) is Xᵀ when
// the flag transX is set (BLAS's GEneral Matrix Multiply). Gemm64 is gonum's.
type GEMM[F Float] func(transA, transB bool, alpha F, A, B Matrix[F], beta F, C Matrix[F])

// Gemm64 is the GEMM of gonum's blas64, the product mat.Dense.Mul computes
// (on whatever engine the program installed: gonum's own code by default).
func Gemm64(transA, transB bool, alpha float64, A, B Matrix[float64], beta float64, C Matrix[float64]) {
	blas64.Gemm(trans(transA), trans(transB), alpha, general(A), general(B), beta, general(C))
}

func trans(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}

func general(m Matrix[float64]) blas64.General {
	return blas64.General{Rows: m.Rows, Cols: m.Cols, Stride: m.Stride, Data: m.Data}
}

// Pass holds one batch's backward pass: the matrices the delta rule reads
// and the ones it writes, indexed by the layer l = 1…L (index 0 unused,
// except H[0] = X). Rows are examples, N of them. The caller allocates
// them, once, and may reuse them for every batch.
type Pass[F Float] struct {
	// Read: the network and its forward pass.
	W      []Matrix[F]      // W[l] = Wˡ, nˡ×nˡ⁻¹
	GPrime []func(d, a []F) // GPrime[l](d, a) sets d ← d ⊙ g′(a) with layer l's g′
	H, A   []Matrix[F]      // H[l] = Hˡ, A[l] = Aˡ, N×nˡ (H[0] = X)
	DCDO   Matrix[F]        // N×nᴸ: row i is ∂Cᵢ/∂oᵢ, the loss's derivative for example i

	// Written.
	Delta []Matrix[F] // Delta[l] = Δˡ, N×nˡ: row i is δˡ of example i, over N
	GW    []Matrix[F] // GW[l] ← α ∂C̄/∂Wˡ + β GW[l], nˡ×nˡ⁻¹
	GB    [][]F       // GB[l] ← α ∂C̄/∂bˡ + β GB[l], nˡ values
}

// BatchDeltaRule is the delta rule for a batch of N examples, the rows of
// p's matrices, with the gradient of the mean loss C̄ = (1/N) Σᵢ Cᵢ:
//
//	Δᴸ = (1/N) ∂C/∂O ⊙ g′(Aᴸ)          the output error
//	Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ)            for l = L−1 … 1, backwards
//	∂C̄/∂Wˡ = (Δˡ)ᵀ Hˡ⁻¹                for l = 1 … L
//	∂C̄/∂bˡ = Σᵢ Δᵢˡ                    (the sum of Δˡ's rows)
//
// These are the lines of Backward with the examples stacked as rows: row i
// of Δˡ is the δˡ of example i, over N, so (Wˡ⁺¹)ᵀ δˡ⁺¹ becomes Δˡ⁺¹ Wˡ⁺¹
// and the sum over the examples of δˡ (hˡ⁻¹)ᵀ is one product (Δˡ)ᵀ Hˡ⁻¹.
// With softmax + cross-entropy the output's g is the identity, g′ = 1, and
// Δᴸ = (P − Y)/N.
//
// The gradients are written as GW[l] ← α ∂C̄/∂Wˡ + β GW[l] and GB[l] ←
// α ∂C̄/∂bˡ + β GB[l]: α = 1, β = 0 stores the gradient. Every Δˡ is
// computed before any GW[l] is written, so GW[l] may be Wˡ itself: with
// α = −η and β = 1 the last two lines are the gradient step
// Wˡ ← Wˡ − η ∂C̄/∂Wˡ, bˡ ← bˡ − η ∂C̄/∂bˡ, with no gradient stored
// (pkg/train's step). DCDO may be Delta[L] itself.
//
// It checks nothing and allocates nothing: the callers validate once, at
// their entry (BackwardBatchInto, train.New). It multiplies with gemm.
func BatchDeltaRule[F Float](gemm GEMM[F], p *Pass[F], alpha, beta F) {
	L := len(p.W) - 1
	N := p.H[0].Rows

	// The output error Δᴸ = (1/N) ∂C/∂O ⊙ g′(Aᴸ).
	inv := 1 / F(N)
	for i := 0; i < N; i++ {
		d, dCdO := p.Delta[L].Row(i), p.DCDO.Row(i)
		for j := range d {
			d[j] = dCdO[j] * inv
		}
	}
	mulGPrime(p.GPrime[L], p.Delta[L], p.A[L])

	// Backwards: Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ).
	for l := L - 1; l >= 1; l-- {
		gemm(false, false, 1, p.Delta[l+1], p.W[l+1], 0, p.Delta[l]) // Δˡ⁺¹ Wˡ⁺¹
		mulGPrime(p.GPrime[l], p.Delta[l], p.A[l])                   // ⊙ g′(Aˡ)
	}

	// The gradients: ∂C̄/∂Wˡ = (Δˡ)ᵀ Hˡ⁻¹ and ∂C̄/∂bˡ = Σᵢ Δᵢˡ.
	for l := 1; l <= L; l++ {
		gemm(true, false, alpha, p.Delta[l], p.H[l-1], beta, p.GW[l])
		sumRows(p.GB[l], alpha, p.Delta[l], beta)
	}
}

// mulGPrime sets D ← D ⊙ g′(A) with gPrime (d ← d ⊙ g′(a) on a slice): once
// on the whole data when both matrices are contiguous, row by row otherwise.
func mulGPrime[F Float](gPrime func(d, a []F), D, A Matrix[F]) {
	if D.Stride == D.Cols && A.Stride == A.Cols {
		gPrime(D.Data[:D.Rows*D.Cols], A.Data[:A.Rows*A.Cols])
		return
	}
	for i := 0; i < D.Rows; i++ {
		gPrime(D.Row(i), A.Row(i))
	}
}

// sumRows sets b ← α Σᵢ (row i of D) + β b, adding the rows in order (β = 0
// does not read b).
func sumRows[F Float](b []F, alpha F, D Matrix[F], beta F) {
	switch beta {
	case 0:
		clear(b)
	case 1:
	default:
		for j := range b {
			b[j] *= beta
		}
	}
	for i := 0; i < D.Rows; i++ {
		microkernel.AddScaled(b, alpha, D.Row(i)) // b[j] += α·D[i][j], with vector registers (microkernel.AddScaledGo's numbers)
	}
}

// GPrime returns the slice form of g′ for a float64 layer: d ← d ⊙ g′(a),
// calling deriv for each element.
func GPrime(deriv func(float64) float64) func(d, a []float64) {
	return func(d, a []float64) {
		for k, v := range a {
			d[k] *= deriv(v)
		}
	}
}
