// Package solutions holds the reference solution of lesson 12's exercise
// (lessons/12-deep-models/exercises), for teachers.
package solutions

import "sort"

// UnitAccuracy: sort the examples by h; a threshold only matters between two
// different neighbouring values (and below all of them). Sweep θ upwards:
// each example passed moves from "class 1" to "class 0" under the rule
// "class 1 where h > θ", so the count right changes by ±1; the reverse rule
// gets the rest right. Keep the best of both over every θ: O(N log N).
func UnitAccuracy(h []float64, labels []int) float64 {
	n := len(h)
	idx := make([]int, n)
	right := 0 // θ below every value: "class 1 everywhere"
	for i := range idx {
		idx[i] = i
		right += labels[i]
	}
	sort.Slice(idx, func(a, b int) bool { return h[idx[a]] < h[idx[b]] })
	best := max(right, n-right)
	for p, i := range idx {
		if labels[i] == 1 {
			right--
		} else {
			right++
		}
		if p+1 < n && h[idx[p+1]] == h[i] {
			continue // equal values fall on the same side of any θ
		}
		best = max(best, right, n-right)
	}
	return float64(best) / float64(n)
}
