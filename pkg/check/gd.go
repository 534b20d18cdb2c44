package check

import (
	"fmt"
	"math"
	mrand "math/rand"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Lessons 04–06: gradient descent, the learning rate, batch / stochastic /
// minibatch.

const (
	lesson04 = "04-learning-as-optimisation"
	lesson05 = "05-learning-rate"
	lesson06 = "06-batch-stochastic-minibatch"
)

// stepWith computes w − η(∂F/∂w + 2λw) with the usual mistakes.
type stepMistake struct {
	up        bool // w + η ∂C/∂w
	noL2      bool // w − η ∂F/∂w
	lambdaW   bool // the L2 gradient λw instead of 2λw
	etaOnlyF  bool // w − η ∂F/∂w − 2λw
	noEta     bool // w − ∂C/∂w
	l2Flipped bool // w − η(∂F/∂w − 2λw)
}

func stepWith(m stepMistake, w, dF []float64, eta, lambda float64) []float64 {
	out := make([]float64, len(w))
	for i := range w {
		l2 := 2 * lambda * w[i]
		switch {
		case m.noL2:
			l2 = 0
		case m.lambdaW:
			l2 = lambda * w[i]
		case m.l2Flipped:
			l2 = -l2
		}
		e := eta
		if m.noEta {
			e = 1
		}
		switch {
		case m.up:
			out[i] = w[i] + e*(dF[i]+l2)
		case m.etaOnlyF:
			out[i] = w[i] - e*dF[i] - l2
		default:
			out[i] = w[i] - e*(dF[i]+l2)
		}
	}
	return out
}

// GDStep grades one gradient-descent step with L2 regularisation on
// C(w) = F(w) + λ‖w‖²: w ← w − η(∂F/∂w + 2λw).
func GDStep(student func(w, dF []float64, eta, lambda float64) []float64) *Report {
	gr := newGrader(lesson04, "GDStep", lang.T("check.task.GDStep"))
	if student == nil {
		return gr.nilFunc()
	}
	type sc struct {
		w, dF       []float64
		eta, lambda float64
	}
	cases := []sc{
		// λ = 0: w − η ∂F/∂w = (1 − 0.1·2, −1 − 0.1·(−4)) = (0.8, −0.6)
		{[]float64{1, -1}, []float64{2, -4}, 0.1, 0},
		// λ = 0.5: ∂C/∂w = (2 + 1, −4 − 1) = (3, −5) → (0.7, −0.5)
		{[]float64{1, -1}, []float64{2, -4}, 0.1, 0.5},
		// ∂F/∂w = 0: only the L2 term pulls w to 0: 2 − 0.5·(2·0.1·2) = 1.8
		{[]float64{2}, []float64{0}, 0.5, 0.1},
		{[]float64{0.5, 0.25, -2}, []float64{1, 0, -1}, 0.01, 1},
	}
	rng := newRand(12)
	for i := 0; i < 3; i++ {
		n := 2 + rng.IntN(3)
		cases = append(cases, sc{randVec(rng, n, 2), randVec(rng, n, 3), round3(0.5 * rng.Float64()), round3(rng.Float64())})
	}
	for _, c := range cases {
		c := c
		gr.run(tcase{
			input: fmt.Sprintf("w = %s, ∂F/∂w = %s, η = %s, λ = %s", format(c.w), format(c.dF), fnum(c.eta), fnum(c.lambda)),
			call:  func() any { return student(clone(c.w), clone(c.dF), c.eta, c.lambda) },
			want:  stepWith(stepMistake{}, c.w, c.dF, c.eta, c.lambda),
			hint:  lang.T("check.GDStep.1"),
			wrongs: []wrong{
				{lang.T("check.GDStep.2"), func() any { return stepWith(stepMistake{up: true}, c.w, c.dF, c.eta, c.lambda) }},
				{lang.T("check.GDStep.3"), func() any { return stepWith(stepMistake{noL2: true}, c.w, c.dF, c.eta, c.lambda) }},
				{lang.T("check.GDStep.4"), func() any { return stepWith(stepMistake{lambdaW: true}, c.w, c.dF, c.eta, c.lambda) }},
				{lang.T("check.GDStep.5"), func() any { return stepWith(stepMistake{etaOnlyF: true}, c.w, c.dF, c.eta, c.lambda) }},
				{lang.T("check.GDStep.6"), func() any { return stepWith(stepMistake{noEta: true}, c.w, c.dF, c.eta, c.lambda) }},
				{lang.T("check.GDStep.7"), func() any {
					return stepWith(stepMistake{l2Flipped: true}, c.w, c.dF, c.eta, c.lambda)
				}},
			},
		})
	}
	return gr.finish()
}

// The four learning-rate regimes of LeCun et al. for a quadratic with
// curvature h = ∂²C/∂w², η_opt = 1/h.
// regimeName returns regime k's name in the current language (a function,
// not a table filled at start-up, so that lang.Set changes it).
func regimeName(k int) (string, bool) {
	switch k {
	case 1:
		return lang.T("check.regime.1"), true
	case 2:
		return lang.T("check.regime.2"), true
	case 3:
		return lang.T("check.regime.3"), true
	case 4:
		return lang.T("check.regime.4"), true
	}
	return "", false
}

// regimeWith classifies η with a mistake: etaOpt computes η_opt from h;
// tol is the relative tolerance of η = η_opt; twoIn4 puts η = 2η_opt in
// regime 4 (the classic mistake: it oscillates for ever, it does not diverge).
func regimeWith(eta, h float64, etaOpt func(float64) float64, tol float64, twoIn4 bool) int {
	opt := etaOpt(h)
	switch {
	case math.Abs(eta-opt) <= tol*opt:
		return 2
	case eta < opt:
		return 1
	case eta < 2*opt || (!twoIn4 && math.Abs(eta-2*opt) <= 1e-9*opt):
		return 3
	}
	return 4
}

func invH(h float64) float64 { return 1 / h }

// LearningRateRegime grades the classification of η into the four regimes
// for a quadratic cost of curvature h (η_opt = 1/h).
func LearningRateRegime(student func(eta, h float64) int) *Report {
	gr := newGrader(lesson05, "LearningRateRegime", lang.T("check.task.LearningRateRegime"))
	if student == nil {
		return gr.nilFunc()
	}
	type rc struct{ eta, h float64 }
	cases := []rc{
		{0.1, 2}, {0.5, 2}, {0.75, 2}, {1, 2}, {1.5, 2},
		{1.5, 1}, {2.5, 1}, // LeCun's η = 1.5 and 2.5 with η_opt = 1
		{0.25, 4}, {0.2, 4}, {0.4, 4},
		{0.9, 1 / 0.9}, // η = η_opt up to rounding: 1/h = 1/1.1111111111111112 is not exactly 0.9 in float64
		{0.01, 10}, {0.5, 10},
	}
	for _, c := range cases {
		c := c
		want := regimeWith(c.eta, c.h, invH, 1e-9, false)
		gr.run(tcase{
			input:    fmt.Sprintf("η = %v, h = %v (η_opt = 1/h = %v)", c.eta, c.h, 1/c.h),
			call:     func() any { return student(c.eta, c.h) },
			want:     want,
			wantText: regimeText(want),
			gotText:  func(got any) string { return regimeText(got) },
			hint:     lang.T("check.LearningRateRegime.1"),
			wrongs: []wrong{
				{lang.T("check.LearningRateRegime.2"), func() any { return regimeWith(c.eta, c.h, func(h float64) float64 { return h }, 1e-9, false) }},
				{lang.T("check.LearningRateRegime.3"), func() any { return regimeWith(c.eta, c.h, func(h float64) float64 { return 2 / h }, 1e-9, false) }},
				{lang.T("check.LearningRateRegime.4"), func() any { return regimeWith(c.eta, c.h, invH, 1e-9, true) }},
				{lang.T("check.LearningRateRegime.5"), func() any {
					return regimeWith(c.eta, c.h, invH, 0, false)
				}},
			},
		})
	}
	return gr.finish()
}

func regimeText(v any) string {
	if k, ok := v.(int); ok {
		if s, ok := regimeName(k); ok {
			return s
		}
		return lang.F("check.LearningRateRegime.6", k)
	}
	return format(v)
}

// A minibatch epoch is graded on a least-squares problem: example i has
// input xᵢ and target yᵢ, Lᵢ(w) = (wᵀxᵢ − yᵢ)², ∇Lᵢ = 2(wᵀxᵢ − yᵢ)xᵢ.
type lsq struct {
	X [][]float64
	Y []float64
}

func (p lsq) grad(w []float64, i int) []float64 {
	r := -p.Y[i]
	for j, x := range p.X[i] {
		r += w[j] * x
	}
	g := make([]float64, len(w))
	for j, x := range p.X[i] {
		g[j] = 2 * r * x
	}
	return g
}

// epochMistake switches on the usual mistakes of a minibatch epoch.
type epochMistake struct {
	noShuffle   bool
	dropLast    bool // the last partial batch is skipped
	sum         bool // Σ ∇Lᵢ instead of the mean
	divideByB   bool // the mean divides by B even for a smaller last batch
	up          bool // w + η g
	perExample  bool // a step after every example (stochastic)
	wholeBatch  bool // one step with the mean over all n (batch)
	shufflePerB bool // a new permutation for every batch
}

func epochWith(m epochMistake, w []float64, n, B int, eta float64, seed int64, grad func([]float64, int) []float64) []float64 {
	w = clone(w)
	rng := mrand.New(mrand.NewSource(seed))
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	if !m.noShuffle && !m.shufflePerB {
		perm = rng.Perm(n)
	}
	if m.wholeBatch {
		B = n
	}
	if m.perExample {
		B = 1
	}
	for start := 0; start < n; start += B {
		end := start + B
		if end > n {
			if m.dropLast {
				break
			}
			end = n
		}
		batch := perm[start:end]
		if m.shufflePerB {
			p := rng.Perm(n)
			batch = p[:end-start]
		}
		g := make([]float64, len(w))
		for _, i := range batch {
			for j, v := range grad(w, i) {
				g[j] += v
			}
		}
		div := float64(len(batch))
		if m.sum {
			div = 1
		}
		if m.divideByB {
			div = float64(B)
		}
		for j := range w {
			if m.up {
				w[j] += eta * g[j] / div
			} else {
				w[j] -= eta * g[j] / div
			}
		}
	}
	return w
}

// MinibatchEpoch grades one epoch of minibatch gradient descent: shuffle,
// cut into batches of B (the last one smaller), one step per batch with the
// mean gradient of the batch.
func MinibatchEpoch(student func(w []float64, n, batchSize int, eta float64, rng *mrand.Rand, grad func(w []float64, i int) []float64) []float64) *Report {
	gr := newGrader(lesson06, "MinibatchEpoch", lang.T("check.task.MinibatchEpoch"))
	if student == nil {
		return gr.nilFunc()
	}
	type ec struct {
		n, B int
		eta  float64
		seed int64
	}
	cases := []ec{
		{10, 4, 0.05, 1}, // batches of 4, 4 and 2
		{6, 3, 0.05, 2},  // two full batches
		{5, 1, 0.05, 3},  // B = 1: stochastic gradient descent
		{7, 7, 0.1, 4},   // B = n: batch gradient descent
		{9, 2, 0.02, 6},  // four batches of 2 and one of 1
	}
	rng := newRand(13)
	for i := 0; i < 2; i++ {
		n := 5 + rng.IntN(10)
		cases = append(cases, ec{n, 2 + rng.IntN(4), 0.03, int64(7 + i)})
	}
	for _, c := range cases {
		c := c
		d := 2 + int(c.seed%2)
		data := lsq{}
		r := newRand(uint64(100 + c.seed))
		for i := 0; i < c.n; i++ {
			data.X = append(data.X, randVec(r, d, 1))
			data.Y = append(data.Y, round3(2*r.Float64()-1))
		}
		w0 := randVec(r, d, 1)
		var calls int
		gr.run(tcase{
			input: lang.F("check.case.MinibatchEpoch", c.n, c.B, c.eta, format(w0), c.seed),
			call: func() any {
				calls = 0
				counted := func(w []float64, i int) []float64 {
					calls++
					if i < 0 || i >= c.n {
						panic(fmt.Sprintf("grad called with example i = %d, but there are n = %d examples (0…%d)", i, c.n, c.n-1))
					}
					return data.grad(clone(w), i)
				}
				return student(clone(w0), c.n, c.B, c.eta, mrand.New(mrand.NewSource(c.seed)), counted)
			},
			want: epochWith(epochMistake{}, w0, c.n, c.B, c.eta, c.seed, data.grad),
			hint: lang.T("check.MinibatchEpoch.1"),
			gotText: func(got any) string {
				s := format(got)
				if calls != c.n {
					s += lang.F("check.MinibatchEpoch.2", calls, c.n)
				}
				return s
			},
			wrongs: []wrong{
				{lang.T("check.MinibatchEpoch.3"), func() any {
					return epochWith(epochMistake{dropLast: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.4"), func() any {
					return epochWith(epochMistake{noShuffle: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.5"), func() any {
					return epochWith(epochMistake{sum: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.6"), func() any {
					return epochWith(epochMistake{divideByB: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.7"), func() any {
					return epochWith(epochMistake{up: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.8"), func() any {
					return epochWith(epochMistake{perExample: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.9"), func() any {
					return epochWith(epochMistake{wholeBatch: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
				{lang.T("check.MinibatchEpoch.10"), func() any {
					return epochWith(epochMistake{shufflePerB: true}, w0, c.n, c.B, c.eta, c.seed, data.grad)
				}},
			},
		})
	}
	return gr.finish()
}
