package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A student whose function calls os.Exit(0) fails that exercise, and the
// command exits with status 1; the reference solutions exit 0.
func TestGradeExitStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two harnesses")
	}
	dir := t.TempDir()
	src := "package exercises\n\nimport \"os\"\n\nfunc Sigmoid(a float64) float64 { os.Exit(0); return 0 }\n"
	if err := os.WriteFile(filepath.Join(dir, "ex.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"grade", "-dir", dir, "-only", "Sigmoid"}, &out, &errb); code != 1 {
		t.Errorf("exit status %d, want 1\n%s%s", code, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "os.Exit(0)") || !strings.Contains(out.String(), "0/1 exercises pass") {
		t.Errorf("the summary must say what happened:\n%s", out.String())
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"grade", "-dir", "../../solutions", "-only", "Softmax,Backward"}, &out, &errb); code != 0 {
		t.Errorf("the solutions: exit status %d, want 0\n%s%s", code, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "2/2 exercises pass") || !strings.Contains(out.String(), "6.00/6 points") {
		t.Errorf("summary:\n%s", out.String())
	}
	if code := run([]string{"grade", "-dir", dir, "-class", dir}, &out, &errb); code != 2 {
		t.Errorf("-dir with -class: status %d, want 2 (usage)", code)
	}
}
