package langtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// recorder is a testing.TB that records its errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper()                           {}
func (r *recorder) Errorf(format string, args ...any) { r.errs = append(r.errs, format) }

// TestErrors: a case passes when its error has the current language's text
// in all three rounds, and fails when it has no error, the wrong text, or
// the same text in both languages; the language is restored.
func TestErrors(t *testing.T) {
	defer lang.Set(lang.Get())
	lang.Set("en")
	byLang := func() error {
		if lang.Get() == "fr" {
			return errors.New("b")
		}
		return errors.New("a")
	}
	for _, c := range []struct {
		name  string
		cases []ErrorCase
		fails int
	}{
		{"right", []ErrorCase{{byLang, "a", "b"}}, 0},
		{"no error", []ErrorCase{{func() error { return nil }, "a", "b"}}, 3},
		{"English only", []ErrorCase{{func() error { return errors.New("a") }, "a", "b"}}, 1},
		{"wrong text", []ErrorCase{{byLang, "a", "c"}}, 1},
	} {
		r := &recorder{TB: t}
		Errors(r, c.cases)
		if len(r.errs) != c.fails {
			t.Errorf("%s: %d failures, want %d: %s", c.name, len(r.errs), c.fails, strings.Join(r.errs, "; "))
		}
		if lang.Get() != "en" {
			t.Errorf("%s: the language is %q after Errors, want en", c.name, lang.Get())
		}
	}
}
