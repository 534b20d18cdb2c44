package figures

import (
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/badinput"
)

// TestBadInput is pkg/figures' table of careless calls (issue 14): a lesson or
// a figure that does not exist is an error that names it, never a panic.
func TestBadInput(t *testing.T) {
	E := badinput.Err
	OK := badinput.OK
	res := func(vs ...any) []any { return vs }
	named := func(want string) func(...any) ([]any, error) {
		return func(vs ...any) ([]any, error) {
			err, _ := vs[len(vs)-1].(error)
			if err != nil && !strings.Contains(err.Error(), want) {
				t.Errorf("the error %q does not name %q", err, want)
			}
			return res(vs[:len(vs)-1]...), err
		}
	}
	cases := []badinput.Case{
		E("LessonEntries −1", func() ([]any, error) { e, err := LessonEntries(-1); return named("-1")(e, err) }),
		E("LessonEntries 99", func() ([]any, error) { e, err := LessonEntries(99); return named("99")(e, err) }),
		E("LessonEntries 1<<62", func() ([]any, error) { e, err := LessonEntries(1 << 62); return res(e), err }),
		E("Find empty lesson", func() ([]any, error) { e, err := Find("", "regimes"); return res(e), err }),
		E("Find lesson 99", func() ([]any, error) { e, err := Find("99", "regimes"); return named("99")(e, err) }),
		E("Find a lesson by a wrong slug", func() ([]any, error) { e, err := Find("05-learning-rates", "regimes"); return res(e), err }),
		E("Find a lesson by its title", func() ([]any, error) { e, err := Find("Learning rate", "regimes"); return res(e), err }),
		E("Find unknown figure", func() ([]any, error) { e, err := Find("05", "regime"); return named("regime")(e, err) }),
		E("Find empty figure name", func() ([]any, error) { e, err := Find("05", ""); return res(e), err }),
		E("Find a figure of another lesson", func() ([]any, error) { e, err := Find("01", "regimes"); return res(e), err }),
		E("Find a path as lesson", func() ([]any, error) { e, err := Find("../../etc/passwd", "x"); return res(e), err }),
		E("Find a 1 MB lesson name", func() ([]any, error) { e, err := Find(strings.Repeat("0", 1<<20), "x"); return res(e), err }),
		E("Build unknown figure", func() ([]any, error) { f, err := Build("05", "nope"); return named("nope")(f, err) }),
		E("Build lesson −5", func() ([]any, error) { f, err := Build("-5", "regimes"); return res(f), err }),
		E("Build NUL in the name", func() ([]any, error) { f, err := Build("05", "regimes\x00"); return res(f), err }),
		OK("Find lesson 05 by number", func() ([]any, error) { e, err := Find("05", "regimes"); return res(e.Name), err }),
		OK("Find lesson 05 by slug", func() ([]any, error) { e, err := Find("05-learning-rate", "regimes"); return res(e.Name), err }),
	}
	badinput.Run(t, cases)
}
