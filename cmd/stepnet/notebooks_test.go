package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotebooksGenerateAndCheck drives `stepnet notebooks` on a lesson in a temporary folder:
// generation is stable, -check catches an unexecuted notebook, an edited cell and a stale notebook,
// in both flavours (GoNB and gophernotes).
func TestNotebooksGenerateAndCheck(t *testing.T) {
	dir := t.TempDir()
	lessons, out := filepath.Join(dir, "lessons"), filepath.Join(dir, "notebooks")
	if err := os.MkdirAll(filepath.Join(lessons, "01-x"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "# One\n\n```go\nimport \"fmt\"\n\n%%\nfmt.Println(1)\n```\n"
	if err := os.WriteFile(filepath.Join(lessons, "01-x", "lesson.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := notebooksRun(append([]string{"-lessons", lessons, "-out", out}, args...), &stdout, &stderr)
		return stdout.String() + stderr.String(), err
	}
	if msg, err := run(); err != nil || !strings.Contains(msg, "wrote") {
		t.Fatalf("generate: %v %s", err, msg)
	}
	nbPath := filepath.Join(out, "01-x.ipynb")
	gnPath := filepath.Join(out, "gophernotes", "01-x.ipynb")
	first, _ := os.ReadFile(nbPath)
	gnFirst, err := os.ReadFile(gnPath)
	if err != nil {
		t.Fatalf("no gophernotes notebook: %v", err)
	}
	if msg, err := run(); err != nil || !strings.Contains(msg, "unchanged") {
		t.Fatalf("regenerate: %v %s", err, msg)
	}
	if _, err := run("-check"); err == nil || !strings.Contains(err.Error(), "cell 2 (generated setup cell) has never been executed") {
		t.Errorf("-check on an unexecuted notebook: %v", err)
	}
	// Pretend it ran, then edit a cell by hand.
	ran := strings.Replace(string(first), `"execution_count": null`, `"execution_count": 1`, -1)
	os.WriteFile(nbPath, []byte(ran), 0o644)
	if msg, err := run("-check"); err != nil || !strings.Contains(msg, "1 lesson(s) have no executed gophernotes notebook yet") {
		t.Errorf("-check on an unexecuted gophernotes notebook: %v %s", err, msg)
	}
	if _, err := run("-check", "-kernel", "gophernotes"); err == nil || !strings.Contains(err.Error(), "gophernotes/01-x.ipynb: cell 2 (generated setup cell) has never been executed") {
		t.Errorf("-check -kernel gophernotes on an unexecuted gophernotes notebook: %v", err)
	}
	gnRan := strings.Replace(string(gnFirst), `"execution_count": null`, `"execution_count": 1`, -1)
	os.WriteFile(gnPath, []byte(gnRan), 0o644)
	if msg, err := run("-check"); err != nil {
		t.Errorf("-check on an executed notebook: %v %s", err, msg)
	}
	os.WriteFile(nbPath, []byte(strings.Replace(ran, `fmt.Println(1)`, `fmt.Println(2)`, 1)), 0o644)
	if _, err := run("-check"); err == nil || !strings.Contains(err.Error(), "01-x.ipynb: cell 3 differs from") {
		t.Errorf("-check on an edited notebook: %v", err)
	}
	os.WriteFile(nbPath, []byte(ran), 0o644)
	os.WriteFile(gnPath, []byte(strings.Replace(gnRan, `fmt.Println(1)`, `fmt.Println(2)`, 1)), 0o644)
	if _, err := run("-check"); err == nil || !strings.Contains(err.Error(), "gophernotes/01-x.ipynb: cell 3 differs from") {
		t.Errorf("-check on an edited gophernotes notebook: %v", err)
	}
	os.WriteFile(gnPath, []byte(gnRan), 0o644)
	os.WriteFile(filepath.Join(out, "02-gone.ipynb"), first, 0o644)
	os.WriteFile(filepath.Join(out, "gophernotes", "03-gone.ipynb"), first, 0o644)
	_, err = run("-check")
	if err == nil || !strings.Contains(err.Error(), "02-gone.ipynb: no lessons/02-gone/lesson.md") {
		t.Errorf("-check with a stale notebook: %v", err)
	}
	if err == nil || !strings.Contains(err.Error(), "gophernotes/03-gone.ipynb: no lessons/03-gone/lesson.md") {
		t.Errorf("-check with a stale gophernotes notebook: %v", err)
	}
	os.Remove(filepath.Join(out, "02-gone.ipynb"))
	os.Remove(filepath.Join(out, "gophernotes", "03-gone.ipynb"))

	// A lesson without its gophernotes notebook (lessons written before the flavour existed) is
	// counted by -check, and is an error only when the gophernotes flavour is asked for by name.
	os.Remove(gnPath)
	if msg, err := run("-check"); err != nil || !strings.Contains(msg, "1 lesson(s) have no executed gophernotes notebook yet") {
		t.Errorf("-check without the gophernotes notebook: %v %s", err, msg)
	}
	if _, err := run("-check", "-kernel", "gophernotes"); err == nil || !strings.Contains(err.Error(), "gophernotes/01-x.ipynb") {
		t.Errorf("-check -kernel gophernotes without the gophernotes notebook: %v", err)
	}
	if msg, err := run("-check", "-kernel", "gonb"); err != nil || strings.Contains(msg, "gophernotes") {
		t.Errorf("-check -kernel gonb: %v %s", err, msg)
	}
	if _, err := run("-kernel", "python"); err == nil || !strings.Contains(err.Error(), "want gonb, gophernotes or both") {
		t.Errorf("-kernel python: %v", err)
	}
}
