package notebook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseLesson feeds arbitrary text to the lesson parser (lesson.md is
// outside bytes: a teacher's or a student's file): an error or a lesson whose
// cells have a kind, a line inside the text, and a figure count ≥ 0, never a
// panic. The seed corpus is every real lesson and testdata/fuzz/FuzzParseLesson.
//
//	go test -fuzz FuzzParseLesson -fuzztime 30s ./internal/notebook
func FuzzParseLesson(f *testing.F) {
	paths, _ := filepath.Glob("../../lessons/*/lesson.md")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("<!-- figures: 1 -->\n# T\n\n```go\nfmt.Println(1)\n```\n")
	f.Fuzz(func(t *testing.T, text string) {
		l, err := Parse("01-fuzz", "fuzz.md", text)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		lines := strings.Count(text, "\n") + 1
		if l.Figures < 0 {
			t.Fatalf("%d figures", l.Figures)
		}
		for i, c := range l.Cells {
			if c.Kind != Markdown && c.Kind != Code {
				t.Fatalf("cell %d has kind %q", i, c.Kind)
			}
			if c.Line < 1 || c.Line > lines {
				t.Fatalf("cell %d at line %d of %d", i, c.Line, lines)
			}
			_ = l.Where(i)
		}
	})
}

// FuzzUnmarshalNotebook feeds arbitrary bytes to the .ipynb reader (a
// notebook may come from anywhere): an error or a notebook, never a panic,
// and Text of every source and output field works.
//
//	go test -fuzz FuzzUnmarshalNotebook -fuzztime 30s ./internal/notebook
func FuzzUnmarshalNotebook(f *testing.F) {
	paths, _ := filepath.Glob("../../notebooks/0[1-3]*.ipynb")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"nbformat":4,"cells":[{"cell_type":"code","source":["a\n","b"],"outputs":[{"text":["x"]}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		nb, err := Unmarshal(b)
		if err != nil {
			return
		}
		for _, c := range nb.Cells {
			_ = c.Source
			for _, o := range c.Outputs {
				for _, v := range o {
					_ = Text(v)
				}
			}
		}
	})
}
