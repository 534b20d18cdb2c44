package viz

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestNiceCeil(t *testing.T) {
	for v, want := range map[float64]float64{0.7: 1, 1: 1, 1.3: 2, 2.5: 5, 7: 10, 0.013: 0.02, 340: 500} {
		if got := niceCeil(v); got != want {
			t.Errorf("niceCeil(%v) = %v, want %v", v, got, want)
		}
	}
}

// TestHistRange: 100 values 0.01, 0.02, …, 1.00 and one outlier 50: the 99th
// percentile is 0.99 (the outlier does not stretch the axis), rounded up to 1.
func TestHistRange(t *testing.T) {
	vals := make([]float64, 0, 101)
	for i := 1; i <= 100; i++ {
		vals = append(vals, float64(i)/100)
	}
	vals = append(vals, 50)
	h := mat.NewDense(1, len(vals), vals)
	if lo, hi := histRange([]*mat.Dense{h}, true); lo != 0 || hi != 1 {
		t.Errorf("ReLU range = [%v, %v], want [0, 1]", lo, hi)
	}
	if lo, hi := histRange([]*mat.Dense{h}, false); lo != -1 || hi != 1 {
		t.Errorf("identity range = [%v, %v], want [−1, 1]", lo, hi)
	}
}

// TestInitHistogramsReLUAxis: with He initialisation the ReLU outputs spread
// beyond 1, and the x axis follows them instead of piling them into [0, 1].
func TestInitHistogramsReLUAxis(t *testing.T) {
	fig, err := InitHistograms([]int{20, 50, 50}, neuron.ReLU, []InitChoice{{mlp.He, 0}}, 200, 1)
	if err != nil {
		t.Fatal(err)
	}
	if max := fig.Panels[0][0].X.Max; max <= 1 {
		t.Errorf("ReLU with He: x axis ends at %v, want beyond 1", max)
	}
}
