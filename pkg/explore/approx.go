package explore

import (
	"fmt"
	"math"
	"strings"

	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Lesson 11: universal approximation.

// ApproxNs are the numbers of hidden units of Approximation's slider, from
// 1 to 32: every N up to 8, then every other, then every fourth (the fits of
// lesson 11's figure, N = 1, 2, 4, 8, 16, 32, among them). A fit costs about
// N, so the 16 fits cost a third of all 32.
func ApproxNs() []int {
	return []int{1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32}
}

// ApproxOptions are the fitting options of Approximation (and of lesson 11's
// figures): sigmoid units placed from the seed, 300 gradient steps after
// the least-squares solve.
func ApproxOptions(seed uint64) approx.Options {
	return approx.Options{Seed: seed, Steps: 300}
}

// Approximation is Cybenko's F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) + c fitted to
// data.Bumpy with N = 1…32 sigmoid units (ApproxNs, approx.FitSeries), an N slider:
// F against f, the error F − f, and the largest error against N, the
// cursor at the current N.
func Approximation(seed uint64) (*Explorable, error) {
	ns := ApproxNs()
	fits, err := approx.FitSeries(data.Bumpy.F, ns, ApproxOptions(seed))
	if err != nil {
		return nil, err
	}
	xs, err := approx.Grid(161)
	if err != nil {
		return nil, err
	}
	fy := make([]float64, len(xs))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, x := range xs {
		fy[i] = data.Bumpy.F(x)
		lo, hi = math.Min(lo, fy[i]), math.Max(hi, fy[i])
	}
	pad := 0.25 * (hi - lo)
	fitP := newPanel(44, 24, 300, 170, 0, 1, lo-pad, hi+pad)
	errP := newPanel(44, 230, 300, 70, 0, 1, -0.6, 0.6)
	maxErr := 0.0
	for _, f := range fits {
		maxErr = math.Max(maxErr, f.MaxErr)
	}
	nP := newPanel(410, 24, 210, 276, 0, 33, 0, niceUp(maxErr))

	var defs strings.Builder
	defs.WriteString(fitP.clip(IDToken + "-clipF"))
	defs.WriteString(errP.clip(IDToken + "-clipE"))
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-opacity="0.45"/>`, fitP.line(xs, fy), grey)
	fitP.frame(&defs, lang.F("explore.approx.fit", lang.T("explore.approx.bumpy")), "", "", ticks(0, 1, 5), ticks(lo-pad, hi+pad, 4))
	errP.frame(&defs, "F(x) − f(x)", "x", "", ticks(0, 1, 5), []float64{-0.5, 0, 0.5})
	fmt.Fprintf(&defs, `<path d="M%s %sH%s" stroke="%s" stroke-dasharray="3 3"/>`, f1(errP.X), f1(errP.py(0)), f1(errP.X+errP.W), grey)
	var nx, ny, rx, ry []float64
	for _, f := range fits {
		nx, ny = append(nx, float64(f.N)), append(ny, f.MaxErr)
		rx, ry = append(rx, float64(f.N)), append(ry, f.RMS)
	}
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="1.5"/><path d="%s" stroke="%s" stroke-width="4" stroke-linecap="round"/>`,
		nP.line(nx, ny), vermil, nP.dots(nx, ny), vermil)
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="1.5" stroke-dasharray="5 3"/>`, nP.line(rx, ry), blue)
	nP.frame(&defs, lang.T("explore.approx.againstN"), lang.T("explore.approx.unitsN"), "", []float64{1, 8, 16, 24, 32}, ticks(0, niceUp(maxErr), 4))
	text(&defs, nP.X+nP.W-4, nP.Y+14, ` text-anchor="end" fill="`+vermil+`"`, "max |F − f|")
	text(&defs, nP.X+nP.W-4, nP.Y+28, ` text-anchor="end" fill="`+blue+`"`, lang.T("explore.approx.rmsdash"))
	defs.WriteString(`</g>`)

	x := &Explorable{
		Title:  lang.T("explore.approx.title"),
		Note:   lang.T("explore.approx.note"),
		Params: []Param{{Name: "N"}},
		Defs:   defs.String(),
	}
	for k, fit := range fits {
		x.Params[0].Labels = append(x.Params[0].Labels, fmt.Sprint(fit.N))
		F, err := fit.F.Sample1(xs)
		if err != nil {
			return nil, err
		}
		diff := make([]float64, len(xs))
		for i := range xs {
			diff[i] = F[i] - fy[i]
		}
		var b strings.Builder
		svgOpen(&b, 640, 340, lang.F("explore.approx.svg", fit.N))
		fmt.Fprintf(&b, `<use href="#%s-bg"/>`, IDToken)
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipF)"><path d="%s" fill="none" stroke="%s" stroke-width="1.8"/></g>`, IDToken, fitP.line(xs, F), blue)
		fmt.Fprintf(&b, `<g clip-path="url(#%s-clipE)"><path d="%s" fill="none" stroke="%s" stroke-width="1.4"/></g>`, IDToken, errP.line(xs, diff), vermil)
		fmt.Fprintf(&b, `<path d="M%s %sV%s" stroke="%s" stroke-width="1"/><circle cx="%s" cy="%s" r="5" fill="none" stroke="%s" stroke-width="2"/>`,
			f1(nP.px(float64(fit.N))), f1(nP.Y), f1(nP.Y+nP.H), ink, f1(nP.px(float64(fit.N))), f1(nP.py(fit.MaxErr)), ink)
		b.WriteString("</svg>")
		caption := approxCaption(fit, nil)
		if k > 0 {
			caption = approxCaption(fit, fits[k-1])
		}
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: caption,
			Numbers: []Number{
				{"max |F − f|", num(fit.MaxErr)},
				{lang.T("explore.approx.rms"), num(fit.RMS)},
				{lang.T("explore.approx.train"), num(fit.TrainMSE)},
			},
		})
	}
	x.Key = []int{0, 3, 7, len(fits) - 1} // N = 1, 4, 8, 32
	x.Start = 3
	return x, nil
}

// niceUp rounds v > 0 up to 1, 2 or 5 times a power of ten.
func niceUp(v float64) float64 {
	if !(v > 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v*(1-1e-12) {
			return m * p
		}
	}
	return 10 * p
}

// BumpSlopes are the slopes k of Bumps' slider.
var BumpSlopes = []float64{2, 5, 10, 20, 50, 100, 200, 500}

// BumpCount is the number of bumps M that Bumps adds.
const BumpCount = 10

// approxCaption compares the fit with N units with the one before (nil for
// the first). A fit minimises the mean squared error on its training
// points, not the largest error: a larger max |F − f| with a smaller
// training MSE is not a worse fit by its own measure, and the caption says
// which of the two happened.
func approxCaption(fit, prev *approx.Fit) string {
	c := lang.F("explore.approx.with", fit.N, num(fit.MaxErr))
	if fit.N == 1 {
		c = lang.F("explore.approx.with1", fit.N, num(fit.MaxErr))
	}
	switch {
	case prev == nil:
		return c + lang.T("explore.approx.first")
	case fit.MaxErr <= prev.MaxErr:
		return c + lang.F("explore.approx.down", num(prev.MaxErr), prev.N)
	case fit.TrainMSE < prev.TrainMSE:
		return c + lang.F("explore.approx.mean", prev.N, num(prev.MaxErr), num(fit.TrainMSE), num(prev.TrainMSE))
	}
	return c + lang.F("explore.approx.worse", prev.N, num(prev.MaxErr), num(fit.TrainMSE), num(prev.TrainMSE))
}

// Bumps is the constructive proof, with a steepness slider: a step σ(k(x −
// 0.5)), a bump σ(k(x − 0.3)) − σ(k(x − 0.6)), and f = data.Sine built from
// BumpCount bumps of slope k (approx.Step, approx.Bump, approx.Bumps), with
// the largest error of the sum (approx.Measure1D).
func Bumps() (*Explorable, error) {
	xs, err := approx.Grid(201)
	if err != nil {
		return nil, err
	}
	f := data.Sine.F
	fy := make([]float64, len(xs))
	for i, x := range xs {
		fy[i] = f(x)
	}
	stepP := newPanel(40, 24, 250, 120, 0, 1, -0.15, 1.15)
	bumpP := newPanel(40, 184, 250, 120, 0, 1, -0.15, 1.15)
	sumP := newPanel(350, 24, 270, 280, 0, 1, -1.3, 1.3)
	var defs strings.Builder
	fmt.Fprintf(&defs, `<g id="%s-bg">`, IDToken)
	stepP.frame(&defs, lang.T("explore.bumps.step"), "", "", ticks(0, 1, 2), []float64{0, 1})
	bumpP.frame(&defs, lang.T("explore.bumps.bump"), "x", "", ticks(0, 1, 2), []float64{0, 1})
	sumP.frame(&defs, lang.F("explore.bumps.sum", data.Sine.Name, BumpCount), "x", "", ticks(0, 1, 5), ticks(-1, 1, 4))
	fmt.Fprintf(&defs, `<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-opacity="0.45"/>`, sumP.line(xs, fy), grey)
	defs.WriteString(`</g>`)
	defs.WriteString(sumP.clip(IDToken + "-clipS"))

	x := &Explorable{
		Title:  lang.T("explore.bumps.title"),
		Note:   lang.F("explore.bumps.note", BumpCount),
		Params: []Param{{Name: "k"}},
		Defs:   defs.String(),
	}
	for _, k := range BumpSlopes {
		x.Params[0].Labels = append(x.Params[0].Labels, num(k))
		S, err := approx.Step(0.5, k)
		if err != nil {
			return nil, err
		}
		B, err := approx.Bump(0.3, 0.6, k)
		if err != nil {
			return nil, err
		}
		F, err := approx.Bumps(f, BumpCount, k)
		if err != nil {
			return nil, err
		}
		m, err := approx.Measure1D(F, f)
		if err != nil {
			return nil, err
		}
		sy, err := S.Sample1(xs)
		if err != nil {
			return nil, err
		}
		by, err := B.Sample1(xs)
		if err != nil {
			return nil, err
		}
		Fy, err := F.Sample1(xs)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		svgOpen(&b, 640, 340, lang.F("explore.bumps.svg", num(k)))
		fmt.Fprintf(&b, `<use href="#%s-bg"/>`, IDToken)
		fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="1.8"/>`, stepP.line(xs, sy), blue)
		fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="1.8"/>`, bumpP.line(xs, by), green)
		b.WriteString(`<g clip-path="url(#` + IDToken + `-clipS)">`)
		for j := 0; j < BumpCount; j++ {
			P, err := F.Part(2*j, 2*j+2)
			if err != nil {
				return nil, err
			}
			py, err := P.Sample1(xs)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="0.8"/>`, sumP.line(xs, py), sky)
		}
		fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"/></g>`, sumP.line(xs, Fy), vermil)
		b.WriteString("</svg>")
		x.Frames = append(x.Frames, Frame{
			SVG:     b.String(),
			Caption: bumpsCaption(k, m.MaxErr),
			Numbers: []Number{
				{lang.T("explore.bumps.units"), fmt.Sprint(2 * BumpCount)},
				{"max |F − f|", num(m.MaxErr)},
				{lang.T("explore.approx.rms"), num(m.RMS)},
			},
		})
	}
	x.Key = []int{1, 3, 5, 7}
	x.Start = 3
	return x, nil
}

func bumpsCaption(k, maxErr float64) string {
	switch {
	case k < 10:
		return lang.F("explore.bumps.gentle", num(k), num(maxErr))
	case k < 100:
		return lang.F("explore.bumps.shape", num(k), num(maxErr))
	}
	return lang.F("explore.bumps.staircase", num(k), num(maxErr))
}
