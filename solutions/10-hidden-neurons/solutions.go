// Package solutions holds the reference solution of lesson 10's exercise
// (lessons/10-hidden-neurons/exercises), for teachers.
package solutions

// Regions: the k-th hyperplane is cut by the k − 1 others, inside its own
// d − 1 dimensions, into R(k−1, d−1) pieces, and each piece splits one region
// in two: R(k, d) = R(k−1, d) + R(k−1, d−1), R(0, d) = R(k, 0) = 1, whose
// solution is R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d) (C(k, i) = 0 for
// i > k, hence 2ᵏ when d ≥ k). In the plane 1 + k + k(k−1)/2: 7 for the
// triangle's 3 lines.
func Regions(k, d int) int {
	sum, c := 0, 1 // c = C(k, i)
	for i := 0; i <= d && i <= k; i++ {
		sum += c
		c = c * (k - i) / (i + 1)
	}
	return sum
}
