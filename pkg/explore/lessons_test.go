package explore

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/lessons"
)

// cellCall is a lesson's explorable cell line: show.HTML(must.Explorable(CALL).HTML()).
var cellCall = regexp.MustCompile(`^show\.HTML\(must\.Explorable\((.*)\)\.HTML\(\)\)$`)

// TestBuildersInLessons: every explorable of Builders is shown by a Go cell
// of its own lesson with its Call, once, and no lesson shows an explorable
// that Builders does not list (the browser test plays with what Builders
// lists, in the lessons' exported pages).
func TestBuildersInLessons(t *testing.T) {
	want := map[int][]string{}
	for _, b := range Builders() {
		want[b.Lesson] = append(want[b.Lesson], b.Call)
	}
	for _, l := range lessons.All {
		file := filepath.Join("..", "..", "lessons", l.Slug, "lesson.md")
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		inGo := false
		for _, line := range strings.Split(string(src), "\n") {
			switch {
			case line == "```go":
				inGo = true
			case line == "```":
				inGo = false
			case strings.Contains(line, "must.Explorable("):
				m := cellCall.FindStringSubmatch(strings.TrimSpace(line))
				if !inGo || m == nil {
					t.Errorf("%s: %q: an explorable is shown by a line show.HTML(must.Explorable(CALL).HTML()) in a ```go cell", file, line)
					continue
				}
				got = append(got, m[1])
			}
		}
		if strings.Join(got, " ") != strings.Join(want[l.Number], " ") {
			t.Errorf("%s shows the explorables %q, explore.Builders lists %q for lesson %d (in this order)", file, got, want[l.Number], l.Number)
		}
	}
}
