package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A notebook with one cell of each kind and one output of each type.
const tinyNotebook = `{
 "nbformat": 4, "nbformat_minor": 5, "metadata": {},
 "cells": [
  {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["# 42 · A tiny lesson\n", "\n", "The error $\\delta_i^L$ of neuron $i$."]},
  {"cell_type": "code", "id": "setup", "metadata": {}, "execution_count": 1, "source": "// Setup: run this cell first.\n!echo", "outputs": []},
  {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": 2, "source": "fmt.Println(\"1 < 2, costs $5\")",
   "outputs": [
    {"output_type": "stream", "name": "stdout", "text": ["1 < 2, costs $5\n"]},
    {"output_type": "display_data", "metadata": {}, "data": {"text/html": ["<div class=\"stepnet\" id=\"w\">widget</div>", "<script>var x = 1;</script>"]}},
    {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo=", "text/plain": "a figure"}},
    {"output_type": "error", "ename": "panic", "evalue": "boom", "traceback": ["\u001b[31mpanic: boom\u001b[0m"]}
   ]}
 ]
}`

func TestReadLesson(t *testing.T) {
	dir := t.TempDir()
	nb := filepath.Join(dir, "42-tiny.ipynb")
	if err := os.WriteFile(nb, []byte(tinyNotebook), 0o644); err != nil {
		t.Fatal(err)
	}
	figs := filepath.Join(dir, "out", "42-tiny")
	p, err := readLesson(nb, figs, "42-tiny")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "A tiny lesson" || p.Number != "42" || p.Figures != 1 || p.Widgets != 1 {
		t.Errorf("title %q, number %q, %d figures, %d HTML outputs; want \"A tiny lesson\", 42, 1, 1", p.Title, p.Number, p.Figures, p.Widgets)
	}
	for _, want := range []string{
		`$\delta_i^L$ of neuron $i$`,                        // the formula, for MathJax
		`<details class="setup">`,                           // the setup cell, folded
		`fmt.Println(&#34;1 &lt; 2, costs $5&#34;)`,         // code, escaped
		`<div class="output tex2jax_ignore output-stream">`, // outputs out of MathJax's way
		`<pre>1 &lt; 2, costs $5`,
		`<div class="stepnet" id="w">widget</div><script>var x = 1;</script>`, // HTML as it is, script included
		`<img src="42-tiny/cell03-3.png" alt="a figure"`,
		"panic: boom\npanic: boom", // the error, without its colour codes
	} {
		if !strings.Contains(p.Body, want) {
			t.Errorf("the page lacks %q:\n%s", want, p.Body)
		}
	}
	b, err := os.ReadFile(filepath.Join(figs, "cell03-3.png"))
	if err != nil || string(b[:4]) != "\x89PNG" {
		t.Errorf("the figure file: %q, %v", b, err)
	}
}

func TestReadExercises(t *testing.T) {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	intro, exs, err := readExercises(root, "08-backpropagation")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(intro, "make exercises") {
		t.Errorf("the package doc lacks how to grade: %s", intro)
	}
	var names []string
	for _, e := range exs {
		names = append(names, e.Name)
		if e.Task == "" || !strings.HasPrefix(e.Signature, "func "+e.Name+"(") {
			t.Errorf("%s: task %q, signature %q", e.Name, e.Task, e.Signature)
		}
	}
	if got := strings.Join(names, " "); !strings.Contains(got, "OutputDelta") || !strings.Contains(got, "HiddenDelta") {
		t.Errorf("lesson 08's exercises: %s", got)
	}
	if _, none, err := readExercises(root, "99-no-exercise-file"); err != nil || len(none) != 0 {
		t.Errorf("a lesson without an exercise file: %d exercises, %v", len(none), err)
	}
	if _, exs, err := readExercises(root, "13-mnist"); err != nil || len(exs) != 1 || exs[0].Name != "Confusion" {
		t.Errorf("lesson 13's exercise: %v, %v", exs, err)
	}
}

// TestEditions builds the pages of both languages from a checkout with two English notebooks and
// the French one of the first: each page links the same page in the other language when it
// exists, in that language's words, and the French pages say lang="fr".
func TestEditions(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	for _, p := range []string{"notebooks/01-a.ipynb", "notebooks/02-b.ipynb", "notebooks/fr/01-a.ipynb"} {
		os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755)
		if err := os.WriteFile(filepath.Join(root, p), []byte(tinyNotebook), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := &Report{}
	en, err := readEdition(Options{Root: root, Out: out}, editions[0], r)
	if err != nil {
		t.Fatal(err)
	}
	fr, err := readEdition(Options{Root: root, Out: out}, editions[1], r)
	if err != nil {
		t.Fatal(err)
	}
	if len(en) != 2 || len(fr) != 1 {
		t.Fatalf("%d English and %d French pages, want 2 and 1", len(en), len(fr))
	}
	if err := writeEdition(Options{Root: root, Out: out}, editions[0], en, fr, editions[1]); err != nil {
		t.Fatal(err)
	}
	if err := writeEdition(Options{Root: root, Out: out}, editions[1], fr, en, editions[0]); err != nil {
		t.Fatal(err)
	}
	read := func(p string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct {
		page string
		want []string
		not  []string
	}{
		{"index.html", []string{`<html lang="en">`, `href="fr/index.html"`, `>en français</a>`, `href="lessons/01-a.html"`, `href="style.css"`}, nil},
		{"lessons/01-a.html", []string{`href="../fr/lessons/01-a.html"`, `hreflang="fr"`, `href="../style.css"`, `<code>notebooks/01-a.ipynb</code>`, "setup cell (it makes the cells below import"}, nil},
		{"lessons/02-b.html", []string{`href="../style.css"`}, []string{"lang-switch"}},
		{"fr/index.html", []string{`<html lang="fr">`, `href="../index.html"`, `>in English</a>`, `href="lessons/01-a.html"`, `href="../style.css"`, "Leçons", "urlpath=tree%2Fnotebooks%2Ffr"}, []string{"02-b"}},
		{"fr/lessons/01-a.html", []string{`<html lang="fr">`, `href="../../lessons/01-a.html"`, `hreflang="en"`, `href="../../style.css"`, `href="../../playground/index.html"`,
			`<code>notebooks/fr/01-a.ipynb</code>`, "filepath=notebooks%2Ffr%2F01-a.ipynb", "La cellule de préparation", "Exercices"}, nil},
	} {
		got := read(c.page)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", c.page, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s has %s", c.page, w)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "fr", "lessons", "01-a", "cell03-3.png")); err != nil {
		t.Errorf("the French page's figure: %v", err)
	}
}
