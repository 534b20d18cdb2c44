package mlp

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Confusion returns the k×k confusion matrix of the network's decisions pred
// against the true classes labels: entry (i, j) counts the examples of true
// class i that were predicted as class j, C[labels[n]][pred[n]] += 1 for every
// example n. The true classes come first, as in the rows of C (and as in
// scikit-learn's confusion_matrix(y_true, y_pred)). The diagonal holds the
// right answers, its sum divided by the number of examples is the accuracy;
// every other entry is one kind of mistake ("a 4 taken for a 9").
func Confusion(labels, pred []int, k int) (*mat.Dense, error) {
	if len(labels) != len(pred) || len(labels) == 0 {
		return nil, fmt.Errorf("mlp: confusion matrix: %d labels and %d predictions; want the same number, at least 1", len(labels), len(pred))
	}
	if k < 1 || k > MaxClasses {
		return nil, fmt.Errorf("mlp: confusion matrix: k = %d classes, want 1…%d", k, MaxClasses)
	}
	C := mat.NewDense(k, k, nil)
	for n := range labels {
		if labels[n] < 0 || labels[n] >= k || pred[n] < 0 || pred[n] >= k {
			return nil, fmt.Errorf("mlp: confusion matrix: example %d has label %d and prediction %d, want 0…%d", n, labels[n], pred[n], k-1)
		}
		C.Set(labels[n], pred[n], C.At(labels[n], pred[n])+1)
	}
	return C, nil
}

// MaxClasses bounds the classes of a confusion matrix (k² counts): 4096.
const MaxClasses = 4096
