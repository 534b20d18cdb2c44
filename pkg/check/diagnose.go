package check

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
)

// The diagnosis: when no catalogued mistake matches a wrong answer, the
// grader compares the answer with the reference structurally and names the
// kind of difference, in the lecture's words:
//
//	another quantity   the answer equals another value of the same computation
//	                   (h² instead of hᴸ, aᴸ instead of hᴸ, g instead of g′)
//	sign flipped       got = −want
//	constant factor    got = k·want: ×2, ×½, ×N (summed instead of averaged),
//	                   ×1/N, or another constant
//	transposed         got = wantᵀ
//	one element wrong  every element right but one (which one, and by how much)
//	shifted by one     got[i] = want[i±1]: an off-by-one in an index
//	reversed, permuted the right values in another order
//	offset             got = want + c for one constant c
//	NaN                where the first NaN is
//
// It is a guess from the numbers of one case, so it is phrased as what the
// answer looks like, followed by the formula to check.

// quantity is another value of the computation a case belongs to.
type quantity struct {
	name string // in the lecture's words: "h¹, the output of layer 1"
	v    any
}

// flat returns the values of a number, vector or matrix in row order, with
// its shape; ok is false for anything else.
func flat(v any) (vals []float64, r, c int, ok bool) {
	switch x := v.(type) {
	case float64:
		return []float64{x}, 1, 1, true
	case []float64:
		return x, len(x), 1, x != nil
	case []int:
		f := make([]float64, len(x))
		for i, v := range x {
			f[i] = float64(v)
		}
		return f, len(x), 1, x != nil
	case *mat.Dense:
		if x == nil || x.IsEmpty() {
			return nil, 0, 0, false
		}
		r, c := x.Dims()
		vals := make([]float64, 0, r*c)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				vals = append(vals, x.At(i, j))
			}
		}
		return vals, r, c, true
	}
	return nil, 0, 0, false
}

// diagnose names the kind of difference between got and want (see above),
// or returns "" when it sees none. others are the other quantities of the
// case; n, when > 1, is the number of terms a mean divides by.
func diagnose(got, want any, tol float64, others []quantity, n int) string {
	for _, q := range others {
		if q.v != nil && same(got, q.v, tol) {
			return lang.F("check.diag.equals", q.name)
		}
	}
	g, gr, gc, ok1 := flat(got)
	w, wr, wc, ok2 := flat(want)
	if !ok1 || !ok2 {
		return ""
	}
	for i, x := range g {
		if math.IsNaN(x) {
			return nanAt(i, gr, gc, len(g))
		}
	}
	if gr*gc != wr*wc {
		return "" // compare already says the sizes differ
	}
	if len(g) == 0 {
		return ""
	}
	// transposed (a non-square matrix comes back c×r)
	if wr > 1 && wc > 1 && gr == wc && gc == wr {
		if allNear(g, transpose(w, wr, wc), tol) {
			return lang.F("check.diag.transposed.shape", gr, gc, wr, wc)
		}
		return ""
	}
	if wr > 1 && wc > 1 && wr == wc && allNear(g, transpose(w, wr, wc), tol) && !allNear(w, transpose(w, wr, wc), tol) {
		return lang.T("check.diag.transposed")
	}
	if k, ok := factor(g, w, tol, n); ok {
		return factorWords(k, n)
	}
	if len(g) >= 2 {
		if i, ok := oneWrong(g, w, tol); ok {
			return lang.F("check.diag.onewrong", where(i, wr, wc), fnum(g[i]), fnum(w[i]))
		}
	}
	if len(g) >= 3 {
		if allNear(g[:len(g)-1], w[1:], tol) {
			return lang.T("check.diag.shift.next")
		}
		if allNear(g[1:], w[:len(w)-1], tol) {
			return lang.T("check.diag.shift.prev")
		}
		rev := make([]float64, len(w))
		for i := range w {
			rev[i] = w[len(w)-1-i]
		}
		if allNear(g, rev, tol) {
			return lang.T("check.diag.reversed")
		}
		gs, ws := append([]float64(nil), g...), append([]float64(nil), w...)
		sort.Float64s(gs)
		sort.Float64s(ws)
		if allNear(gs, ws, tol) {
			return lang.T("check.diag.permuted")
		}
	}
	if len(g) >= 2 {
		c := g[0] - w[0]
		off := make([]float64, len(w))
		for i := range w {
			off[i] = w[i] + c
		}
		if math.Abs(c) > tol && allNear(g, off, tol) {
			return lang.F("check.diag.offset", fnum(c))
		}
	}
	return ""
}

// nanAt says where the first NaN is.
func nanAt(i, r, c, n int) string {
	s := lang.F("check.diag.nan.at", where(i, r, c))
	if n == 1 {
		s = lang.T("check.diag.nan")
	}
	return lang.F("check.diag.nan.why", s)
}

// where names element i of an r×c value: "index 2" or "entry (1, 0)".
func where(i, r, c int) string {
	if c <= 1 || r <= 1 {
		return lang.F("check.diag.index", i)
	}
	return lang.F("check.diag.entry", i/c, i%c)
}

func transpose(w []float64, r, c int) []float64 {
	t := make([]float64, len(w))
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j*r+i] = w[i*c+j]
		}
	}
	return t
}

func allNear(g, w []float64, tol float64) bool {
	if len(g) != len(w) {
		return false
	}
	for i := range w {
		if !near(g[i], w[i], tol) {
			return false
		}
	}
	return true
}

// factor finds k with got = k·want (least squares, then checked on every
// value); want must not be all zeros.
func factor(g, w []float64, tol float64, n int) (float64, bool) {
	gw, ww := 0.0, 0.0
	for i := range w {
		if math.IsInf(g[i], 0) || math.IsInf(w[i], 0) {
			return 0, false
		}
		gw += g[i] * w[i]
		ww += w[i] * w[i]
	}
	if ww == 0 {
		return 0, false
	}
	k := gw / ww
	if math.Abs(k-1) < 1e-6 || math.Abs(k) < 1e-9 {
		return 0, false
	}
	for i := range w {
		if !near(g[i], k*w[i], 10*tol) {
			return 0, false
		}
	}
	// A single number always has a ratio: name it only when it is a
	// telling one.
	if len(w) == 1 {
		if _, named := namedFactor(k, n); !named {
			return 0, false
		}
	}
	return k, true
}

// namedFactor writes a telling factor k in words.
func namedFactor(k float64, n int) (string, bool) {
	is := func(v float64) bool { return math.Abs(k-v) <= 1e-6*math.Max(1, math.Abs(v)) }
	switch {
	case is(-1):
		return lang.T("check.diag.sign"), true
	case n > 1 && is(float64(n)):
		return lang.F("check.diag.sumN", n), true
	case n > 1 && is(1/float64(n)):
		return lang.F("check.diag.divN", n), true
	case n > 1 && is(-float64(n)):
		return lang.F("check.diag.negN", n), true
	case is(2):
		return lang.T("check.diag.x2"), true
	case is(0.5):
		return lang.T("check.diag.half"), true
	case is(-2):
		return lang.T("check.diag.neg2"), true
	case is(-0.5):
		return lang.T("check.diag.neghalf"), true
	}
	return "", false
}

// factorWords writes k as a diagnosis.
func factorWords(k float64, n int) string {
	if s, ok := namedFactor(k, n); ok {
		return s
	}
	return lang.F("check.diag.factor", fnum(k))
}

// oneWrong reports whether exactly one value differs.
func oneWrong(g, w []float64, tol float64) (int, bool) {
	bad := -1
	for i := range w {
		if !near(g[i], w[i], tol) {
			if bad >= 0 {
				return 0, false
			}
			bad = i
		}
	}
	return bad, bad >= 0
}
