// Package solutions holds the reference solution of lesson 13's exercise
// (lessons/13-mnist/exercises), for teachers.
package solutions

import "gonum.org/v1/gonum/mat"

// Confusion: C[labels[n]][pred[n]] += 1 for every example n. The diagonal
// holds the right answers; entry (4, 9) counts the 4s taken for 9s.
func Confusion(labels, pred []int, k int) *mat.Dense {
	C := mat.NewDense(k, k, nil)
	for n := range labels {
		C.Set(labels[n], pred[n], C.At(labels[n], pred[n])+1)
	}
	return C
}
