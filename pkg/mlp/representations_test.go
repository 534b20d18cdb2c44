package mlp

import (
	"reflect"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// TestMaxRegionsByHand: R(k, d) = Σ_{i ≤ d} C(k, i). In the plane: 3 lines,
// 1 + 3 + 3 = 7; 4 lines, 1 + 4 + 6 = 11; 20 lines, 1 + 20 + 190 = 211. On a
// line (d = 1) k points make k + 1 pieces. When d ≥ k: 2ᵏ.
func TestMaxRegionsByHand(t *testing.T) {
	for _, c := range []struct {
		k, d int
		want int64
	}{{0, 2, 1}, {1, 1, 2}, {3, 2, 7}, {4, 2, 11}, {20, 2, 211}, {10, 1, 11}, {3, 3, 8}, {4, 3, 15}, {20, 20, 1 << 20}, {100, 2, 5051}, {62, 70, 1 << 62}} {
		got, err := MaxRegions(c.k, c.d)
		if err != nil || got != c.want {
			t.Errorf("R(%d, %d) = %d, %v; want %d", c.k, c.d, got, err, c.want)
		}
	}
	// The recurrence of the doc: R(k, d) = R(k−1, d) + R(k−1, d−1), R(k, 0) = 1.
	r := func(k, d int) int64 {
		if d == 0 {
			return 1
		}
		v, err := MaxRegions(k, d)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for k := 1; k <= 30; k++ {
		for d := 1; d <= 30; d++ {
			if r(k, d) != r(k-1, d)+r(k-1, d-1) {
				t.Fatalf("R(%d, %d) = %d ≠ R(%d, %d) + R(%d, %d) = %d + %d", k, d, r(k, d), k-1, d, k-1, d-1, r(k-1, d), r(k-1, d-1))
			}
		}
	}
	for _, c := range [][2]int{{-1, 2}, {3, 0}, {63, 63}, {200, 100}} {
		if _, err := MaxRegions(c[0], c[1]); err == nil {
			t.Errorf("R(%d, %d): no error", c[0], c[1])
		}
	}
}

// TestCodesByHand: two sigmoid units h = (σ(x), σ(−x)) with threshold ½ give
// x = 2 the code "10", x = −1 "01" and x = 0 (both exactly ½, not above) "00".
func TestCodesByHand(t *testing.T) {
	net, err := NewFromWeights([]*mat.Dense{mat.NewDense(2, 1, []float64{1, -1}), mat.NewDense(1, 2, []float64{1, 1})},
		[][]float64{nil, nil}, []neuron.Activation{neuron.Sigmoid, neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	codes, err := net.Codes(mat.NewDense(3, 1, []float64{2, -1, 0}), 1, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"10", "01", "00"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("codes %q, want %q", codes, want)
	}
	table, err := CodeTable([]string{"10", "01", "10"}, []int{0, 1, 1}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := []CodeCount{{"01", []int{0, 1}}, {"10", []int{1, 1}}}; !reflect.DeepEqual(table, want) {
		t.Errorf("table %v, want %v", table, want)
	}
	for name, err := range map[string]error{
		"layer 0":       errOf(net.Codes(mat.NewDense(1, 1, nil), 0, 0.5)),
		"layer 3":       errOf(net.Codes(mat.NewDense(1, 1, nil), 3, 0.5)),
		"NaN threshold": errOf(net.Codes(mat.NewDense(1, 1, nil), 1, nan)),
		"wrong width":   errOf(net.Codes(mat.NewDense(1, 2, nil), 1, 0.5)),
		"nil net":       errOf((*Network)(nil).Codes(mat.NewDense(1, 1, nil), 1, 0.5)),
		"ragged table":  errOf(CodeTable([]string{"1"}, []int{0, 1}, 2)),
		"label 2 of 2":  errOf(CodeTable([]string{"1"}, []int{2}, 2)),
		"0 classes":     errOf(CodeTable([]string{"1"}, []int{0}, 0)),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestUnitAccuracyByHand: the values 0.1 (class 0), 0.35 (1), 0.4 (0),
// 0.8 (1) in order; "class 1 above θ" gets 2, 3, 2, 3, 2 of 4 right for θ
// below 0.1, in (0.1, 0.35), (0.35, 0.4), (0.4, 0.8), above 0.8: best ¾ at
// θ = (0.1 + 0.35)/2 = 0.225. Reversed values are sorted by "class 1 below θ".
func TestUnitAccuracyByHand(t *testing.T) {
	for _, c := range []struct {
		h      []float64
		labels []int
		acc    float64
		theta  float64
		sign   int
	}{
		{[]float64{0.1, 0.4, 0.35, 0.8}, []int{0, 0, 1, 1}, 0.75, 0.225, 1},
		{[]float64{0.9, 0.8, 0.1, 0.2}, []int{0, 0, 1, 1}, 1, 0.5, -1},
		{[]float64{1, 1, 2, 2}, []int{0, 1, 0, 1}, 0.5, 0, 1}, // ties: no threshold between equal values
		{[]float64{3, 3, 3}, []int{1, 1, 0}, 2.0 / 3, 2, 1},   // one value: "all class 1"
	} {
		acc, theta, sign, err := UnitAccuracy(c.h, c.labels)
		if err != nil {
			t.Fatal(err)
		}
		if acc != c.acc || (c.theta != 0 && abs(theta-c.theta) > 1e-15) || sign != c.sign {
			t.Errorf("%v %v: acc %v, θ %v, sign %d; want %v, %v, %d", c.h, c.labels, acc, theta, sign, c.acc, c.theta, c.sign)
		}
	}
	// Through a network: h¹ = (x, −x), identity units.
	net, err := NewFromWeights([]*mat.Dense{mat.NewDense(2, 1, []float64{1, -1}), mat.NewDense(2, 2, []float64{1, 0, 0, 1})},
		[][]float64{nil, nil}, []neuron.Activation{neuron.Identity, neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	accs, err := UnitAccuracies(net, mat.NewDense(4, 1, []float64{0.1, 0.4, 0.35, 0.8}), []int{0, 0, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(accs) != 2 || !reflect.DeepEqual(accs[1], []float64{0.75, 0.75}) {
		t.Errorf("unit accuracies %v, want [[] [0.75 0.75]]", accs)
	}
	for name, err := range map[string]error{
		"ragged":   errOf3(UnitAccuracy([]float64{1}, []int{0, 1})),
		"empty":    errOf3(UnitAccuracy(nil, nil)),
		"label 2":  errOf3(UnitAccuracy([]float64{1}, []int{2})),
		"NaN":      errOf3(UnitAccuracy([]float64{nan}, []int{0})),
		"labels":   errOf(UnitAccuracies(net, mat.NewDense(4, 1, nil), []int{0})),
		"no layer": errOf(UnitAccuracies(&Network{}, mat.NewDense(4, 1, nil), []int{0, 0, 0, 0})),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func errOf[T any](_ T, err error) error { return err }

func errOf3(_, _ float64, _ int, err error) error { return err }

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestUnitAccuracyAgainstBruteForce: on 500 random cases with ties (values of
// one decimal), the sweep equals trying θ = −∞ and every value, both ways
// round, and its θ and sign reach that accuracy.
func TestUnitAccuracyAgainstBruteForce(t *testing.T) {
	rng := NewRand(7)
	for c := 0; c < 500; c++ {
		n := 1 + rng.IntN(12)
		h, labels := make([]float64, n), make([]int, n)
		for i := range h {
			h[i] = float64(rng.IntN(11)-5) / 10
			labels[i] = rng.IntN(2)
		}
		best := 0
		for _, theta := range append([]float64{-1e9}, h...) {
			right := 0
			for i, v := range h {
				if (v > theta) == (labels[i] == 1) {
					right++
				}
			}
			best = max(best, right, n-right)
		}
		acc, theta, sign, err := UnitAccuracy(h, labels)
		if err != nil {
			t.Fatal(err)
		}
		right := 0
		for i, v := range h {
			if (float64(sign)*(v-theta) > 0) == (labels[i] == 1) {
				right++
			}
		}
		if acc != float64(best)/float64(n) || right != best {
			t.Fatalf("h = %v, labels = %v: accuracy %v (θ = %v, sign %d gets %d right), brute force %d of %d", h, labels, acc, theta, sign, right, best, n)
		}
	}
}
