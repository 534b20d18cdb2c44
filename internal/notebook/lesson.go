package notebook

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Kind tells a markdown cell from a code cell.
type Kind string

// The two kinds of cells a lesson has.
const (
	Markdown Kind = "markdown"
	Code     Kind = "code"
)

// Cell is one cell of a lesson, as written in lesson.md.
type Cell struct {
	Kind   Kind
	Source string // without the fences, without leading and trailing blank lines
	Line   int    // line of lesson.md where the cell's text starts (1-based)
}

// Lesson is a parsed lessons/NN-slug/lesson.md, or one of its translations (lesson.fr.md).
type Lesson struct {
	Slug    string // "00-pilot": the folder name, and the notebook's name
	Lang    string // "" for the English lesson.md, else the translation's language ("fr" for lesson.fr.md)
	Path    string // the lesson.md file, for messages
	Figures int    // image outputs the notebook must produce (<!-- figures: N -->)
	Cells   []Cell
}

// Where names a cell of the lesson for messages: "lessons/00-pilot/lesson.md:12", the line where the
// cell's text starts.
func (l *Lesson) Where(i int) string {
	return fmt.Sprintf("%s:%d", l.Path, l.Cells[i].Line)
}

// The line patterns of the lesson format (see lessons/README.md).
var (
	slugRE        = regexp.MustCompile(`^[0-9][0-9]-[a-z0-9]+(-[a-z0-9]+)*$`)
	translationRE = regexp.MustCompile(`^lesson\.([a-z][a-z])\.md$`)
	figuresRE     = regexp.MustCompile(`^<!--\s*figures:\s*([0-9]+)\s*-->\s*$`)
	cellBreakRE   = regexp.MustCompile(`^<!--\s*cell\s*-->\s*$`)
	directiveRE   = regexp.MustCompile(`^<!--\s*[a-z]+:.*-->\s*$`)
	headingRE     = regexp.MustCompile(`^#{1,6}(\s|$)`)
	goFenceRE     = regexp.MustCompile("^```go\\s*$")
	fenceRE       = regexp.MustCompile("^(```+|~~~+)")
	showRE        = regexp.MustCompile(`\bshow\.([A-Za-z]+)\(`)
	printRE       = regexp.MustCompile(`\bfmt\.(Print|Printf|Println)\(|\bfmt\.Fprint(f|ln)?\(os\.Stdout|\bprintln\(`)
)

// ShowCalls are the display calls a lesson may use, with the argument each takes.
var ShowCalls = map[string]string{
	"PNG":      "[]byte",
	"SVG":      "string",
	"HTML":     "string",
	"Markdown": "string",
}

// French is the language of the lessons' one translation, lesson.fr.md.
const French = "fr"

// File is the name of a lesson's source in its folder: lesson.md for the English lesson (lang ""),
// lesson.LANG.md for its translation into lang.
func File(lang string) string {
	if lang == "" {
		return "lesson.md"
	}
	return "lesson." + lang + ".md"
}

// LoadDir reads every lessons/NN-slug/lesson.md under dir, in folder order. Folders without a
// lesson.md (a lesson still being written) are skipped.
func LoadDir(dir string) ([]*Lesson, error) { return LoadDirLang(dir, "") }

// LoadDirLang reads every lessons/NN-slug/File(lang) under dir, in folder order: the English
// lessons for lang "", their translations into lang otherwise. Folders without that file (a lesson
// not translated yet) are skipped.
func LoadDirLang(dir, lang string) ([]*Lesson, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*Lesson
	for _, e := range entries {
		if !e.IsDir() || !slugRE.MatchString(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name(), File(lang))
		if _, err := os.Stat(p); err != nil {
			continue
		}
		l, err := Load(p)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, nil
}

// Load reads and parses one lesson.md, or a translation lesson.LANG.md; the slug is its folder's name.
func Load(path string) (*Lesson, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	slug := filepath.Base(filepath.Dir(path))
	if !slugRE.MatchString(slug) {
		return nil, fmt.Errorf("%s: the lesson folder %q is not named NN-slug (two digits, a dash, lower-case words)", path, slug)
	}
	l, err := Parse(slug, filepath.ToSlash(path), string(b))
	if err != nil {
		return nil, err
	}
	if m := translationRE.FindStringSubmatch(filepath.Base(path)); m != nil {
		l.Lang = m[1]
	}
	return l, nil
}

// Parse splits a lesson's text into cells: every ```go fenced block is a code cell, the text between
// them is markdown, cut into one cell per heading and at every <!-- cell --> line. It checks the
// rules of lessons/README.md and names the file and line of the first broken one.
func Parse(slug, path, text string) (*Lesson, error) {
	l := &Lesson{Slug: slug, Path: path}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var cur []string // lines of the markdown cell being collected
	curLine := 0     // its first line
	flush := func() {
		src := trimBlank(cur)
		if src != "" {
			l.Cells = append(l.Cells, Cell{Kind: Markdown, Source: src, Line: curLine + firstNonBlank(cur)})
		}
		cur, curLine = nil, 0
	}
	add := func(n int, s string) {
		if cur == nil {
			curLine = n
		}
		cur = append(cur, s)
	}
	figuresSeen := false
	for i := 0; i < len(lines); i++ {
		n, s := i+1, lines[i]
		switch {
		case goFenceRE.MatchString(s):
			flush()
			j := i + 1
			for j < len(lines) && strings.TrimRight(lines[j], " \t") != "```" {
				j++
			}
			if j == len(lines) {
				return nil, fmt.Errorf("%s:%d: the ```go block is never closed by a line ```", path, n)
			}
			c := Cell{Kind: Code, Source: trimBlank(lines[i+1 : j]), Line: n + 1}
			if err := checkCode(c.Source); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, n, err)
			}
			l.Cells = append(l.Cells, c)
			i = j
		case fenceRE.MatchString(s):
			// Another fenced block (```text, ```math, ...): markdown, copied whole, headings inside ignored.
			fence := fenceRE.FindString(s)
			add(n, s)
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(lines[j], fence) {
				add(j+1, lines[j])
				j++
			}
			if j == len(lines) {
				return nil, fmt.Errorf("%s:%d: the %s block is never closed", path, n, fence)
			}
			add(j+1, lines[j])
			i = j
		case figuresRE.MatchString(s):
			if figuresSeen {
				return nil, fmt.Errorf("%s:%d: a second <!-- figures: N --> line; write it once", path, n)
			}
			figuresSeen = true
			l.Figures, _ = strconv.Atoi(figuresRE.FindStringSubmatch(s)[1])
		case cellBreakRE.MatchString(s):
			flush()
		case directiveRE.MatchString(s):
			return nil, fmt.Errorf("%s:%d: unknown directive %q (known: <!-- figures: N -->, <!-- cell -->)", path, n, strings.TrimSpace(s))
		case headingRE.MatchString(s):
			flush()
			add(n, s)
		default:
			add(n, s)
		}
	}
	flush()
	if len(l.Cells) == 0 {
		return nil, fmt.Errorf("%s: the lesson is empty", path)
	}
	return l, nil
}

// checkCode enforces the cell rules that keep one source runnable on GoNB and on gophernotes.
func checkCode(src string) error {
	if src == "" {
		return fmt.Errorf("empty ```go block")
	}
	bodies := 0
	for k, s := range strings.Split(src, "\n") {
		t := strings.TrimRight(s, " \t")
		switch {
		case t == "%%":
			bodies++
			if bodies > 1 {
				return fmt.Errorf("line %d of the block: a second %%%% line; a cell has declarations, then one %%%% line, then its body", k+1)
			}
		case strings.HasPrefix(t, "%"), strings.HasPrefix(t, "!"), strings.HasPrefix(t, "//gonb:"):
			return fmt.Errorf("line %d of the block: %q: kernel commands (%%…, !…) are not allowed in lessons; the setup cell is generated", k+1, t)
		case strings.Contains(t, `"github.com/janpfeifer/gonb`), strings.Contains(t, `"github.com/gopherdata/gophernotes`):
			return fmt.Errorf("line %d of the block: do not import a kernel's package; display with show.PNG, show.SVG or show.HTML", k+1)
		case strings.HasPrefix(t, "func main("):
			return fmt.Errorf("line %d of the block: no func main; write the statements after a %%%% line", k+1)
		}
	}
	lines := strings.Split(src, "\n")
	body := slices.Index(lines, "%%") // lines are right-trimmed
	if body < 0 {
		body = len(lines)
	}
	if showRE.MatchString(strings.Join(lines[:body], "\n")) {
		return fmt.Errorf("show.%s before the %%%% line: display only in a cell's body (after %%%%); a helper function returns the bytes or the string to show", showRE.FindStringSubmatch(src)[1])
	}
	for _, m := range showRE.FindAllStringSubmatch(src, -1) {
		if _, ok := ShowCalls[m[1]]; !ok {
			return fmt.Errorf("show.%s is not a display call; use show.PNG([]byte), show.SVG(string), show.HTML(string) or show.Markdown(string)", m[1])
		}
	}
	// GoNB carries a cell's figures and its printed text through two different pipes, so text
	// printed after a figure may come out above it, differently from run to run.
	shown := -1
	for k := body + 1; k < len(lines); k++ {
		if shown < 0 && showRE.MatchString(lines[k]) {
			shown = k
		}
		if shown >= 0 && printRE.MatchString(lines[k]) {
			return fmt.Errorf("line %d of the block prints after the show.%s of line %d: print first, then show (GoNB may put text printed after a figure above it)",
				k+1, showRE.FindStringSubmatch(lines[shown])[1], shown+1)
		}
	}
	return nil
}

// trimBlank joins lines, dropping leading and trailing blank lines and trailing spaces.
func trimBlank(lines []string) string {
	out := make([]string, len(lines))
	for i, s := range lines {
		out[i] = strings.TrimRight(s, " \t")
	}
	return strings.Trim(strings.Join(out, "\n"), "\n")
}

func firstNonBlank(lines []string) int {
	for i, s := range lines {
		if strings.TrimSpace(s) != "" {
			return i
		}
	}
	return 0
}
