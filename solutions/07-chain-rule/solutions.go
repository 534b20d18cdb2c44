// Package solutions holds the reference solutions of lesson 07's exercises
// (lessons/07-chain-rule/exercises), for teachers.
package solutions

// ChainLocal returns ∂z/∂a = 2, ∂a/∂x = f′(x + 3y), ∂z/∂b = 6h(y),
// ∂b/∂x = 5g′(5x).
func ChainLocal(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) (dzda, dadx, dzdb, dbdx float64) {
	return 2, fPrime(x + 3*y), 6 * h(y), 5 * gPrime(5*x)
}

// ChainDzDx returns 2f′(x + 3y) + 30g′(5x)h(y).
func ChainDzDx(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64 {
	dzda, dadx, dzdb, dbdx := ChainLocal(x, y, f, fPrime, g, gPrime, h, hPrime)
	return dzda*dadx + dzdb*dbdx
}

// ChainDzDy returns 6f′(x + 3y) + 6g(5x)h′(y).
func ChainDzDy(x, y float64, f, fPrime, g, gPrime, h, hPrime func(float64) float64) float64 {
	dzda, dady := 2.0, 3*fPrime(x+3*y) // through a = f(x + 3y)
	dzdh, dhdy := 6*g(5*x), hPrime(y)  // through h(y)
	return dzda*dady + dzdh*dhdy
}
