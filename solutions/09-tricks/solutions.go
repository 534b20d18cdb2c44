// Package solutions holds the reference solution of lesson 09's exercise
// (lessons/09-tricks/exercises), for teachers.
package solutions

import "math"

// InitStd: Var(aᵢˡ⁺¹) = Σⱼ Var(wᵢⱼ hⱼ) = n σ² E[h²] = n σ² m Var(aˡ), equal
// to Var(aˡ) for σ = 1/√(n m): LeCun's 1/√n for m = 1, He's √(2/n) for
// ReLU's m = ½.
func InitStd(n int, m float64) float64 {
	return 1 / math.Sqrt(float64(n)*m)
}
