package train

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
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
//
// A Float32 Trainer evaluates in float32, on its own weights, as it trains.
func (t *Trainer) Evaluate(X, Y *mat.Dense) (loss, accuracy float64, err error) {
	if err := t.ready(); err != nil {
		return 0, 0, err
	}
	n, err := checkData(t.Net, X, Y, "evaluation")
	if err != nil {
		return 0, 0, err
	}
	if t.m32 != nil {
		loss, accuracy, err = evaluate(t, t.m32, X, Y, n)
	} else {
		for l, layer := range t.Net.Layers {
			t.m64.W[l+1], t.m64.B[l+1] = backprop.View(layer.W), layer.B.RawVector().Data
		}
		loss, accuracy, err = evaluate(t, t.m64, X, Y, n)
	}
	return loss, accuracy, err
}

// evaluate is Evaluate in the element type F.
func evaluate[F backprop.Float](t *Trainer, m *model[F], X, Y *mat.Dense, n int) (loss, accuracy float64, err error) {
	L := len(t.Net.Layers)
	sum, right := 0.0, 0
	for start := 0; start < n; start += evalChunk {
		end := min(start+evalChunk, n)
		w := m.workspace(end - start)
		for i := start; i < end; i++ {
			h := w.H[0].Row(i - start)
			for j, v := range X.RawRowView(i) {
				h[j] = F(v)
			}
		}
		m.forward(w, nil)
		for i := start; i < end; i++ {
			o, y := asFloat64(w.H[L].Row(i-start), w.o), Y.RawRowView(i)
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
