package check

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The graders of the exercises that test understanding (predicted numbers,
// a planted bug, the decision, counts): each passes correct solutions
// written in more than one way and names the classic mistakes.

func TestSide(t *testing.T) {
	right := func(w []float64, w0 float64, x []float64) int {
		a := w0
		for j := range w {
			a += w[j] * x[j]
		}
		switch {
		case a > 0:
			return 1
		case a < 0:
			return -1
		}
		return 0
	}
	mustPass(t, Side(right))
	mustPass(t, Side(func(w []float64, w0 float64, x []float64) int { // with math.Copysign, 0 apart
		a := w[0]*x[0] + w[1]*x[1] + w0
		if a == 0 {
			return 0
		}
		return int(math.Copysign(1, a))
	}))
	mustFailWith(t, "above the line", Side(func(w []float64, w0 float64, x []float64) int {
		if w[1] == 0 {
			return right(w, w0, x)
		}
		d := x[1] - (-w[0]/w[1]*x[0] - w0/w[1])
		switch {
		case d > 0:
			return 1
		case d < 0:
			return -1
		}
		return 0
	}), "only when w₂ > 0")
	mustFailWith(t, "no w₀", Side(func(w []float64, w0 float64, x []float64) int { return right(w, 0, x) }), "w₀ is missing")
	mustFailWith(t, "swapped", Side(func(w []float64, w0 float64, x []float64) int { return -right(w, w0, x) }), "the sides are swapped")
}

func TestOneHotAndArgmax(t *testing.T) {
	mustPass(t, OneHot(func(labels []int, k int) *mat.Dense { Y, _ := mlp.OneHot(labels, k); return Y }))
	mustPass(t, OneHot(func(labels []int, k int) *mat.Dense { // by rows of data
		d := make([]float64, len(labels)*k)
		for i, c := range labels {
			d[i*k+c] = 1
		}
		return mat.NewDense(len(labels), k, d)
	}))
	mustFailWith(t, "k×N", OneHot(func(labels []int, k int) *mat.Dense {
		Y := mat.NewDense(k, len(labels), nil)
		for i, c := range labels {
			Y.Set(c, i, 1)
		}
		return Y
	}), "the matrix is k×N")
	mustFailWith(t, "from 1", OneHot(func(labels []int, k int) *mat.Dense {
		Y := mat.NewDense(len(labels), k, nil)
		for i, c := range labels {
			if c > 0 {
				Y.Set(i, c-1, 1)
			}
		}
		return Y
	}), "too far left")

	mustPass(t, Argmax(func(P *mat.Dense) []int { return mlp.ArgmaxRows(P) }))
	mustPass(t, Argmax(func(P *mat.Dense) []int { // with floats.MaxIdx's rule written out, from the end
		n, k := P.Dims()
		out := make([]int, n)
		for i := 0; i < n; i++ {
			b := k - 1
			for j := k - 2; j >= 0; j-- {
				if P.At(i, j) >= P.At(i, b) {
					b = j
				}
			}
			out[i] = b
		}
		return out
	}))
	last := func(P *mat.Dense) []int {
		n, k := P.Dims()
		out := make([]int, n)
		for i := 0; i < n; i++ {
			for j := 1; j < k; j++ {
				if P.At(i, j) >= P.At(i, out[i]) {
					out[i] = j
				}
			}
		}
		return out
	}
	mustFailWith(t, "ties", Argmax(last), "on a tie, keep the first class")
	mustFailWith(t, "from 0", Argmax(func(P *mat.Dense) []int {
		n, k := P.Dims()
		out := make([]int, n)
		for i := 0; i < n; i++ {
			best := 0.0
			for j := 0; j < k; j++ {
				if P.At(i, j) > best {
					out[i], best = j, P.At(i, j)
				}
			}
		}
		return out
	}), "not from the value 0")
	mustFailWith(t, "1-based", Argmax(func(P *mat.Dense) []int {
		c := mlp.ArgmaxRows(P)
		for i := range c {
			c[i]++
		}
		return c
	}), "numbered from 0")
}

func TestL2MinimumAndEtaMax(t *testing.T) {
	solve := func(H *mat.Dense, wStar []float64, lambda float64, s float64, rhsH bool) []float64 {
		d := len(wStar)
		A := mat.DenseCopyOf(H)
		for i := 0; i < d; i++ {
			A.Set(i, i, A.At(i, i)+s*lambda)
		}
		r := mat.NewVecDense(d, append([]float64(nil), wStar...))
		if rhsH {
			r.MulVec(H, r)
		}
		var w mat.VecDense
		if err := w.SolveVec(A, r); err != nil {
			return nil
		}
		return w.RawVector().Data
	}
	mustPass(t, L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return solve(H, w, l, 2, true) }))
	mustPass(t, L2Minimum(func(H *mat.Dense, wStar []float64, l float64) []float64 { // by the inverse
		d := len(wStar)
		A := mat.DenseCopyOf(H)
		for i := 0; i < d; i++ {
			A.Set(i, i, A.At(i, i)+2*l)
		}
		var inv, M mat.Dense
		if inv.Inverse(A) != nil {
			return nil
		}
		M.Mul(&inv, H)
		w := mat.NewVecDense(d, nil)
		w.MulVec(&M, mat.NewVecDense(d, wStar))
		return w.RawVector().Data
	}))
	mustFailWith(t, "λ", L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return solve(H, w, l, 1, true) }), "2λw, not λw")
	mustFailWith(t, "w*", L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return solve(H, w, l, 2, false) }), "the right-hand side is H w*")
	mustFailWith(t, "diagonal only", L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 {
		out := make([]float64, len(w))
		for i := range w {
			out[i] = H.At(i, i) * w[i] / (H.At(i, i) + 2*l)
		}
		return out
	}), "holds only for a diagonal H")
	mustFailWith(t, "no L2", L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return w }), "the L2 term is left out")

	eig := func(H *mat.Dense) []float64 {
		d, _ := H.Dims()
		S := mat.NewSymDense(d, nil)
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				S.SetSym(i, j, H.At(i, j))
			}
		}
		var e mat.EigenSym
		e.Factorize(S, false)
		return e.Values(nil)
	}
	mustPass(t, EtaMax(func(H *mat.Dense) float64 { v := eig(H); return 2 / v[len(v)-1] }))
	mustPass(t, EtaMax(func(H *mat.Dense) float64 { // λ_max by power iteration
		d, _ := H.Dims()
		v := mat.NewVecDense(d, nil)
		for i := 0; i < d; i++ {
			v.SetVec(i, 1+0.1*float64(i))
		}
		lambda := 0.0
		for it := 0; it < 5000; it++ {
			var u mat.VecDense
			u.MulVec(H, v)
			lambda = mat.Norm(&u, 2) / mat.Norm(v, 2)
			u.ScaleVec(1/mat.Norm(&u, 2), &u)
			v = &u
		}
		return 2 / lambda
	}))
	mustFailWith(t, "η_opt", EtaMax(func(H *mat.Dense) float64 { v := eig(H); return 1 / v[len(v)-1] }), "that is η_opt")
	mustFailWith(t, "diagonal", EtaMax(func(H *mat.Dense) float64 {
		d, _ := H.Dims()
		m := 0.0
		for i := 0; i < d; i++ {
			m = math.Max(m, H.At(i, i))
		}
		return 2 / m
	}), "largest diagonal entry")
	mustFailWith(t, "fastest", EtaMax(func(H *mat.Dense) float64 { v := eig(H); return 2 / (v[0] + v[len(v)-1]) }), "fastest constant rate")
}

func TestHandDeltasAndSoftmaxCE(t *testing.T) {
	mustPass(t, HandDeltas(func() ([]float64, []float64) { return []float64{3}, []float64{9, 0} }))
	mustFailWith(t, "no g′", HandDeltas(func() ([]float64, []float64) { return []float64{3}, []float64{9, 6} }), "g′(a¹₂) = 0")
	mustFailWith(t, "no 2", HandDeltas(func() ([]float64, []float64) { return []float64{1.5}, []float64{4.5, 0} }), "the factor 2")
	r := HandDeltas(func() ([]float64, []float64) { return []float64{3}, []float64{9, 6} })
	if p, n := r.Count(); p != 1 || n != 2 {
		t.Errorf("δ² right, δ¹ wrong: %d/%d cases pass, want 1/2", p, n)
	}

	mustPass(t, SoftmaxCEDelta(func(o, y []float64) []float64 { g, _ := mlp.SoftmaxCrossEntropy.Grad(o, y); return g }))
	mustPass(t, SoftmaxCEDelta(func(o, y []float64) []float64 { // through log-sum-exp
		lse := mlp.LogSumExp(o)
		d := make([]float64, len(o))
		for j := range o {
			d[j] = math.Exp(o[j]-lse) - y[j]
		}
		return d
	}))
	mustFailWith(t, "y − p", SoftmaxCEDelta(func(o, y []float64) []float64 {
		p := mlp.Softmax(o)
		for j := range p {
			p[j] = y[j] - p[j]
		}
		return p
	}), "p − y, not y − p")
	mustFailWith(t, "−y/p", SoftmaxCEDelta(func(o, y []float64) []float64 {
		p := mlp.Softmax(o)
		for j := range p {
			p[j] = -y[j] / p[j]
		}
		return p
	}), "∂C/∂p = −y/p")
	mustFailWith(t, "naive softmax", SoftmaxCEDelta(func(o, y []float64) []float64 {
		s := 0.0
		for _, v := range o {
			s += math.Exp(v)
		}
		d := make([]float64, len(o))
		for j, v := range o {
			d[j] = math.Exp(v)/s - y[j]
		}
		return d
	}), "softmax overflows")
}

// The planted bug of FixBackward: g′ of hˡ in the hidden layers.
func plantedBackward(fixed bool) func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
	return func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		L := len(Ws)
		hs := []*mat.VecDense{mat.NewVecDense(len(x), x)}
		as := []*mat.VecDense{nil}
		for l := 1; l <= L; l++ {
			a := mat.NewVecDense(len(bs[l-1]), append([]float64(nil), bs[l-1]...))
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
					at := hs[l-1].AtVec(j)
					if fixed {
						at = as[l-1].AtVec(j)
					}
					d.SetVec(j, d.AtVec(j)*gPrime(at))
				}
				delta = d
			}
		}
		return dWs, dbs
	}
}

func TestFixBackward(t *testing.T) {
	mustPass(t, FixBackward(plantedBackward(true)))
	r := FixBackward(plantedBackward(false))
	mustFailWith(t, "planted", r, "the planted mistake is still there")
	if strings.Contains(r.Summary(), "activities") {
		t.Errorf("the planted mistake's hint must not name it: %s", r.Summary())
	}
	if r.Debug == nil {
		t.Error("a failed FixBackward must carry the step-through debugger")
	}
	// Backward names the same mistake
	mustFailWith(t, "g′(h) hidden", Backward(plantedBackward(false)), "g′ is evaluated at the activities aˡ of the hidden layers")
	// a new mistake in the fixed pass gets its own hint
	mustFailWith(t, "no g′ at the output", FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gPrime func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		return plantedBackward(true)(Ws, bs, g, func(a float64) float64 {
			return 1
		}, x, y)
	}), "δ must be multiplied by g′(a)")
}

func TestInitConfusionDenseParams(t *testing.T) {
	mustPass(t, InitStd(func(n int, m float64) float64 { return 1 / math.Sqrt(float64(n)*m) }))
	mustPass(t, InitStd(func(n int, m float64) float64 { return math.Pow(float64(n)*m, -0.5) }))
	mustFailWith(t, "σ²", InitStd(func(n int, m float64) float64 { return 1 / (float64(n) * m) }), "that is the variance σ²")
	mustFailWith(t, "He", InitStd(func(n int, m float64) float64 { return math.Sqrt(2 / float64(n)) }), "He's σ")
	mustFailWith(t, "m ignored", InitStd(func(n int, m float64) float64 { return 1 / math.Sqrt(float64(n)) }), "m is left out")

	mustPass(t, Confusion(func(labels, pred []int, k int) *mat.Dense { C, _ := mlp.Confusion(labels, pred, k); return C }))
	mustFailWith(t, "transposed", Confusion(func(labels, pred []int, k int) *mat.Dense { C, _ := mlp.Confusion(pred, labels, k); return C }), "rows and columns are swapped")

	count := func(sizes []int) int {
		n := 0
		for l := 1; l < len(sizes); l++ {
			n += sizes[l]*sizes[l-1] + sizes[l]
		}
		return n
	}
	mustPass(t, DenseParams(count))
	mustPass(t, DenseParams(func(sizes []int) int { // as mlp counts a built network
		if count(sizes) > 1e6 {
			return count(sizes) // VGG's classifier: 1 GB to build
		}
		net, err := mlp.New(sizes, neuron.Sigmoid, neuron.Sigmoid)
		if err != nil {
			return -1
		}
		return net.NumParams()
	}))
	mustFailWith(t, "no biases", DenseParams(func(sizes []int) int {
		n := 0
		for l := 1; l < len(sizes); l++ {
			n += sizes[l] * sizes[l-1]
		}
		return n
	}), "the biases are missing")
	if r := DenseParams(count); r.Cases[1].Want != "79510" || r.Cases[2].Want != "123642856" {
		t.Errorf("lesson 13's MLP and VGG's classifier: %s, %s", r.Cases[1].Want, r.Cases[2].Want)
	}
}
