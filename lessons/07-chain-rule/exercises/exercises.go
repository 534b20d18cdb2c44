// Package exercises holds the exercises of lesson 07, the chain rule, on the
// slide's example
//
//	z = 2 f(x + 3y) + 6 g(5x) h(y).
//
// Set a = f(x + 3y) and b = g(5x): then z = 2a + 6b·h(y). The functions f,
// g, h and their derivatives f′, g′, h′ are given as arguments (the grader
// tries several: sin, tanh, exp, polynomials…).
//
// Replace each `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade one from a notebook cell: check.ChainDzDx(exercises.ChainDzDx).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// ChainLocal returns the slide's four local derivatives at (x, y): ∂z/∂a,
// ∂a/∂x, ∂z/∂b and ∂b/∂x, each the derivative of one node of the graph with
// respect to its own input only. (The slide writes ∂y/∂a where ∂z/∂a is
// meant, and f′(a·x + 3y) where f′(x + 3y) is meant.) ★
func ChainLocal(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) (dzda, dadx, dzdb, dbdx float64) {
	panic(check.TODO) // replace this line with your code
}

// ChainDzDx returns ∂z/∂x at (x, y), by the chain rule: x reaches z along
// two paths, through a and through b. ★★
func ChainDzDx(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64 {
	panic(check.TODO) // replace this line with your code
}

// ChainDzDy returns ∂z/∂y at (x, y). y too reaches z along two paths: which
// ones? ★★
func ChainDzDy(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64 {
	panic(check.TODO) // replace this line with your code
}
