package mlp

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// claimedMatrix claims a size without holding it: an absurd size must be
// refused before anything reads or allocates it.
type claimedMatrix struct{ r, c int }

func (h claimedMatrix) Dims() (int, int)    { return h.r, h.c }
func (h claimedMatrix) At(i, j int) float64 { return 0 }
func (h claimedMatrix) T() mat.Matrix       { return mat.Transpose{Matrix: h} }

// badCasesRepresentations: the functions added for lessons 10 and 12 (codes,
// regions, one unit's accuracy) and the confusion matrix.
func badCasesRepresentations(t *testing.T) []badinput.Case {
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	X := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	deep := func() *Network {
		net, err := New([]int{2, 3, 3, 1}, neuron.Tanh, neuron.Sigmoid)
		if err != nil {
			t.Fatal(err)
		}
		net.Initialize(Xavier, 0, 1)
		return net
	}
	distinct := func(n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprint(i)
		}
		return s
	}
	u3 := func(h []float64, labels []int) ([]any, error) {
		acc, th, s, err := UnitAccuracy(h, labels)
		return v(acc, th, s), err
	}
	checkRule := func(name string, h []float64, labels []int) badinput.Case {
		return OK(name, func() ([]any, error) {
			acc, th, s, err := UnitAccuracy(h, labels)
			if err != nil {
				return nil, err
			}
			right := 0
			for i := range h {
				c := 0
				if (h[i] > th) == (s > 0) {
					c = 1
				}
				if c == labels[i] {
					right++
				}
			}
			if got := float64(right) / float64(len(h)); got != acc {
				t.Errorf("%s: θ = %v, sign %d gets %v right, UnitAccuracy says %v", name, th, s, got, acc)
			}
			return v(acc, th, s), nil
		})
	}
	return []badinput.Case{
		// Confusion
		E("Confusion nil slices", func() ([]any, error) { c, err := Confusion(nil, nil, 2); return v(c), err }),
		E("Confusion ragged", func() ([]any, error) { c, err := Confusion([]int{0, 1}, []int{0}, 2); return v(c), err }),
		E("Confusion k = 0", func() ([]any, error) { c, err := Confusion([]int{0}, []int{0}, 0); return v(c), err }),
		E("Confusion k = −1", func() ([]any, error) { c, err := Confusion([]int{0}, []int{0}, -1); return v(c), err }),
		E("Confusion k = 2⁶²", func() ([]any, error) { c, err := Confusion([]int{0}, []int{0}, 1<<62); return v(c), err }),
		E("Confusion k = 1e9", func() ([]any, error) { c, err := Confusion([]int{0}, []int{0}, 1e9); return v(c), err }),
		E("Confusion negative prediction", func() ([]any, error) { c, err := Confusion([]int{0}, []int{-1}, 2); return v(c), err }),
		E("Confusion label = k", func() ([]any, error) { c, err := Confusion([]int{2}, []int{0}, 2); return v(c), err }),
		E("Confusion label = MinInt", func() ([]any, error) { c, err := Confusion([]int{math.MinInt}, []int{0}, 2); return v(c), err }),
		OK("Confusion k = 1, all right", func() ([]any, error) { c, err := Confusion([]int{0, 0}, []int{0, 0}, 1); return v(c), err }),
		// Codes
		E("Codes nil network", func() ([]any, error) { c, err := nilNet.Codes(X, 1, 0); return v(c), err }),
		E("Codes empty network", func() ([]any, error) { c, err := (&Network{}).Codes(X, 1, 0); return v(c), err }),
		E("Codes a nil layer", func() ([]any, error) {
			net := handNet(t)
			net.Layers[0] = nil
			c, err := net.Codes(X, 1, 0)
			return v(c), err
		}),
		E("Codes layer 0", func() ([]any, error) { c, err := handNet(t).Codes(X, 0, 0); return v(c), err }),
		E("Codes layer 3 of 2", func() ([]any, error) { c, err := handNet(t).Codes(X, 3, 0); return v(c), err }),
		E("Codes layer −1", func() ([]any, error) { c, err := handNet(t).Codes(X, -1, 0); return v(c), err }),
		E("Codes layer MaxInt", func() ([]any, error) { c, err := handNet(t).Codes(X, math.MaxInt, 0); return v(c), err }),
		E("Codes threshold NaN", func() ([]any, error) { c, err := handNet(t).Codes(X, 1, nan); return v(c), err }),
		E("Codes threshold −Inf", func() ([]any, error) { c, err := handNet(t).Codes(X, 1, math.Inf(-1)); return v(c), err }),
		E("Codes typed-nil X", func() ([]any, error) { c, err := handNet(t).Codes(nilDense, 1, 0); return v(c), err }),
		E("Codes nil interface X", func() ([]any, error) { c, err := handNet(t).Codes(nil, 1, 0); return v(c), err }),
		E("Codes empty X", func() ([]any, error) { c, err := handNet(t).Codes(&mat.Dense{}, 1, 0); return v(c), err }),
		E("Codes X of 3 columns for 2 inputs", func() ([]any, error) { c, err := handNet(t).Codes(mat.NewDense(1, 3, nil), 1, 0); return v(c), err }),
		E("Codes NaN in X", func() ([]any, error) {
			c, err := handNet(t).Codes(mat.NewDense(1, 2, []float64{nan, 0}), 1, 0)
			return v(c), err
		}),
		E("Codes +Inf in X", func() ([]any, error) {
			c, err := handNet(t).Codes(mat.NewDense(1, 2, []float64{inf, 0}), 1, 0)
			return v(c), err
		}),
		E("Codes NaN weight", func() ([]any, error) {
			net := handNet(t)
			net.Layers[0].W.Set(0, 0, nan)
			c, err := net.Codes(X, 1, 0)
			return v(c), err
		}),
		// Layer 2 is not computed for layer 1's codes: a defined answer.
		OK("Codes NaN weight in a later layer (layer 1 asked)", func() ([]any, error) {
			net := handNet(t)
			net.Layers[1].W.Set(0, 0, nan)
			c, err := net.Codes(X, 1, 0)
			return v(c), err
		}),
		E("Codes 2⁴⁰ rows claimed", func() ([]any, error) { c, err := handNet(t).Codes(claimedMatrix{1 << 40, 2}, 1, 0); return v(c), err }),
		E("Codes a later layer of the wrong shape (layer 1 asked)", func() ([]any, error) {
			net := handNet(t)
			net.Layers[1].W = mat.NewDense(1, 5, nil)
			c, err := net.Codes(X, 1, 0)
			return v(c), err
		}),
		OK("Codes threshold 1e308 (all zeros)", func() ([]any, error) { c, err := handNet(t).Codes(X, 1, 1e308); return v(c), err }),
		// CodeTable
		E("CodeTable nil", func() ([]any, error) { c, err := CodeTable(nil, nil, 2); return v(c), err }),
		E("CodeTable ragged", func() ([]any, error) { c, err := CodeTable([]string{"0", "1"}, []int{0}, 2); return v(c), err }),
		E("CodeTable 0 classes", func() ([]any, error) { c, err := CodeTable([]string{"0"}, []int{0}, 0); return v(c), err }),
		E("CodeTable 2⁶² classes", func() ([]any, error) { c, err := CodeTable([]string{"0"}, []int{0}, 1<<62); return v(c), err }),
		E("CodeTable label −1", func() ([]any, error) { c, err := CodeTable([]string{"0"}, []int{-1}, 2); return v(c), err }),
		E("CodeTable label = classes", func() ([]any, error) { c, err := CodeTable([]string{"0"}, []int{2}, 2); return v(c), err }),
		E("CodeTable 2²⁰ distinct codes × 4096 classes (2³² counts)", func() ([]any, error) {
			c, err := CodeTable(distinct(1<<20), make([]int, 1<<20), MaxClasses)
			return v(len(c)), err
		}),
		OK("CodeTable empty codes", func() ([]any, error) { c, err := CodeTable([]string{"", ""}, []int{0, 1}, 2); return v(c), err }),
		// MaxRegions
		E("MaxRegions k = −1", func() ([]any, error) { r, err := MaxRegions(-1, 2); return v(r), err }),
		E("MaxRegions d = 0", func() ([]any, error) { r, err := MaxRegions(3, 0); return v(r), err }),
		E("MaxRegions d = −5", func() ([]any, error) { r, err := MaxRegions(3, -5); return v(r), err }),
		E("MaxRegions k = 63, d = 63 (2⁶³)", func() ([]any, error) { r, err := MaxRegions(63, 63); return v(r), err }),
		E("MaxRegions k = 2⁶², d = 2⁶²", func() ([]any, error) { r, err := MaxRegions(1<<62, 1<<62); return v(r), err }),
		E("MaxRegions k = MaxInt, d = 3", func() ([]any, error) { r, err := MaxRegions(math.MaxInt, 3); return v(r), err }),
		E("MaxRegions k = 1e9, d = 1e9 − 1", func() ([]any, error) { r, err := MaxRegions(1e9, 1e9-1); return v(r), err }),
		E("MaxRegions k = 100, d = 50", func() ([]any, error) { r, err := MaxRegions(100, 50); return v(r), err }),
		OK("MaxRegions k = 62, d = 62 (2⁶²)", func() ([]any, error) {
			r, err := MaxRegions(62, 62)
			if err == nil && r != 1<<62 {
				t.Errorf("R(62, 62) = %d, want 2⁶²", r)
			}
			return v(r), err
		}),
		OK("MaxRegions k = 0", func() ([]any, error) { r, err := MaxRegions(0, 2); return v(r), err }),
		OK("MaxRegions k = 1e9, d = 1", func() ([]any, error) { r, err := MaxRegions(1e9, 1); return v(r), err }),
		OK("MaxRegions k = 1e9, d = 2", func() ([]any, error) { r, err := MaxRegions(1e9, 2); return v(r), err }),
		OK("MaxRegions k = 3, d = MaxInt", func() ([]any, error) { r, err := MaxRegions(3, math.MaxInt); return v(r), err }),
		// UnitAccuracy
		E("UnitAccuracy nil", func() ([]any, error) { return u3(nil, nil) }),
		E("UnitAccuracy ragged", func() ([]any, error) { return u3([]float64{1, 2}, []int{0}) }),
		E("UnitAccuracy NaN value", func() ([]any, error) { return u3([]float64{nan, 2}, []int{0, 1}) }),
		E("UnitAccuracy −Inf value", func() ([]any, error) { return u3([]float64{math.Inf(-1), 2}, []int{0, 1}) }),
		E("UnitAccuracy label 2", func() ([]any, error) { return u3([]float64{1, 2}, []int{0, 2}) }),
		E("UnitAccuracy label −1", func() ([]any, error) { return u3([]float64{1, 2}, []int{-1, 1}) }),
		checkRule("UnitAccuracy between ±MaxFloat64", []float64{-math.MaxFloat64, math.MaxFloat64}, []int{0, 1}),
		checkRule("UnitAccuracy between 1.7e308 and MaxFloat64 (the midpoint overflows)", []float64{1.7e308, math.MaxFloat64}, []int{0, 1}),
		checkRule("UnitAccuracy class 1 below −1e300", []float64{-1.7e308, 1}, []int{1, 0}),
		checkRule("UnitAccuracy all of class 1 at 1e20 (θ = h − 1 = h)", []float64{1e20, 1e20}, []int{1, 1}),
		checkRule("UnitAccuracy all of class 0 at −MaxFloat64", []float64{-math.MaxFloat64, -math.MaxFloat64}, []int{0, 0}),
		checkRule("UnitAccuracy neighbouring floats 1 and 1 + 2⁻⁵²", []float64{1, math.Nextafter(1, 2)}, []int{0, 1}),
		checkRule("UnitAccuracy subnormals 0 and 5e-324", []float64{0, 5e-324}, []int{0, 1}),
		checkRule("UnitAccuracy one example", []float64{0.3}, []int{1}),
		checkRule("UnitAccuracy ties only", []float64{1, 1, 1, 1}, []int{0, 1, 0, 1}),
		// UnitAccuracies
		E("UnitAccuracies nil network", func() ([]any, error) { a, err := UnitAccuracies(nilNet, X, []int{0, 1}); return v(a), err }),
		E("UnitAccuracies no hidden layer", func() ([]any, error) {
			net, _ := New([]int{2, 1}, neuron.Identity, neuron.Identity)
			a, err := UnitAccuracies(net, X, []int{0, 1})
			return v(a), err
		}),
		E("UnitAccuracies a nil layer", func() ([]any, error) {
			net := deep()
			net.Layers[1] = nil
			a, err := UnitAccuracies(net, X, []int{0, 1})
			return v(a), err
		}),
		E("UnitAccuracies typed-nil X", func() ([]any, error) { a, err := UnitAccuracies(deep(), nilDense, []int{0, 1}); return v(a), err }),
		E("UnitAccuracies empty X", func() ([]any, error) { a, err := UnitAccuracies(deep(), &mat.Dense{}, nil); return v(a), err }),
		E("UnitAccuracies labels too short", func() ([]any, error) { a, err := UnitAccuracies(deep(), X, []int{0}); return v(a), err }),
		E("UnitAccuracies nil labels", func() ([]any, error) { a, err := UnitAccuracies(deep(), X, nil); return v(a), err }),
		E("UnitAccuracies label 3", func() ([]any, error) { a, err := UnitAccuracies(deep(), X, []int{0, 3}); return v(a), err }),
		E("UnitAccuracies NaN in X", func() ([]any, error) {
			a, err := UnitAccuracies(deep(), mat.NewDense(2, 2, []float64{nan, 0, 0, 0}), []int{0, 1})
			return v(a), err
		}),
		E("UnitAccuracies NaN weight", func() ([]any, error) {
			net := deep()
			net.Layers[2].B.SetVec(0, nan)
			a, err := UnitAccuracies(net, X, []int{0, 1})
			return v(a), err
		}),
		E("UnitAccuracies 2⁴⁰ rows claimed", func() ([]any, error) {
			a, err := UnitAccuracies(deep(), claimedMatrix{1 << 40, 2}, []int{0, 1})
			return v(a), err
		}),
	}
}
