package check

import (
	"fmt"
	"math"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lesson 07: the chain rule on the slide's example
//
//	z = 2 f(x + 3y) + 6 g(5x) h(y).
//
// With a = f(x + 3y) and b = g(5x), z = 2a + 6b h(y) and
//
//	∂z/∂x = ∂z/∂a ∂a/∂x + ∂z/∂b ∂b/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y)
//	∂z/∂y = 6 f′(x + 3y) + 6 g(5x) h′(y).

const lesson07 = "07-chain-rule"

// chainTol is the tolerance of the chain-rule graders (the graders' own
// tests loosen it to accept central differences).
var chainTol = 1e-7

// chainFuncs are f, g, h and their derivatives for one case.
type chainFuncs struct {
	f, fp, g, gp, h, hp    func(float64) float64
	fName, gName, hName    string
	fpName, gpName, hpName string
}

var sq = func(t float64) float64 { return t * t }
var twice = func(t float64) float64 { return 2 * t }

func chainCases() []struct {
	x, y float64
	fs   chainFuncs
} {
	sinCos := chainFuncs{f: math.Sin, fp: math.Cos, g: math.Tanh, gp: func(t float64) float64 { return 1 - math.Tanh(t)*math.Tanh(t) }, h: sq, hp: twice,
		fName: "sin", fpName: "cos", gName: "tanh", gpName: "1 − tanh²", hName: "y²", hpName: "2y"}
	expSig := chainFuncs{f: math.Exp, fp: math.Exp, g: func(t float64) float64 { return 1 / (1 + math.Exp(-t)) },
		gp: func(t float64) float64 { s := 1 / (1 + math.Exp(-t)); return s * (1 - s) }, h: math.Cos, hp: func(t float64) float64 { return -math.Sin(t) },
		fName: "exp", fpName: "exp", gName: "σ", gpName: "σ(1 − σ)", hName: "cos", hpName: "−sin"}
	poly := chainFuncs{f: sq, fp: twice, g: func(t float64) float64 { return t * t * t }, gp: func(t float64) float64 { return 3 * t * t },
		h: func(t float64) float64 { return t + 1 }, hp: func(float64) float64 { return 1 },
		fName: "t²", fpName: "2t", gName: "t³", gpName: "3t²", hName: "y + 1", hpName: "1"}
	return []struct {
		x, y float64
		fs   chainFuncs
	}{
		{0.5, -0.25, sinCos}, {0.1, 0.2, sinCos}, {-0.3, 0.7, expSig}, {0.2, -0.4, expSig}, {0.3, 0.5, poly}, {-0.2, 1.5, poly},
	}
}

func (c chainFuncs) describe() string {
	return fmt.Sprintf("f = %s (f′ = %s), g = %s (g′ = %s), h = %s (h′ = %s)", c.fName, c.fpName, c.gName, c.gpName, c.hName, c.hpName)
}

// ChainDzDx grades ∂z/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y).
func ChainDzDx(student func(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64) *Report {
	gr := newGrader(lesson07, "ChainDzDx", lang.T("check.task.ChainDzDx"))
	if student == nil {
		return gr.nilFunc()
	}
	for _, c := range chainCases() {
		x, y, F := c.x, c.y, c.fs
		u, v := x+3*y, 5*x
		gr.run(tcase{
			input: fmt.Sprintf("x = %v, y = %v, %s", x, y, F.describe()),
			call:  func() any { return student(x, y, F.f, F.fp, F.g, F.gp, F.h, F.hp) },
			want:  2*F.fp(u) + 30*F.gp(v)*F.h(y),
			tol:   chainTol,
			hint:  lang.T("check.ChainDzDx.1"),
			wrongs: []wrong{
				{lang.T("check.ChainDzDx.2"), func() any { return 2*F.fp(u) + 6*F.gp(v)*F.h(y) }},
				{lang.T("check.ChainDzDx.3"), func() any { return 2*F.fp(x) + 30*F.gp(v)*F.h(y) }},
				{lang.T("check.ChainDzDx.4"), func() any { return 2*F.fp(u) + 30*F.gp(x)*F.h(y) }},
				{lang.T("check.ChainDzDx.5"), func() any { return 2*F.fp(u) + 30*F.g(v)*F.h(y) }},
				{lang.T("check.ChainDzDx.6"), func() any { return 2 * F.fp(u) }},
				{lang.T("check.ChainDzDx.7"), func() any { return 30 * F.gp(v) * F.h(y) }},
				{lang.T("check.ChainDzDx.8"), func() any { return F.fp(u) + 30*F.gp(v)*F.h(y) }},
				{lang.T("check.ChainDzDx.9"), func() any { return 2*F.fp(u) + 30*F.gp(v)*F.hp(y) }},
			},
		})
	}
	return gr.finish()
}

// ChainDzDy grades ∂z/∂y = 6 f′(x + 3y) + 6 g(5x) h′(y).
func ChainDzDy(student func(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64) *Report {
	gr := newGrader(lesson07, "ChainDzDy", lang.T("check.task.ChainDzDy"))
	if student == nil {
		return gr.nilFunc()
	}
	for _, c := range chainCases() {
		x, y, F := c.x, c.y, c.fs
		u, v := x+3*y, 5*x
		gr.run(tcase{
			input: fmt.Sprintf("x = %v, y = %v, %s", x, y, F.describe()),
			call:  func() any { return student(x, y, F.f, F.fp, F.g, F.gp, F.h, F.hp) },
			want:  6*F.fp(u) + 6*F.g(v)*F.hp(y),
			tol:   chainTol,
			hint:  lang.T("check.ChainDzDy.1"),
			wrongs: []wrong{
				{lang.T("check.ChainDzDy.2"), func() any { return 2*F.fp(u) + 6*F.g(v)*F.hp(y) }},
				{lang.T("check.ChainDzDy.3"), func() any { return 6*F.fp(u) + 30*F.gp(v)*F.hp(y) }},
				{lang.T("check.ChainDzDy.4"), func() any { return 6*F.fp(u) + 6*F.g(v)*F.h(y) }},
				{lang.T("check.ChainDzDy.5"), func() any { return 6 * F.fp(u) }},
				{lang.T("check.ChainDzDy.6"), func() any { return 6 * F.g(v) * F.hp(y) }},
				{lang.T("check.ChainDzDy.7"), func() any { return 6*F.fp(y) + 6*F.g(v)*F.hp(y) }},
			},
		})
	}
	return gr.finish()
}

// chainLocal returns the slide's four local derivatives.
func chainLocal(x, y float64, F chainFuncs) []float64 {
	return []float64{2, F.fp(x + 3*y), 6 * F.h(y), 5 * F.gp(5*x)}
}

// ChainLocal grades the slide's four local derivatives ∂z/∂a, ∂a/∂x, ∂z/∂b,
// ∂b/∂x, with a = f(x + 3y) and b = g(5x).
func ChainLocal(student func(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) (dzda, dadx, dzdb, dbdx float64)) *Report {
	gr := newGrader(lesson07, "ChainLocal", lang.T("check.task.ChainLocal"))
	if student == nil {
		return gr.nilFunc()
	}
	for _, c := range chainCases() {
		x, y, F := c.x, c.y, c.fs
		want := chainLocal(x, y, F)
		with := func(k int, v float64) func() any {
			return func() any { w := clone(want); w[k] = v; return w }
		}
		gr.run(tcase{
			input:    fmt.Sprintf("x = %v, y = %v, %s", x, y, F.describe()),
			call:     func() any { a, b, c, d := student(x, y, F.f, F.fp, F.g, F.gp, F.h, F.hp); return []float64{a, b, c, d} },
			want:     want,
			wantText: fmt.Sprintf("∂z/∂a = %s, ∂a/∂x = %s, ∂z/∂b = %s, ∂b/∂x = %s", fnum(want[0]), fnum(want[1]), fnum(want[2]), fnum(want[3])),
			gotText: func(got any) string {
				g := got.([]float64)
				return fmt.Sprintf("∂z/∂a = %s, ∂a/∂x = %s, ∂z/∂b = %s, ∂b/∂x = %s", fnum(g[0]), fnum(g[1]), fnum(g[2]), fnum(g[3]))
			},
			hint: "∂z/∂a = 2 (z = 2a + …), ∂a/∂x = f′(x + 3y), ∂z/∂b = 6h(y) (z = … + 6b·h(y)), ∂b/∂x = 5g′(5x)",
			wrongs: []wrong{
				{lang.T("check.ChainLocal.1"), with(1, F.fp(x))},
				{lang.T("check.ChainLocal.2"), with(3, F.gp(5*x))},
				{lang.T("check.ChainLocal.3"), with(3, 5*F.gp(x))},
				{lang.T("check.ChainLocal.4"), with(2, 6)},
				{lang.T("check.ChainLocal.5"), with(2, 6*F.hp(y))},
				{lang.T("check.ChainLocal.6"), with(0, 2*F.f(x+3*y))},
			},
		})
	}
	return gr.finish()
}
