// Package exercises holds the exercise of lesson 12, deep models: what one
// hidden unit alone knows about the classes.
//
// Replace the `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.UnitAccuracy(exercises.UnitAccuracy).HTML().
package exercises

import "github.com/stepnet/stepnet/pkg/check"

// UnitAccuracy reads one hidden unit hⱼⁱ as a classifier of two classes.
// h[n] is the unit's value on example n and labels[n] its class, 0 or 1.
// The unit decides with a threshold θ: class 1 where h > θ and class 0
// elsewhere, or the other way round. Return the largest share of the
// examples (between 0 and 1) that such a rule gets right, over every θ and
// both ways round: near ½ for a low-level feature shared by the two
// classes, 1 for a unit that answers the question alone (lesson 12's
// feature hierarchy). ★★
func UnitAccuracy(h []float64, labels []int) float64 {
	panic(check.TODO) // replace this line with your code
}
