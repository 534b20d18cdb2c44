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

// TestNotebooksFrench drives `stepnet notebooks` on a lesson and its translation: the French GoNB
// notebook is made in OUT/fr, checked like the others, and a translation whose code is not the
// lesson's stops generation and -check.
func TestNotebooksFrench(t *testing.T) {
	dir := t.TempDir()
	lessons, out := filepath.Join(dir, "lessons"), filepath.Join(dir, "notebooks")
	if err := os.MkdirAll(filepath.Join(lessons, "01-x"), 0o755); err != nil {
		t.Fatal(err)
	}
	en := "# One\n\n```go\nimport \"fmt\"\n\n%%\nfmt.Println(\"one:\", 1) // one\n```\n"
	fr := "# Un\n\nLa même cellule.\n\n```go\nimport \"fmt\"\n\n%%\nfmt.Println(\"un :\", 1) // un\n```\n"
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(lessons, "01-x", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("lesson.md", en)
	write("lesson.fr.md", fr)
	run := func(args ...string) (string, error) {
		var stdout, stderr bytes.Buffer
		err := notebooksRun(append([]string{"-lessons", lessons, "-out", out}, args...), &stdout, &stderr)
		return stdout.String() + stderr.String(), err
	}
	frPath := filepath.Join(out, "fr", "01-x.ipynb")
	if msg, err := run("-kernel", "gonb", "-lang", "en"); err != nil || strings.Contains(msg, "fr/01-x") {
		t.Fatalf("-lang en: %v %s", err, msg)
	}
	if _, err := os.Stat(frPath); err == nil {
		t.Fatal("-lang en wrote the French notebook")
	}
	if msg, err := run("-kernel", "gonb"); err != nil || !strings.Contains(msg, "wrote "+frPath) {
		t.Fatalf("generate: %v %s", err, msg)
	}
	b, err := os.ReadFile(frPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"%env STEPNET_LANG=fr`, `$GONB_DIR/../..}/scripts/gonb-setup.sh`, `"lessons/01-x/lesson.fr.md"`, `"# Un\n"`, `fmt.Println(\"un :\", 1) // un`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the French notebook lacks %s:\n%s", want, b)
		}
	}
	if _, err := run("-check", "-kernel", "gonb"); err == nil || !strings.Contains(err.Error(), "fr/01-x.ipynb: cell 2 (generated setup cell) has never been executed") {
		t.Errorf("-check on an unexecuted French notebook: %v", err)
	}
	for _, p := range []string{frPath, filepath.Join(out, "01-x.ipynb")} {
		b, _ := os.ReadFile(p)
		os.WriteFile(p, []byte(strings.Replace(string(b), `"execution_count": null`, `"execution_count": 1`, -1)), 0o644)
	}
	if msg, err := run("-check", "-kernel", "gonb"); err != nil || !strings.Contains(msg, "2 notebook(s) match") {
		t.Errorf("-check on executed notebooks: %v %s", err, msg)
	}
	// The translation prints another number: refused by -check and by generation, naming both lines.
	write("lesson.fr.md", strings.Replace(fr, "1) // un", "2) // un", 1))
	for _, args := range [][]string{{"-check", "-kernel", "gonb"}, {"-kernel", "gonb"}} {
		_, err := run(args...)
		if err == nil || !strings.Contains(err.Error(), "01-x/lesson.fr.md:9 has 2, ") || !strings.Contains(err.Error(), "01-x/lesson.md:7 has 1") {
			t.Errorf("%v with a translation that prints 2: %v", args, err)
		}
	}
	write("lesson.fr.md", fr)
	// A French notebook that no translation makes.
	os.WriteFile(filepath.Join(out, "fr", "02-gone.ipynb"), b, 0o644)
	if _, err := run("-check", "-kernel", "gonb"); err == nil || !strings.Contains(err.Error(), "fr/02-gone.ipynb: no lessons/02-gone/lesson.fr.md makes this notebook") {
		t.Errorf("-check with a stale French notebook: %v", err)
	}
	if _, err := run("-lang", "fr", "-kernel", "gophernotes"); err == nil || !strings.Contains(err.Error(), "GoNB notebooks only") {
		t.Errorf("-lang fr -kernel gophernotes: %v", err)
	}
	if _, err := run("-lang", "de"); err == nil || !strings.Contains(err.Error(), "want en, fr or both") {
		t.Errorf("-lang de: %v", err)
	}
}
