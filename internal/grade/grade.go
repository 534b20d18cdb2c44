// Package grade is the sandboxed grader behind stepnet grade: it builds one
// harness program per student (the student's exercise files linked with
// pkg/check, see build.go), runs it once per exercise in a child process
// with a CPU-time budget, a memory limit, an output cap and a fresh working
// folder (see package child), and turns what happened into check.Reports,
// points, a CSV gradebook and HTML pages.
//
// What the sandbox does not prevent is written in tests/exercises/README.md
// ("What the sandbox does not prevent").
package grade

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/stepnet/stepnet/pkg/check"
)

// Options are the sandbox's limits and the grading's settings.
type Options struct {
	Kit string // the kit's module root (KitRoot)
	Go  string // the go command ("go" on PATH when empty)

	CaseCPU     time.Duration // CPU time one call may use (check.CaseCPU)
	ExerciseCPU time.Duration // CPU time one exercise's process may use (RLIMIT_CPU)
	CaseWall    time.Duration // wall-clock backstop of one call that sleeps (check.Timeout)
	Wall        time.Duration // wall-clock backstop of one exercise's process
	Memory      int64         // bytes the exercise may allocate (beyond what Go reserves at start)
	MaxOutput   int64         // bytes the exercise may print (stdout + stderr)

	Secret string // the teacher's secret: each student's random cases come from HMAC-SHA256(secret, name)
	Only   string // grade only these exercises: comma-separated names, or pieces of lesson names ("Softmax,08")
	Jobs   int    // students graded at once (runtime.NumCPU() when 0)

	// Progress, when set, receives a progress bar over the students.
	Progress io.Writer
}

// Defaults fills the zero fields of o with the documented defaults.
func (o *Options) Defaults() {
	if o.Go == "" {
		o.Go = "go"
		if p := filepath.Join(runtime.GOROOT(), "bin", "go"); fileExists(p) {
			o.Go = p
		}
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.CaseCPU, 2*time.Second)
	def(&o.ExerciseCPU, 10*time.Second)
	def(&o.CaseWall, 10*time.Second)
	def(&o.Wall, 2*o.ExerciseCPU+o.CaseWall+10*time.Second)
	if o.Memory <= 0 {
		o.Memory = 512 << 20
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = 1 << 20
	}
	if o.Jobs <= 0 {
		o.Jobs = runtime.NumCPU()
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// Seed returns the seed of a student's random cases: 0 (the published
// cases) without a secret, else the first 8 bytes of
// HMAC-SHA256(secret, name).
func Seed(secret, name string) uint64 {
	if secret == "" {
		return 0
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(name))
	return binary.BigEndian.Uint64(m.Sum(nil))
}

// ExerciseResult is one exercise of one student.
type ExerciseResult struct {
	Exercise check.Exercise
	Report   *check.Report
	Points   float64       // earned: Exercise.Points × the share of passing cases
	CPU      time.Duration // CPU time of the exercise's process
	Wall     time.Duration
	From     string // the student's file or notebook the function came from
	Problem  string // how the run ended when it did not end normally ("" otherwise)
	Output   string // the first bytes it printed
}

// Student is the grade of one student.
type Student struct {
	Name      string
	Dir       string
	Seed      uint64
	Exercises []ExerciseResult
	Build     time.Duration // building the harness
	Err       string        // why the student could not be graded at all
	Landlock  bool          // whether file writes were confined by the kernel
}

// Total returns the points earned.
func (s *Student) Total() float64 {
	t := 0.0
	for _, e := range s.Exercises {
		t += e.Points
	}
	return t
}

// Passed returns how many exercises pass.
func (s *Student) Passed() int {
	n := 0
	for _, e := range s.Exercises {
		if e.Report.Passed() {
			n++
		}
	}
	return n
}

// AllPass reports whether every graded exercise passes.
func (s *Student) AllPass() bool { return s.Err == "" && s.Passed() == len(s.Exercises) }

// Reports returns the student's reports.
func (s *Student) Reports() check.Reports {
	rs := make(check.Reports, len(s.Exercises))
	for i, e := range s.Exercises {
		rs[i] = e.Report
	}
	return rs
}

// selected returns the exercises o.Only selects.
func (o *Options) selected() []check.Exercise {
	var out []check.Exercise
	for _, e := range check.Exercises() {
		if o.Only == "" {
			out = append(out, e)
			continue
		}
		for _, want := range strings.Split(o.Only, ",") {
			want = strings.ToLower(strings.TrimSpace(want))
			if want != "" && (strings.ToLower(e.Name) == want || strings.Contains(strings.ToLower(e.Lesson), want)) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// GradeStudent grades the student whose files are in dir.
func GradeStudent(name, dir string, o Options) *Student {
	o.Defaults()
	s := &Student{Name: name, Dir: dir, Seed: Seed(o.Secret, name)}
	exs := o.selected()
	fail := func(msg string) *Student {
		s.Err = msg
		for _, e := range exs {
			r := skeleton(e, s.Seed)
			s.Exercises = append(s.Exercises, ExerciseResult{Exercise: e, Report: &check.Report{Lesson: r.Lesson, Exercise: r.Exercise, Task: r.Task,
				Cases: []check.Case{{Input: "(the student's files)", Got: "not graded", Want: "an answer", Hint: msg, Kind: check.KindCrash}}}})
		}
		return s
	}
	pkgs, err := loadStudent(dir)
	if err != nil {
		return fail("cannot read the folder: " + err.Error())
	}
	work, err := os.MkdirTemp("", "stepnet-grade-")
	if err != nil {
		return fail(err.Error())
	}
	defer os.RemoveAll(work)
	t0 := time.Now()
	h, err := buildHarness(o.Kit, o.Go, work, studentID(name, work), pkgs)
	s.Build = time.Since(t0)
	if err != nil {
		return fail(err.Error())
	}
	for _, e := range exs {
		res := ExerciseResult{Exercise: e, From: h.funcs[e.Name]}
		switch {
		case h.failed[e.Name] != "" && h.funcs[e.Name] == "":
			sk := skeleton(e, s.Seed)
			res.Report = &check.Report{Lesson: sk.Lesson, Exercise: sk.Exercise, Task: sk.Task,
				Cases: []check.Case{{Input: "(your source)", Got: "does not compile", Want: "a Go function " + e.Signature(), Hint: h.failed[e.Name], Kind: check.KindCrash}}}
			res.Problem = "does not compile"
		case h.funcs[e.Name] == "":
			sk := skeleton(e, s.Seed)
			res.Report = &check.Report{Lesson: sk.Lesson, Exercise: sk.Exercise, Task: sk.Task, NotImplemented: true,
				Notes: []string{"no function " + e.Name + " (or my" + e.Name + ") found in your files: write " + e.Signature()}}
		default:
			rr := runExercise(h, e, &o, s.Seed, work)
			res.Report, res.CPU, res.Wall, res.Problem, res.Output = rr.report, rr.cpu, rr.wall, rr.problem, rr.output
			s.Landlock = s.Landlock || rr.landlock
			if w := h.writes[e.Name]; w != "" && res.Report != nil {
				res.Report.Cases = append([]check.Case{{Input: "(your source)", Got: "writes files: " + w, Want: "no file written",
					Hint: "writes files (" + w + "): an exercise must not write, create or remove files, nor run programs; the sandbox refuses writes outside the exercise's own temporary folder", Kind: check.KindCrash}},
					res.Report.Cases...)
				if res.Problem == "" {
					res.Problem = "writes files (" + w + ")"
				}
			}
		}
		if k := h.kit[e.Name]; len(k) > 0 && res.Report != nil {
			res.Report.Notes = append(res.Report.Notes, "the file imports the kit's "+strings.Join(k, ", ")+
				": calling the reference the grader compares with passes, but it is not an answer of your own")
		}
		res.Points = res.Report.Score(e.Points)
		if h != nil && h.writes[e.Name] != "" {
			res.Points = 0 // writing files is not partly right
		}
		s.Exercises = append(s.Exercises, res)
	}
	return s
}

// GradeClass grades every student folder of dir (one folder per student,
// named after the student), Jobs at a time, in name order.
func GradeClass(dir string, o Options) ([]*Student, error) {
	o.Defaults()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s holds no student folder (one folder per student)", dir)
	}
	out := make([]*Student, len(names))
	bar := newBar(o.Progress, len(names))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < o.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = GradeStudent(names[i], filepath.Join(dir, names[i]), o)
				bar.done(names[i])
			}
		}()
	}
	for i := range names {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	bar.finish()
	return out, nil
}

// bar is a progress bar over the students, on one terminal line.
type bar struct {
	w     io.Writer
	mu    sync.Mutex
	n, of int
	start time.Time
}

func newBar(w io.Writer, of int) *bar {
	b := &bar{w: w, of: of, start: time.Now()}
	b.draw("")
	return b
}

func (b *bar) draw(last string) {
	if b.w == nil {
		return
	}
	const width = 30
	k := width * b.n / max(1, b.of)
	fmt.Fprintf(b.w, "\rgrading [%s%s] %d/%d students %5.1f s %-24s", strings.Repeat("#", k), strings.Repeat(" ", width-k), b.n, b.of, time.Since(b.start).Seconds(), last)
}

func (b *bar) done(name string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n++
	if len(name) > 24 {
		name = name[:24]
	}
	b.draw(name)
}

func (b *bar) finish() {
	if b.w != nil {
		fmt.Fprintln(b.w)
	}
}
