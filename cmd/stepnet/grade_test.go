package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
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

// A class: the exit status is 1 when any student has an exercise that fails
// (here a function that exits in the middle of grading), 0 when every
// student passes, and the gradebook has a row for every student.
func TestGradeClassExitStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three harnesses")
	}
	class := t.TempDir()
	write := func(student, src string) {
		t.Helper()
		dir := filepath.Join(class, student)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ex.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	right := "package exercises\n\nimport \"math\"\n\nfunc Sigmoid(a float64) float64 { return 1 / (1 + math.Exp(-a)) }\n"
	write("ann", right)
	write("ben", "package exercises\n\nimport \"os\"\n\nfunc Sigmoid(a float64) float64 { os.Exit(0); return 0 }\n")
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"grade", "-class", class, "-out", out, "-only", "Sigmoid", "-secret", "s"}, &stdout, &stderr); code != 1 {
		t.Errorf("a class with a failing student: exit status %d, want 1\n%s%s", code, stdout.String(), stderr.String())
	}
	csv, err := os.ReadFile(filepath.Join(out, "gradebook.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := "Username,01 Sigmoid (1),Total (1)\nann,1.00,1.00\nben,0.00,0.00\n"
	if string(csv) != want {
		t.Errorf("gradebook:\n%s\nwant:\n%s", csv, want)
	}
	if !strings.Contains(stdout.String(), "2 students graded") || !strings.Contains(stderr.String(), "2/2 students") {
		t.Errorf("the summary and the progress bar:\n%s\n%s", stdout.String(), stderr.String())
	}
	if err := os.RemoveAll(filepath.Join(class, "ben")); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"grade", "-class", class, "-out", out, "-only", "Sigmoid"}, &stdout, &stderr); code != 0 {
		t.Errorf("a class where every student passes: exit status %d, want 0\n%s%s", code, stdout.String(), stderr.String())
	}
}

// TestGradeFrench: -lang fr grades in French, in the child processes too
// (a wrong Sigmoid's catalogued case and its diagnosis come from the child).
func TestGradeFrench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a harness")
	}
	defer lang.Set(lang.Get())
	dir := t.TempDir()
	src := "package exercises\n\nimport \"math\"\n\nfunc Sigmoid(a float64) float64 { return 2 / (1 + math.Exp(-a)) }\n"
	if err := os.WriteFile(filepath.Join(dir, "ex.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"grade", "-dir", dir, "-only", "Sigmoid", "-v", "-lang", "fr"}, &out, &errb); code != 1 {
		t.Errorf("exit status %d, want 1\n%s%s", code, out.String(), errb.String())
	}
	for _, want := range []string{"(leçon 01-single-neuron)", "à faire : la sigmoïde", "obtenu  ", "votre réponse vaut deux fois la bonne", "0/1 exercices réussis", "1 exercices sur 1 échouent"} {
		if !strings.Contains(out.String()+errb.String(), want) {
			t.Errorf("the French grade has no %q:\n%s%s", want, out.String(), errb.String())
		}
	}
}
