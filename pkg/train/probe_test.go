package train

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Two classes separated by the sign of feature 0 (feature 1 is noise and
// feature 2 a constant): the linear probe classifies the test points
// perfectly; on the noise feature alone it does not.
func TestLinearProbe(t *testing.T) {
	r := mlp.NewRand(3)
	make2 := func(n int) (*mat.Dense, []int) {
		X := mat.NewDense(n, 3, nil)
		labels := make([]int, n)
		for i := 0; i < n; i++ {
			c := i % 2
			X.Set(i, 0, float64(2*c-1)*(0.5+r.Float64()))
			X.Set(i, 1, r.NormFloat64())
			X.Set(i, 2, 7)
			labels[i] = c
		}
		return X, labels
	}
	Xtr, ltr := make2(400)
	Xte, lte := make2(200)
	acc, err := LinearProbe(Xtr, ltr, Xte, lte, 2)
	if err != nil {
		t.Fatal(err)
	}
	if acc != 1 {
		t.Errorf("accuracy %v on separable data, want 1", acc)
	}
	noise := func(X *mat.Dense) *mat.Dense {
		n, _ := X.Dims()
		return mat.DenseCopyOf(X.Slice(0, n, 1, 2))
	}
	acc, err = LinearProbe(noise(Xtr), ltr, noise(Xte), lte, 2)
	if err != nil {
		t.Fatal(err)
	}
	if acc > 0.65 {
		t.Errorf("accuracy %v on pure noise, want about 0.5", acc)
	}
	if _, err := LinearProbe(Xtr, ltr[:3], Xte, lte, 2); err == nil {
		t.Error("3 labels for 400 rows: no error")
	}
	bad := mat.DenseCopyOf(Xtr)
	bad.Set(5, 1, math.NaN())
	if _, err := LinearProbe(bad, ltr, Xte, lte, 2); err == nil {
		t.Error("NaN feature: no error")
	}
}

// HiddenFeatures is hˡ of the forward pass: for a 2-3-2 network, H¹.
func TestHiddenFeatures(t *testing.T) {
	net, err := mlp.New([]int{2, 3, 2}, neuron.Tanh, neuron.Identity)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.Initialize(mlp.Xavier, 0, 1); err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(2, 2, []float64{0.5, -1, 2, 0.25})
	H, err := HiddenFeatures(net, X, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		tr, err := net.Forward(X.RawRowView(i))
		if err != nil {
			t.Fatal(err)
		}
		for j := 0; j < 3; j++ {
			if H.At(i, j) != tr.H[1].AtVec(j) {
				t.Errorf("h¹[%d][%d] = %v, Forward gives %v", i, j, H.At(i, j), tr.H[1].AtVec(j))
			}
		}
	}
	if _, err := HiddenFeatures(net, X, 3); err == nil {
		t.Error("layer 3 of 2: no error")
	}
}
