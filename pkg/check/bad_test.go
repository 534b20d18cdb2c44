package check

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestBadInput: the graders added in this round given hostile students (nil,
// NaN, ±Inf, wrong lengths and shapes, panics, a nil function) must return a
// failed report that says what went wrong, never panic, hang or pass; a
// correct student that scribbles over its inputs after answering must still
// pass (the grader must not reuse what it handed out). A failed report is
// this table's "error" (its first failed case); a pass of a bad student is
// "accepted without error".
func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	// bad: the report must fail, with a case that says why.
	bad := func(name string, grade func() *Report) badinput.Case {
		return badinput.Case{Name: name, WantErr: true, Call: func() ([]any, error) {
			r := grade()
			if r == nil {
				return nil, nil
			}
			if r.Passed() {
				return []any{r.Summary()}, nil
			}
			if r.NotImplemented {
				return nil, errors.New(r.Summary() + ": not implemented")
			}
			for _, c := range r.Cases {
				if !c.Pass {
					if strings.TrimSpace(c.Got) == "" && strings.TrimSpace(c.Hint) == "" {
						t.Errorf("%s: a failed case says nothing: %+v", name, c)
					}
					msg := fmt.Sprintf("%s: %s → %s (%s)", r.Exercise, c.Input, c.Got, c.Hint)
					if strings.Contains(msg, "%!") || strings.Contains(msg, "[missing message") {
						t.Errorf("%s: a format error or a missing message: %s", name, msg)
					}
					return nil, errors.New(msg)
				}
			}
			return nil, errors.New(r.Summary())
		}}
	}
	// good: a correct student (that may scribble over its inputs) must pass.
	good := func(name string, grade func() *Report) badinput.Case {
		return badinput.Case{Name: name, Call: func() ([]any, error) {
			r := grade()
			if r == nil || !r.Passed() {
				t.Errorf("%s: a correct student fails:\n%v", name, r)
			}
			return nil, nil
		}}
	}
	spoil := func(v []float64) {
		for i := range v {
			v[i] = nan
		}
	}
	spoilM := func(M *mat.Dense) {
		if M == nil {
			return
		}
		r, c := M.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				M.Set(i, j, nan)
			}
		}
	}
	spoilI := func(v []int) {
		for i := range v {
			v[i] = -7
		}
	}
	var nilDense *mat.Dense
	long := func(v []float64) []float64 { return append(append([]float64(nil), v...), 0) }
	oneHot := func(labels []int, k int) *mat.Dense {
		Y := mat.NewDense(len(labels), k, nil)
		for i, c := range labels {
			Y.Set(i, c, 1)
		}
		return Y
	}
	argmax := func(P *mat.Dense) []int {
		r, c := P.Dims()
		out := make([]int, r)
		for i := 0; i < r; i++ {
			for j := 1; j < c; j++ {
				if P.At(i, j) > P.At(i, out[i]) {
					out[i] = j
				}
			}
		}
		return out
	}
	softCE := func(o, y []float64) []float64 {
		p := mlp.Softmax(o)
		s := 0.0
		for _, v := range y {
			s += v
		}
		d := make([]float64, len(o))
		for j := range o {
			d[j] = p[j]*s - y[j]
		}
		return d
	}
	momentum := func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
		return momentumWith(momentumMistake{}, w, v, dC, eta, mu)
	}
	standardise := func(X *mat.Dense) *mat.Dense {
		s, err := data.FitScaling(X)
		if err != nil {
			return nil
		}
		A, _ := s.Apply(X)
		return A
	}
	confusion := func(labels, pred []int, k int) *mat.Dense {
		C, _ := mlp.Confusion(labels, pred, k)
		return C
	}
	l2min := func(H *mat.Dense, wStar []float64, lambda float64) []float64 {
		d := len(wStar)
		A := mat.DenseCopyOf(H)
		for i := 0; i < d; i++ {
			A.Set(i, i, A.At(i, i)+2*lambda)
		}
		var rhs, w mat.VecDense
		rhs.MulVec(H, mat.NewVecDense(d, append([]float64(nil), wStar...)))
		if err := w.SolveVec(A, &rhs); err != nil {
			return nil
		}
		return w.RawVector().Data
	}
	etaMax := func(H *mat.Dense) float64 {
		var e mat.EigenSym
		r, _ := H.Dims()
		S := mat.NewSymDense(r, nil)
		for i := 0; i < r; i++ {
			for j := i; j < r; j++ {
				S.SetSym(i, j, H.At(i, j))
			}
		}
		e.Factorize(S, false)
		v := e.Values(nil)
		sort.Float64s(v)
		return 2 / v[len(v)-1]
	}
	side := func(w []float64, w0 float64, x []float64) int {
		s := w0
		for i := range w {
			s += w[i] * x[i]
		}
		switch {
		case s > 0:
			return 1
		case s < 0:
			return -1
		}
		return 0
	}
	dense := func(sizes []int) int {
		n := 0
		for l := 1; l < len(sizes); l++ {
			n += sizes[l]*sizes[l-1] + sizes[l]
		}
		return n
	}
	unitAcc := func(h []float64, labels []int) float64 {
		a, _, _, _ := mlp.UnitAccuracy(h, labels)
		return a
	}
	backward := func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
		gr := backwardWith(bpMistake{}, Ws, bs, neuron.Activation{Name: "g", G: g, Deriv: gp}, x, y)
		return gr.dW, gr.db
	}
	type bwd = func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64)

	cases := []badinput.Case{
		// MomentumStep
		bad("MomentumStep nil function", func() *Report { return MomentumStep(nil) }),
		bad("MomentumStep returns nil, nil", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { return nil, nil })
		}),
		bad("MomentumStep returns NaN", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				spoil(a)
				spoil(b)
				return a, b
			})
		}),
		bad("MomentumStep returns +Inf", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				a[0], b[0] = inf, math.Inf(-1)
				return a, b
			})
		}),
		bad("MomentumStep one value too many", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				return long(a), long(b)
			})
		}),
		bad("MomentumStep one value short", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				return a[1:], b[1:]
			})
		}),
		bad("MomentumStep swaps w′ and v′", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				return b, a
			})
		}),
		bad("MomentumStep panics", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { panic("oops") })
		}),
		bad("MomentumStep panics with nil", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { panic(nil) })
		}),
		bad("MomentumStep indexes out of range", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { return []float64{w[5]}, nil })
		}),
		good("MomentumStep right, then spoils its inputs", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) {
				a, b := momentum(w, v, dC, eta, mu)
				spoil(w)
				spoil(v)
				spoil(dC)
				return a, b
			})
		}),
		bad("MomentumStep returns its inputs (aliases them)", func() *Report {
			return MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { return w, v })
		}),
		// Standardise
		bad("Standardise nil function", func() *Report { return Standardise(nil) }),
		bad("Standardise returns a typed-nil matrix", func() *Report { return Standardise(func(X *mat.Dense) *mat.Dense { return nilDense }) }),
		bad("Standardise returns an empty matrix", func() *Report { return Standardise(func(X *mat.Dense) *mat.Dense { return &mat.Dense{} }) }),
		bad("Standardise returns Xᵀ", func() *Report {
			return Standardise(func(X *mat.Dense) *mat.Dense { return mat.DenseCopyOf(standardise(X).T()) })
		}),
		bad("Standardise returns NaN", func() *Report {
			return Standardise(func(X *mat.Dense) *mat.Dense { A := standardise(X); spoilM(A); return A })
		}),
		bad("Standardise returns a wider matrix", func() *Report {
			return Standardise(func(X *mat.Dense) *mat.Dense { r, c := X.Dims(); return mat.NewDense(r, c+1, nil) })
		}),
		bad("Standardise returns X unchanged", func() *Report { return Standardise(func(X *mat.Dense) *mat.Dense { return X }) }),
		bad("Standardise panics", func() *Report { return Standardise(func(X *mat.Dense) *mat.Dense { panic(errors.New("boom")) }) }),
		bad("Standardise divides by zero on a constant column (NaN)", func() *Report {
			return Standardise(func(X *mat.Dense) *mat.Dense {
				n, d := X.Dims()
				out := mat.NewDense(n, d, nil)
				for j := 0; j < d; j++ {
					col := mat.Col(nil, j, X)
					m, ss := 0.0, 0.0
					for _, x := range col {
						m += x / float64(n)
					}
					for _, x := range col {
						ss += (x - m) * (x - m)
					}
					for i, x := range col {
						out.Set(i, j, (x-m)/math.Sqrt(ss/float64(n)))
					}
				}
				return out
			})
		}),
		good("Standardise right, then spoils X", func() *Report {
			return Standardise(func(X *mat.Dense) *mat.Dense { A := standardise(X); spoilM(X); return A })
		}),
		// OneHot
		bad("OneHot nil function", func() *Report { return OneHot(nil) }),
		bad("OneHot returns nil", func() *Report { return OneHot(func(labels []int, k int) *mat.Dense { return nil }) }),
		bad("OneHot returns &mat.Dense{}", func() *Report { return OneHot(func(labels []int, k int) *mat.Dense { return &mat.Dense{} }) }),
		bad("OneHot returns k×N", func() *Report {
			return OneHot(func(labels []int, k int) *mat.Dense { return mat.DenseCopyOf(oneHot(labels, k).T()) })
		}),
		bad("OneHot returns NaN", func() *Report {
			return OneHot(func(labels []int, k int) *mat.Dense { Y := oneHot(labels, k); spoilM(Y); return Y })
		}),
		bad("OneHot k+1 columns", func() *Report { return OneHot(func(labels []int, k int) *mat.Dense { return oneHot(labels, k+1) }) }),
		bad("OneHot panics", func() *Report {
			return OneHot(func(labels []int, k int) *mat.Dense { var m map[int]int; m[1] = 1; return nil })
		}),
		good("OneHot right, then spoils the labels", func() *Report {
			return OneHot(func(labels []int, k int) *mat.Dense { Y := oneHot(labels, k); spoilI(labels); return Y })
		}),
		// Argmax
		bad("Argmax nil function", func() *Report { return Argmax(nil) }),
		bad("Argmax returns nil", func() *Report { return Argmax(func(P *mat.Dense) []int { return nil }) }),
		bad("Argmax returns −1s", func() *Report {
			return Argmax(func(P *mat.Dense) []int { a := argmax(P); spoilI(a); return a })
		}),
		bad("Argmax returns MaxInt", func() *Report {
			return Argmax(func(P *mat.Dense) []int { a := argmax(P); a[0] = math.MaxInt; return a })
		}),
		bad("Argmax one too many", func() *Report { return Argmax(func(P *mat.Dense) []int { return append(argmax(P), 0) }) }),
		bad("Argmax panics", func() *Report { return Argmax(func(P *mat.Dense) []int { return []int{int(P.At(99, 99))} }) }),
		good("Argmax right, then spoils P", func() *Report {
			return Argmax(func(P *mat.Dense) []int { a := argmax(P); spoilM(P); return a })
		}),
		// HandDeltas
		bad("HandDeltas nil function", func() *Report { return HandDeltas(nil) }),
		bad("HandDeltas returns nil, nil", func() *Report { return HandDeltas(func() ([]float64, []float64) { return nil, nil }) }),
		bad("HandDeltas returns NaN", func() *Report {
			return HandDeltas(func() ([]float64, []float64) { return []float64{nan}, []float64{nan, nan} })
		}),
		bad("HandDeltas returns ±Inf", func() *Report {
			return HandDeltas(func() ([]float64, []float64) { return []float64{inf}, []float64{-inf, inf} })
		}),
		bad("HandDeltas returns 100 values", func() *Report {
			return HandDeltas(func() ([]float64, []float64) { return make([]float64, 100), make([]float64, 100) })
		}),
		bad("HandDeltas panics", func() *Report { return HandDeltas(func() ([]float64, []float64) { panic(TODO) }) }),
		// SoftmaxCEDelta
		bad("SoftmaxCEDelta nil function", func() *Report { return SoftmaxCEDelta(nil) }),
		bad("SoftmaxCEDelta returns nil", func() *Report { return SoftmaxCEDelta(func(o, y []float64) []float64 { return nil }) }),
		bad("SoftmaxCEDelta returns NaN", func() *Report {
			return SoftmaxCEDelta(func(o, y []float64) []float64 { d := softCE(o, y); spoil(d); return d })
		}),
		bad("SoftmaxCEDelta unstable softmax (exp overflows to NaN)", func() *Report {
			return SoftmaxCEDelta(func(o, y []float64) []float64 {
				s := 0.0
				for _, v := range o {
					s += math.Exp(v)
				}
				d := make([]float64, len(o))
				for j := range o {
					d[j] = math.Exp(o[j])/s - y[j]
				}
				return d
			})
		}),
		bad("SoftmaxCEDelta one short", func() *Report {
			return SoftmaxCEDelta(func(o, y []float64) []float64 { return softCE(o, y)[1:] })
		}),
		bad("SoftmaxCEDelta panics", func() *Report { return SoftmaxCEDelta(func(o, y []float64) []float64 { return []float64{o[len(o)]} }) }),
		good("SoftmaxCEDelta right, then spoils o and y", func() *Report {
			return SoftmaxCEDelta(func(o, y []float64) []float64 { d := softCE(o, y); spoil(o); spoil(y); return d })
		}),
		// InitStd
		bad("InitStd nil function", func() *Report { return InitStd(nil) }),
		bad("InitStd returns NaN", func() *Report { return InitStd(func(n int, m float64) float64 { return nan }) }),
		bad("InitStd returns +Inf", func() *Report { return InitStd(func(n int, m float64) float64 { return inf }) }),
		bad("InitStd returns −√(1/(nm))", func() *Report {
			return InitStd(func(n int, m float64) float64 { return -math.Sqrt(1 / (float64(n) * m)) })
		}),
		bad("InitStd returns 0", func() *Report { return InitStd(func(n int, m float64) float64 { return 0 }) }),
		bad("InitStd panics", func() *Report { return InitStd(func(n int, m float64) float64 { panic(fmt.Sprint(n / (n - n))) }) }),
		// Confusion
		bad("Confusion nil function", func() *Report { return Confusion(nil) }),
		bad("Confusion returns nil", func() *Report { return Confusion(func(labels, pred []int, k int) *mat.Dense { return nil }) }),
		bad("Confusion returns &mat.Dense{}", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense { return &mat.Dense{} })
		}),
		bad("Confusion returns (k+1)×(k+1)", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense { C, _ := mlp.Confusion(labels, pred, k+1); return C })
		}),
		bad("Confusion returns NaN", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense { C := confusion(labels, pred, k); spoilM(C); return C })
		}),
		bad("Confusion returns 1×1e6", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense { return mat.NewDense(1, 1e6, nil) })
		}),
		bad("Confusion panics", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense { return mat.NewDense(-1, k, nil) })
		}),
		good("Confusion right, then spoils labels and pred", func() *Report {
			return Confusion(func(labels, pred []int, k int) *mat.Dense {
				C := confusion(labels, pred, k)
				spoilI(labels)
				spoilI(pred)
				return C
			})
		}),
		// DenseParams
		bad("DenseParams nil function", func() *Report { return DenseParams(nil) }),
		bad("DenseParams returns −1", func() *Report { return DenseParams(func(sizes []int) int { return -1 }) }),
		bad("DenseParams returns MaxInt", func() *Report { return DenseParams(func(sizes []int) int { return math.MaxInt }) }),
		bad("DenseParams panics", func() *Report { return DenseParams(func(sizes []int) int { return sizes[len(sizes)+1] }) }),
		good("DenseParams right, then spoils the sizes", func() *Report {
			return DenseParams(func(sizes []int) int { n := dense(sizes); spoilI(sizes); return n })
		}),
		// L2Minimum
		bad("L2Minimum nil function", func() *Report { return L2Minimum(nil) }),
		bad("L2Minimum returns nil", func() *Report { return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return nil }) }),
		bad("L2Minimum returns NaN", func() *Report {
			return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { x := l2min(H, w, l); spoil(x); return x })
		}),
		bad("L2Minimum one too many", func() *Report {
			return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return long(l2min(H, w, l)) })
		}),
		bad("L2Minimum returns w* (no λ)", func() *Report { return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return w }) }),
		bad("L2Minimum panics", func() *Report {
			return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 {
				var x mat.VecDense
				x.SolveVec(H, nil)
				return nil
			})
		}),
		good("L2Minimum right, then spoils H and w*", func() *Report {
			return L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 {
				x := append([]float64(nil), l2min(H, w, l)...)
				spoilM(H)
				spoil(w)
				return x
			})
		}),
		// EtaMax
		bad("EtaMax nil function", func() *Report { return EtaMax(nil) }),
		bad("EtaMax returns NaN", func() *Report { return EtaMax(func(H *mat.Dense) float64 { return nan }) }),
		bad("EtaMax returns +Inf", func() *Report { return EtaMax(func(H *mat.Dense) float64 { return inf }) }),
		bad("EtaMax returns −η_max", func() *Report { return EtaMax(func(H *mat.Dense) float64 { return -etaMax(H) }) }),
		bad("EtaMax panics", func() *Report { return EtaMax(func(H *mat.Dense) float64 { return H.At(-1, 0) }) }),
		good("EtaMax right, then spoils H", func() *Report {
			return EtaMax(func(H *mat.Dense) float64 { e := etaMax(H); spoilM(H); return e })
		}),
		// Regions
		bad("Regions nil function", func() *Report { return Regions(nil) }),
		bad("Regions returns −1", func() *Report { return Regions(func(k, d int) int { return -1 }) }),
		bad("Regions returns MinInt", func() *Report { return Regions(func(k, d int) int { return math.MinInt }) }),
		bad("Regions 1 << k overflowing", func() *Report { return Regions(func(k, d int) int { return 1 << (k * 10) }) }),
		bad("Regions panics", func() *Report { return Regions(func(k, d int) int { return k / (d - d) }) }),
		good("Regions right", func() *Report { return Regions(func(k, d int) int { r, _ := mlp.MaxRegions(k, d); return int(r) }) }),
		// UnitAccuracy
		bad("UnitAccuracy nil function", func() *Report { return UnitAccuracy(nil) }),
		bad("UnitAccuracy returns NaN", func() *Report { return UnitAccuracy(func(h []float64, labels []int) float64 { return nan }) }),
		bad("UnitAccuracy returns 2", func() *Report { return UnitAccuracy(func(h []float64, labels []int) float64 { return 2 }) }),
		bad("UnitAccuracy returns −Inf", func() *Report { return UnitAccuracy(func(h []float64, labels []int) float64 { return math.Inf(-1) }) }),
		bad("UnitAccuracy sorts h in place and forgets the labels", func() *Report {
			return UnitAccuracy(func(h []float64, labels []int) float64 { sort.Float64s(h); return unitAcc(h, labels) })
		}),
		bad("UnitAccuracy panics", func() *Report {
			return UnitAccuracy(func(h []float64, labels []int) float64 { return h[len(labels)+3] })
		}),
		good("UnitAccuracy right, then spoils h and the labels", func() *Report {
			return UnitAccuracy(func(h []float64, labels []int) float64 { a := unitAcc(h, labels); spoil(h); spoilI(labels); return a })
		}),
		// Side
		bad("Side nil function", func() *Report { return Side(nil) }),
		bad("Side returns 5", func() *Report {
			return Side(func(w []float64, w0 float64, x []float64) int { return 5 * side(w, w0, x) })
		}),
		bad("Side returns MinInt", func() *Report { return Side(func(w []float64, w0 float64, x []float64) int { return math.MinInt }) }),
		bad("Side panics", func() *Report {
			return Side(func(w []float64, w0 float64, x []float64) int { return int(x[len(w)+1]) })
		}),
		good("Side right, then spoils w and x", func() *Report {
			return Side(func(w []float64, w0 float64, x []float64) int { s := side(w, w0, x); spoil(w); spoil(x); return s })
		}),
		// FixBackward
		bad("FixBackward nil function", func() *Report { return FixBackward(nil) }),
		bad("FixBackward returns nil, nil", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				return nil, nil
			})
		}),
		bad("FixBackward returns nil matrices", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				return make([]*mat.Dense, len(Ws)+1), make([][]float64, len(Ws)+1)
			})
		}),
		bad("FixBackward returns typed-nil and empty matrices", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				out := make([]*mat.Dense, len(Ws)+1)
				for i := range out {
					if i%2 == 0 {
						out[i] = &mat.Dense{}
					}
				}
				return out, make([][]float64, len(Ws)+1)
			})
		}),
		bad("FixBackward returns one layer too few", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				dW, db := backward(Ws, bs, g, gp, x, y)
				return dW[:len(dW)-1], db[:len(db)-1]
			})
		}),
		bad("FixBackward returns NaN gradients", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				dW, db := backward(Ws, bs, g, gp, x, y)
				for l := range dW {
					spoilM(dW[l])
				}
				for l := range db {
					spoil(db[l])
				}
				return dW, db
			})
		}),
		bad("FixBackward returns transposed gradients", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				dW, db := backward(Ws, bs, g, gp, x, y)
				for l := range dW {
					if dW[l] != nil {
						dW[l] = mat.DenseCopyOf(dW[l].T())
					}
				}
				return dW, db
			})
		}),
		bad("FixBackward returns the weights (aliases them)", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				return append([]*mat.Dense{nil}, Ws...), append([][]float64{nil}, bs...)
			})
		}),
		bad("FixBackward calls g′ on NaN and panics", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				_ = gp(nan)
				panic(fmt.Sprintf("g′(NaN) = %v", gp(nan)))
			})
		}),
		bad("FixBackward g = nil call", func() *Report {
			return FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				var f func(float64) float64
				f(1)
				return nil, nil
			})
		}),
		good("FixBackward right, then spoils the weights, biases, x and y", func() *Report {
			return FixBackward(bwd(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				dW, db := backward(Ws, bs, g, gp, x, y)
				for _, W := range Ws {
					spoilM(W)
				}
				for _, b := range bs {
					spoil(b)
				}
				spoil(x)
				spoil(y)
				return dW, db
			}))
		}),
	}
	// The same students graded in French (the graders' words are pkg/lang
	// messages): the report must read without a format error or a missing
	// message, in both languages, with HTML as well as text.
	var all []badinput.Case
	for _, c := range cases {
		c := c
		all = append(all, c)
		fr := c
		fr.Name = c.Name + " (fr)"
		fr.Call = func() ([]any, error) {
			if err := lang.Set("fr"); err != nil {
				return nil, err
			}
			defer lang.Set("en")
			return c.Call()
		}
		all = append(all, fr)
	}
	badinput.Run(t, all)
}

// TestReportsReadInBothLanguages: the text and HTML of a hostile student's
// report hold no "%!" (a format verb without its argument) and no missing
// message, in English and in French.
func TestReportsReadInBothLanguages(t *testing.T) {
	defer lang.Set("en")
	reports := func() []*Report {
		return []*Report{
			MomentumStep(func(w, v, dC []float64, eta, mu float64) ([]float64, []float64) { return nil, []float64{math.NaN()} }),
			Standardise(func(X *mat.Dense) *mat.Dense { return &mat.Dense{} }),
			OneHot(func(labels []int, k int) *mat.Dense { panic("x") }),
			Argmax(func(P *mat.Dense) []int { return []int{math.MaxInt} }),
			HandDeltas(func() ([]float64, []float64) { panic(TODO) }),
			SoftmaxCEDelta(func(o, y []float64) []float64 { return []float64{math.Inf(1)} }),
			InitStd(func(n int, m float64) float64 { return -1 }),
			Confusion(func(labels, pred []int, k int) *mat.Dense { return mat.NewDense(1, 9, nil) }),
			DenseParams(nil),
			L2Minimum(func(H *mat.Dense, w []float64, l float64) []float64 { return w }),
			EtaMax(func(H *mat.Dense) float64 { return math.NaN() }),
			Regions(func(k, d int) int { return 1 << k }),
			UnitAccuracy(func(h []float64, labels []int) float64 { return 2 }),
			Side(func(w []float64, w0 float64, x []float64) int { return 7 }),
			FixBackward(func(Ws []*mat.Dense, bs [][]float64, g, gp func(float64) float64, x, y []float64) ([]*mat.Dense, [][]float64) {
				return nil, nil
			}),
		}
	}
	for _, tag := range lang.Tags {
		if err := lang.Set(tag); err != nil {
			t.Fatal(err)
		}
		for _, r := range reports() {
			for what, text := range map[string]string{"text": r.Text(), "HTML": r.HTML()} {
				for _, bad := range []string{"%!", "[missing message"} {
					if i := strings.Index(text, bad); i >= 0 {
						t.Errorf("%s, %s, %s: %q at …%s…", tag, r.Exercise, what, bad, text[max(0, i-60):min(len(text), i+60)])
					}
				}
			}
		}
	}
}
