package mlp

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
)

// What the hidden layers compute, read as representations (lessons 10 and
// 12): the code a layer gives each input, how many regions such codes can
// name, and how well a single unit alone sorts the classes.

// Codes returns the code of layer l (1…L) for every row of X: a string of
// nˡ bits, unit 1 first, bit i "1" when hᵢˡ(x) > threshold (0.5 for sigmoid
// units, 0 for tanh and ReLU). Each region of the input space between the
// units' hyperplanes wᵢᵀx + bᵢ = threshold gets one code: the layer names the
// region with the pattern of all its units, a distributed representation.
func (net *Network) Codes(X mat.Matrix, l int, threshold float64) ([]string, error) {
	if net == nil || len(net.Layers) == 0 {
		return nil, errors.New("mlp: codes: the network is nil or has no layers")
	}
	if l < 1 || l > len(net.Layers) {
		return nil, fmt.Errorf("mlp: codes: layer %d does not exist (1…%d)", l, len(net.Layers))
	}
	if math.IsNaN(threshold) || math.IsInf(threshold, 0) {
		return nil, fmt.Errorf("mlp: codes: the threshold is %v", threshold)
	}
	if err := net.Validate(); err != nil {
		return nil, fmt.Errorf("mlp: codes: %w", err)
	}
	bt, err := (&Network{Layers: net.Layers[:l]}).ForwardBatch(X)
	if err != nil {
		return nil, fmt.Errorf("mlp: codes: %w", err)
	}
	H := bt.H[l]
	n, k := H.Dims()
	codes := make([]string, n)
	bits := make([]byte, k)
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			bits[j] = '0'
			if H.At(i, j) > threshold {
				bits[j] = '1'
			}
		}
		codes[i] = string(bits)
	}
	return codes, nil
}

// CodeCount is one code of a layer and how many examples of each class got
// it.
type CodeCount struct {
	Code     string
	PerClass []int // PerClass[c]: the examples of class c with this code
}

// CodeTable counts the examples of each class (labels 0…classes−1) that got
// each code, one row per distinct code, in the order of the codes (as
// strings: "001" before "010"). A code shared by two classes is a region the
// layer does not tell apart.
func CodeTable(codes []string, labels []int, classes int) ([]CodeCount, error) {
	if len(codes) != len(labels) || len(codes) == 0 {
		return nil, fmt.Errorf("mlp: code table: %d codes for %d labels", len(codes), len(labels))
	}
	if classes < 1 || classes > MaxClasses { // as a confusion matrix
		return nil, fmt.Errorf("mlp: code table: %d classes: want 1…%d", classes, MaxClasses)
	}
	distinct := map[string]bool{}
	for i, c := range codes {
		if labels[i] < 0 || labels[i] >= classes {
			return nil, fmt.Errorf("mlp: code table: label %d of example %d is outside 0…%d", labels[i], i, classes-1)
		}
		distinct[c] = true
	}
	if _, ok := guard.Product(len(distinct), classes, guard.MaxValues); !ok {
		return nil, fmt.Errorf("mlp: code table: %d distinct codes × %d classes is more than the %d counts a table holds", len(distinct), classes, guard.MaxValues)
	}
	rows := make(map[string][]int, len(distinct))
	for i, c := range codes {
		if rows[c] == nil {
			rows[c] = make([]int, classes)
		}
		rows[c][labels[i]]++
	}
	table := make([]CodeCount, 0, len(rows))
	for c, per := range rows {
		table = append(table, CodeCount{Code: c, PerClass: per})
	}
	sort.Slice(table, func(a, b int) bool { return table[a].Code < table[b].Code })
	return table, nil
}

// MaxRegions returns the largest number of regions into which k hyperplanes
// cut a space of d dimensions (Schläfli, 1852):
//
//	R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d)
//
// a sum that stops at C(k, k) when d ≥ k. It is the number of distinct codes
// a layer of k units (their hyperplanes in general position) can give inputs
// of d dimensions: in the plane, d = 2, 1 + k + k(k−1)/2; when d ≥ k, all
// 2ᵏ codes of k bits; against k regions for a local code of k units, one
// unit per region. Why: the k-th hyperplane is cut by the k − 1 others into
// R(k−1, d−1) pieces, and each piece splits a region in two, so
// R(k, d) = R(k−1, d) + R(k−1, d−1). k ≥ 0 and d ≥ 1; an error when the count
// does not fit in an int64.
func MaxRegions(k, d int) (int64, error) {
	if k < 0 || d < 1 {
		return 0, fmt.Errorf("mlp: regions: k = %d hyperplanes in d = %d dimensions: want k ≥ 0 and d ≥ 1", k, d)
	}
	if k > 62 && d >= k {
		return 0, fmt.Errorf("mlp: regions: 2^%d regions do not fit in an int64", k)
	}
	var sum, binom int64 = 0, 1 // C(k, 0)
	for i := 0; i <= d && i <= k; i++ {
		if sum > math.MaxInt64-binom {
			return 0, fmt.Errorf("mlp: regions: R(%d, %d) does not fit in an int64", k, d)
		}
		sum += binom
		if i == k {
			break
		}
		// C(k, i+1) = C(k, i)·(k − i)/(i + 1), exact in this order
		hi, lo := bits.Mul64(uint64(binom), uint64(k-i)) // 128 bits: C(k, i)·(k − i) may not fit in 64
		if hi >= uint64(i+1) {
			return 0, fmt.Errorf("mlp: regions: R(%d, %d) does not fit in an int64", k, d)
		}
		q, _ := bits.Div64(hi, lo, uint64(i+1))
		if q > math.MaxInt64 {
			return 0, fmt.Errorf("mlp: regions: R(%d, %d) does not fit in an int64", k, d)
		}
		binom = int64(q)
	}
	return sum, nil
}

// UnitAccuracy is how well one unit alone sorts two classes: the best share
// of the examples that the rule "class 1 where h > θ, class 0 elsewhere", or
// the reverse rule, gets right, over every threshold θ (a decision stump on
// that unit's values h, one per example). 0.5 is chance for balanced
// classes, 1 a unit that answers the question by itself. It returns the
// share, the threshold (halfway between two neighbouring values) and the
// rule's sign (+1: class 1 above θ; −1: class 1 below). Labels are 0 or 1.
func UnitAccuracy(h []float64, labels []int) (acc, theta float64, sign int, err error) {
	n := len(h)
	if n == 0 || n != len(labels) {
		return 0, 0, 0, fmt.Errorf("mlp: unit accuracy: %d values for %d labels", n, len(labels))
	}
	idx := make([]int, n)
	ones := 0
	for i := range h {
		if math.IsNaN(h[i]) || math.IsInf(h[i], 0) {
			return 0, 0, 0, fmt.Errorf("mlp: unit accuracy: value %d is %v", i, h[i])
		}
		if labels[i] != 0 && labels[i] != 1 {
			return 0, 0, 0, fmt.Errorf("mlp: unit accuracy: label %d of example %d: two classes, 0 and 1", labels[i], i)
		}
		ones += labels[i]
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return h[idx[a]] < h[idx[b]] })
	// θ below every value: the rule "+1" says class 1 for all, right on the ones.
	right := ones
	best, bestAt := right, -1 // bestAt: the last example below θ
	bestSign := 1
	if n-right > best {
		best, bestSign = n-right, -1
	}
	for p := 0; p < n; p++ {
		if labels[idx[p]] == 1 {
			right-- // example idx[p] moves below θ: now called class 0
		} else {
			right++
		}
		if p+1 < n && h[idx[p+1]] == h[idx[p]] {
			continue // no threshold between equal values
		}
		if right > best {
			best, bestAt, bestSign = right, p, 1
		}
		if n-right > best {
			best, bestAt, bestSign = n-right, p, -1
		}
	}
	lo, hi := h[idx[0]], h[idx[n-1]]
	switch {
	case bestAt < 0:
		// θ below every value; far from 0, lo − 1 rounds to lo itself.
		theta = lo - 1
		if !(theta < lo) {
			theta = math.Nextafter(lo, math.Inf(-1))
		}
		if math.IsInf(theta, 0) {
			// lo is −MaxFloat64: no finite θ lies below it; the reverse rule
			// with θ on the largest value gives every example the same class.
			theta, bestSign = hi, -bestSign
		}
	case bestAt == n-1:
		theta = hi + 1 // every value ≤ θ, even where hi + 1 rounds to hi
	default:
		a, b := h[idx[bestAt]], h[idx[bestAt+1]]
		theta = (a + b) / 2
		if math.IsInf(theta, 0) {
			theta = a/2 + b/2 // a + b overflows near ±MaxFloat64
		}
		if !(a <= theta && theta < b) {
			theta = a // neighbouring floats: no value strictly between
		}
	}
	return float64(best) / float64(n), theta, bestSign, nil
}

// UnitAccuracies returns, for every hidden layer l = 1…L−1 (index 0 unused)
// and every unit j of it, UnitAccuracy of hⱼˡ(x) over the rows of X: what
// each unit alone knows about the two classes. On a task built in layers,
// the low layers' units are shared features (each near chance alone) and the
// high layers' units answer the question (near 1): the feature hierarchy of
// lesson 12.
func UnitAccuracies(net *Network, X mat.Matrix, labels []int) ([][]float64, error) {
	if net == nil || len(net.Layers) < 2 {
		return nil, errors.New("mlp: unit accuracies: the network is nil or has no hidden layer")
	}
	bt, err := net.ForwardBatch(X)
	if err != nil {
		return nil, fmt.Errorf("mlp: unit accuracies: %w", err)
	}
	n, _ := bt.H[0].Dims()
	if len(labels) != n {
		return nil, fmt.Errorf("mlp: unit accuracies: X has %d rows but there are %d labels", n, len(labels))
	}
	out := make([][]float64, len(net.Layers))
	for l := 1; l < len(net.Layers); l++ {
		_, k := bt.H[l].Dims()
		out[l] = make([]float64, k)
		for j := 0; j < k; j++ {
			acc, _, _, err := UnitAccuracy(mat.Col(nil, j, bt.H[l]), labels)
			if err != nil {
				return nil, fmt.Errorf("mlp: unit accuracies: layer %d, unit %d (h%s): %w", l, j+1, notation.Sup(l), err)
			}
			out[l][j] = acc
		}
	}
	return out, nil
}
