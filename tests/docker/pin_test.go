package docker

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The base is pinned by digest (a tag alone moves under the image between two builds), FROM uses
// that build arg, docker/build.sh's local base names the same Go version, and no "# syntax="
// directive makes BuildKit fetch a frontend image from Docker Hub (which a local base cannot avoid).
func TestBaseIsPinnedByDigest(t *testing.T) {
	root, ins := readDockerfile(t)
	var def string
	for _, in := range ins {
		if in.Cmd == "FROM" {
			if strings.Join(in.Args, " ") != "${GO_IMAGE}" {
				t.Errorf("line %d: FROM %q, want FROM ${GO_IMAGE} (the pinned default, or the local base build.sh passes)", in.Line, in.Raw)
			}
			break
		}
		if in.Cmd == "ARG" {
			if v, ok := strings.CutPrefix(in.Args[0], "GO_IMAGE="); ok {
				def = v
			}
		}
	}
	m := regexp.MustCompile(`^golang:(1\.26\.\d+)-bookworm@sha256:[0-9a-f]{64}$`).FindStringSubmatch(def)
	if m == nil {
		t.Fatalf("ARG GO_IMAGE=%q: want golang:1.26.N-bookworm@sha256:<64 hex digits>", def)
	}
	build, err := os.ReadFile(filepath.Join(root, "docker", "build.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(build), "GO_VERSION:-"+m[1]) {
		t.Errorf("docker/build.sh's default GO_VERSION is not %s, the pinned base's Go", m[1])
	}
	src, err := os.ReadFile(filepath.Join(root, dockerfile))
	if err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`(?mi)^#\s*syntax\s*=`).Match(src) {
		t.Errorf("%s has a # syntax= directive: BuildKit would fetch that frontend from Docker Hub", dockerfile)
	}
}

// Binder's Dockerfile builds FROM the classroom image's pinned base (one pin to rebuild), and carries
// the same extra CA certificates step.
func TestBinderPin(t *testing.T) {
	root, _ := readDockerfile(t)
	arg := regexp.MustCompile(`(?m)^ARG GO_IMAGE=(\S+)$`)
	pin := func(path string) string {
		b, err := os.ReadFile(filepath.Join(root, path))
		if err != nil {
			t.Fatal(err)
		}
		m := arg.FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s: no ARG GO_IMAGE=…", path)
		}
		if !strings.Contains(string(b), "COPY docker/ca-certificates/ ") {
			t.Errorf("%s does not copy docker/ca-certificates/ (a build behind a TLS-inspecting proxy fails)", path)
		}
		return string(m[1])
	}
	if d, b := pin(dockerfile), pin("binder/Dockerfile"); d != b {
		t.Errorf("binder/Dockerfile builds FROM %s, docker/Dockerfile FROM %s: one pin for both", b, d)
	}
}
