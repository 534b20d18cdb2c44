package notebook

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// GophernotesDir is the folder, inside notebooks/, of the notebooks for the gophernotes kernel.
const GophernotesDir = "gophernotes"

// GophernotesRoot is where the stepnet checkout is, seen from a gophernotes notebook's folder
// (notebooks/gophernotes/). Jupyter starts a kernel in its notebook's folder, and gomacro, the
// interpreter inside gophernotes, resolves an import path that starts with "../" from the kernel's
// working directory: "../../pkg/neuron" is this checkout's pkg/neuron wherever the checkout is.
const GophernotesRoot = "../.."

// gophernotesShow maps the lessons' display calls to gophernotes': display.X makes the data and the
// Display function (a global of the kernel) sends it to Jupyter. A bare display.PNG(b) would show
// only as a cell's last expression, and the body of a cell is a block.
var gophernotesShow = map[string]string{
	"PNG":      "display.PNG",
	"SVG":      "display.SVG",
	"HTML":     "display.HTML",
	"Markdown": "display.Markdown",
}

// GophernotesSource turns a lesson's code cell (GoNB's form: declarations, %%, body) into a cell for
// gophernotes, which runs a cell's text at the top level of one interpreter session that lives as
// long as the kernel:
//
//   - imports of stepnet's packages become file paths relative to the notebook's folder
//     ("github.com/stepnet/stepnet/pkg/neuron" becomes "../../pkg/neuron", see GophernotesRoot);
//   - the declarations stay at the top level (functions, types, constants and variables are kept
//     between cells, as on GoNB);
//   - the %% line goes, and the body becomes a block { ... }: its variables are local to the cell,
//     so two cells may both say x := ... with different types, as each cell's main does on GoNB.
//     A body with a return statement of its own becomes { func() { ... }() }, since gomacro refuses
//     a return outside a function;
//   - show.X(v) becomes Display(display.X(v)).
func GophernotesSource(src string) string {
	decls, body, ok := splitCell(src)
	decls, _ = gophernotesImports(decls)
	if !ok {
		return decls
	}
	b := gophernotesShowCalls(body)
	var out strings.Builder
	if d := strings.TrimRight(decls, "\n \t"); d != "" {
		out.WriteString(d)
		out.WriteString("\n\n")
	}
	if hasOwnReturn(b) {
		out.WriteString("{\n\tfunc() {\n")
		out.WriteString(indent(b, "\t\t"))
		out.WriteString("\n\t}()\n}")
	} else {
		out.WriteString("{\n")
		out.WriteString(indent(b, "\t"))
		out.WriteString("\n}")
	}
	return out.String()
}

// splitCell cuts a code cell at its %% line: the declarations before, the body after; ok is false
// for a cell without a body (all of it is declarations).
func splitCell(src string) (decls, body string, ok bool) {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.TrimRight(l, " \t") == "%%" {
			return strings.Join(lines[:i], "\n"), strings.Join(lines[i+1:], "\n"), true
		}
	}
	return src, "", false
}

// gophernotesImports rewrites the stepnet import paths of a cell's declarations and returns them
// with every import path of the declarations (as written in the lesson).
func gophernotesImports(decls string) (string, []string) {
	var paths []string
	type edit struct{ from, to int }
	var edits []edit
	s, fset := scan(decls)
	inImport, group := false, false
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case tok == token.IMPORT:
			inImport, group = true, false
		case inImport && tok == token.LPAREN:
			group = true
		case inImport && tok == token.RPAREN, inImport && !group && tok == token.SEMICOLON:
			inImport = false
		case inImport && tok == token.STRING:
			p, err := strconv.Unquote(lit)
			if err != nil {
				continue
			}
			paths = append(paths, p)
			if p == Module || strings.HasPrefix(p, Module+"/") {
				off := fset.Position(pos).Offset
				edits = append(edits, edit{off, off + len(lit)})
			}
		}
	}
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		p, _ := strconv.Unquote(decls[e.from:e.to])
		decls = decls[:e.from] + strconv.Quote(GophernotesRoot+strings.TrimPrefix(p, Module)) + decls[e.to:]
	}
	return decls, paths
}

// gophernotesShowCalls rewrites show.X(v) as Display(display.X(v)) in a cell's body (code only: not
// in strings or comments).
func gophernotesShowCalls(body string) string {
	s, fset := scan(body)
	type tok struct {
		off int
		tok token.Token
		lit string
	}
	var toks []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		toks = append(toks, tok{fset.Position(pos).Offset, t, lit})
	}
	type edit struct {
		at, end int
		text    string
	}
	var edits []edit
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].tok != token.IDENT || toks[i].lit != "show" || toks[i+1].tok != token.PERIOD ||
			toks[i+2].tok != token.IDENT || toks[i+3].tok != token.LPAREN {
			continue
		}
		fn, ok := gophernotesShow[toks[i+2].lit]
		if !ok {
			continue
		}
		depth := 0
		for j := i + 3; j < len(toks); j++ {
			switch toks[j].tok {
			case token.LPAREN:
				depth++
			case token.RPAREN:
				depth--
			}
			if depth == 0 {
				edits = append(edits,
					edit{toks[i].off, toks[i+3].off + 1, "Display(" + fn + "("},
					edit{toks[j].off + 1, toks[j].off + 1, ")"})
				break
			}
		}
	}
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].at > edits[b].at })
	for _, e := range edits {
		body = body[:e.at] + e.text + body[e.end:]
	}
	return body
}

// hasOwnReturn tells whether a cell's body has a return statement outside any function literal.
func hasOwnReturn(body string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+body+"\n}\n", 0)
	if err != nil {
		return false
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// indent prefixes every non-empty line of src with prefix, except the lines inside a multi-line raw
// string, whose text must not change.
func indent(src, prefix string) string {
	keep := map[int]bool{} // 1-based lines that continue a raw string
	s, fset := scan(src)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.STRING && strings.HasPrefix(lit, "`") {
			first := fset.Position(pos).Line
			for l := first + 1; l <= first+strings.Count(lit, "\n"); l++ {
				keep[l] = true
			}
		}
	}
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if l != "" && !keep[i+1] {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// scan starts a Go scanner over src (comments skipped, errors ignored: the cell was written for GoNB,
// which compiles it).
func scan(src string) (*scanner.Scanner, *token.FileSet) {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	return &s, fset
}

// GophernotesSetup is the source of the setup cell of a gophernotes notebook. It imports, once,
// every package outside the standard library that the lesson's cells import (stepnet's from the
// checkout, by file path; the others through the Go module proxy, or the module cache first: the
// kernelspec's GOPROXY). gomacro compiles the packages of one import declaration into one Go plugin
// and loads it; the cells' own imports of the same paths then cost nothing. Importing all at once
// also gives every package one version: a package loaded by two plugins must be the same build.
func GophernotesSetup(l *Lesson) string {
	seen := map[string]bool{}
	var pkgs []string
	for _, c := range l.Cells {
		if c.Kind != Code {
			continue
		}
		decls, _, _ := splitCell(c.Source)
		_, paths := gophernotesImports(decls)
		for _, p := range paths {
			if p == Module || strings.HasPrefix(p, Module+"/") {
				p = GophernotesRoot + strings.TrimPrefix(p, Module)
			} else if first, _, _ := strings.Cut(p, "/"); !strings.Contains(first, ".") {
				continue // the standard library: built into gophernotes
			}
			if !seen[p] {
				seen[p] = true
				pkgs = append(pkgs, p)
			}
		}
	}
	sort.Strings(pkgs)
	var b strings.Builder
	b.WriteString(`// Setup, run first: loads the lesson's packages into the kernel (the first time, a minute or two).
import (
	"fmt"
`)
	if len(pkgs) > 0 {
		b.WriteString("\n")
	}
	for _, p := range pkgs {
		b.WriteString("\t_ " + strconv.Quote(p) + "\n")
	}
	b.WriteString(`)

{
	fmt.Println("setup: the lesson's packages are loaded (stepnet from ` + GophernotesRoot + `)")
}`)
	return b.String()
}
