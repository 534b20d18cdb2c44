// Command grade runs every exercise's grader, each exercise in its own
// sandboxed child process (see internal/grade and `stepnet grade`), and
// prints one line per exercise and a summary such as "9/43 exercises pass".
//
//	go run ./tests/exercises/grade                  # the stubs in lessons/*/exercises
//	go run ./tests/exercises/grade -set solutions   # the reference solutions
//	go run ./tests/exercises/grade -v -only Softmax # every case of one exercise
//	go run ./tests/exercises/grade -html report.html
//
// It exits with status 0 however many exercises fail (a student's progress
// is not an error), unless -strict is given: then any failing exercise gives
// status 1. A student's function that calls os.Exit(0) ends only its own
// child process: that exercise fails, and -strict still exits 1.
// `stepnet grade` is the same grader with the sandbox's limits as flags;
// it always exits 1 when an exercise fails.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/internal/grade"
)

func main() {
	set := flag.String("set", "stubs", "which answers to grade: stubs (lessons/*/exercises) or solutions (solutions/*)")
	only := flag.String("only", "", "grade only these exercises: comma-separated names or lesson numbers (case-insensitive)")
	verbose := flag.Bool("v", false, "print every case of every graded exercise, not only the summary")
	htmlOut := flag.String("html", "", "also write the full report as a self-contained HTML file")
	strict := flag.Bool("strict", false, "exit with status 1 when an exercise fails")
	flag.Parse()

	kit, err := grade.KitRoot(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "grade:", err)
		os.Exit(2)
	}
	var dir string
	switch *set {
	case "stubs":
		dir = filepath.Join(kit, "lessons")
	case "solutions":
		dir = filepath.Join(kit, "solutions")
	default:
		fmt.Fprintf(os.Stderr, "grade: no answer set %q: want stubs or solutions\n", *set)
		os.Exit(2)
	}
	s := grade.GradeStudent(*set, dir, grade.Options{Kit: kit, Only: *only})
	if s.Err != "" {
		fmt.Fprintln(os.Stderr, "grade:", s.Err)
		os.Exit(2)
	}
	reports := s.Reports()
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
		if err := atomicfile.WriteFile(*htmlOut, []byte(grade.FeedbackHTML(s)), 0o600); err != nil {
			fmt.Fprintln(os.Stderr, "grade:", err)
			os.Exit(2)
		}
	}
	if *strict && reports.Passed() < len(reports) {
		os.Exit(1)
	}
}
