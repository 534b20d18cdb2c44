package site

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// md converts a lesson's Markdown (CommonMark with GitHub's tables and
// strikethrough; raw HTML kept, as Jupyter keeps it).
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

// Markdown renders a Markdown cell to HTML with its formulas left for
// MathJax: every $…$ and $$…$$ outside code is taken out before the
// Markdown is read (so that the _ and * of TeX are not read as emphasis)
// and put back, HTML-escaped, with its dollars, into the result.
func Markdown(src string) (string, error) {
	text, maths := protectMath(src)
	var b bytes.Buffer
	if err := md.Convert([]byte(text), &b); err != nil {
		return "", err
	}
	out := b.String()
	for i, m := range maths {
		out = strings.Replace(out, placeholder(i), html.EscapeString(m), 1)
	}
	return out, nil
}

func placeholder(i int) string { return fmt.Sprintf("MATHPLACEHOLDER%dX", i) }

// protectMath replaces the formulas of src by placeholders and returns
// them in order. A formula is $$…$$ (which may span lines) or $…$ (which
// may span lines but not a blank line); \$ is a dollar, and nothing inside
// `code` or a fenced block is a formula.
func protectMath(src string) (string, []string) {
	var out strings.Builder
	var maths []string
	lines := strings.SplitAfter(src, "\n")
	fenced := false
	var text strings.Builder // the current run of non-fenced lines
	flush := func() {
		s, m := protectRun(text.String(), len(maths))
		out.WriteString(s)
		maths = append(maths, m...)
		text.Reset()
	}
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			if !fenced {
				flush()
			}
			fenced = !fenced
			out.WriteString(line)
			continue
		}
		if fenced {
			out.WriteString(line)
			continue
		}
		text.WriteString(line)
	}
	flush()
	return out.String(), maths
}

// protectRun does protectMath's work on text without fenced blocks; first
// is the number of the first placeholder.
func protectRun(s string, first int) (string, []string) {
	var out strings.Builder
	var maths []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '$':
			// An escaped dollar stays escaped for MathJax (processEscapes shows it as $).
			out.WriteString(placeholder(first + len(maths)))
			maths = append(maths, `\$`)
			i += 2
			continue
		case c == '\\' && i+1 < len(s):
			out.WriteString(s[i : i+2])
			i += 2
			continue
		case c == '`':
			n := run(s, i, '`')
			end := strings.Index(s[i+n:], strings.Repeat("`", n))
			if end < 0 {
				out.WriteString(s[i : i+n])
				i += n
				continue
			}
			out.WriteString(s[i : i+n+end+n])
			i += n + end + n
			continue
		case c == '$':
			delim := "$"
			if strings.HasPrefix(s[i:], "$$") {
				delim = "$$"
			}
			if end := closing(s, i+len(delim), delim); end >= 0 {
				m := s[i : end+len(delim)]
				out.WriteString(placeholder(first + len(maths)))
				maths = append(maths, m)
				i = end + len(delim)
				continue
			}
		}
		out.WriteByte(c)
		i++
	}
	return out.String(), maths
}

// run is the number of c's at s[i:].
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// closing returns the index of the delimiter that closes a formula opened
// before from, or −1: none before a blank line (for $) or the end.
func closing(s string, from int, delim string) int {
	for j := from; j < len(s); j++ {
		switch {
		case s[j] == '\\':
			j++
		case strings.HasPrefix(s[j:], delim) && j > from:
			if delim == "$" && j+1 < len(s) && s[j+1] == '$' {
				return -1 // "$a$$": not a formula we understand
			}
			return j
		case delim == "$" && strings.HasPrefix(s[j:], "\n\n"):
			return -1
		}
	}
	return -1
}
