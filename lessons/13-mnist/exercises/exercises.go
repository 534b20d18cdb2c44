// Package exercises holds the exercise of lesson 13, MNIST: reading what the
// network gets wrong.
//
// Replace the `panic(check.TODO)` with your code, then run
//
//	make exercises
//
// or grade it from a notebook cell: check.Confusion(exercises.Confusion).HTML().
package exercises

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/check"
)

// Confusion returns the k×k confusion matrix of the true labels against the
// network's decisions pred (pred[n] = argmaxⱼ oⱼ for example n), in the order
// of mlp.Confusion and of scikit-learn's confusion_matrix(y_true, y_pred): row i for
// the true class i, column j for the predicted class j, each entry the
// number of examples of that kind. Classes are 0…k−1; labels and pred have
// the same length. Where are the right answers, and what does entry (4, 9)
// count? ★
func Confusion(labels, pred []int, k int) *mat.Dense {
	panic(check.TODO) // replace this line with your code
}
