package gd

import (
	"errors"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// BackpropGradient is the Gradient Train uses by default: backpropagation
// (pkg/backprop) on the batch, returning the gradient of the mean loss.
func BackpropGradient(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
	return nil, nil, 0, errors.New("gd: backpropagation is not available yet: set Config.Gradient")
}
