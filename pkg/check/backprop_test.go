package check

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// studentBackward is a backward pass written with gonum's matrix operations
// (another path than the grader's loops), with switches for the mistakes a
// student makes.
type studentMistakes struct {
	noGPrime, noTranspose, noTwo, useA, noBias, wrongSign bool
}

func studentBackward(m studentMistakes) func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
	return func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		L := len(Ws)
		A := make([]*mat.VecDense, L+1)
		H := make([]*mat.VecDense, L+1)
		H[0] = mat.NewVecDense(len(x), x)
		apply := func(v *mat.VecDense, f func(float64) float64) *mat.VecDense {
			out := mat.NewVecDense(v.Len(), nil)
			for i := 0; i < v.Len(); i++ {
				out.SetVec(i, f(v.AtVec(i)))
			}
			return out
		}
		for l := 1; l <= L; l++ {
			a := mat.NewVecDense(len(bs[l-1]), nil)
			a.MulVec(Ws[l-1], H[l-1])
			a.AddVec(a, mat.NewVecDense(len(bs[l-1]), bs[l-1]))
			A[l], H[l] = a, apply(a, g)
		}
		delta := mat.NewVecDense(len(y), nil)
		delta.SubVec(H[L], mat.NewVecDense(len(y), y))
		if !m.noTwo {
			delta.ScaleVec(2, delta)
		}
		if m.wrongSign {
			delta.ScaleVec(-1, delta)
		}
		if !m.noGPrime {
			delta.MulElemVec(delta, apply(A[L], gp))
		}
		dWs, dbs := make([]*mat.Dense, L), make([][]float64, L)
		for l := L; l >= 1; l-- {
			in := H[l-1]
			if m.useA && l > 1 {
				in = A[l-1]
			}
			var G mat.Dense
			G.Outer(1, delta, in)
			dWs[l-1] = &G
			dbs[l-1] = make([]float64, delta.Len())
			if !m.noBias {
				copy(dbs[l-1], delta.RawVector().Data)
			}
			if l > 1 {
				var next mat.VecDense
				if m.noTranspose {
					next.MulVec(Ws[l-1], delta)
				} else {
					next.MulVec(Ws[l-1].T(), delta)
				}
				if !m.noGPrime {
					next.MulElemVec(&next, apply(A[l-1], gp))
				}
				delta = &next
			}
		}
		return dWs, dbs
	}
}

func TestBackwardPassesTheGradientCheck(t *testing.T) {
	mustPass(t, Backward(studentBackward(studentMistakes{})))
}

func TestBackwardNamesTheMistake(t *testing.T) {
	for _, c := range []struct {
		name string
		m    studentMistakes
		hint string
	}{
		{"missing g′", studentMistakes{noGPrime: true}, "δ must be multiplied by g′(a)"},
		{"W for Wᵀ", studentMistakes{noTranspose: true}, "W is used where Wᵀ is needed"},
		{"no factor 2", studentMistakes{noTwo: true}, "the factor 2 is missing"},
		{"a for h", studentMistakes{useA: true}, "not its activities aˡ⁻¹"},
		{"no bias gradient", studentMistakes{noBias: true}, "the bias gradients are missing"},
		{"o − y sign", studentMistakes{wrongSign: true}, "the sign: ∂C/∂oᴸ = 2(oᴸ − y)"},
	} {
		r := Backward(studentBackward(c.m))
		mustFailWith(t, c.name, r, c.hint)
		if !strings.Contains(r.Text(), "disagrees with the gradient check") && !strings.Contains(r.Text(), "panic") {
			t.Errorf("%s: the report must say which layer fails the gradient check:\n%s", c.name, r.Text())
		}
	}
}

func TestDeltaGraders(t *testing.T) {
	ref := func(o, y, a []float64, gp func(float64) float64) []float64 {
		d := make([]float64, len(o))
		for i := range o {
			d[i] = 2 * (o[i] - y[i]) * gp(a[i])
		}
		return d
	}
	mustPass(t, OutputDelta(ref))
	mustFailWith(t, "missing g′", OutputDelta(func(o, y, a []float64, gp func(float64) float64) []float64 {
		return ref(o, y, a, func(float64) float64 { return 1 })
	}), "δᴸ must be multiplied by g′(aᴸ)")
	mustFailWith(t, "g′(o)", OutputDelta(func(o, y, a []float64, gp func(float64) float64) []float64 {
		return ref(o, y, o, gp)
	}), "not at the output oᴸ")
	mustFailWith(t, "y − o", OutputDelta(func(o, y, a []float64, gp func(float64) float64) []float64 {
		return ref(y, o, a, gp)
	}), "not 2(yᵢ − oᵢ)")

	hidden := func(transpose, gprime bool) func(W *mat.Dense, d, a []float64, gp func(float64) float64) []float64 {
		return func(W *mat.Dense, d, a []float64, gp func(float64) float64) []float64 {
			var s mat.VecDense
			if transpose {
				s.MulVec(W.T(), mat.NewVecDense(len(d), d))
			} else {
				s.MulVec(W, mat.NewVecDense(len(d), d))
			}
			out := make([]float64, s.Len())
			for j := range out {
				out[j] = s.AtVec(j)
				if gprime {
					out[j] *= gp(a[j])
				}
			}
			return out
		}
	}
	mustPass(t, HiddenDelta(hidden(true, true)))
	mustFailWith(t, "W for Wᵀ", HiddenDelta(hidden(false, true)), "W is used where Wᵀ is needed")
	mustFailWith(t, "missing g′", HiddenDelta(hidden(true, false)), "δˡ must be multiplied by g′(aˡ)")

	outer := func(transpose bool) func(d, h []float64) *mat.Dense {
		return func(d, h []float64) *mat.Dense {
			var G mat.Dense
			if transpose {
				G.Outer(1, mat.NewVecDense(len(h), h), mat.NewVecDense(len(d), d))
			} else {
				G.Outer(1, mat.NewVecDense(len(d), d), mat.NewVecDense(len(h), h))
			}
			return &G
		}
	}
	mustPass(t, WeightGradient(outer(false)))
	mustFailWith(t, "h δᵀ", WeightGradient(outer(true)), "the gradient is transposed")
}
