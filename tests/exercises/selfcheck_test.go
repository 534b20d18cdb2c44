package exercises

import (
	"strings"
	"testing"
)

// The stubs as shipped fail every exercise with a message that says what to
// do, not a stack trace.
func TestStubsSayWhatToDo(t *testing.T) {
	for _, r := range Grade(Stubs) {
		if r.Passed() || !r.NotImplemented {
			t.Errorf("%s: the stub must be reported as not implemented:\n%s", r.Exercise, r.Text())
			continue
		}
		line := r.Summary()
		if !strings.Contains(line, "not implemented yet: write ") || strings.Contains(line, "goroutine") || strings.Contains(line, ".go:") {
			t.Errorf("%s: the stub's line must say what to write, without a stack trace: %q", r.Exercise, line)
		}
	}
}

// The reference solutions pass every exercise.
func TestSolutionsPass(t *testing.T) {
	rs := Grade(Solutions)
	for _, r := range rs {
		if !r.Passed() {
			t.Errorf("the reference solution fails:\n%s", r.Text())
		}
	}
	if !strings.HasSuffix(rs.Summary(), "exercises pass\n") {
		t.Errorf("summary: %q", rs.Summary())
	}
}
