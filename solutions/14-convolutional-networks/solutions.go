// Package solutions holds the reference solutions of lesson 14's exercises
// (lessons/14-convolutional-networks/exercises), for teachers.
package solutions

import "gonum.org/v1/gonum/mat"

// Conv2D: a[i,j] = Σᵤ Σᵥ w[u,v] · x[s·i+u−p, s·j+v−p] + b, on an output of
// ⌊(H + 2p − k)/s⌋ + 1 by ⌊(W + 2p − k)/s⌋ + 1.
func Conv2D(x, w *mat.Dense, b float64, stride, pad int) *mat.Dense {
	H, W := x.Dims()
	k, _ := w.Dims()
	oh, ow := (H+2*pad-k)/stride+1, (W+2*pad-k)/stride+1
	a := mat.NewDense(oh, ow, nil)
	for i := 0; i < oh; i++ {
		for j := 0; j < ow; j++ {
			s := b
			for u := 0; u < k; u++ {
				for v := 0; v < k; v++ {
					y, c := stride*i+u-pad, stride*j+v-pad
					if y >= 0 && y < H && c >= 0 && c < W {
						s += w.At(u, v) * x.At(y, c)
					}
				}
			}
			a.Set(i, j, s)
		}
	}
	return a
}

// ConvWeightGradient: ∂C/∂w[u,v] = Σᵢ Σⱼ δ[i,j] · x[s·i+u−p, s·j+v−p].
func ConvWeightGradient(x, delta *mat.Dense, k, stride, pad int) *mat.Dense {
	H, W := x.Dims()
	oh, ow := delta.Dims()
	g := mat.NewDense(k, k, nil)
	for u := 0; u < k; u++ {
		for v := 0; v < k; v++ {
			s := 0.0
			for i := 0; i < oh; i++ {
				for j := 0; j < ow; j++ {
					y, c := stride*i+u-pad, stride*j+v-pad
					if y >= 0 && y < H && c >= 0 && c < W {
						s += delta.At(i, j) * x.At(y, c)
					}
				}
			}
			g.Set(u, v, s)
		}
	}
	return g
}

// ConvParams: F·(C·k·k + 1).
func ConvParams(inChannels, filters, k int) int {
	return filters * (inChannels*k*k + 1)
}
