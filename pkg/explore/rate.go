package explore

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Lessons 04 and 05: the learning rate η.

// LeCunEtas returns the learning rates of LeCun: 0.1, 0.2, …, 3.0 and, at
// their place in that order, η_opt and 2η_opt themselves, so that the slider
// stops on both boundaries between regimes.
//
// An η_opt that is not positive and finite gives no values.
func LeCunEtas(etaOpt float64) []float64 {
	if !(etaOpt > 0) || math.IsInf(etaOpt, 0) {
		return nil
	}
	var etas []float64
	extra := []float64{etaOpt, 2 * etaOpt}
	for k := 1; k <= 30; k++ {
		eta := float64(k) / 10
		for len(extra) > 0 && extra[0] < eta {
			etas = append(etas, extra[0])
			extra = extra[1:]
		}
		etas = append(etas, eta)
	}
	return append(etas, extra...)
}

// LeCunSteps is the number of gradient steps of each run of LeCun.
const LeCunSteps = 30

// LeCunStart returns the starting point of LeCun's runs: off the minimum w*
// by 0.5 along the steep eigenvector of H and 0.4 along the flat one, as in
// lesson 05's figure.
//
// A nil network, or one without two weights, gives no point.
func LeCunStart(p *gd.LinearNetwork) []float64 {
	if p == nil || p.Q == nil || len(p.Q.WStar) != 2 {
		return nil
	}
	w := p.Q.WStar
	_, v := p.Q.Eigen()
	return []float64{w[0] + 0.5*v.At(0, 0) + 0.4*v.At(0, 1), w[1] + 0.5*v.At(1, 0) + 0.4*v.At(1, 1)}
}

// RegimeName names a regime as the explorables write it: gd's words with
// η_opt written ηₒₚₜ, for a cost of n weights. With one weight (the 1-D
// quadratic) η = ηₒₚₜ lands on the minimum in one step; with several,
// ηₒₚₜ = 1/λmax finishes only the steepest direction in one step (lesson 05).
func RegimeName(r gd.RateRegime, n int) string {
	if r == gd.RegimeOptimal && n > 1 {
		return lang.T("explore.rate.optimal.many")
	}
	return strings.ReplaceAll(r.String(), "η_opt", "ηₒₚₜ")
}

// LeCun is LeCun's simple linear network (gd.LeCunExample(seed)) trained by
// batch gradient descent, with an η slider from 0.1 to 3 (LeCunEtas): the
// weight trajectory over the cost's level sets, the error curve, and the
// regime named as η crosses ηₒₚₜ and 2ηₒₚₜ. Every run starts from
// LeCunStart and takes LeCunSteps steps (fewer when it diverges).
func LeCun(seed uint64) (*Explorable, error) {
	p, err := gd.LeCunExample(seed)
	if err != nil {
		return nil, err
	}
	q := p.Q
	etaOpt := q.EtaOpt()
	w0 := LeCunStart(p)
	etas := LeCunEtas(etaOpt)

	const W, H = 640, 320
	left := newPanel(50, 24, 270, 250, 0, 0, 0, 0)
	c := q.WStar
	r := 0.0
	for i := range w0 {
		r = math.Max(r, math.Abs(w0[i]-c[i]))
	}
	r *= 1.6
	left = newPanel(50, 24, 250, 250, c[0]-r, c[0]+r, c[1]-r, c[1]+r)
	right := newPanel(380, 24, 240, 250, 0, LeCunSteps, -8, 1)

	// The shared background: the cost's level sets as bands (log scale),
	// the minimum, both panels' frames and the clip.
	var defs strings.Builder
	defs.WriteString(left.clip(IDToken + "-clipL"))
	defs.WriteString(right.clip(IDToken + "-clipR"))
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	w := make([]float64, 2)
	defs.WriteString(left.image(64, 64, false, func(i, j int) color.NRGBA {
		w[0], w[1] = left.at(i, j, 64, 64)
		cost, _ := q.Cost(w)
		band := math.Floor(2 * math.Log10(math.Max(cost-q.CMin, 1e-9)))
		shade := 0.12 + 0.06*float64(int(band+40)%2)
		return mix(white, color.NRGBA{0, 0x72, 0xb2, 255}, shade+0.04*math.Max(0, math.Min(6, band+6)))
	}))
	fmt.Fprintf(&defs, `<path d="M%s %sm-6 0h12m-6 -6v12" stroke="%s" stroke-width="2"/>`, f1(left.px(c[0])), f1(left.py(c[1])), ink)
	left.frame(&defs, lang.T("explore.lecun.levels"), "w₁", "w₂", ticks(left.x0, left.x1, 4), ticks(left.y0, left.y1, 4))
	var yt []float64
	for e := -8.0; e <= 0; e += 2 {
		yt = append(yt, e)
	}
	right.frame(&defs, lang.T("explore.lecun.error"), lang.T("explore.rate.stept"), "", ticks(0, LeCunSteps, 6), nil)
	for _, e := range yt {
		text(&defs, right.X-6, right.py(e)+4, ` text-anchor="end"`, "1e"+fmt.Sprint(e))
	}
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  lang.T("explore.lecun.title"),
		Note:   lang.F("explore.lecun.note", num(etaOpt), num(2*etaOpt)),
		Params: []Param{{Name: "η", Labels: make([]string, len(etas))}},
		Defs:   defs.String(),
		Key:    []int{},
	}
	for k, eta := range etas {
		x.Params[0].Labels[k] = num(eta)
		t, err := p.Run(w0, eta, LeCunSteps)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		svgOpen(&b, W, H, lang.F("explore.lecun.svg", num(eta)))
		fmt.Fprintf(&b, `<use href="#%s-bg"/>`, IDToken)
		col := regimeColour(t.Regime)
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipL)"><path d="%s" fill="none" stroke="%s" stroke-width="1.6"/><path d="%s" stroke="%s" stroke-width="5" stroke-linecap="round"/></g>`,
			IDToken, left.line(t.Coord(0), t.Coord(1)), col, left.dots(t.Coord(0), t.Coord(1)), col)
		excess := make([]float64, len(t.Cost))
		for i, v := range t.Cost {
			excess[i] = math.Log10(math.Max(v-q.CMin, 1e-12))
		}
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipR)"><path d="%s" fill="none" stroke="%s" stroke-width="1.6"/></g>`,
			IDToken, right.line(t.StepIndex(), excess), col)
		text(&b, left.X+4, left.Y+left.H-6, ` font-weight="bold" fill="`+col+`"`, shortRegimeName(t.Regime))
		b.WriteString("</svg>")

		last := t.W[len(t.W)-1]
		dist := math.Hypot(last[0]-c[0], last[1]-c[1])
		final := num(t.Cost[len(t.Cost)-1])
		if t.Diverged {
			final = lang.F("explore.lecun.diverged", len(t.W)-1)
		}
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: lecunCaption(t, dist),
			Numbers: []Number{
				{"η / ηₒₚₜ", num(eta / etaOpt)},
				{lang.T("explore.regime"), RegimeName(t.Regime, len(w0))},
				{lang.T("explore.steps"), fmt.Sprint(len(t.W) - 1)},
				{lang.T("explore.lecun.final"), final},
				{"C(w*)", num(q.CMin)},
				{lang.T("explore.lecun.dist"), num(dist)},
			},
		})
		if eta == 0.5 || eta == etaOpt || eta == 1.5 || eta == 2.5 {
			x.Key = append(x.Key, k)
			if eta == 1.5 {
				x.Start = k
			}
		}
	}
	return x, nil
}

// lecunCaption says what a run of LeCun did, in numbers that its picture
// shows.
func lecunCaption(t *gd.Trajectory, dist float64) string {
	n := len(t.W) - 1
	switch t.Regime {
	case gd.RegimeSlow:
		return lang.F("explore.lecun.slow", n, num(dist))
	case gd.RegimeOptimal:
		return lang.F("explore.lecun.optimal", num(dist), n)
	case gd.RegimeOscillating:
		if math.Abs(t.Eta-2*t.EtaOpt) <= gd.RegimeTolerance*t.Eta {
			return lang.F("explore.lecun.twice", n, num(dist))
		}
		return lang.F("explore.lecun.zigzag", n, num(dist))
	case gd.RegimeDiverging:
		if t.Diverged {
			return lang.F("explore.lecun.explodes", n)
		}
		return lang.F("explore.lecun.diverging", n, num(dist))
	}
	return ""
}

// shortRegimeName is a regime in a few words, written on the picture.
func shortRegimeName(r gd.RateRegime) string {
	switch r {
	case gd.RegimeSlow:
		return lang.T("explore.regime.short.slow")
	case gd.RegimeOptimal:
		return lang.T("explore.regime.short.optimal")
	case gd.RegimeOscillating:
		return lang.T("explore.regime.short.oscillating")
	case gd.RegimeDiverging:
		return lang.T("explore.regime.short.diverging")
	}
	return r.String()
}

// regimeColour gives each regime its colour (the name is written too).
func regimeColour(r gd.RateRegime) string {
	switch r {
	case gd.RegimeSlow:
		return blue
	case gd.RegimeOptimal:
		return green
	case gd.RegimeOscillating:
		return "#a06800"
	}
	return vermil
}

// QuadraticFactors are the η/ηₒₚₜ of Quadratic's slider: 0.1, 0.2, …, 2.2.
func QuadraticFactors() []float64 {
	var f []float64
	for k := 1; k <= 22; k++ {
		f = append(f, float64(k)/10)
	}
	return f
}

// QuadraticSteps is the number of steps of each run of Quadratic.
const QuadraticSteps = 10

// Quadratic is the 1-D quadratic C(w) = ½w² (gd.Quadratic1D(1, 0), ηₒₚₜ = 1)
// from w₀ = 2 with an η slider (QuadraticFactors): the steps drawn on the
// parabola and w_t against t, the four regimes named as η moves.
func Quadratic() (*Explorable, error) {
	q, err := gd.Quadratic1D(1, 0)
	if err != nil {
		return nil, err
	}
	const W, H = 640, 300
	para := newPanel(44, 24, 270, 230, -3.2, 3.2, 0, 5.2)
	path := newPanel(380, 24, 240, 230, 0, QuadraticSteps, -3.2, 3.2)
	var defs strings.Builder
	defs.WriteString(para.clip(IDToken + "-clipA"))
	defs.WriteString(path.clip(IDToken + "-clipB"))
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	var xs, ys []float64
	for i := 0; i <= 64; i++ {
		w := -3.2 + 6.4*float64(i)/64
		c, _ := q.Cost([]float64{w})
		xs, ys = append(xs, w), append(ys, c)
	}
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="1.5"/>`, para.line(xs, ys), grey)
	para.frame(&defs, lang.T("explore.quad.parabola"), "w", "C(w)", ticks(-3, 3, 6), ticks(0, 5, 5))
	path.frame(&defs, lang.T("explore.quad.path"), lang.T("explore.rate.stept"), "w_t", ticks(0, QuadraticSteps, 5), ticks(-3, 3, 6))
	fmt.Fprintf(&defs, `<path d="M%s %sH%s" stroke="%s" stroke-dasharray="3 3"/>`, f1(path.X), f1(path.py(0)), f1(path.X+path.W), grey)
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  lang.T("explore.quad.title"),
		Note:   lang.T("explore.quad.note"),
		Params: []Param{{Name: "η", Labels: nil}},
		Defs:   defs.String(),
	}
	for k, f := range QuadraticFactors() {
		eta := f * q.EtaOpt()
		x.Params[0].Labels = append(x.Params[0].Labels, num(eta))
		t, err := q.Run([]float64{2}, eta, QuadraticSteps)
		if err != nil {
			return nil, err
		}
		ws := t.Coord(0)
		col := regimeColour(t.Regime)
		var b strings.Builder
		svgOpen(&b, W, H, lang.F("explore.quad.svg", num(eta)))
		fmt.Fprintf(&b, `<use href="#%s-bg"/>`, IDToken)
		var zx, zy []float64 // the zig-zag: from (w_t, C(w_t)) to (w_{t+1}, C(w_{t+1}))
		for _, w := range ws {
			c, _ := q.Cost([]float64{w})
			zx, zy = append(zx, w), append(zy, c)
		}
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipA)"><path d="%s" fill="none" stroke="%s" stroke-width="1.4"/><path d="%s" stroke="%s" stroke-width="6" stroke-linecap="round"/></g>`,
			IDToken, para.line(zx, zy), col, para.dots(zx, zy), col)
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipB)"><path d="%s" fill="none" stroke="%s" stroke-width="1.6"/><path d="%s" stroke="%s" stroke-width="5" stroke-linecap="round"/></g>`,
			IDToken, path.line(t.StepIndex(), ws), col, path.dots(t.StepIndex(), ws), col)
		text(&b, para.X+para.W/2, para.Y+16, ` text-anchor="middle" font-weight="bold" fill="`+col+`"`, shortRegimeName(t.Regime))
		b.WriteString("</svg>")
		factor := 1 - eta // h = 1
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: quadraticCaption(t.Regime, factor),
			Numbers: []Number{
				{"η / ηₒₚₜ", num(f)},
				{"1 − ηh", num(factor)},
				{lang.T("explore.regime"), RegimeName(t.Regime, 1)},
				{lang.F("explore.quad.after", len(ws)-1), num(ws[len(ws)-1])},
			},
		})
		switch f {
		case 0.4, 1, 1.6, 2.1:
			x.Key = append(x.Key, k)
		}
	}
	x.Start = 3
	return x, nil
}

// quadraticCaption says what the factor 1 − ηh does to w.
func quadraticCaption(r gd.RateRegime, factor float64) string {
	switch r {
	case gd.RegimeSlow:
		return lang.F("explore.quad.slow", num(factor))
	case gd.RegimeOptimal:
		return lang.T("explore.quad.optimal")
	case gd.RegimeOscillating:
		if factor == -1 {
			return lang.T("explore.quad.forever")
		}
		return lang.F("explore.quad.oscillating", num(factor))
	}
	return lang.F("explore.quad.diverging", num(factor))
}
