package train

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// evalChunk is how many examples Evaluate propagates at once.
const evalChunk = 1000

// Evaluate returns, for the network as it is now, the mean loss F on the rows
// of X and Y and the accuracy: the fraction of rows whose largest output is
// at the position of the largest target (the one-hot class); the accuracy is
// 0 when the network has a single output. It works through the rows in
// chunks with a workspace of its own, so a 10000-example test set costs no
// 10000-row copies.
func (t *Trainer) Evaluate(X, Y *mat.Dense) (loss, accuracy float64, err error) {
	n, err := checkData(t.Net, X, Y, "evaluation")
	if err != nil {
		return 0, 0, err
	}
	L := len(t.Net.Layers)
	sum, right := 0.0, 0
	for start := 0; start < n; start += evalChunk {
		end := min(start+evalChunk, n)
		w := t.workspace(end - start)
		for i := start; i < end; i++ {
			copy(w.H[0].RawRowView(i-start), X.RawRowView(i))
		}
		t.forward(w)
		for i := start; i < end; i++ {
			o, y := w.H[L].RawRowView(i-start), Y.RawRowView(i)
			c, err := t.cfg.Loss.Value(o, y)
			if err != nil {
				return 0, 0, fmt.Errorf("train: evaluation example %d: %w", i, err)
			}
			sum += c
			if len(o) > 1 && mlp.Argmax(o) == mlp.Argmax(y) {
				right++
			}
		}
	}
	if _, k := Y.Dims(); k > 1 {
		accuracy = float64(right) / float64(n)
	}
	return sum / float64(n), accuracy, nil
}
