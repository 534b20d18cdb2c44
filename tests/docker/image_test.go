package docker

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The built image, run for real: `make docker-test` builds it (docker/build.sh) and sets
// STEPNET_DOCKER_IMAGE; without it the test skips. Every container runs on the host's network
// (--network host), its server on the host's 127.0.0.1 only.

func dockerCLI() string {
	if d := os.Getenv("DOCKER"); d != "" {
		return d
	}
	if _, err := os.Stat("/usr/bin/docker"); err == nil {
		return "/usr/bin/docker" // Debian's client, the engine's version (docker/build.sh uses it too)
	}
	return "docker"
}

// docker runs the docker CLI with a deadline and returns its combined output.
func docker(t *testing.T, timeout time.Duration, env []string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, dockerCLI(), args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// listeners returns the local addresses listening on port, from the host's /proc/net/tcp and
// tcp6 (the container shares the host's network namespace), as hex "ADDR" strings.
func listeners(t *testing.T, port int) []string {
	t.Helper()
	var out []string
	want := fmt.Sprintf(":%04X", port)
	for _, f := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) > 3 && fields[3] == "0A" && strings.HasSuffix(fields[1], want) { // 0A: LISTEN
				out = append(out, strings.TrimSuffix(fields[1], want))
			}
		}
		fh.Close()
	}
	return out
}

func randomToken(t *testing.T) string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

func status(t *testing.T, url, token string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "token "+token)
	}
	c := http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	r, err := c.Do(req)
	if err != nil {
		return -1
	}
	r.Body.Close()
	return r.StatusCode
}

func TestImage(t *testing.T) {
	image := os.Getenv("STEPNET_DOCKER_IMAGE")
	if image == "" {
		t.Skip("STEPNET_DOCKER_IMAGE is not set: `make docker-test` builds the image and runs this test")
	}
	if out, err := docker(t, time.Minute, nil, "image", "inspect", "--format", "{{.Config.User}} {{.Size}}", image); err != nil {
		t.Fatalf("docker image inspect %s: %v\n%s", image, err, out)
	} else {
		t.Logf("image %s: user, size: %s", image, strings.TrimSpace(out))
	}

	// stepnet-start refuses an empty token (that would turn authentication off).
	out, err := docker(t, 2*time.Minute, []string{"JUPYTER_TOKEN="}, "run", "--rm", "--network", "host", "-e", "JUPYTER_TOKEN", image, "true")
	if err == nil || !strings.Contains(out, "JUPYTER_TOKEN is empty") {
		t.Errorf("an empty JUPYTER_TOKEN: want stepnet-start to refuse, got %v:\n%s", err, out)
	}

	// The server on the host network, on 127.0.0.1 only (the image's CMD listens on 0.0.0.0, right
	// for a bridge network published with -p 127.0.0.1:8888:8888; on the host's network the command
	// names 127.0.0.1). The token reaches the container through the environment (-e NAME, no value
	// on the command line), never through an argument that `ps` would show. The home is an empty
	// tmpfs, as a student's new volume on JupyterHub (a new named Docker volume would be filled from
	// the image's home instead): stepnet-start must copy the kit into it.
	port := freePort(t)
	token := randomToken(t)
	name := fmt.Sprintf("stepnet-test-%d", os.Getpid())
	start := time.Now()
	out, err = docker(t, 2*time.Minute, []string{"JUPYTER_TOKEN=" + token}, "run", "-d", "--rm", "--network", "host",
		"--name", name, "-e", "JUPYTER_TOKEN", "--tmpfs", "/home/jovyan:rw,exec,uid=1000,gid=100,mode=0755", image,
		"jupyter", "notebook", "--ip=127.0.0.1", "--port="+strconv.Itoa(port), "--no-browser", "--notebook-dir=/home/jovyan")
	if err != nil {
		t.Fatalf("docker run: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		if t.Failed() {
			logs, _ := docker(t, time.Minute, nil, "logs", "--tail", "60", name)
			t.Logf("container log (last 60 lines):\n%s", logs)
		}
		docker(t, time.Minute, nil, "rm", "-f", name)
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	for status(t, base+"/api/status", "") < 0 {
		if time.Since(start) > 2*time.Minute {
			logs, _ := docker(t, time.Minute, nil, "logs", name)
			t.Fatalf("the server did not answer on %s within 2 min:\n%s", base, logs)
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Logf("server answering on %s %.1f s after docker run", base, time.Since(start).Seconds())
	if out, err := docker(t, time.Minute, nil, "logs", name); err == nil && strings.Contains(out, "copied the stepnet kit") {
		t.Logf("stepnet-start copied the kit into the empty home")
	} else {
		t.Errorf("stepnet-start did not say it copied the kit (err %v):\n%s", err, out)
	}

	// Every process of the container runs as uid 1000.
	out, err = docker(t, time.Minute, nil, "top", name, "-eo", "uid,pid,args")
	if err != nil {
		t.Fatalf("docker top: %v\n%s", err, out)
	}
	procs := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(l)
		procs++
		if f[0] != userUID {
			t.Errorf("a process of the container runs as uid %s, want %s: %s", f[0], userUID, l)
		}
		if strings.Contains(l, token) {
			t.Errorf("the token is on a command line: %s", l)
		}
	}
	t.Logf("%d processes in the container, all uid %s:\n%s", procs, userUID, out)

	// Listening on 127.0.0.1 only.
	ls := listeners(t, port)
	if len(ls) == 0 {
		t.Errorf("nothing listens on port %d in /proc/net/tcp", port)
	}
	for _, a := range ls {
		if a != "0100007F" && a != "00000000000000000000000001000000" {
			t.Errorf("port %d listens on %s, not only 127.0.0.1 / ::1", port, a)
		}
	}

	// The token is required.
	for _, c := range []struct {
		path, token string
		want        int
	}{
		{"/api/kernels", "", http.StatusForbidden},
		{"/api/kernels", "wrong" + token, http.StatusForbidden},
		{"/api/contents/stepnet/notebooks", "", http.StatusForbidden},
		{"/api/kernels", token, http.StatusOK},
		{"/api/contents/stepnet/notebooks", token, http.StatusOK},
	} {
		if got := status(t, base+c.path, c.token); got != c.want {
			t.Errorf("GET %s with token %q: HTTP %d, want %d", c.path, strings.Repeat("x", len(c.token)), got, c.want)
		}
	}
	if got := status(t, base+"/tree", ""); got != http.StatusFound {
		t.Errorf("GET /tree without a token: HTTP %d, want 302 to the login page", got)
	}

	// A lesson notebook executed inside the container on GoNB, with the module proxy off: the
	// image's module cache and warm build cache are all it needs.
	lesson := os.Getenv("STEPNET_DOCKER_LESSON")
	if lesson == "" {
		lesson = "08"
	}
	nbs, _ := filepath.Glob(filepath.Join(repoRoot(t), "notebooks", lesson+"-*.ipynb"))
	if len(nbs) != 1 {
		t.Fatalf("no single notebooks/%s-*.ipynb: %v", lesson, nbs)
	}
	nb := filepath.Base(nbs[0])
	start = time.Now()
	out, err = docker(t, 20*time.Minute, nil, "exec", "-e", "GOPROXY=off", "-w", "/home/jovyan/stepnet", name,
		"jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=900",
		"--output-dir", "/tmp/executed", "notebooks/"+nb)
	if err != nil {
		t.Fatalf("nbconvert --execute %s in the container: %v\n%s", nb, err, out)
	}
	t.Logf("notebooks/%s executed in the container on GoNB (GOPROXY=off) in %.1f s", nb, time.Since(start).Seconds())
	out, err = docker(t, time.Minute, nil, "exec", name, "cat", "/tmp/executed/"+nb)
	if err != nil {
		t.Fatalf("reading the executed notebook: %v", err)
	}
	var doc struct {
		Metadata struct {
			Kernelspec struct{ Name string } `json:"kernelspec"`
		} `json:"metadata"`
		Cells []struct {
			CellType string `json:"cell_type"`
			Outputs  []struct {
				OutputType string          `json:"output_type"`
				Name       string          `json:"name"`
				Text       json.RawMessage `json:"text"`
				Ename      string          `json:"ename"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("the executed notebook does not parse: %v", err)
	}
	if doc.Metadata.Kernelspec.Name != "gonb" {
		t.Errorf("the notebook ran on kernel %q, want gonb", doc.Metadata.Kernelspec.Name)
	}
	code, outputs := 0, 0
	for i, c := range doc.Cells {
		if c.CellType != "code" {
			continue
		}
		code++
		for _, o := range c.Outputs {
			outputs++
			var text string
			var parts []string
			if json.Unmarshal(o.Text, &parts) == nil {
				text = strings.Join(parts, "")
			} else {
				json.Unmarshal(o.Text, &text)
			}
			// GoNB reports a panic or a compile error only on stderr, with "exit status".
			if o.OutputType == "error" || o.Name == "stderr" && strings.Contains(text, "exit status") {
				t.Errorf("cell %d: %s %s %s", i, o.OutputType, o.Ename, text)
			}
		}
	}
	if code == 0 || outputs == 0 {
		t.Errorf("the executed notebook has %d code cells and %d outputs", code, outputs)
	}

	// The grader inside the image (stepnet grade: each exercise in a sandboxed child process), on the
	// reference solutions, which must all pass; also without the module proxy.
	grade := []string{"go", "run", "./cmd/stepnet", "grade", "-dir", "solutions"}
	start = time.Now()
	out, err = docker(t, 15*time.Minute, nil, append([]string{"exec", "-e", "GOPROXY=off", "-w", "/home/jovyan/stepnet", name}, grade...)...)
	if err != nil {
		t.Fatalf("%s in the container: %v\n%s", strings.Join(grade, " "), err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	t.Logf("%s in the container (GOPROXY=off): %.1f s, last line: %s", strings.Join(grade, " "), time.Since(start).Seconds(), lines[len(lines)-1])
}
