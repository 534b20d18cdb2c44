// Package solutions holds the reference solution of lesson 00's exercise
// (lessons/00-deep-learning-today/exercises), for teachers.
package solutions

// DenseParams: Σₗ (nˡ·nˡ⁻¹ + nˡ), the weights of Wˡ and the biases bˡ of
// every layer above the input. 784-100-10: 78,500 + 1,010 = 79,510; VGG-16's
// 25088-4096-4096-1000: 123,642,856 of its 138,357,544.
func DenseParams(sizes []int) int {
	n := 0
	for l := 1; l < len(sizes); l++ {
		n += sizes[l]*sizes[l-1] + sizes[l]
	}
	return n
}
