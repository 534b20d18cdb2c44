package check

import (
	"math"
	"testing"
)

// The references agree with central differences of z itself.
func TestChainByFiniteDifferences(t *testing.T) {
	z := func(x, y float64, F chainFuncs) float64 { return 2*F.f(x+3*y) + 6*F.g(5*x)*F.h(y) }
	numX := func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		F := chainFuncs{f: f, g: g, h: h}
		const e = 1e-6
		return (z(x+e, y, F) - z(x-e, y, F)) / (2 * e)
	}
	numY := func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		F := chainFuncs{f: f, g: g, h: h}
		const e = 1e-6
		return (z(x, y+e, F) - z(x, y-e, F)) / (2 * e)
	}
	old := chainTol
	chainTol = 1e-6
	defer func() { chainTol = old }()
	mustPass(t, ChainDzDx(numX))
	mustPass(t, ChainDzDy(numY))
}

func TestChainNamesTheMistake(t *testing.T) {
	mustFailWith(t, "missing 5", ChainDzDx(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 2*fp(x+3*y) + 6*gp(5*x)*h(y)
	}), "the inner derivative of 5x is 5")
	mustFailWith(t, "one path", ChainDzDx(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 2 * fp(x+3*y)
	}), "through a AND through b")
	mustFailWith(t, "slide slip", ChainDzDx(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 2*fp(x) + 30*gp(5*x)*h(y)
	}), "f′ is evaluated at x + 3y")
	mustFailWith(t, "missing 3", ChainDzDy(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 2*fp(x+3*y) + 6*g(5*x)*hp(y)
	}), "with respect to y is 3")
	mustFailWith(t, "g differentiated", ChainDzDy(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 6*fp(x+3*y) + 30*gp(5*x)*hp(y)
	}), "g(5x) does not depend on y")
	mustPass(t, ChainLocal(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) (float64, float64, float64, float64) {
		return 2, fp(x + 3*y), 6 * h(y), 5 * gp(5*x)
	}))
	mustFailWith(t, "∂z/∂b = 6", ChainLocal(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) (float64, float64, float64, float64) {
		return 2, fp(x + 3*y), 6, 5 * gp(5*x)
	}), "not 6")
	mustFailWith(t, "∂b/∂x without 5", ChainLocal(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) (float64, float64, float64, float64) {
		return 2, fp(x + 3*y), 6 * h(y), gp(5 * x)
	}), "the inner derivative of 5x is 5")
	// A hard-coded f′ = cos passes one family of cases, not the others.
	r := ChainDzDx(func(x, y float64, f, fp, g, gp, h, hp func(float64) float64) float64 {
		return 2*math.Cos(x+3*y) + 30*gp(5*x)*h(y)
	})
	if pass, total := r.Count(); r.Passed() || pass == 0 || pass == total {
		t.Errorf("a hard-coded f′ must pass only some cases: %d/%d", pass, total)
	}
}
