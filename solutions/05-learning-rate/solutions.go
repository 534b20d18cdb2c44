// Package solutions holds the reference solutions of lesson 05's exercises
// (lessons/05-learning-rate/exercises), for teachers.
package solutions

import "math"

// LearningRateRegime returns 1, 2, 3 or 4 for η < η_opt, = η_opt,
// ≤ 2η_opt, > 2η_opt, with η_opt = 1/h. At η = 2η_opt the factor 1 − ηh is
// −1: the weight oscillates for ever, it does not diverge (regime 3).
func LearningRateRegime(eta, h float64) int {
	opt := 1 / h
	switch {
	case math.Abs(eta-opt) <= 1e-9*opt:
		return 2
	case eta < opt:
		return 1
	case eta < 2*opt || math.Abs(eta-2*opt) <= 1e-9*opt:
		return 3
	}
	return 4
}
