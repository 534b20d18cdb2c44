// Package solutions holds the reference solutions of lesson 03's exercises
// (lessons/03-regression-classification/exercises), for teachers.
package solutions

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// Softmax returns pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) with m = max(o).
func Softmax(o []float64) []float64 {
	m := o[0]
	for _, v := range o {
		if v > m {
			m = v
		}
	}
	p := make([]float64, len(o))
	sum := 0.0
	for j, v := range o {
		p[j] = math.Exp(v - m) // ≤ 1: never overflows
		sum += p[j]
	}
	for j := range p {
		p[j] /= sum
	}
	return p
}

// CrossEntropy returns −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ.
func CrossEntropy(P, Y *mat.Dense) float64 {
	n, k := P.Dims()
	c := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			if y := Y.At(i, j); y != 0 { // 0·log 0 would be NaN
				c -= y * math.Log(P.At(i, j))
			}
		}
	}
	return c / float64(n)
}

// MSE returns (1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)².
func MSE(O, Y *mat.Dense) float64 {
	n, k := O.Dims()
	s := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			d := Y.At(i, j) - O.At(i, j)
			s += d * d
		}
	}
	return s / float64(n)
}

// OneHot: row i has a single 1, in column labels[i].
func OneHot(labels []int, k int) *mat.Dense {
	Y := mat.NewDense(len(labels), k, nil)
	for i, c := range labels {
		Y.Set(i, c, 1)
	}
	return Y
}

// Argmax: per row, the first column of the largest value, starting the search
// from the row's first value (outputs may all be negative).
func Argmax(P *mat.Dense) []int {
	n, k := P.Dims()
	c := make([]int, n)
	for i := 0; i < n; i++ {
		for j := 1; j < k; j++ {
			if P.At(i, j) > P.At(i, c[i]) {
				c[i] = j
			}
		}
	}
	return c
}
