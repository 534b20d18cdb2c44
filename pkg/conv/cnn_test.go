package conv

import (
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// The whole network's gradient (two stages of convolution, tanh and pooling,
// then the dense head) against central differences of the mean loss.
func TestNetGradientFiniteDifferences(t *testing.T) {
	net, err := NewNet(Shape{1, 12, 12}, []int{2, 3}, 3, neuron.Tanh, 3, 7)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	X := randDense(r, 4, 144)
	Y, _ := mlp.OneHot([]int{0, 2, 1, 2}, 3)
	loss := func() float64 {
		tr, err := net.Forward(X)
		if err != nil {
			t.Fatal(err)
		}
		c, err := mlp.SoftmaxCrossEntropy.Mean(tr.Head.Output(), Y)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tr, err := net.Forward(X)
	if err != nil {
		t.Fatal(err)
	}
	g, err := net.Backward(tr, Y)
	if err != nil {
		t.Fatal(err)
	}
	const eps = 1e-6
	fd := func(p *float64) float64 {
		old := *p
		*p = old + eps
		up := loss()
		*p = old - eps
		down := loss()
		*p = old
		return (up - down) / (2 * eps)
	}
	checked := 0
	for s, st := range net.Stages {
		raw := st.Conv.W.RawMatrix()
		for i := 0; i < raw.Rows; i++ {
			for j := 0; j < raw.Cols; j += 2 {
				if want := fd(&raw.Data[i*raw.Stride+j]); !near(g.Stages[s].W.At(i, j), want, 1e-6) {
					t.Errorf("stage %d: ∂C/∂W[%d,%d] = %v, finite difference %v", s+1, i, j, g.Stages[s].W.At(i, j), want)
				}
				checked++
			}
		}
		for f := range st.Conv.B {
			if want := fd(&st.Conv.B[f]); !near(g.Stages[s].B[f], want, 1e-6) {
				t.Errorf("stage %d: ∂C/∂b[%d] = %v, finite difference %v", s+1, f, g.Stages[s].B[f], want)
			}
			checked++
		}
	}
	W := net.Head.Layers[0].W.RawMatrix()
	for k := 0; k < len(W.Data); k += 3 {
		i, j := k/W.Stride, k%W.Stride
		if want := fd(&W.Data[k]); !near(g.Head.GradW[1].At(i, j), want, 1e-6) {
			t.Errorf("head: ∂C/∂W[%d,%d] = %v, finite difference %v", i, j, g.Head.GradW[1].At(i, j), want)
		}
		checked++
	}
	if checked < 40 {
		t.Fatalf("only %d parameters checked", checked)
	}
}

// A step against the gradient lowers the loss on the batch.
func TestNetStepLowersTheLoss(t *testing.T) {
	net, err := NewNet(Shape{1, 10, 10}, []int{4}, 3, neuron.ReLU, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	X := randDense(r, 8, 100)
	Y, _ := mlp.OneHot([]int{0, 1, 0, 1, 1, 0, 0, 1}, 2)
	var first, last float64
	for i := 0; i < 20; i++ {
		tr, err := net.Forward(X)
		if err != nil {
			t.Fatal(err)
		}
		g, err := net.Backward(tr, Y)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = g.Head.C
		}
		last = g.Head.C
		net.Step(g, 0.1)
	}
	if !(last < first/2) {
		t.Errorf("loss %v after 20 steps from %v: want it at least halved", last, first)
	}
}

func TestNetBadInput(t *testing.T) {
	if _, err := NewNet(Shape{1, 4, 4}, []int{2}, 5, neuron.ReLU, 10, 1); err == nil {
		t.Error("5×5 filters on 4×4 images: no error")
	}
	if _, err := NewNet(Shape{1, 8, 8}, nil, 3, neuron.ReLU, 10, 1); err == nil {
		t.Error("no stages: no error")
	}
	net, err := NewNet(Shape{1, 8, 8}, []int{2}, 3, neuron.ReLU, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := net.Forward(mat.NewDense(2, 63, nil)); err == nil {
		t.Error("63 values for 8×8 images: no error")
	}
	if _, err := net.Epoch(mat.NewDense(2, 64, nil), mat.NewDense(3, 3, nil), 1, 0.1, 1, nil); err == nil {
		t.Error("2 inputs, 3 targets: no error")
	}
	if _, err := net.Epoch(mat.NewDense(2, 64, nil), mat.NewDense(2, 3, nil), 1, -1, 1, nil); err == nil {
		t.Error("η = −1: no error")
	}
	var nilNet *Net
	if _, err := nilNet.Forward(mat.NewDense(1, 64, nil)); err == nil {
		t.Error("nil network: no error")
	}
}
