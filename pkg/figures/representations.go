package figures

import (
	"fmt"
	"sort"

	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/viz"
)

// Lessons 10 and 12: distributed representations counted, and the feature
// hierarchy measured unit by unit.

// regionCounts draws R(k, d), the regions k hidden units can name in d
// dimensions, against k, beside the k of a local code.
func regionCounts(uint64) (*viz.Figure, error) {
	const kMax = 20
	local := viz.Series{Name: lang.T("fig.10.rc.local")}
	series := []viz.Series{local}
	for _, d := range []int{2, 3, 5} {
		series = append(series, viz.Series{Name: lang.F("fig.10.rc.dist", d)})
	}
	series = append(series, viz.Series{Name: lang.T("fig.10.rc.all")})
	for k := 1; k <= kMax; k++ {
		series[0].X, series[0].Y = append(series[0].X, float64(k)), append(series[0].Y, float64(k))
		for i, d := range []int{2, 3, 5, kMax} {
			r, err := mlp.MaxRegions(k, d)
			if err != nil {
				return nil, err
			}
			s := &series[i+1]
			s.X, s.Y = append(s.X, float64(k)), append(s.Y, float64(r))
		}
	}
	p, err := viz.CurvesPanel("", lang.T("fig.10.rc.x"), lang.T("fig.10.rc.y"), series, true, true)
	if err != nil {
		return nil, err
	}
	p.X.Tick.Marker = viz.IntegerTicks{}
	p.Legend.Top, p.Legend.Left = true, true
	f := viz.Single(lang.T("fig.10.rc.title"), p, viz.ShortHeight+2*viz.ShortHeight/9)
	f.Subtitle = lang.T("fig.10.rc.subtitle")
	return f, nil
}

// unitAccuracy draws, for each hidden layer of lesson 12's spirals network,
// the accuracy of every unit alone (mlp.UnitAccuracies), sorted from the
// best.
func unitAccuracy(seed uint64) (*viz.Figure, error) {
	r, err := cachedRun("spirals", seed, spiralsRun)
	if err != nil {
		return nil, err
	}
	accs, err := mlp.UnitAccuracies(r.net, r.set.X, r.set.Labels)
	if err != nil {
		return nil, err
	}
	var series []viz.Series
	best := ""
	for l := 1; l < len(accs); l++ {
		a := append([]float64(nil), accs[l]...)
		sort.Sort(sort.Reverse(sort.Float64Slice(a)))
		s := viz.Series{Name: lang.F("fig.12.ua.units", notation.Sup(l), len(a))}
		for j, v := range a {
			s.X, s.Y = append(s.X, float64(j+1)), append(s.Y, 100*v)
		}
		series = append(series, s)
		if best != "" {
			best += ", "
		}
		best += fmt.Sprintf("h%s %.0f%%", notation.Sup(l), 100*a[0])
	}
	p, err := viz.CurvesPanel("", lang.T("fig.12.ua.x"), lang.T("fig.12.ua.y"), series, false, true)
	if err != nil {
		return nil, err
	}
	p.X.Tick.Marker = viz.IntegerTicks{}
	p.Y.Min, p.Y.Max = 50, 100
	f := viz.Single(lang.T("fig.12.ua.title"), p, viz.ShortHeight+viz.ShortHeight/3)
	f.Subtitle = lang.F("fig.12.ua.subtitle", best)
	return f, nil
}
