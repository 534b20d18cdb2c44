package gd

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// BackpropGradient is the Gradient Train uses by default: the forward pass
// on the batch, then backpropagation (the delta rule of pkg/backprop),
// returning ∂F/∂Wˡ, ∂F/∂bˡ of the mean loss F over the batch, and F.
func BackpropGradient(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
	return backprop.MeanGradient(net, X, Y, loss)
}
