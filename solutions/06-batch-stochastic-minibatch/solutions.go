// Package solutions holds the reference solutions of lesson 06's exercises
// (lessons/06-batch-stochastic-minibatch/exercises), for teachers.
package solutions

import "math/rand"

// MinibatchEpoch runs one epoch: shuffle, batches of B (the last one
// smaller), one step per batch with the batch's mean gradient.
func MinibatchEpoch(w []float64, n, batchSize int, eta float64, rng *rand.Rand, grad func(w []float64, i int) []float64) []float64 {
	w = append([]float64(nil), w...)
	perm := rng.Perm(n)
	for start := 0; start < n; start += batchSize {
		end := min(start+batchSize, n)
		batch := perm[start:end]
		mean := make([]float64, len(w))
		for _, i := range batch {
			for j, g := range grad(w, i) {
				mean[j] += g / float64(len(batch))
			}
		}
		for j := range w {
			w[j] -= eta * mean[j]
		}
	}
	return w
}
