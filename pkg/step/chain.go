package step

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
)

// ChainRule cuts the chain-rule example z = 2f(x+3y) + 6g(5x)h(y), as
// backprop.ChainRule evaluated it, into steps: the forward pass computes
// each node of the graph with its local derivatives,
//
//	u = x + 3y,  a = f(u),  v = 5x,  b = g(v),  c = h(y),  z = 2a + 6·b·c
//
// then the backward pass starts from ∂z/∂z = 1 and gives each node, last to
// first, ∂z/∂n = Σₘ ∂z/∂m · ∂m/∂n over the nodes m that use n, down to ∂z/∂x
// and ∂z/∂y; two last steps check them against the slide's formulas
// ∂z/∂x = 2f′(x + 3y) + 30g′(5x)h(y) and ∂z/∂y = 6f′(x + 3y) + 6g(5x)h′(y).
func ChainRule(gr *backprop.Graph) (*Walk, error) {
	if gr == nil || len(gr.Nodes) == 0 {
		return nil, errors.New("step: the chain-rule graph is empty")
	}
	d, place, err := graphDiagram(gr)
	if err != nil {
		return nil, err
	}
	w := &Walk{
		Title:   lang.F("step.chain.title", Num(gr.X), Num(gr.Y), gr.F, gr.G, gr.H),
		Diagram: d,
	}
	sub := substituter(gr)

	// The diagram's numbers: node values on the way forward, gradients on
	// the way back.
	nodes := make([]Values, len(d.Columns))
	for c := range nodes {
		nodes[c] = Values{Numbers: nanSlice(len(d.Columns[c].Nodes)), Labels: make([]string, len(d.Columns[c].Nodes))}
	}
	set := func(i int, v float64, label string) {
		p := place[i]
		nodes[p.Column].Numbers[p.Index] = v
		nodes[p.Column].Labels[p.Index] = label
	}
	copyNodes := func() []Values {
		out := make([]Values, len(nodes))
		for c, v := range nodes {
			out[c] = Values{Numbers: append([]float64(nil), v.Numbers...), Labels: append([]string(nil), v.Labels...)}
		}
		return out
	}

	// Forward: the inputs, then each node from its inputs.
	var inputNames []string
	var inputValues []float64
	var inputNodes []int
	for i, n := range gr.Nodes {
		if len(n.Inputs) == 0 {
			inputNames = append(inputNames, n.Name)
			inputValues = append(inputValues, n.Value)
			inputNodes = append(inputNodes, place[i].Index)
			set(i, n.Value, "")
		}
	}
	w.Steps = append(w.Steps, Step{
		Title:    lang.T("step.chain.inputs"),
		Equation: "(" + strings.Join(inputNames, ", ") + ") = " + Vec(inputValues),
		Explain:  lang.T("step.chain.inputs.explain"),
		Focus:    Focus{Column: 0, Nodes: inputNodes, Quantity: strings.Join(inputNames, ",")},
		Value:    mat.NewVecDense(len(inputValues), inputValues),
		Nodes:    copyNodes(),
	})
	for i, n := range gr.Nodes {
		if len(n.Inputs) == 0 {
			continue
		}
		set(i, n.Value, "")
		eq := fmt.Sprintf("%s = %s = %s = %s", n.Name, n.Formula, sub(n.Formula), Num(n.Value))
		var given []string
		for k, text := range n.LocalText {
			given = append(given, localWithValue(text, n.Local[k], sub))
		}
		var edges []Edge
		for _, in := range n.Inputs {
			edges = append(edges, Edge{From: place[in], To: place[i]})
		}
		w.Steps = append(w.Steps, Step{
			Title:    lang.F("step.chain.forward", n.Name),
			Equation: eq,
			Given:    given,
			Explain:  lang.F("step.chain.forward.explain", n.Name, names(gr, n.Inputs)),
			Focus:    Focus{Column: place[i].Column, Nodes: []int{place[i].Index}, Quantity: n.Name, Edges: edges},
			Value:    mat.NewDense(1, 1, []float64{n.Value}),
			Nodes:    copyNodes(),
		})
	}

	// Backward: ∂z/∂z = 1, then every node from the nodes that use it.
	last := len(gr.Nodes) - 1
	zName := gr.Nodes[last].Name
	for c := range nodes {
		nodes[c].Numbers = nanSlice(len(nodes[c].Numbers))
	}
	set(last, gr.Nodes[last].Grad, "∂"+zName+"/∂"+zName)
	w.Steps = append(w.Steps, Step{
		Title:    lang.F("step.chain.backward", "∂"+zName+"/∂"+zName),
		Equation: fmt.Sprintf("∂%s/∂%s = %s", zName, zName, Num(gr.Nodes[last].Grad)),
		Explain:  lang.T("step.chain.backward.start"),
		Focus:    Focus{Column: place[last].Column, Nodes: []int{place[last].Index}, Quantity: "∂" + zName + "/∂" + zName},
		Value:    mat.NewDense(1, 1, []float64{gr.Nodes[last].Grad}),
	})
	w.Steps[len(w.Steps)-1].Nodes = copyNodes()
	for i := last - 1; i >= 0; i-- {
		n := gr.Nodes[i]
		grad := "∂" + zName + "/∂" + n.Name
		var syms, nums, given []string
		var edges []Edge
		users := 0
		for j := i + 1; j <= last; j++ {
			m := gr.Nodes[j]
			for k, in := range m.Inputs {
				if in != i {
					continue
				}
				users++
				edges = append(edges, Edge{From: place[i], To: place[j]})
				rhs := afterEquals(m.LocalText[k])
				if j == last { // ∂z/∂n is z's own local derivative
					syms = append(syms, rhs)
					nums = append(nums, sub(rhs))
				} else {
					syms = append(syms, fmt.Sprintf("∂%s/∂%s · ∂%s/∂%s", zName, m.Name, m.Name, n.Name))
					nums = append(nums, paren(Num(m.Grad))+" · "+paren(Num(m.Local[k])))
					given = append(given, localWithValue(m.LocalText[k], m.Local[k], sub))
				}
			}
		}
		eq := grad + " = " + strings.Join(syms, " + ")
		if s := strings.Join(nums, " + "); s != strings.Join(syms, " + ") {
			eq += " = " + s
		}
		if v := Num(n.Grad); !strings.HasSuffix(eq, " = "+v) {
			eq += " = " + v
		}
		explain := lang.F("step.chain.backward.one", n.Name)
		if users > 1 {
			explain = lang.F("step.chain.backward.many", n.Name, users)
		}
		set(i, n.Grad, grad)
		w.Steps = append(w.Steps, Step{
			Title:    lang.F("step.chain.backward", grad),
			Equation: eq,
			Given:    given,
			Explain:  explain,
			Focus:    Focus{Column: place[i].Column, Nodes: []int{place[i].Index}, Quantity: grad, Edges: edges},
			Value:    mat.NewDense(1, 1, []float64{n.Grad}),
			Nodes:    copyNodes(),
		})
	}

	// The slide's closed forms, with the same numbers.
	slide, err := slideSteps(gr, place, copyNodes())
	if err != nil {
		return nil, err
	}
	w.Steps = append(w.Steps, slide...)
	return w, nil
}

// slideSteps writes ∂z/∂x and ∂z/∂y with the slide's formulas, from the
// graph's local derivatives.
func slideSteps(gr *backprop.Graph, place []Node, nodes []Values) ([]Step, error) {
	get := func(name string) (backprop.GraphNode, error) { return gr.Node(name) }
	a, err := get("a")
	if err != nil {
		return nil, err
	}
	b, err := get("b")
	if err != nil {
		return nil, err
	}
	c, err := get("c")
	if err != nil {
		return nil, err
	}
	fp, gp, hp := a.Local[0], b.Local[0], c.Local[0] // f′(x+3y), g′(5x), h′(y)
	dx := 2*fp + 30*gp*c.Value
	dy := 6*fp + 6*b.Value*hp
	ix, iy := nodeIndex(gr, "x"), nodeIndex(gr, "y")
	return []Step{{
		Title:    lang.T("step.chain.slide.x"),
		Equation: fmt.Sprintf("∂z/∂x = 2 f′(x + 3y) + 30 g′(5x) h(y) = 2 · %s + 30 · %s · %s = %s", paren(Num(fp)), paren(Num(gp)), paren(Num(c.Value)), Num(dx)),
		Explain:  lang.F("step.chain.slide.x.explain", Num(gr.DzDx)),
		Focus:    Focus{Column: place[ix].Column, Nodes: []int{place[ix].Index}, Quantity: "∂z/∂x"},
		Value:    mat.NewDense(1, 1, []float64{dx}),
		Nodes:    nodes,
	}, {
		Title:    lang.T("step.chain.slide.y"),
		Equation: fmt.Sprintf("∂z/∂y = 6 f′(x + 3y) + 6 g(5x) h′(y) = 6 · %s + 6 · %s · %s = %s", paren(Num(fp)), paren(Num(b.Value)), paren(Num(hp)), Num(dy)),
		Explain:  lang.F("step.chain.slide.y.explain", Num(gr.DzDy)),
		Focus:    Focus{Column: place[iy].Column, Nodes: []int{place[iy].Index}, Quantity: "∂z/∂y"},
		Value:    mat.NewDense(1, 1, []float64{dy}),
		Nodes:    nodes,
	}}, nil
}

// graphDiagram lays the graph out in columns by depth (inputs in column 0,
// each node one column right of its deepest input) and returns where each
// node went.
func graphDiagram(gr *backprop.Graph) (Diagram, []Node, error) {
	depth := make([]int, len(gr.Nodes))
	maxDepth := 0
	for i, n := range gr.Nodes {
		for _, in := range n.Inputs {
			if in < 0 || in >= i {
				return Diagram{}, nil, fmt.Errorf("step: chain-rule node %s uses node %d, which is not computed before it", n.Name, in)
			}
			depth[i] = max(depth[i], depth[in]+1)
		}
		maxDepth = max(maxDepth, depth[i])
	}
	d := Diagram{Columns: make([]Column, maxDepth+1)}
	place := make([]Node, len(gr.Nodes))
	for i, n := range gr.Nodes {
		c := depth[i]
		place[i] = Node{Column: c, Index: len(d.Columns[c].Nodes)}
		d.Columns[c].Nodes = append(d.Columns[c].Nodes, n.Name)
	}
	d.Columns[0].Title = lang.T("step.chain.col.inputs")
	d.Columns[maxDepth].Title = lang.T("step.chain.col.output")
	for i, n := range gr.Nodes {
		for _, in := range n.Inputs {
			d.Edges = append(d.Edges, Edge{From: place[in], To: place[i]})
		}
	}
	return d, place, nil
}

// substituter returns a function that writes a formula of the graph with
// numbers: the nodes' values for their names, the functions' names for f, g
// and h: "x + 3y" → "0.5 + 3·(-1)", "f′(u)" → "sigmoid′(-2.5)".
func substituter(gr *backprop.Graph) func(string) string {
	value := map[rune]float64{}
	for _, n := range gr.Nodes {
		if r := []rune(n.Name); len(r) == 1 {
			value[r[0]] = n.Value
		}
	}
	fn := map[rune]string{'f': gr.F, 'g': gr.G, 'h': gr.H}
	return func(formula string) string {
		rs := []rune(formula)
		var b strings.Builder
		for i, r := range rs {
			next := rune(0)
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			if name, ok := fn[r]; ok && (next == '(' || next == '′') {
				b.WriteString(name)
				continue
			}
			if v, ok := value[r]; ok {
				if i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9' {
					b.WriteString("·")
				}
				if i > 0 && rs[i-1] == '(' { // f(u): no second pair
					b.WriteString(Num(v))
				} else {
					b.WriteString(paren(Num(v)))
				}
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
	}
}

// localWithValue writes a local derivative with its numbers:
// "∂a/∂u = f′(u)" → "∂a/∂u = f′(u) = sigmoid′(-2.5) = 0.07"; "∂u/∂x = 1"
// stays as it is.
func localWithValue(text string, v float64, sub func(string) string) string {
	rhs := afterEquals(text)
	if rhs == Num(v) {
		return text
	}
	s := text
	if num := sub(rhs); num != rhs {
		s += " = " + num
	}
	return s + " = " + Num(v)
}

// afterEquals returns what follows the last " = " of s (all of s without one).
func afterEquals(s string) string {
	if i := strings.LastIndex(s, " = "); i >= 0 {
		return s[i+3:]
	}
	return s
}

// paren puts a negative number in parentheses: 3·(-1), not 3·-1.
func paren(s string) string {
	if strings.HasPrefix(s, "-") {
		return "(" + s + ")"
	}
	return s
}

// names lists the names of some nodes: "x and y", "u".
func names(gr *backprop.Graph, idx []int) string {
	ns := make([]string, len(idx))
	for k, i := range idx {
		ns[k] = gr.Nodes[i].Name
	}
	if len(ns) <= 1 {
		return strings.Join(ns, "")
	}
	return lang.F("step.and", strings.Join(ns[:len(ns)-1], ", "), ns[len(ns)-1])
}

// nodeIndex returns the index of the node called name (0 if none).
func nodeIndex(gr *backprop.Graph, name string) int {
	for i, n := range gr.Nodes {
		if n.Name == name {
			return i
		}
	}
	return 0
}

// nanSlice returns n NaNs: nodes with nothing to show.
func nanSlice(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}
