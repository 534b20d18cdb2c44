// Command grade runs every exercise's grader and prints one line per
// exercise and a summary such as "9/16 exercises pass".
//
//	go run ./tests/exercises/grade                  # the stubs in lessons/*/exercises
//	go run ./tests/exercises/grade -set solutions   # the reference solutions
//	go run ./tests/exercises/grade -v -only Softmax # every case of one exercise
//	go run ./tests/exercises/grade -html report.html
//
// It exits with status 0 however many exercises fail (a student's progress
// is not an error), unless -strict is given: then any failing exercise gives
// status 1.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/pkg/check"
	"github.com/stepnet/stepnet/tests/exercises"
)

func main() {
	set := flag.String("set", "stubs", "which answers to grade: stubs (lessons/*/exercises) or solutions (solutions/*)")
	only := flag.String("only", "", "grade only the exercises whose name or lesson contains this text (case-insensitive)")
	verbose := flag.Bool("v", false, "print every case of every graded exercise, not only the summary")
	htmlOut := flag.String("html", "", "also write the full report as a self-contained HTML file")
	strict := flag.Bool("strict", false, "exit with status 1 when an exercise fails")
	flag.Parse()

	answers, ok := exercises.Sets[*set]
	if !ok {
		names := make([]string, 0, len(exercises.Sets))
		for n := range exercises.Sets {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(os.Stderr, "grade: no answer set %q in this build: want one of %s\n", *set, strings.Join(names, ", "))
		os.Exit(2)
	}
	var reports check.Reports
	for _, r := range exercises.Grade(answers) {
		if *only == "" || strings.Contains(strings.ToLower(r.Exercise+" "+r.Lesson), strings.ToLower(*only)) {
			reports = append(reports, r)
		}
	}
	if len(reports) == 0 {
		fmt.Fprintf(os.Stderr, "grade: no exercise matches %q\n", *only)
		os.Exit(2)
	}
	if *verbose {
		for _, r := range reports {
			fmt.Println(r.Text())
		}
	}
	fmt.Print(reports.Summary())
	if !*verbose && reports.Passed() < len(reports) {
		fmt.Println("details of one exercise: go run ./tests/exercises/grade -v -only NAME")
	}
	if *htmlOut != "" {
		if err := writeAtomic(*htmlOut, "<!DOCTYPE html>\n<meta charset=\"utf-8\"><title>stepnet exercises</title>\n"+reports.HTML()+"\n"); err != nil {
			fmt.Fprintln(os.Stderr, "grade:", err)
			os.Exit(2)
		}
	}
	if *strict && reports.Passed() < len(reports) {
		os.Exit(1)
	}
}

// writeAtomic writes a temporary file next to path, then renames it.
func writeAtomic(path, text string) error {
	return atomicfile.WriteFile(path, []byte(text), 0o600)
}
