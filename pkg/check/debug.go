package check

import (
	"fmt"
	"html"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
)

// Debugger is the grader as a debugger: for a failed forward or backward
// exercise, the student's pass and the reference's, cut into the lecture's
// equations by pkg/step, side by side, up to the first equation whose
// numbers differ, with the hint of the failed case.
type Debugger struct {
	Title string // "Forward pass of a 2-2-2 network"
	Input string // the case, in the lecture's notation
	Steps []DebugStep
	// Stop is the index in Steps of the first equation that differs (the
	// last step shown), or −1 when every shown equation agrees.
	Stop int
	Hint string
}

// DebugStep is one equation of both passes.
type DebugStep struct {
	Title   string
	Want    string   // the reference's equation with its numbers
	Yours   string   // the same equation with the student's numbers
	Given   []string // the student's operands of this equation
	Explain string
	Same    bool
	// Borrowed is true when the student's function does not return this
	// quantity: the reference's value stands in for it.
	Borrowed bool
}

// debugWalks lines up two walks of the same computation and stops at the
// first step whose value differs. borrowed marks steps the student's
// answer does not contain.
func debugWalks(title, input, hint string, ref, yours *step.Walk, borrowed func(k int) bool) *Debugger {
	d := &Debugger{Title: title, Input: input, Hint: hint, Stop: -1}
	for k := range ref.Steps {
		if k >= len(yours.Steps) {
			break
		}
		r, y := ref.Steps[k], yours.Steps[k]
		s := DebugStep{Title: r.Title, Want: r.Equation, Yours: y.Equation, Given: y.Given, Explain: r.Explain,
			Same: sameMatrix(r.Value, y.Value), Borrowed: borrowed != nil && borrowed(k)}
		d.Steps = append(d.Steps, s)
		if !s.Same {
			d.Stop = len(d.Steps) - 1
			break
		}
	}
	return d
}

func sameMatrix(a, b mat.Matrix) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ar, ac := a.Dims()
	br, bc := b.Dims()
	if ar != br || ac != bc {
		return false
	}
	for i := 0; i < ar; i++ {
		for j := 0; j < ac; j++ {
			if !near(b.At(i, j), a.At(i, j), 1e-6) {
				return false
			}
		}
	}
	return true
}

// Text writes the debugger as plain text.
func (d *Debugger) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s\n", lang.F("check.debug.head", d.Title, d.Input))
	for _, s := range d.Steps {
		mark := "✓"
		if !s.Same {
			mark = "✗"
		}
		fmt.Fprintf(&b, "    %s %s\n        %s\n", mark, s.Title, lang.F("check.debug.want", s.Want))
		if s.Borrowed {
			fmt.Fprintf(&b, "        %s\n", lang.T("check.debug.borrowed"))
		} else {
			fmt.Fprintf(&b, "        %s\n", lang.F("check.debug.yours", s.Yours))
		}
		if !s.Same {
			for _, g := range s.Given {
				fmt.Fprintf(&b, "          %s\n", lang.F("check.debug.with", g))
			}
		}
	}
	if d.Stop >= 0 {
		fmt.Fprintf(&b, "    %s\n", lang.F("check.debug.first", d.Steps[d.Stop].Title, d.Hint))
	}
	return b.String()
}

// HTML writes the debugger as a self-contained table (inline styles, no
// script), the reference's equation beside the student's, each row with ✓
// or ✗ so that it reads in black and white.
func (d *Debugger) HTML() string {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString(`<div style="margin:8px 0;padding:6px;border:1px solid #888;border-radius:4px">`)
	fmt.Fprintf(&b, `<div style="font-weight:bold">%s</div><div style="font-size:0.85em;margin:2px 0 6px 0">%s; %s</div>`, lang.T("check.debug.html.head"), e(d.Title), e(d.Input))
	b.WriteString(`<table style="border-collapse:collapse;font-size:0.85em">`)
	th := `<th style="text-align:left;padding:2px 6px;border-bottom:1px solid #888">`
	fmt.Fprintf(&b, "<tr>%s</th>%s%s</th>%s%s</th>%s%s</th></tr>", th, th, e(lang.T("check.debug.html.step")), th, e(lang.T("check.debug.html.reference")), th, e(lang.T("check.debug.html.yours")))
	td := `<td style="padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top;font-family:monospace">`
	for _, s := range d.Steps {
		mark, bg := "✓", "#f4fbf4"
		if !s.Same {
			mark, bg = "✗ "+lang.T("check.debug.differs"), "#fff5f5"
		}
		yours := e(s.Yours)
		if s.Borrowed {
			yours = `<i style="font-family:sans-serif">` + lang.T("check.debug.html.borrowed") + `</i>`
		}
		if !s.Same && len(s.Given) > 0 {
			yours += `<br><span style="color:#555">` + e(lang.F("check.debug.with", strings.Join(s.Given, ", "))) + `</span>`
		}
		fmt.Fprintf(&b, `<tr style="background:%s"><td style="padding:2px 6px;border-bottom:1px solid #ddd;font-weight:bold;white-space:nowrap">%s</td>`, bg, e(mark))
		fmt.Fprintf(&b, `<td style="padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top">%s</td>%s%s</td>%s%s</td></tr>`, e(s.Title), td, e(s.Want), td, yours)
	}
	b.WriteString(`</table>`)
	if d.Stop >= 0 {
		fmt.Fprintf(&b, `<div style="margin:6px 0"><b>%s</b> %s. <b>%s</b> %s</div>`, e(lang.T("check.debug.html.first")), e(d.Steps[d.Stop].Title), e(lang.T("check.debug.html.hint")), e(d.Hint))
	}
	b.WriteString(`</div>`)
	return b.String()
}

// vec turns a slice into a gonum vector (nil for an empty slice).
func vec(v []float64) *mat.VecDense {
	if len(v) == 0 {
		return nil
	}
	return mat.NewVecDense(len(v), append([]float64(nil), v...))
}

// badSlice reports whether v has the wrong length or infinities that a
// step-through cannot show.
func badSlice(v []float64, n int) bool {
	if len(v) != n {
		return true
	}
	for _, x := range v {
		if math.IsInf(x, 0) {
			return true
		}
	}
	return false
}

// debugForward probes the student's forward pass layer by layer: hˡ is the
// student's function on the first l layers, aˡ the student's function on
// layer l alone with g = identity, fed with the student's own hˡ⁻¹.
func debugForward(net *mlp.Network, g neuron.Activation, input, hint string, run func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64, x []float64) *Debugger {
	ref, err := net.Forward(x)
	if err != nil {
		return nil
	}
	L := len(net.Layers)
	Ws, bs := make([]*mat.Dense, L), make([][]float64, L)
	for l, layer := range net.Layers {
		Ws[l] = mat.DenseCopyOf(layer.W)
		bs[l] = mat.Col(nil, 0, layer.B)
	}
	yours := &mlp.Trace{A: make([]*mat.VecDense, L+1), H: make([]*mat.VecDense, L+1)}
	yours.H[0] = vec(x)
	ident := func(a float64) float64 { return a }
	h := x
	for l := 1; l <= L; l++ {
		n := net.Layers[l-1].Out()
		// aˡ: the student's function on the first l layers with a g that
		// is the identity after the neurons of layers 1…l−1 (a forward
		// pass calls g once per neuron, layer after layer); if it calls g
		// another number of times, layer l alone fed with hˡ⁻¹.
		var a []float64
		before := 0
		for k := 0; k < l-1; k++ {
			before += net.Layers[k].Out()
		}
		calls := 0
		probe := func(v float64) float64 {
			calls++
			if calls <= before {
				return g.G(v)
			}
			return v
		}
		if o := call(func() any { return run(cloneMs(Ws[:l]), cloneSS(bs[:l]), probe, clone(x)) }, CaseCPU); o.err == "" && calls == before+n {
			a, _ = o.val.([]float64)
		} else if o := call(func() any { return run(cloneMs(Ws[l-1:l]), cloneSS(bs[l-1:l]), ident, clone(h)) }, CaseCPU); o.err == "" {
			a, _ = o.val.([]float64)
		}
		o := call(func() any { return run(cloneMs(Ws[:l]), cloneSS(bs[:l]), g.G, clone(x)) }, CaseCPU)
		if o.err != "" {
			return nil
		}
		hl, _ := o.val.([]float64)
		if badSlice(hl, n) {
			return nil
		}
		if badSlice(a, n) {
			a = mat.Col(nil, 0, ref.A[l]) // could not probe aˡ: show the reference's
		}
		yours.A[l], yours.H[l] = vec(a), vec(hl)
		h = hl
	}
	rw, err1 := step.FromForward(net, ref)
	yw, err2 := step.FromForward(net, yours)
	if err1 != nil || err2 != nil {
		return nil
	}
	return debugWalks(rw.Title, input, hint, rw, yw, nil)
}

// debugBackward shows the student's δˡ (read from ∂C/∂bˡ = δˡ) and ∂C/∂Wˡ
// beside pkg/backprop's.
func debugBackward(net *mlp.Network, input, hint string, x, y []float64, got grads) *Debugger {
	fwd, err := net.Forward(x)
	if err != nil {
		return nil
	}
	ref, err := backprop.Backward(net, fwd, y, mlp.SquaredError)
	if err != nil {
		return nil
	}
	L := len(net.Layers)
	if len(got.dW) != L || len(got.db) != L {
		return nil
	}
	yours := &backprop.Trace{Delta: make([]*mat.VecDense, L+1), GradW: make([]*mat.Dense, L+1), GradB: make([]*mat.VecDense, L+1), DCDO: ref.DCDO, C: ref.C}
	for l := 1; l <= L; l++ {
		r, c := net.Layers[l-1].W.Dims()
		if badSlice(got.db[l-1], r) || got.dW[l-1] == nil || got.dW[l-1].IsEmpty() {
			return nil
		}
		if gr, gc := got.dW[l-1].Dims(); gr != r || gc != c {
			return nil
		}
		yours.Delta[l], yours.GradB[l], yours.GradW[l] = vec(got.db[l-1]), vec(got.db[l-1]), mat.DenseCopyOf(got.dW[l-1])
	}
	rw, err1 := step.Backward(net, fwd, ref, y, mlp.SquaredError)
	yw, err2 := step.Backward(net, fwd, yours, y, mlp.SquaredError)
	if err1 != nil || err2 != nil {
		return nil
	}
	d := debugWalks(rw.Title, input, hint, rw, yw, func(k int) bool { return k < 2 })
	for k := range d.Steps {
		if k < len(rw.Steps) && rw.Steps[k].Focus.Quantity == "δ" { // an error δˡ, in any language
			d.Steps[k].Title += " " + lang.T("check.debug.fromdb")
		}
	}
	return d
}
