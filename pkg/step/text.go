package step

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/stepnet/stepnet/pkg/lang"
)

// StepText renders step k (from 1) of the walk for a terminal:
//
//	Step 2 of 5: Activities of layer 1
//	  a¹ = W¹ h⁰ + b¹ = [0.5, -1]
//	  with W¹ = [[1, 2], [3, 4]]
//	       h⁰ = [1, 0]
//	  Each neuron i of layer 1 adds up …
//	  (touches layer 1, all neurons, through 4 connections)
func (w *Walk) StepText(k int) string {
	if w == nil {
		return lang.T("step.nil") + "\n"
	}
	if k < 1 || k > len(w.Steps) {
		return lang.F("step.nostep", k, len(w.Steps)) + "\n"
	}
	s := w.Steps[k-1]
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", lang.F("step.of", k, len(w.Steps), s.Title))
	fmt.Fprintf(&b, "  %s\n", s.Equation)
	for i, g := range s.Given {
		lead := "  " + lang.T("step.with") + " "
		if i > 0 {
			lead = "       "
		}
		fmt.Fprintf(&b, "%s%s\n", lead, g)
	}
	if s.Explain != "" {
		fmt.Fprintf(&b, "  %s\n", s.Explain)
	}
	if where := w.where(s.Focus); where != "" {
		fmt.Fprintf(&b, "  %s\n", lang.F("step.touches", where))
	}
	return b.String()
}

// Text renders every step of the walk, one after the other, under its title.
func (w *Walk) Text() string {
	if w == nil {
		return lang.T("step.nil") + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", w.Title, strings.Repeat("=", utf8.RuneCountInString(w.Title)))
	for k := 1; k <= len(w.Steps); k++ {
		b.WriteString("\n")
		b.WriteString(w.StepText(k))
	}
	return b.String()
}

// Table renders the walk as a plain-text table, one line per step: its
// number, its title and its equation, for printing.
func (w *Walk) Table() string {
	if w == nil {
		return lang.T("step.nil") + "\n"
	}
	head := []string{"#", lang.T("step.head.step"), lang.T("step.head.equation")}
	rows := [][]string{head}
	for k, s := range w.Steps {
		rows = append(rows, []string{fmt.Sprint(k + 1), s.Title, s.Equation})
	}
	width := make([]int, len(head))
	for _, r := range rows {
		for i, cell := range r {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	var b strings.Builder
	b.WriteString(w.Title + "\n\n")
	for n, r := range rows {
		for i, cell := range r {
			if i == len(r)-1 {
				b.WriteString(cell)
				continue
			}
			b.WriteString(cell + strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell)) + "  ")
		}
		b.WriteString("\n")
		if n == 0 {
			b.WriteString(strings.Repeat("-", width[0]) + "  " + strings.Repeat("-", width[1]) + "  " + strings.Repeat("-", width[2]) + "\n")
		}
	}
	return b.String()
}

// where says in words what part of the diagram a focus touches:
// "layer 1, all neurons, through 6 connections".
func (w *Walk) where(f Focus) string {
	if f.Column < 0 || f.Column >= len(w.Diagram.Columns) {
		return ""
	}
	col := w.Diagram.Columns[f.Column]
	var parts []string
	if col.Title != "" {
		parts = append(parts, col.Title)
	}
	switch {
	case f.Nodes == nil && len(col.Nodes) > 1 && col.Nodes[0] == "":
		parts = append(parts, lang.T("step.all.neurons"))
	case f.Nodes == nil && len(col.Nodes) > 1:
		parts = append(parts, lang.T("step.all.nodes"))
	case f.Nodes != nil:
		for _, n := range f.Nodes {
			parts = append(parts, nodeName(col, n))
		}
	}
	if n := len(f.Edges); n > 0 {
		parts = append(parts, lang.F("step.through", n, plural(n)))
	}
	return strings.Join(parts, ", ")
}

// nodeName names node i of a column: its own name, or "neuron i+1".
func nodeName(c Column, i int) string {
	if i >= 0 && i < len(c.Nodes) && c.Nodes[i] != "" {
		return c.Nodes[i]
	}
	return lang.F("step.neuron", i+1)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
