// Package solutions holds the reference solutions of lesson 11's exercises
// (lessons/11-universal-approximation/exercises), for teachers.
package solutions

// UniversalFit builds F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) as a staircase: unit 0 is
// the constant f(0) (w = 0, b = 0, σ(0) = 1/2, so v = 2f(0)); unit i ≥ 1 is
// a sharp step half-way between the grid points xᵢ₋₁ and xᵢ, of height
// f(xᵢ) − f(xᵢ₋₁).
func UniversalFit(f func(float64) float64, n int) (v, w, b []float64) {
	v, w, b = make([]float64, n), make([]float64, n), make([]float64, n)
	v[0] = 2 * f(0)
	s := 40 * float64(n) // steepness: a step of width about 1/(40n)
	for i := 1; i < n; i++ {
		x0, x1 := float64(i-1)/float64(n-1), float64(i)/float64(n-1)
		t := (x0 + x1) / 2
		v[i] = f(x1) - f(x0)
		w[i] = s
		b[i] = -s * t
	}
	return v, w, b
}
