package backprop

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// naiveGEMM is C ← α op(A) op(B) + β C from the definition, for any F.
func naiveGEMM[F Float](transA, transB bool, alpha F, A, B Matrix[F], beta F, C Matrix[F]) {
	at := func(M Matrix[F], t bool, i, j int) F {
		if t {
			i, j = j, i
		}
		return M.Data[i*M.Stride+j]
	}
	k := A.Cols
	if transA {
		k = A.Rows
	}
	for i := 0; i < C.Rows; i++ {
		for j := 0; j < C.Cols; j++ {
			var s F
			for p := 0; p < k; p++ {
				s += at(A, transA, i, p) * at(B, transB, p, j)
			}
			c := alpha * s
			if beta != 0 {
				c += beta * C.Data[i*C.Stride+j]
			}
			C.Data[i*C.Stride+j] = c
		}
	}
}

// TestBatchDeltaRuleStep: with α = −η, β = 1 and the weights themselves as
// GW and GB, one call of the rule is the gradient step W ← W − η ∂C̄/∂W,
// b ← b − η ∂C̄/∂b, every Δˡ computed with the weights before the step (what
// pkg/train's step relies on).
func TestBatchDeltaRuleStep(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const eta = 0.3
	for k := 0; k < 20; k++ {
		loss := mlp.Loss(k % 2)
		net, X, Y := randomProblem(rng, loss)
		ft, err := net.ForwardBatch(X)
		if err != nil {
			t.Fatal(err)
		}
		bt, err := BackwardBatch(net, ft, Y, loss) // the gradient, stored
		if err != nil {
			t.Fatal(err)
		}
		L := len(net.Layers)
		stepped := &mlp.Network{}
		for _, layer := range net.Layers {
			stepped.Layers = append(stepped.Layers, &mlp.Layer{W: mat.DenseCopyOf(layer.W), B: mat.VecDenseCopyOf(layer.B), G: layer.G})
		}
		// The same pass, writing into the weights of stepped.
		n, _ := X.Dims()
		dst, _ := NewBatchTrace(stepped, n)
		dst.DCDO.Copy(bt.DCDO)
		p := passOf(stepped, ft, dst)
		for l := 1; l <= L; l++ {
			p.GW[l], p.GB[l] = View(stepped.Layers[l-1].W), stepped.Layers[l-1].B.RawVector().Data
		}
		BatchDeltaRule(Gemm64, p, -eta, 1)
		for l := 1; l <= L; l++ {
			want := mat.DenseCopyOf(net.Layers[l-1].W)
			var step mat.Dense
			step.Scale(-eta, bt.GradW[l])
			want.Add(want, &step)
			if !mat.EqualApprox(stepped.Layers[l-1].W, want, 1e-12) {
				t.Errorf("net %d: W%d after the step = %v, want W − η ∂C̄/∂W = %v", k, l, mat.Formatted(stepped.Layers[l-1].W), mat.Formatted(want))
			}
			wantB := mat.VecDenseCopyOf(net.Layers[l-1].B)
			wantB.AddScaledVec(wantB, -eta, bt.GradB[l])
			if !mat.EqualApprox(stepped.Layers[l-1].B, wantB, 1e-12) {
				t.Errorf("net %d: b%d after the step = %v, want b − η ∂C̄/∂b = %v", k, l, mat.Formatted(stepped.Layers[l-1].B), mat.Formatted(wantB))
			}
			if !mat.EqualApprox(dst.Delta[l], bt.Delta[l], 1e-12) {
				t.Errorf("net %d: Δ%d differs when the rule writes into the weights", k, l)
			}
		}
	}
}

// TestBatchDeltaRuleFloat32: the same function, instantiated for float32
// with a float32 GEMM, gives BackwardBatch's gradient to float32 precision.
func TestBatchDeltaRuleFloat32(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	to32 := func(m *mat.Dense) Matrix[float32] {
		r, c := m.Dims()
		out := Matrix[float32]{Rows: r, Cols: c, Stride: c, Data: make([]float32, r*c)}
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				out.Data[i*c+j] = float32(m.At(i, j))
			}
		}
		return out
	}
	for k := 0; k < 20; k++ {
		loss := mlp.Loss(k % 2)
		net, X, Y := randomProblem(rng, loss)
		ft, err := net.ForwardBatch(X)
		if err != nil {
			t.Fatal(err)
		}
		bt, err := BackwardBatch(net, ft, Y, loss)
		if err != nil {
			t.Fatal(err)
		}
		L := len(net.Layers)
		p := &Pass[float32]{W: make([]Matrix[float32], L+1), GPrime: make([]func(d, a []float32), L+1),
			H: make([]Matrix[float32], L+1), A: make([]Matrix[float32], L+1), DCDO: to32(bt.DCDO),
			Delta: make([]Matrix[float32], L+1), GW: make([]Matrix[float32], L+1), GB: make([][]float32, L+1)}
		p.H[0] = to32(ft.H[0])
		for l := 1; l <= L; l++ {
			layer := net.Layers[l-1]
			deriv := layer.G.Deriv
			p.W[l], p.H[l], p.A[l] = to32(layer.W), to32(ft.H[l]), to32(ft.A[l])
			p.GPrime[l] = func(d, a []float32) {
				for i, v := range a {
					d[i] *= float32(deriv(float64(v)))
				}
			}
			p.Delta[l], p.GW[l] = to32(bt.Delta[l]), to32(bt.GradW[l]) // shapes; overwritten (β = 0)
			p.GB[l] = make([]float32, layer.Out())
		}
		BatchDeltaRule(naiveGEMM[float32], p, 1, 0)
		for l := 1; l <= L; l++ {
			r, c := bt.GradW[l].Dims()
			for i := 0; i < r; i++ {
				for j := 0; j < c; j++ {
					if got, want := float64(p.GW[l].Data[i*c+j]), bt.GradW[l].At(i, j); math.Abs(got-want) > 1e-4*(1+math.Abs(want)) {
						t.Fatalf("net %d: float32 ∂C̄/∂W%d[%d,%d] = %v, float64 %v", k, l, i, j, got, want)
					}
				}
				if got, want := float64(p.GB[l][i]), bt.GradB[l].AtVec(i); math.Abs(got-want) > 1e-4*(1+math.Abs(want)) {
					t.Fatalf("net %d: float32 ∂C̄/∂b%d[%d] = %v, float64 %v", k, l, i, got, want)
				}
			}
		}
	}
}

// TestBatchDeltaRuleNaiveGEMM: gonum's GEMM and the definition give the
// same gradients (the rule's products have the right shapes and transposes).
func TestBatchDeltaRuleNaiveGEMM(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for k := 0; k < 10; k++ {
		loss := mlp.Loss(k % 2)
		net, X, Y := randomProblem(rng, loss)
		ft, _ := net.ForwardBatch(X)
		bt, err := BackwardBatch(net, ft, Y, loss)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := X.Dims()
		dst, _ := NewBatchTrace(net, n)
		dst.DCDO.Copy(bt.DCDO)
		BatchDeltaRule(naiveGEMM[float64], passOf(net, ft, dst), 1, 0)
		for l := 1; l <= len(net.Layers); l++ {
			if !mat.EqualApprox(dst.GradW[l], bt.GradW[l], 1e-12) || !mat.EqualApprox(dst.GradB[l], bt.GradB[l], 1e-12) {
				t.Errorf("net %d, layer %d: the definition's GEMM gives another gradient", k, l)
			}
		}
	}
}
