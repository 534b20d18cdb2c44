package figures

import (
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/plotter"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Catalogue builders for lessons 04–06: they run pkg/gd and hand its results
// to the figures of optim.go.

// trajectorySeries turns a 2-D gradient-descent trajectory into a series of
// w₂ against w₁.
func trajectorySeries(name string, t *gd.Trajectory) viz.Series {
	return viz.Series{Name: name, X: t.Coord(0), Y: t.Coord(1)}
}

// quadraticCost returns C(w₁, w₂) of q as a function for contour lines.
func quadraticCost(q interface {
	Cost([]float64) (float64, error)
}) func(w1, w2 float64) float64 {
	w := make([]float64, 2)
	return func(w1, w2 float64) float64 {
		w[0], w[1] = w1, w2
		c, err := q.Cost(w)
		if err != nil {
			return math.NaN()
		}
		return c
	}
}

// boxAround returns a square box centred on c holding every point of paths.
func boxAround(c []float64, paths ...[][]float64) [4]float64 {
	r := 0.0
	for _, path := range paths {
		for _, w := range path {
			r = math.Max(r, math.Max(math.Abs(w[0]-c[0]), math.Abs(w[1]-c[1])))
		}
	}
	r *= 1.15
	return [4]float64{c[0] - r, c[0] + r, c[1] - r, c[1] + r}
}

// lecunRuns is lesson 05's reproduction of LeCun et al.'s figure 11: the
// simple linear network trained by batch gradient descent with η = 1.5 and
// η = 2.5, from the same start.
func lecunRuns(seed uint64) (*viz.Figure, error) {
	p, err := gd.LeCunExample(seed)
	if err != nil {
		return nil, err
	}
	wStar := p.Q.WStar
	// Start off the minimum along both eigenvectors of H: the steep one,
	// where the rate decides between converging and diverging, and the flat one.
	_, vecs := p.Q.Eigen()
	w0 := []float64{
		wStar[0] + 0.5*vecs.At(0, 0) + 0.4*vecs.At(0, 1),
		wStar[1] + 0.5*vecs.At(1, 0) + 0.4*vecs.At(1, 1),
	}
	var paths, errs []viz.Series
	var ws [][][]float64
	for _, run := range []struct {
		eta   float64
		steps int
	}{{1.5, 20}, {2.5, 8}} {
		eta := run.eta
		t, err := p.Run(w0, eta, run.steps)
		if err != nil {
			return nil, err
		}
		name := lang.F("fig.05.lecun.run", viz.Num(eta), viz.Num(t.EtaOpt), shortRegime(t.Regime))
		paths = append(paths, trajectorySeries(name, t))
		errs = append(errs, viz.Series{Name: lang.T("fig.05.lecun.error"), X: t.StepIndex(), Y: t.Cost})
		if eta == 1.5 {
			ws = append(ws, t.W)
		}
	}
	box := boxAround(wStar, ws...)
	min := plotter.XY{X: wStar[0], Y: wStar[1]}
	return viz.LearningRateRuns(lang.T("fig.05.lecun.title"),
		quadraticCost(p), box, &min, paths, errs)
}

// shortRegime names a regime in a few words, for panel titles.
func shortRegime(r gd.RateRegime) string {
	switch r {
	case gd.RegimeSlow:
		return lang.T("fig.05.regime.slow")
	case gd.RegimeOptimal:
		return lang.T("fig.05.regime.optimal")
	case gd.RegimeOscillating:
		return lang.T("fig.05.regime.oscillates") // converges below 2η_opt, slowly along a flat direction; for ever at 2η_opt
	case gd.RegimeDiverging:
		return lang.T("fig.05.regime.diverges")
	}
	return r.String()
}

// quadraticRegimes runs the four regimes of LeCun's figure 6 on the 1-D
// quadratic C(w) = ½(w − 0)², whose η_opt = 1.
func quadraticRegimes(uint64) (*viz.Figure, error) {
	q, err := gd.Quadratic1D(1, 0)
	if err != nil {
		return nil, err
	}
	var runs []viz.Series
	for _, f := range []float64{0.4, 1, 1.6, 2.15} {
		eta := f * q.EtaOpt()
		t, err := q.Run([]float64{2}, eta, 8)
		if err != nil {
			return nil, err
		}
		runs = append(runs, viz.Series{
			Name: lang.F("fig.05.regimes.run", viz.Num(f), shortRegime(t.Regime)),
			X:    t.StepIndex(),
			Y:    t.Coord(0),
		})
	}
	return viz.QuadraticRegimes(1, 0, runs)
}

// costSurfaceL2 is lesson 04's figure: gradient descent on the cost of the
// linear network, C(w) = F(w), and on C(w) = F(w) + λ‖w‖², whose minimum is
// pulled towards w = 0.
func costSurfaceL2(seed uint64) (*viz.Figure, error) {
	p, err := gd.LeCunExample(seed)
	if err != nil {
		return nil, err
	}
	const lambda = 0.3
	// F(w) + λ‖w‖² is a quadratic again: Hessian H + 2λI, minimum
	// (H + 2λI)⁻¹ H w*, value F(w_λ) + λ‖w_λ‖² there.
	var H2 mat.SymDense
	H2.AddSym(p.Q.H, scaledIdentity(2, 2*lambda))
	var hw, wl mat.VecDense
	hw.MulVec(p.Q.H, mat.NewVecDense(2, p.Q.WStar))
	if err := wl.SolveVec(&H2, &hw); err != nil {
		return nil, err
	}
	wL := []float64{wl.AtVec(0), wl.AtVec(1)}
	fL, err := p.Q.Cost(wL)
	if err != nil {
		return nil, err
	}
	qL, err := gd.NewQuadratic(&H2, wL, fL+lambda*(wL[0]*wL[0]+wL[1]*wL[1]))
	if err != nil {
		return nil, err
	}
	w0 := []float64{p.Q.WStar[0] - 1.2, p.Q.WStar[1] + 1}
	eta := 0.8 * qL.EtaOpt() // below η_opt of both costs (the L2 term makes C steeper)
	t1, err := p.Q.Run(w0, eta, 50)
	if err != nil {
		return nil, err
	}
	t2, err := qL.Run(w0, eta, 50)
	if err != nil {
		return nil, err
	}
	box := boxAround([]float64{(p.Q.WStar[0] + wL[0]) / 2, (p.Q.WStar[1] + wL[1]) / 2}, t1.W, t2.W)
	m1 := plotter.XY{X: p.Q.WStar[0], Y: p.Q.WStar[1]}
	m2 := plotter.XY{X: wL[0], Y: wL[1]}
	etaName := "η = " + viz.Num(eta)
	return viz.CostSurface(lang.T("fig.04.title"),
		[]viz.SurfacePanel{
			{Title: "C(w) = F(w)", C: quadraticCost(p.Q), Box: box, Paths: []viz.Series{trajectorySeries(etaName, t1)}, Minimum: &m1},
			{Title: "C(w) = F(w) + " + viz.Num(lambda) + "‖w‖²", C: quadraticCost(qL), Box: box, Paths: []viz.Series{trajectorySeries(etaName, t2)}, Minimum: &m2},
		})
}

func scaledIdentity(n int, s float64) *mat.DiagDense {
	d := make([]float64, n)
	for i := range d {
		d[i] = s
	}
	return mat.NewDiagDense(n, d)
}
