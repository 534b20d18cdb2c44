// Package exercises holds the exercise of lesson 00, deep learning today.
//
// Replace the `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.DenseParams(exercises.DenseParams).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// DenseParams returns how many numbers a fully connected network learns:
// all its weights wᵢⱼˡ and biases bᵢˡ, for the layer sizes
// sizes = (n⁰, n¹, …, nᴸ), n⁰ being the input x and nᴸ the output.
// Lesson 13's 784-100-10 network has 79,510 of them; what about the three
// dense layers of VGG-16 (25088-4096-4096-1000)? ★
func DenseParams(sizes []int) int {
	panic(check.TODO) // replace this line with your code
}
