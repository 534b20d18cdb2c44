package grade

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchClass writes n students into dir: each a copy of the reference
// solutions with its own comment (so that no build is cached from another
// student), every third one with a classic mistake, every fifth one with a
// function that loops.
func benchClass(b *testing.B, kit, dir string, n int) {
	lessons, err := filepath.Glob(filepath.Join(kit, "solutions", "*", "solutions.go"))
	if err != nil || len(lessons) == 0 {
		b.Fatalf("no solutions: %v", err)
	}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("student%02d", i)
		for _, path := range lessons {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			s := fmt.Sprintf("// %s's copy\n", name) + string(src)
			if i%3 == 1 {
				s = strings.Replace(s, "math.Exp(-a)", "math.Exp(a)", 1) // the sign of the sigmoid's exponent
			}
			if i%5 == 2 && strings.Contains(s, "func ReLU(") {
				s = strings.Replace(s, "func ReLU(a float64) float64 {", "func ReLU(a float64) float64 {\n\tfor a > 1e300 || a == 2.5 {\n\t}", 1)
			}
			lesson := filepath.Base(filepath.Dir(path))
			out := filepath.Join(dir, name, lesson, "exercises", "exercises.go")
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(out, []byte(s), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkClass60 grades 60 students × every exercise through the sandbox,
// as `stepnet grade -class` does (make bench-grade). The target is ≤ 2 min
// on a 2-core machine; it reports the seconds per student.
func BenchmarkClass60(b *testing.B) {
	kit, err := KitRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	benchClass(b, kit, dir, 60)
	b.ResetTimer()
	for k := 0; k < b.N; k++ {
		start := time.Now()
		students, err := GradeClass(dir, Options{Kit: kit, Secret: "bench", CaseCPU: time.Second})
		if err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		var build, run time.Duration
		for _, s := range students {
			if s.Err != "" {
				b.Fatalf("%s: %s", s.Name, s.Err)
			}
			build += s.Build
			for _, e := range s.Exercises {
				run += e.Wall
			}
		}
		b.ReportMetric(took.Seconds(), "s/class")
		b.ReportMetric(build.Seconds()/float64(len(students)), "s-build/student")
		b.ReportMetric(run.Seconds()/float64(len(students)), "s-run/student")
	}
}
