package notebook

import (
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"strconv"
	"strings"
)

// A translation (lesson.fr.md) must run the same code as its lesson.md: its notebooks are executed
// and committed like the English ones, and a student who switches language must find the same cells.
// What a translator may change in a code cell is what the student reads and the compiler ignores or
// only shows: comments, the text of the string literals passed to a print or format call
// (printedCalls), and the text of the string literals a figure shows, its titles, axis labels,
// legends and captions (figureCalls, figureFields, figureAssigns). A label's format verbs must stay
// the same and in the same order (their widths may change with the words around them). Every other
// string (an activation's name, a figure's key in the catalogue, a file name, a word kept in a
// variable) is code, and stays as the English lesson writes it.

// printedCalls are the calls whose string-literal arguments are printed labels: a translation may
// change their text, not their format verbs.
var printedCalls = map[string]bool{
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
	"fmt.Sprint": true, "fmt.Sprintf": true, "fmt.Sprintln": true,
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Errorf": true, "print": true, "println": true,
}

// figureCalls are the kit's figure functions and which of their arguments (0-based) a figure only
// shows: titles, subtitles, axis labels, panel names and captions (a []string literal there is a
// list of labels). Their other arguments are code: DecisionRegions' data, ComputationGraph's output
// node "z", which names a node of the graph.
var figureCalls = map[string][]int{
	"viz.Single":           {0},          // title
	"viz.Grid":             {0},          // title
	"viz.CurvesPanel":      {0, 1, 2},    // title, x label, y label
	"viz.CostSurface":      {0},          // title
	"viz.LearningRateRuns": {0},          // title
	"viz.CostCurves":       {0},          // title
	"viz.DecisionRegions":  {3},          // title
	"viz.CompareRegions":   {0, 2},       // title, the panels' names
	"viz.Digits":           {0, 3},       // title, captions
	"viz.FeatureMaps":      {0, 1},       // title, subtitle
	"viz.ComputationGraph": {0, 1},       // title, subtitle
	"viz.Timeline":         {0, 1},       // title, subtitle
	"viz.Pipeline":         {0, 1, 2, 3}, // title, subtitle, the stages' labels, the rows' texts
	"viz.ScheduleCurves":   {0, 1},       // title, the cost panel's title
}

// figureFields are the fields of the kit's figure types that a figure only shows, set in a
// composite literal (viz.Series{Name: "error"}): a series' name is its legend.
var figureFields = map[string]bool{
	"viz.Figure.Title": true, "viz.Figure.Subtitle": true,
	"viz.Series.Name": true, "viz.SurfacePanel.Title": true, "viz.KeyEntry.Name": true,
	"viz.FeatureMapRow.Caption": true, "viz.Event.Label": true,
}

// figureAssigns are the endings of the assignments that set a shown text of a figure (a
// *viz.Figure) or of one of its panels (a gonum/plot *plot.Plot): fig.Title = "…",
// p.X.Label.Text = "…".
var figureAssigns = []string{".Title", ".Subtitle", ".Title.Text", ".Label.Text"}

// verbRE matches one fmt verb: its flags, width, precision, argument index and letter ("%-8s",
// "%.3f", "%%").
var verbRE = regexp.MustCompile(`%([-+# 0]*)(\*|[0-9]+)?(\.(\*|[0-9]+)?)?(\[[0-9]+\])?([a-zA-Z%])`)

// labelVerbs reduces a label to its format verbs without their widths and '-' flags: a translated
// column heading may be longer and its column wider, but the values printed, their conversions and
// precisions ("%.4f" is not "%.2f") stay.
func labelVerbs(label string) string {
	var b strings.Builder
	for _, m := range verbRE.FindAllStringSubmatch(label, -1) {
		b.WriteString("%" + strings.ReplaceAll(m[1], "-", "") + m[3] + m[5] + m[6])
	}
	return b.String()
}

// codeToken is one token of a normalised code cell, with its line in the cell (1-based).
type codeToken struct {
	text   string
	line   int
	figure string // a string literal a figure shows: its text
}

// A frame is one open parenthesis, brace or bracket of a cell (or the cell itself), with what
// normaliseCode needs to know of the string literals written directly in it.
type frame struct {
	open   token.Token // token.LPAREN, LBRACE, LBRACK; token.ILLEGAL for the cell itself
	call   string      // a parenthesis: the called name ("fmt.Printf", "viz.Digits")
	arg    int         // a parenthesis: the argument being read; a brace: the element
	labels bool        // a brace: a []string literal where a figure expects labels
	typ    string      // a brace: the composite literal's type ("viz.Series"), if written or implied
	elem   string      // a brace of a []T or [N]T literal: T, the type of its elided inner braces
	key    string      // a brace: the key of the element being read (Name in {Name: "f"})
	stmt   []string    // the tokens of the statement being read, in this frame only
	assign []bool      // after an '=' of this statement: which left-hand sides are figure texts
}

// isLabel says whether a string literal written directly in f is a label, text a translation may
// change.
func (f *frame) isLabel() bool {
	switch f.open {
	case token.LPAREN:
		return printedCalls[f.call] || f.figureArg()
	case token.LBRACE:
		if f.labels || figureFields[f.typ+"."+f.key] {
			return true
		}
	}
	return f.assign != nil && f.arg < len(f.assign) && f.assign[f.arg]
}

// figureArg says whether f is a figure function's parenthesis, reading an argument that is shown.
func (f *frame) figureArg() bool {
	for _, a := range figureCalls[f.call] {
		if a == f.arg {
			return true
		}
	}
	return false
}

// figureTexts reads the left-hand sides of an assignment (the statement's tokens before its '='):
// for each, whether it sets a shown text of a figure.
func figureTexts(lhs []string) []bool {
	var out []bool
	for _, side := range strings.Split(strings.Join(lhs, " "), " , ") {
		side = strings.ReplaceAll(side, " ", "")
		shown := false
		for _, end := range figureAssigns {
			shown = shown || strings.HasSuffix(side, end)
		}
		out = append(out, shown)
	}
	return out
}

// normaliseCode scans a code cell (GoNB's form, %% line included) into its tokens without comments,
// each label (a string literal passed directly to a print or format call, or shown by a figure)
// replaced by its format verbs.
func normaliseCode(src string) []codeToken {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), func(token.Position, string) {}, 0) // comments are skipped; errors kept as ILLEGAL tokens
	var out []codeToken
	frames := []*frame{{open: token.ILLEGAL}}
	var prev []string // the last tokens, to recognise fmt.Printf( and []viz.Series{
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		text := tok.String()
		if lit != "" {
			text = lit
		}
		if tok == token.SEMICOLON {
			text = ";" // an inserted one has lit "\n"
		}
		top := frames[len(frames)-1]
		shown := ""
		switch tok {
		case token.STRING:
			if top.isLabel() {
				text = "label" + strconv.Quote(labelVerbs(unquote(lit)))
				if !printedCalls[top.call] {
					shown = unquote(lit)
				}
			}
		case token.COMMA:
			top.arg++
			top.key = ""
		case token.COLON:
			if len(prev) > 0 {
				top.key = prev[len(prev)-1]
			}
		case token.SEMICOLON:
			top.stmt, top.assign, top.arg = nil, nil, 0
		case token.ASSIGN:
			top.assign, top.arg = figureTexts(top.stmt), 0
		case token.RPAREN, token.RBRACE, token.RBRACK:
			if len(frames) > 1 {
				frames = frames[:len(frames)-1]
			}
		case token.LPAREN, token.LBRACE, token.LBRACK:
			f := &frame{open: tok}
			n := len(prev)
			name := ""
			if n >= 3 && prev[n-2] == "." {
				name = prev[n-3] + "." + prev[n-1]
			} else if n >= 1 {
				name = prev[n-1]
			}
			switch {
			case tok == token.LPAREN:
				f.call = name
			case tok == token.LBRACE && n >= 1 && (prev[n-1] == "{" || prev[n-1] == ","):
				f.typ = top.elem // an element of a []T literal, its type elided
			case tok == token.LBRACE:
				f.typ = name
				// []T{ or [N]T{: T is the type of the elements
				if start := n - 1 - 2*strings.Count(name, "."); start >= 1 && prev[start-1] == "]" {
					f.typ, f.elem = "[]"+name, name
					// a []string literal passed where a figure function expects labels
					f.labels = name == "string" && top.open == token.LPAREN && top.figureArg()
				}
			}
			// the token is written in its frame's statement, its contents in the new frame's
			top.stmt = append(top.stmt, text)
			frames = append(frames, f)
		}
		if tok != token.LPAREN && tok != token.LBRACE && tok != token.LBRACK {
			frames[len(frames)-1].stmt = append(frames[len(frames)-1].stmt, text)
		}
		out = append(out, codeToken{text: text, line: file.Line(pos), figure: shown})
		prev = append(prev, text)
		if len(prev) > 5 {
			prev = prev[1:]
		}
	}
	return out
}

// FigureTexts returns the string literals a code cell passes directly to a figure: titles,
// subtitles, axis labels, legends, captions and panel names (figureCalls, figureFields,
// figureAssigns). A text built by fmt.Sprintf is a printed label and is not among them.
func FigureTexts(src string) []string {
	var out []string
	for _, t := range normaliseCode(src) {
		if t.figure != "" {
			out = append(out, t.figure)
		}
	}
	return out
}

// unquote returns a string literal's text (a literal that does not unquote is kept as written).
func unquote(lit string) string {
	if s, err := strconv.Unquote(lit); err == nil {
		return s
	}
	return lit
}

// CompareCode checks that a translation tr of the lesson en has the same code cells: as many, and
// the same code in each once comments are dropped and the text of every label is reduced to its
// format verbs (without widths): the string literals passed to fmt.Print…, fmt.Sprint…,
// fmt.Fprint…, fmt.Errorf, print, println, and those a figure shows (a title, subtitle, axis label,
// legend, caption or panel name: figureCalls, figureFields, figureAssigns). The error names the
// first code cell that differs, in both files, with the first token that differs and its line.
func CompareCode(en, tr *Lesson) error {
	a, b := codeCells(en), codeCells(tr)
	diff := ""
	for k := 0; k < min(len(a), len(b)) && diff == ""; k++ {
		diff = cellDiff(k+1, en, a[k], tr, b[k])
	}
	if len(a) != len(b) {
		if diff == "" {
			longer, k := en, a[len(b)]
			if len(b) > len(a) {
				longer, k = tr, b[len(a)]
			}
			diff = fmt.Sprintf("code cell %d is %s", min(len(a), len(b))+1, longer.Where(k))
		}
		return fmt.Errorf("%s has %d code cells, %s has %d; the first that differs: %s", tr.Path, len(b), en.Path, len(a), diff)
	}
	if diff != "" {
		return fmt.Errorf("%s", diff)
	}
	if en.Figures != tr.Figures {
		return fmt.Errorf("%s declares <!-- figures: %d -->, %s %d: the same cells show the same figures", tr.Path, tr.Figures, en.Path, en.Figures)
	}
	return nil
}

// cellDiff describes how code cell k (1-based), cell i of en and cell j of tr, differs in more than
// comments and labels ("" when it does not).
func cellDiff(k int, en *Lesson, i int, tr *Lesson, j int) string {
	ta, tb := normaliseCode(en.Cells[i].Source), normaliseCode(tr.Cells[j].Source)
	for n := 0; n < max(len(ta), len(tb)); n++ {
		if n < len(ta) && n < len(tb) && ta[n].text == tb[n].text {
			continue
		}
		at := func(l *Lesson, c int, ts []codeToken) string {
			if n >= len(ts) {
				return fmt.Sprintf("the cell ends at %s", l.Where(c))
			}
			return fmt.Sprintf("%s:%d has %s", l.Path, l.Cells[c].Line+ts[n].line-1, ts[n].text)
		}
		return fmt.Sprintf("code cell %d (%s) differs from the English one in more than comments and labels (printed or in a figure): %s, %s",
			k, tr.Where(j), at(tr, j, tb), at(en, i, ta))
	}
	return ""
}

// codeCells returns the indexes of a lesson's code cells.
func codeCells(l *Lesson) []int {
	var out []int
	for i, c := range l.Cells {
		if c.Kind == Code {
			out = append(out, i)
		}
	}
	return out
}
