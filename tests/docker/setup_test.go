package docker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The image's user: scripts/setup.sh runs as this uid and gid when the tests run as root.
const (
	imageUID = 1000
	imageGID = 100
)

// runner runs scripts/setup.sh (or jupyter) as a non-root user in a fresh home.
type runner struct {
	home string
	env  []string
	cred *syscall.Credential // nil: the current (non-root) user
}

// run runs name with args as the runner's user; the output is stdout and stderr together, or
// stdout alone when stdoutOnly.
func (r runner) run(t *testing.T, stdoutOnly bool, name string, args ...string) (string, error) {
	t.Helper()
	// Compiling GoNB from an empty module cache, as a new user does, took 6½ min on this 2-core
	// machine at load 18–20 (the test then died at a 5 min limit): a bound against a hang, not a
	// speed test.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = r.home
	cmd.Env = r.env
	if r.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: r.cred}
	}
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if stdoutOnly {
		cmd.Stderr = &errs
	}
	err := cmd.Run()
	if err != nil && stdoutOnly {
		err = fmt.Errorf("%w\n%s", err, errs.String())
	}
	return out.String(), err
}

func goEnv(t *testing.T, goBin string, names ...string) []string {
	t.Helper()
	out, err := exec.Command(goBin, append([]string{"env"}, names...)...).Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
}

// chownTree gives dir and everything in it to uid:gid.
func chownTree(dir string, uid, gid int) error {
	return filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	})
}

// newRunner prepares a fresh home and the environment of the non-root user: Go (already installed)
// on PATH, Debian's Jupyter from the system, nothing of stepnet's in the home.
func newRunner(t *testing.T) runner {
	goBin, err := exec.LookPath("go")
	if err != nil {
		if _, err2 := os.Stat("/usr/local/go/bin/go"); err2 != nil {
			t.Skip("no Go installed (go on PATH or /usr/local/go): the setup script needs a prepared Go")
		}
		goBin = "/usr/local/go/bin/go"
	}
	base, err := os.MkdirTemp("", "stepnet-docker-setup-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(base, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	r := runner{home: home}
	r.env = []string{
		"HOME=" + home,
		"PATH=" + filepath.Dir(goBin) + ":/usr/local/bin:/usr/bin:/bin",
		"LANG=C.UTF-8",
		"GOTOOLCHAIN=local",
		"GOPATH=" + filepath.Join(home, "go"),
	}
	env := goEnv(t, goBin, "GOMODCACHE", "GOCACHE", "GOPROXY", "GOSUMDB")
	modcache, gocache, goproxy, gosumdb := env[0], env[1], env[2], env[3]

	if os.Geteuid() != 0 {
		// Not root: run as ourselves, sharing our module and build caches (fast when GoNB is there).
		r.env = append(r.env, "GOMODCACHE="+modcache, "GOCACHE="+gocache, "GOPROXY="+goproxy, "GOSUMDB="+gosumdb)
		return r
	}

	// Root: run as uid 1000 like the image. That user cannot read root's caches, so it gets its own
	// module cache in the fresh home, filled from a local module proxy that serves root's download
	// cache (what `make setup` just downloaded, verified then; no network needed), and a build
	// cache kept between runs so that only the first run on a machine compiles GoNB.
	r.cred = &syscall.Credential{Uid: imageUID, Gid: imageGID}
	download := filepath.Join(modcache, "cache", "download")
	if _, err := os.Stat(filepath.Join(download, "github.com/janpfeifer/gonb/@v/v0.11.1.zip")); err == nil {
		srv := httptest.NewServer(http.FileServer(http.Dir(download)))
		t.Cleanup(srv.Close)
		r.env = append(r.env, "GOPROXY="+srv.URL, "GOSUMDB=off")
	} else {
		t.Logf("GoNB v0.11.1 is not in %s: uid %d downloads it through %s", download, imageUID, goproxy)
		r.env = append(r.env, "GOPROXY="+goproxy, "GOSUMDB="+gosumdb)
	}
	shared := filepath.Join(os.TempDir(), "stepnet-docker-setup-gocache-"+strconv.Itoa(imageUID))
	if err := os.MkdirAll(shared, 0o755); err == nil && os.Lchown(shared, imageUID, imageGID) == nil {
		r.env = append(r.env, "GOCACHE="+shared)
	} else {
		r.env = append(r.env, "GOCACHE="+filepath.Join(home, ".cache", "go-build"))
	}
	if err := chownTree(home, imageUID, imageGID); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSetupAsNonRootInstallsTheKernelIntoTheHome(t *testing.T) {
	root := repoRoot(t)
	r := newRunner(t)
	// The user may not be able to enter the checkout (root's home on CI): run a copy of the script.
	src, err := os.ReadFile(filepath.Join(root, setupPath))
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(filepath.Dir(r.home), "setup.sh")
	if err := os.WriteFile(script, src, 0o755); err != nil {
		t.Fatal(err)
	}
	who := "the current user"
	if r.cred != nil {
		who = fmt.Sprintf("uid %d", r.cred.Uid)
	}

	start := time.Now()
	out, err := r.run(t, false, script, "gonb")
	if err != nil {
		if strings.Contains(out, "missing Debian packages") || strings.Contains(out, "no apt-get") {
			t.Skipf("Debian's Jupyter is not installed and %s cannot install it: run `make setup` as root first\n%s", who, out)
		}
		t.Fatalf("scripts/setup.sh as %s: %v\n%s", who, err, out)
	}
	t.Logf("first run as %s, HOME=%s: %.1f s\n%s", who, r.home, time.Since(start).Seconds(), out)

	gobin := filepath.Join(r.home, "go", "bin")
	kdir := filepath.Join(r.home, ".local", "share", "jupyter", "kernels", "gonb")
	spec := filepath.Join(kdir, "kernel.json")
	if !strings.Contains(out, "installing the GoNB kernelspec into "+spec) {
		t.Errorf("the script did not say it installed the kernelspec into %s:\n%s", spec, out)
	}
	var k struct {
		Argv     []string          `json:"argv"`
		Language string            `json:"language"`
		Env      map[string]string `json:"env"`
	}
	b, err := os.ReadFile(spec)
	if err != nil {
		t.Fatalf("no kernelspec in the user's home: %v", err)
	}
	if err := json.Unmarshal(b, &k); err != nil {
		t.Fatalf("%s: %v\n%s", spec, err, b)
	}
	if len(k.Argv) != 3 || k.Argv[0] != filepath.Join(gobin, "gonb") || k.Argv[1] != "--kernel" || k.Argv[2] != "{connection_file}" {
		t.Errorf("kernel.json argv = %q, want [%s --kernel {connection_file}]", k.Argv, filepath.Join(gobin, "gonb"))
	}
	if k.Language != "go" {
		t.Errorf("kernel.json language = %q", k.Language)
	}
	path := k.Env["PATH"]
	if !strings.Contains(path, gobin) || !strings.HasSuffix(path, "${PATH}") {
		t.Errorf("kernel.json env PATH = %q: want the user's GOBIN %s and go's folder before ${PATH}", path, gobin)
	}
	for _, tool := range []string{"gonb", "goimports"} {
		st, err := os.Stat(filepath.Join(gobin, tool))
		if err != nil || st.Mode()&0o111 == 0 {
			t.Errorf("%s is not installed in the user's GOBIN %s: %v", tool, gobin, err)
		}
	}
	if r.cred != nil {
		for _, p := range []string{spec, filepath.Join(gobin, "gonb")} {
			var st syscall.Stat_t
			if err := syscall.Stat(p, &st); err != nil || st.Uid != r.cred.Uid {
				t.Errorf("%s is owned by uid %d, want %d (%v)", p, st.Uid, r.cred.Uid, err)
			}
		}
	}

	// Jupyter, run as that user, finds the kernel in that user's home.
	if _, err := exec.LookPath("jupyter"); err == nil {
		out, err := r.run(t, true, "jupyter", "kernelspec", "list", "--json")
		var list struct {
			Kernelspecs map[string]struct {
				ResourceDir string `json:"resource_dir"`
			} `json:"kernelspecs"`
		}
		if err != nil || json.Unmarshal([]byte(out), &list) != nil {
			t.Errorf("jupyter kernelspec list --json as %s: %v\n%s", who, err, out)
		} else if got := list.Kernelspecs["gonb"].ResourceDir; got != kdir {
			t.Errorf("jupyter finds the gonb kernel in %q, want %q", got, kdir)
		}
	}

	// A second run finds everything in place and changes nothing.
	out2, err := r.run(t, false, script, "gonb")
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, out2)
	}
	lines := strings.Split(strings.TrimSpace(out2), "\n")
	if len(lines) != 4 {
		t.Errorf("second run printed %d lines, want 4 (Debian packages, gonb, goimports, kernelspec):\n%s", len(lines), out2)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "setup: ok ") {
			t.Errorf("second run did something: %q\n%s", l, out2)
		}
	}
	b2, _ := os.ReadFile(spec)
	if !bytes.Equal(b, b2) {
		t.Errorf("second run changed kernel.json:\n%s\n---\n%s", b, b2)
	}
}
