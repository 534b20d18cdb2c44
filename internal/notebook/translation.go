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
// only prints: comments, and the text of the string literals passed to a print or format call
// (printedCalls), whose format verbs must stay the same and in the same order (their widths may
// change with the words around them).

// printedCalls are the calls whose string-literal arguments are printed labels: a translation may
// change their text, not their format verbs.
var printedCalls = map[string]bool{
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
	"fmt.Sprint": true, "fmt.Sprintf": true, "fmt.Sprintln": true,
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Errorf": true, "print": true, "println": true,
}

// verbRE matches one fmt verb: its flags, width, precision, argument index and letter ("%-8s",
// "%.3f", "%%").
var verbRE = regexp.MustCompile(`%([-+# 0]*)(\*|[0-9]+)?(\.(\*|[0-9]+)?)?(\[[0-9]+\])?([a-zA-Z%])`)

// labelVerbs reduces a printed label to its format verbs without their widths and '-' flags: a
// translated column heading may be longer and its column wider, but the values printed, their
// conversions and precisions ("%.4f" is not "%.2f") stay.
func labelVerbs(label string) string {
	var b strings.Builder
	for _, m := range verbRE.FindAllStringSubmatch(label, -1) {
		b.WriteString("%" + strings.ReplaceAll(m[1], "-", "") + m[3] + m[5] + m[6])
	}
	return b.String()
}

// codeToken is one token of a normalised code cell, with its line in the cell (1-based).
type codeToken struct {
	text string
	line int
}

// normaliseCode scans a code cell (GoNB's form, %% line included) into its tokens without comments,
// each string literal passed directly to a print or format call replaced by its format verbs.
func normaliseCode(src string) []codeToken {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), func(token.Position, string) {}, 0) // comments are skipped; errors kept as ILLEGAL tokens
	var out []codeToken
	// calls is the stack of open parentheses: for each, whether it opens a print call's arguments.
	var calls []bool
	var prev []string // the last tokens, to recognise fmt.Printf( and println(
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
		switch tok {
		case token.LPAREN:
			name := ""
			if n := len(prev); n >= 3 && prev[n-2] == "." {
				name = prev[n-3] + "." + prev[n-1]
			} else if n >= 1 {
				name = prev[n-1]
			}
			calls = append(calls, printedCalls[name])
		case token.RPAREN:
			if len(calls) > 0 {
				calls = calls[:len(calls)-1]
			}
		case token.STRING:
			if len(calls) > 0 && calls[len(calls)-1] {
				text = "label" + strconv.Quote(labelVerbs(unquote(lit)))
			}
		}
		// Braces and brackets inside a print call's arguments ([]string{"a"}, m["k"]) are code:
		// their literals stay as they are.
		if tok == token.LBRACE || tok == token.LBRACK {
			calls = append(calls, false)
		} else if tok == token.RBRACE || tok == token.RBRACK {
			if len(calls) > 0 {
				calls = calls[:len(calls)-1]
			}
		}
		out = append(out, codeToken{text: text, line: file.Line(pos)})
		prev = append(prev, text)
		if len(prev) > 3 {
			prev = prev[1:]
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
// the same code in each once comments are dropped and the text of printed labels (string literals
// passed to fmt.Print…, fmt.Sprint…, fmt.Fprint…, fmt.Errorf, print, println) is reduced to its
// format verbs (without widths). The error names the first code cell that differs, in both files, with the first
// token that differs and its line.
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
// comments and printed labels ("" when it does not).
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
		return fmt.Sprintf("code cell %d (%s) differs from the English one in more than comments and printed labels: %s, %s",
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
