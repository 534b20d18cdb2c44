package must

// The wrappers of lesson 14's convolution package.

import (
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/conv"
)

// Conv returns a convolutional layer: conv.NewConv; a non-nil err stops the cell.
func Conv(a *conv.Conv, err error) *conv.Conv {
	Fail(err)
	return a
}

// ConvGrad returns a convolution's gradients and ∂C/∂hˡ⁻¹ (nil unless asked for): l.Backward; a non-nil err stops the cell.
func ConvGrad(g *conv.Grad, dX *mat.Dense, err error) (*conv.Grad, *mat.Dense) {
	Fail(err)
	return g, dX
}

// MaxPool returns a max-pooling layer: conv.NewMaxPool; a non-nil err stops the cell.
func MaxPool(a *conv.MaxPool, err error) *conv.MaxPool {
	Fail(err)
	return a
}

// Pooled returns a max-pooling's outputs and where they came from: p.Forward; a non-nil err stops the cell.
func Pooled(a *conv.Pooled, err error) *conv.Pooled {
	Fail(err)
	return a
}

// Counts returns an architecture's parameters and multiply-adds: conv.Count; a non-nil err stops the cell.
func Counts(a conv.Counts, err error) conv.Counts {
	Fail(err)
	return a
}

// CNN returns a convolutional network trained on MNIST (cached on disk): conv.MNIST; a non-nil err stops the cell.
func CNN(a *conv.MNISTModel, err error) *conv.MNISTModel {
	Fail(err)
	return a
}
