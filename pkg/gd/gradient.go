package gd

import (
	"errors"

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

// LayerGradients measures how fast each layer learns at the network's current
// weights: for every layer l = 1…L (index 0 unused, as for the gradients) the
// norms of the gradient of the mean loss F over the rows of X and Y,
//
//	normW[l] = ‖∂F/∂Wˡ‖ = √(Σᵢⱼ (∂F/∂wᵢⱼˡ)²),    normB[l] = ‖∂F/∂bˡ‖ = ‖(1/N) Σₙ δˡₙ‖
//
// A step of gradient descent moves Wˡ by η‖∂F/∂Wˡ‖: these are the speeds of
// learning of Nielsen's chapter 5 (he plots ‖∂F/∂bˡ‖, which compares layers
// of the same width whatever the size of their input). Backpropagation
// multiplies δ by (Wˡ⁺¹)ᵀ and by g′(aˡ) at every layer on its way down,
// δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹, and a sigmoid's g′ is at most ¼: in a deep
// sigmoid network the first layers learn many times slower than the last,
// the vanishing gradient. The gradient is BackpropGradient's.
func LayerGradients(net *mlp.Network, X, Y mat.Matrix, loss mlp.Loss) (normW, normB []float64, err error) {
	if net == nil {
		return nil, nil, errors.New("gd: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, nil, err
	}
	if _, err := checkData(net, X, Y, "measured"); err != nil {
		return nil, nil, err
	}
	gW, gB, _, err := BackpropGradient(net, mat.DenseCopyOf(X), mat.DenseCopyOf(Y), loss)
	if err != nil {
		return nil, nil, err
	}
	normW, normB = make([]float64, len(gW)), make([]float64, len(gB))
	for l := 1; l < len(gW); l++ {
		normW[l] = mat.Norm(gW[l], 2)
		normB[l] = mat.Norm(gB[l], 2)
	}
	return normW, normB, nil
}
