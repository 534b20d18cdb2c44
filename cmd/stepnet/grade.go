package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/internal/grade"
	"github.com/stepnet/stepnet/pkg/check"
	"github.com/stepnet/stepnet/pkg/lang"
)

func init() {
	register(command{name: "grade", summary: "grade exercises in a sandbox: one student's folder, or a class (-class) into a gradebook", run: gradeRun})
}

// byteSize is a flag such as 512MB, 1GiB or 1048576.
type byteSize struct{ n *int64 }

func (b byteSize) String() string {
	if b.n == nil {
		return ""
	}
	return strconv.FormatInt(*b.n, 10)
}

func (b byteSize) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"GIB", 1 << 30}, {"GB", 1 << 30}, {"G", 1 << 30}, {"MIB", 1 << 20}, {"MB", 1 << 20}, {"M", 1 << 20}, {"KIB", 1 << 10}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.m
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 {
		return fmt.Errorf("want a size such as 512MB, got %q", s)
	}
	*b.n = int64(v * float64(mult))
	return nil
}

func gradeRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("grade", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o grade.Options
	dir := fs.String("dir", "", "one student's folder of exercise files or notebooks (default: the kit's lessons/, its exercise stubs)")
	class := fs.String("class", "", "a class folder: one folder per student; writes the gradebook and pages to -out")
	out := fs.String("out", "grades", "with -class: the folder for gradebook.csv, class.html, hints.svg and feedback/")
	htmlOut := fs.String("html", "", "one student: also write the whole report (with step-throughs) as an HTML page")
	verbose := fs.Bool("v", false, "one student: print every case of every exercise, not only the summary")
	fs.StringVar(&o.Secret, "secret", os.Getenv("STEPNET_GRADE_SECRET"), "the teacher's secret: each student's random cases come from HMAC-SHA256(secret, student name) (default $STEPNET_GRADE_SECRET; none: the published cases)")
	fs.StringVar(&o.Only, "only", "", "grade only these exercises: comma-separated names or lesson numbers (Softmax,08)")
	fs.StringVar(&o.Kit, "kit", "", "the kit's folder (default: found from the current folder upwards)")
	fs.DurationVar(&o.CaseCPU, "case-cpu", 2*time.Second, "CPU time one call of a student's function may use")
	fs.DurationVar(&o.ExerciseCPU, "exercise-cpu", 10*time.Second, "CPU time one exercise (all its cases, in its own process) may use")
	fs.DurationVar(&o.CaseWall, "case-wall", 10*time.Second, "wall-clock backstop of one call that waits without using CPU (time.Sleep)")
	fs.DurationVar(&o.Wall, "wall", 0, "wall-clock backstop of one exercise's process (default 2×exercise-cpu + case-wall + 10s)")
	o.Memory, o.MaxOutput = 512<<20, 1<<20
	fs.Var(byteSize{&o.Memory}, "memory", "memory one exercise may allocate (512MB)")
	fs.Var(byteSize{&o.MaxOutput}, "max-output", "bytes one exercise may print (1MB)")
	fs.IntVar(&o.Jobs, "jobs", 0, "students graded at once (default: the number of CPUs)")
	tag := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet grade [-dir DIR | -class DIR [-out DIR]] [-secret S] [-only LIST] [-v] [-html FILE] [limits]")
		fmt.Fprintln(stderr, "\nRuns every exercise of a student in its own child process (CPU-time budget, memory limit, output cap,")
		fmt.Fprintln(stderr, "fresh working folder) and exits with status 1 when any exercise fails, 0 when all pass. Flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if err := setLang(*tag); err != nil {
		return err
	}
	if *dir != "" && *class != "" {
		return usageError{"give -dir (one student) or -class (a class), not both"}
	}
	if o.Kit == "" {
		kit, err := grade.KitRoot(".")
		if err != nil {
			return err
		}
		o.Kit = kit
	}
	if *class != "" {
		return gradeClass(*class, *out, o, stdout, stderr)
	}
	d := *dir
	if d == "" {
		d = filepath.Join(o.Kit, "lessons")
	}
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return usageError{fmt.Sprintf("-dir %s: not a folder", d)}
	}
	name := filepath.Base(d)
	if abs, err := filepath.Abs(d); err == nil {
		name = filepath.Base(abs)
	}
	s := grade.GradeStudent(name, d, o)
	if s.Err != "" {
		return errors.New(s.Err)
	}
	reports := s.Reports()
	if len(reports) == 0 {
		return usageError{fmt.Sprintf("no exercise matches -only %q", o.Only)}
	}
	if *verbose {
		for _, r := range reports {
			fmt.Fprintln(stdout, r.Text())
		}
	}
	fmt.Fprint(stdout, reports.Summary())
	total, max := s.Total(), 0.0
	for _, e := range s.Exercises {
		max += e.Exercise.Points
	}
	fmt.Fprintln(stdout, lang.F("cli.grade.points", total, max))
	if !*verbose && !s.AllPass() {
		fmt.Fprintln(stdout, lang.T("cli.grade.details"))
	}
	if *htmlOut != "" {
		page := grade.FeedbackHTML(s)
		if err := atomicfile.WriteFile(*htmlOut, []byte(page), 0o644); err != nil {
			return err
		}
	}
	if !s.AllPass() {
		return lang.Errorf("cli.grade.fail", len(reports)-reports.Passed(), len(reports))
	}
	return nil
}

func gradeClass(dir, out string, o grade.Options, stdout, stderr io.Writer) error {
	o.Progress = stderr
	start := time.Now()
	students, err := grade.GradeClass(dir, o)
	if err != nil {
		return err
	}
	took := time.Since(start)
	failing := 0
	max := 0.0
	for _, e := range check.Exercises() {
		max += e.Points
	}
	for _, s := range students {
		if !s.AllPass() {
			failing++
		}
		line := fmt.Sprintf("%-24s %6.2f points  %2d/%d exercises pass", s.Name, s.Total(), s.Passed(), len(s.Exercises))
		if s.Err != "" {
			line += "  (not graded: " + s.Err + ")"
		}
		fmt.Fprintln(stdout, line)
	}
	timing := fmt.Sprintf("%d students graded in %.1f s", len(students), took.Seconds())
	if err := grade.WriteClass(out, students, timing); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s; gradebook %s, class page %s\n", timing, filepath.Join(out, "gradebook.csv"), filepath.Join(out, "class.html"))
	if failing > 0 {
		return fmt.Errorf("%d of %d students have an exercise that fails", failing, len(students))
	}
	return nil
}
