package check

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

// studentConv is a student's convolution written with plain loops, with
// switchable mistakes.
func studentConv(flip, noBias, noPad bool) func(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense {
	return func(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense {
		if noPad {
			pad = 0
		}
		H, W := x.Dims()
		k, _ := w.Dims()
		oh, ow := (H+2*pad-k)/stride+1, (W+2*pad-k)/stride+1
		out := mat.NewDense(oh, ow, nil)
		for i := 0; i < oh; i++ {
			for j := 0; j < ow; j++ {
				s := b
				if noBias {
					s = 0
				}
				for u := 0; u < k; u++ {
					for v := 0; v < k; v++ {
						y, xx := stride*i+u-pad, stride*j+v-pad
						if y < 0 || y >= H || xx < 0 || xx >= W {
							continue
						}
						wu, wv := u, v
						if flip {
							wu, wv = k-1-u, k-1-v
						}
						s += w.At(wu, wv) * x.At(y, xx)
					}
				}
				out.Set(i, j, s)
			}
		}
		return out
	}
}

func TestConv2D(t *testing.T) {
	mustPass(t, Conv2D(studentConv(false, false, false)))
	mustFailWith(t, "flipped", Conv2D(studentConv(true, false, false)), "the filter is flipped")
	mustFailWith(t, "no bias", Conv2D(studentConv(false, true, false)), "the bias b is missing")
	mustFailWith(t, "no padding", Conv2D(studentConv(false, false, true)), "the padding is ignored")
}

// studentGrad: ∂C/∂w[u,v] = Σ δ[i,j] x[s·i+u−p, s·j+v−p] with loops, or
// flipped.
func studentGrad(flip bool) func(x, delta *mat.Dense, k, stride, pad int) *mat.Dense {
	return func(x, delta *mat.Dense, k, stride, pad int) *mat.Dense {
		H, W := x.Dims()
		oh, ow := delta.Dims()
		g := mat.NewDense(k, k, nil)
		for u := 0; u < k; u++ {
			for v := 0; v < k; v++ {
				s := 0.0
				for i := 0; i < oh; i++ {
					for j := 0; j < ow; j++ {
						y, xx := stride*i+u-pad, stride*j+v-pad
						if y >= 0 && y < H && xx >= 0 && xx < W {
							s += delta.At(i, j) * x.At(y, xx)
						}
					}
				}
				if flip {
					g.Set(k-1-u, k-1-v, s)
				} else {
					g.Set(u, v, s)
				}
			}
		}
		return g
	}
}

func TestConvWeightGradient(t *testing.T) {
	mustPass(t, ConvWeightGradient(studentGrad(false)))
	mustFailWith(t, "flipped", ConvWeightGradient(studentGrad(true)), "the gradient is flipped by 180°")
}

func TestConvParams(t *testing.T) {
	mustPass(t, ConvParams(func(c, f, k int) int { return f*c*k*k + f }))
	mustFailWith(t, "no bias", ConvParams(func(c, f, k int) int { return f * c * k * k }), "the biases are missing")
	mustFailWith(t, "one channel", ConvParams(func(c, f, k int) int { return f * (k*k + 1) }), "each filter sees all C input channels")
}
