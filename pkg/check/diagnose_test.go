package check

import (
	"math"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// The diagnosis on its own: each kind of difference, on numbers made for it.
func TestDiagnoseKinds(t *testing.T) {
	w := []float64{0.5, -1, 2, 0.25}
	M := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	for _, c := range []struct {
		name      string
		got, want any
		others    []quantity
		n         int
		says      string
	}{
		{"sign", []float64{-0.5, 1, -2, -0.25}, w, nil, 0, "the sign is flipped"},
		{"×2", []float64{1, -2, 4, 0.5}, w, nil, 0, "twice the right one (×2)"},
		{"×½", []float64{0.25, -0.5, 1, 0.125}, w, nil, 0, "half the right one (×½)"},
		{"×N", []float64{2, -4, 8, 1}, w, nil, 4, "N = 4 times the right one: summed instead of averaged"},
		{"1/N", 0.125, 0.5, nil, 4, "divided by N = 4"},
		{"×3", []float64{1.5, -3, 6, 0.75}, w, nil, 0, "a constant factor 3"},
		{"transposed", mat.NewDense(3, 2, []float64{1, 4, 2, 5, 3, 6}), M, nil, 0, "the transpose of the right one (3×2 for 2×3)"},
		{"one element", []float64{0.5, -1, 2.5, 0.25}, w, nil, 0, "every value is right except one: index 2 is 2.5, want 2"},
		{"one entry", mat.NewDense(2, 3, []float64{1, 2, 3, 4, 0, 6}), M, nil, 0, "entry (1, 1) is 0, want 5"},
		{"shift +1", []float64{-1, 2, 0.25, 0}, w, nil, 0, "shifted by one: your value i is the right value i+1"},
		{"shift −1", []float64{0, 0.5, -1, 2}, w, nil, 0, "shifted by one: your value i is the right value i−1"},
		{"reversed", []float64{0.25, 2, -1, 0.5}, w, nil, 0, "reverse order"},
		{"offset", []float64{1.5, 0, 3, 1.25}, w, nil, 0, "off by the same constant 1"},
		{"NaN", []float64{0.5, math.NaN(), 2, 0.25}, w, nil, 0, "NaN (not a number) first appears at index 1"},
		{"another quantity", []float64{1, 2, 3, 4}, w, []quantity{{"h¹, the output of layer 1", []float64{1, 2, 3, 4}}}, 0, "equals h¹, the output of layer 1"},
	} {
		got := diagnose(c.got, c.want, 1e-7, c.others, c.n)
		if !strings.Contains(got, c.says) {
			t.Errorf("%s: diagnose = %q, want it to say %q", c.name, got, c.says)
		}
	}
	// An answer with no structure in common says nothing rather than guess.
	if d := diagnose([]float64{3, 1, -7, 0.1}, w, 1e-7, nil, 0); d != "" {
		t.Errorf("unrelated numbers: %q", d)
	}
	if d := diagnose(0.3, 0.7, 1e-7, nil, 0); d != "" {
		t.Errorf("a number's ratio is named only when it is a telling one: %q", d)
	}
}

// Mistakes of my own, outside the graders' catalogues, named by kind.
func TestDiagnosisOfUncataloguedMistakes(t *testing.T) {
	stable := mlp.Softmax
	mustFailWith(t, "−softmax", Softmax(func(o []float64) []float64 {
		p := stable(o)
		for j := range p {
			p[j] = -p[j]
		}
		return p
	}), "the sign is flipped")
	mustFailWith(t, "p[0] wrong", Softmax(func(o []float64) []float64 {
		p := stable(o)
		if len(p) > 1 {
			p[0] += 0.1
		}
		return p
	}), "every value is right except one: index 0")
	mustFailWith(t, "j−1 for j", Softmax(func(o []float64) []float64 {
		p, q := stable(o), make([]float64, len(o))
		for j := 1; j < len(o); j++ {
			q[j-1] = p[j]
		}
		return q
	}), "shifted by one")
	mustFailWith(t, "NaN", Softmax(func(o []float64) []float64 {
		p := stable(o)
		p[len(p)-1] = math.NaN()
		return p
	}), "NaN")
	mustFailWith(t, "MSE/N²", MSE(func(O, Y *mat.Dense) float64 {
		n, _ := O.Dims()
		v, _ := mlp.MSE(O, Y)
		return v / float64(n)
	}), "divided by N")
	mustFailWith(t, "2·MSE", MSE(func(O, Y *mat.Dense) float64 {
		v, _ := mlp.MSE(O, Y)
		return 2 * v
	}), "twice the right one")
	mustFailWith(t, "½δh", WeightGradient(func(d, h []float64) *mat.Dense {
		G := mat.NewDense(len(d), len(h), nil)
		G.Outer(0.5, mat.NewVecDense(len(d), d), mat.NewVecDense(len(h), h))
		return G
	}), "half the right one")
	// the loop stops one layer early: the output of layer L−1
	mustFailWith(t, "L−1 layers", Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		return forwardRef(Ws[:len(Ws)-1], bs[:len(bs)-1], g, x)
	}), "h², the output of layer 2")
	// g where g′ is needed, in a whole backward pass
	bp := studentBackward(studentMistakes{})
	mustFailWith(t, "g for g′", Backward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		return bp(Ws, bs, g, g, x, y)
	}), "computed with g where g′ is needed")
	// hˡ instead of hˡ⁻¹ in ∂C/∂Wˡ (square layers only have the shape for it)
	r := Backward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		dW, db := bp(Ws, bs, g, gp, x, y)
		H := [][]float64{x}
		for l := range Ws {
			H = append(H, forwardRef(Ws[:l+1], bs[:l+1], g, x))
		}
		for l := range dW {
			if len(H[l+1]) == len(H[l]) {
				G := mat.NewDense(len(db[l]), len(H[l+1]), nil)
				G.Outer(1, mat.NewVecDense(len(db[l]), db[l]), mat.NewVecDense(len(H[l+1]), H[l+1]))
				dW[l] = G
			}
		}
		return dW, db
	})
	mustFailWith(t, "hˡ for hˡ⁻¹", r, "h² (this layer's output) is used where h¹ (the layer below's) is needed")
}

// Correct solutions written another way still pass.
func TestAlternativeSolutionsPass(t *testing.T) {
	// gonum's MulVec instead of loops
	mustPass(t, Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		h := mat.NewVecDense(len(x), append([]float64(nil), x...))
		for l, W := range Ws {
			var a mat.VecDense
			a.MulVec(W, h)
			a.AddVec(&a, mat.NewVecDense(len(bs[l]), bs[l]))
			for i := 0; i < a.Len(); i++ {
				a.SetVec(i, g(a.AtVec(i)))
			}
			h = &a
		}
		return mat.Col(nil, 0, h)
	}))
	// the loops the other way round: column j of W at a time
	mustPass(t, Layer(func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		r, c := W.Dims()
		a := append([]float64(nil), b...)
		for j := 0; j < c; j++ {
			for i := 0; i < r; i++ {
				a[i] += W.At(i, j) * h[j]
			}
		}
		for i := range a {
			a[i] = g(a[i])
		}
		return a
	}))
	// a stable softmax through log-sum-exp
	mustPass(t, Softmax(func(o []float64) []float64 {
		m := math.Inf(-1)
		for _, v := range o {
			m = math.Max(m, v)
		}
		s := 0.0
		for _, v := range o {
			s += math.Exp(v - m)
		}
		lse := m + math.Log(s)
		p := make([]float64, len(o))
		for j, v := range o {
			p[j] = math.Exp(v - lse)
		}
		return p
	}))
	// a stable tanh: 1 − 2/(e²ᵃ + 1), and the sigmoid as ½(1 + tanh(a/2))
	mustPass(t, Tanh(func(a float64) float64 {
		if a > 20 {
			return 1
		}
		if a < -20 {
			return -1
		}
		return 1 - 2/(math.Exp(2*a)+1)
	}))
	mustPass(t, Sigmoid(func(a float64) float64 { return 0.5 * (1 + math.Tanh(a/2)) }))
	// the MSE with gonum, the cross-entropy row by row through mlp
	mustPass(t, MSE(func(O, Y *mat.Dense) float64 {
		var d mat.Dense
		d.Sub(Y, O)
		n, _ := O.Dims()
		return mat.Norm(&d, 2) * mat.Norm(&d, 2) / float64(n)
	}))
	mustPass(t, HiddenDelta(func(W *mat.Dense, dNext, a []float64, gp func(float64) float64) []float64 {
		var s mat.VecDense
		s.MulVec(W.T(), mat.NewVecDense(len(dNext), dNext))
		out := make([]float64, len(a))
		for j := range out {
			out[j] = gp(a[j]) * s.AtVec(j)
		}
		return out
	}))
	mustPass(t, Backward(studentBackward(studentMistakes{})))
}

// The hints the issue found wrong.
func TestHintsNameTheRightMistake(t *testing.T) {
	first := NeuronOutput(func(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
		a := w0
		for j := 1; j < len(w); j++ {
			a += w[j] * x[j]
		}
		return g(a)
	})
	if h := first.Hints(); len(h) == 0 || !strings.Contains(h[0], "misses the first input") {
		t.Errorf("j from 1: %q", h)
	}
	if strings.Contains(first.Text(), "misses the last input") {
		t.Errorf("the first input is missing, not the last:\n%s", first.Text())
	}
	twoOverH := LearningRateRegime(func(eta, h float64) int {
		return regimeWith(eta, h, func(h float64) float64 { return 2 / h }, 1e-9, false)
	})
	if h := twoOverH.Hints(); len(h) == 0 || !strings.Contains(h[0], "not 2/h") {
		t.Errorf("η_opt = 2/h: %q", h)
	}
	// Σ log p without the y: +Inf on the case with a zero probability, and
	// never "y and p are swapped"
	noY := CrossEntropy(func(P, Y *mat.Dense) float64 {
		n, k := P.Dims()
		s := 0.0
		for i := 0; i < n; i++ {
			for j := 0; j < k; j++ {
				s -= math.Log(P.At(i, j))
			}
		}
		return s / float64(n)
	})
	if strings.Contains(noY.Text(), "swapped") || !strings.Contains(noY.Text(), "weighted by its target") {
		t.Errorf("Σ log p:\n%s", noY.Text())
	}
	// after an endless loop at the fourth case, the timeout comes first,
	// not the 7 "not run" cases
	old := CaseCPU
	CaseCPU = 50 * time.Millisecond
	defer func() { CaseCPU = old }()
	var stop atomic.Bool
	defer stop.Store(true)
	loop := Sigmoid(func(a float64) float64 {
		for a == 2.5 && !stop.Load() {
		}
		return 1 / (1 + math.Exp(-a))
	})
	if h := loop.Hints(); len(h) < 2 || !strings.HasPrefix(h[0], "timeout") || !strings.HasPrefix(h[1], "not run") {
		t.Errorf("hints after an endless loop: %q", h)
	}
}

// A failed forward or backward pass shows both passes side by side up to
// the first equation that differs.
func TestDebugger(t *testing.T) {
	noBias2 := func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		h := x
		for l := range Ws {
			b := bs[l]
			if l == 1 {
				b = make([]float64, len(b))
			}
			h = layerRef(Ws[l], b, g, h)
		}
		return h
	}
	r := Forward(noBias2)
	if r.Debug == nil || r.Debug.Stop < 0 {
		t.Fatalf("no step-through:\n%s", r.Text())
	}
	stop := r.Debug.Steps[r.Debug.Stop]
	if stop.Title != "Activities of layer 2" || !strings.HasPrefix(stop.Want, "a² = W² h¹ + b²") {
		t.Errorf("the first difference must be a² (the bias of layer 2 is missing): %+v", stop)
	}
	for _, s := range r.Debug.Steps[:r.Debug.Stop] {
		if !s.Same {
			t.Errorf("a step before the stop differs: %+v", s)
		}
	}
	for _, s := range []string{"Step by step", "First difference", "a² = W² h¹ + b²", "✗ differs"} {
		if !strings.Contains(r.HTML(), s) {
			t.Errorf("the HTML report misses %q", s)
		}
	}
	b := Backward(studentBackward(studentMistakes{noGPrime: true}))
	if b.Debug == nil || b.Debug.Stop < 0 || !strings.HasPrefix(b.Debug.Steps[b.Debug.Stop].Title, "Error of the output layer") {
		t.Fatalf("backward: the first difference must be δᴸ:\n%s", b.Text())
	}
	if !b.Debug.Steps[0].Borrowed || b.Debug.Steps[0].Same != true {
		t.Errorf("the loss is not returned by Backward: it is borrowed from the reference: %+v", b.Debug.Steps[0])
	}
	if Forward(forwardRef).Debug != nil {
		t.Error("a passing exercise has no step-through")
	}
}
