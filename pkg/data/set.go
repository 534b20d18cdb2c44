package data

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
)

// Set is a data set held in memory: one example per ROW.
//
// For classification, X is N×d, Labels holds the class 0…K−1 of each row,
// Classes is K and Y is the N×K one-hot matrix of the labels (row i has a 1
// in column Labels[i] and 0 elsewhere). For regression, Labels is nil,
// Classes is 0 and Y holds the targets (N×1 for the 1-D targets).
type Set struct {
	Name    string
	X       *mat.Dense // inputs, N×d, row i = example i
	Y       *mat.Dense // targets, N×K one-hot (classification) or N×1 (regression)
	Labels  []int      // class of each row (classification), nil for regression
	Classes int        // number of classes K, 0 for regression
}

// maxExamples bounds n so that a typo (1e9 instead of 1e3) is an error, not
// an exhausted memory.
const maxExamples = 1 << 24

// newRand is the package's only source of randomness: the same seed gives
// the same numbers on every run.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x5eed5eed))
}

// Len is the number of examples N (the rows of X); 0 for a nil or empty set.
func (s *Set) Len() int {
	if s == nil || s.X == nil || s.X.IsEmpty() {
		return 0
	}
	r, _ := s.X.Dims()
	return r
}

// Validate reports whether X, Y, Labels and Classes agree with each other
// and X and Y hold only finite numbers.
func (s *Set) Validate() error {
	if err := s.validateShape(); err != nil {
		return err
	}
	return s.checkFinite()
}

func (s *Set) checkFinite() error {
	name := s.Name
	if name == "" {
		name = "set"
	}
	if i, j, v, bad := guard.FirstNonFiniteMat(s.X); bad {
		return fmt.Errorf("data: %s: X has %v at row %d, column %d (example %d, input x%d)", name, v, i, j, i, j+1)
	}
	if i, j, v, bad := guard.FirstNonFiniteMat(s.Y); bad {
		return fmt.Errorf("data: %s: Y has %v at row %d, column %d", name, v, i, j)
	}
	return nil
}

// validateShape is Validate without looking at the numbers.
func (s *Set) validateShape() error {
	if s == nil {
		return errors.New("data: the set is nil")
	}
	name := s.Name
	if name == "" {
		name = "set"
	}
	if s.X == nil || s.X.IsEmpty() {
		return fmt.Errorf("data: %s: X is empty", name)
	}
	if s.Y == nil || s.Y.IsEmpty() {
		return fmt.Errorf("data: %s: Y is empty", name)
	}
	n, _ := s.X.Dims()
	ny, k := s.Y.Dims()
	if ny != n {
		return fmt.Errorf("data: %s: X has %d rows but Y has %d", name, n, ny)
	}
	if s.Classes < 0 {
		return fmt.Errorf("data: %s: Classes = %d is negative", name, s.Classes)
	}
	if s.Classes == 0 {
		if s.Labels != nil {
			return fmt.Errorf("data: %s: has %d labels but Classes = 0", name, len(s.Labels))
		}
		return nil
	}
	if len(s.Labels) != n {
		return fmt.Errorf("data: %s: X has %d rows but there are %d labels", name, n, len(s.Labels))
	}
	if k != s.Classes {
		return fmt.Errorf("data: %s: Y is %d×%d but there are %d classes", name, ny, k, s.Classes)
	}
	for i, c := range s.Labels {
		if c < 0 || c >= s.Classes {
			return fmt.Errorf("data: %s: label %d of example %d is outside 0…%d", name, c, i, s.Classes-1)
		}
	}
	return nil
}

// Counts returns how many examples each class has (nil for regression).
func (s *Set) Counts() []int {
	if s == nil || s.Classes <= 0 {
		return nil
	}
	counts := make([]int, s.Classes)
	for _, c := range s.Labels {
		if c >= 0 && c < s.Classes {
			counts[c]++
		}
	}
	return counts
}

// Shuffled returns a copy of s whose rows are in a random order drawn from
// seed; X, Y and Labels are permuted together. s itself is not changed, so
// running a notebook cell twice gives the same result.
func (s *Set) Shuffled(seed uint64) (*Set, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	perm := newRand(seed).Perm(s.Len())
	return s.rows(perm), nil
}

// rows copies the given rows of s, in that order, into a new set.
func (s *Set) rows(idx []int) *Set {
	_, d := s.X.Dims()
	_, k := s.Y.Dims()
	out := &Set{
		Name:    s.Name,
		X:       mat.NewDense(len(idx), d, nil),
		Y:       mat.NewDense(len(idx), k, nil),
		Classes: s.Classes,
	}
	if s.Labels != nil {
		out.Labels = make([]int, len(idx))
	}
	for i, j := range idx {
		out.X.SetRow(i, s.X.RawRowView(j))
		out.Y.SetRow(i, s.Y.RawRowView(j))
		if s.Labels != nil {
			out.Labels[i] = s.Labels[j]
		}
	}
	return out
}

// Split cuts s in two: the first round(frac·N) examples and the rest, e.g.
// a training and a test set with frac = 0.8. Both parts must be non-empty.
// The parts share memory with s (they are views, not copies): shuffle first
// (Shuffled) if the rows are ordered.
func (s *Set) Split(frac float64) (first, second *Set, err error) {
	if err := s.Validate(); err != nil {
		return nil, nil, err
	}
	if math.IsNaN(frac) || frac <= 0 || frac >= 1 {
		return nil, nil, fmt.Errorf("data: %s: split fraction %g must be strictly between 0 and 1", s.Name, frac)
	}
	n := s.Len()
	m := int(math.Round(frac * float64(n)))
	if m == 0 || m == n {
		return nil, nil, fmt.Errorf("data: %s: split fraction %g of %d examples leaves an empty part (%d and %d)", s.Name, frac, n, m, n-m)
	}
	return s.view(0, m), s.view(m, n), nil
}

// Batches is the number of minibatches of the given size in s, counting a
// last partial batch: ⌈N/size⌉. It is 0 if size ≤ 0.
func (s *Set) Batches(size int) int {
	if size <= 0 {
		return 0
	}
	return (s.Len() + size - 1) / size
}

// Batch returns minibatch i (counting from 0) of the given size: rows
// i·size … min((i+1)·size, N)−1. The last batch may be smaller. The batch
// shares memory with s.
func (s *Set) Batch(i, size int) (*Set, error) {
	if err := s.validateShape(); err != nil {
		return nil, err
	}
	n := s.Len()
	if size <= 0 || size > n {
		return nil, fmt.Errorf("data: %s: batch size %d must be between 1 and the %d examples", s.Name, size, n)
	}
	if i < 0 || i >= s.Batches(size) {
		return nil, fmt.Errorf("data: %s: batch %d does not exist: %d examples make batches 0…%d of size %d", s.Name, i, n, s.Batches(size)-1, size)
	}
	b := s.view(i*size, min((i+1)*size, n))
	if err := b.checkFinite(); err != nil { // only this batch's rows: a loop over the batches stays O(N)
		return nil, fmt.Errorf("%w (batch %d of size %d)", err, i, size)
	}
	return b, nil
}

// view is rows from…to−1 of s, sharing memory.
func (s *Set) view(from, to int) *Set {
	_, d := s.X.Dims()
	_, k := s.Y.Dims()
	out := &Set{
		Name:    s.Name,
		X:       s.X.Slice(from, to, 0, d).(*mat.Dense),
		Y:       s.Y.Slice(from, to, 0, k).(*mat.Dense),
		Classes: s.Classes,
	}
	if s.Labels != nil {
		out.Labels = s.Labels[from:to:to]
	}
	return out
}

// checkN checks a number of examples asked for by the user.
func checkN(name string, n, atLeast int) error {
	if n <= 0 {
		return fmt.Errorf("data: %s: the number of examples must be positive, got %d", name, n)
	}
	if n < atLeast {
		return fmt.Errorf("data: %s: %d examples are fewer than the %d classes", name, n, atLeast)
	}
	if n > maxExamples {
		return fmt.Errorf("data: %s: %d examples is more than the %d this package makes", name, n, maxExamples)
	}
	return nil
}

// checkNonNeg checks a parameter that must be finite and ≥ 0 (a noise level, a spread).
func checkNonNeg(name, what string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return fmt.Errorf("data: %s: %s must be finite and ≥ 0, got %g", name, what, v)
	}
	return nil
}
