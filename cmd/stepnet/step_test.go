package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/step"
)

// TestStepInteractive: Enter shows the next step, b the previous one, q quits.
func TestStepInteractive(t *testing.T) {
	var out, errs bytes.Buffer
	if err := stepMain(nil, strings.NewReader("\n\nb\nq\n"), true, &out, &errs); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	var order []string
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "Step ") {
			order = append(order, line[:len("Step 1")])
		}
	}
	if got := strings.Join(order, ","); got != "Step 1,Step 2,Step 3,Step 2" {
		t.Errorf("steps shown: %s\n%s", got, s)
	}
}

// TestStepAll: with a non-terminal input every step is printed at once.
func TestStepAll(t *testing.T) {
	var out, errs bytes.Buffer
	if err := stepMain([]string{"-seed", "3"}, strings.NewReader(""), false, &out, &errs); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "Step "); n != 5 {
		t.Errorf("%d steps printed, want 5:\n%s", n, out.String())
	}
	for _, pass := range step.DemoPasses {
		out.Reset()
		if err := stepMain([]string{"-pass", pass}, strings.NewReader(""), false, &out, &errs); err != nil {
			t.Fatalf("-pass %s: %v", pass, err)
		}
		w, _ := step.Demo(pass, 1)
		if out.String() != w.Text() {
			t.Errorf("-pass %s does not print the walk's text", pass)
		}
	}
	if code := run([]string{"step", "-pass", "sideways"}, &out, &errs); code != 2 {
		t.Errorf("unknown pass: exit %d, want 2", code)
	}
}

func TestStepHTML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.html")
	var out, errs bytes.Buffer
	if code := run([]string{"step", "-html", path}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "a¹ = W¹ h⁰ + b¹ = [") || !strings.Contains(string(b), "<table") {
		t.Errorf("the page lacks the widget or the table")
	}
}
