package docker

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The image's facts, as docker/README.md states them.
const (
	kitDir     = "/opt/stepnet" // where COPY . puts the build context
	homeDir    = "/home/jovyan"
	userUID    = "1000"
	userName   = "jovyan"
	setupPath  = "scripts/setup.sh"
	startPath  = "docker/stepnet-start"
	dockerfile = "docker/Dockerfile"
	ignoreFile = "docker/Dockerfile.dockerignore"
)

// repoRoot is the build context: the folder holding stepnet's go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for ; ; dir = filepath.Dir(dir) {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/stepnet/stepnet\n")) {
			return dir
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("no stepnet go.mod above the test's folder")
		}
	}
}

func readDockerfile(t *testing.T) (string, []Instruction) {
	t.Helper()
	root := repoRoot(t)
	f, err := os.Open(filepath.Join(root, dockerfile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ins, err := Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", dockerfile, err)
	}
	return root, ins
}

// stages returns the instructions of the last build stage (from its FROM on).
func lastStage(ins []Instruction) []Instruction {
	last := 0
	for i, in := range ins {
		if in.Cmd == "FROM" {
			last = i
		}
	}
	return ins[last:]
}

func TestCopySourcesExistInTheContext(t *testing.T) {
	root, ins := readDockerfile(t)
	f, err := os.Open(filepath.Join(root, ignoreFile))
	if err != nil {
		t.Fatalf("the build context's ignore file: %v", err)
	}
	defer f.Close()
	ig, err := ParseIgnore(f)
	if err != nil {
		t.Fatal(err)
	}
	copies := 0
	for _, in := range ins {
		if in.Cmd != "COPY" && in.Cmd != "ADD" {
			continue
		}
		if _, ok := in.Flag("from"); ok {
			continue // from another stage or image, not from the context
		}
		if len(in.Args) < 2 {
			t.Errorf("line %d: %s needs a source and a destination: %q", in.Line, in.Cmd, in.Raw)
			continue
		}
		for _, src := range in.Args[:len(in.Args)-1] {
			copies++
			if strings.Contains(src, "://") {
				t.Errorf("line %d: %s from a URL %q: the image must build from the checkout", in.Line, in.Cmd, src)
				continue
			}
			rel := path.Clean(strings.TrimPrefix(src, "/"))
			if strings.HasPrefix(rel, "..") {
				t.Errorf("line %d: %s source %q is outside the build context", in.Line, in.Cmd, src)
				continue
			}
			matches, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(rel)))
			if len(matches) == 0 {
				t.Errorf("line %d: %s source %q does not exist in the build context %s", in.Line, in.Cmd, src, root)
			}
			if out, by := ig.Excluded(rel); out && rel != "." {
				t.Errorf("line %d: %s source %q is left out of the context by %q in %s", in.Line, in.Cmd, src, by, ignoreFile)
			}
		}
	}
	if copies == 0 {
		t.Fatal("the Dockerfile copies nothing from the checkout")
	}
	// What the image's RUN steps need from the context must survive the ignore file.
	for _, need := range []string{"go.mod", "go.sum", setupPath, startPath, "notebooks", "pkg", "lessons", "cmd", "solutions", "tests"} {
		if _, err := os.Stat(filepath.Join(root, need)); err != nil {
			t.Errorf("the image needs %s: %v", need, err)
		}
		if out, by := ig.Excluded(need); out {
			t.Errorf("%s leaves out %s (pattern %q), which the image needs", ignoreFile, need, by)
		}
	}
}

// kitSource maps a path inside the image to the checkout path it was copied from, through the
// Dockerfile's COPY instructions ("COPY . /opt/stepnet/" maps /opt/stepnet/X to X).
func kitSource(ins []Instruction, imagePath string) (string, bool) {
	for _, in := range ins {
		if in.Cmd != "COPY" || len(in.Args) != 2 {
			continue
		}
		src, dst := path.Clean(in.Args[0]), path.Clean(in.Args[1])
		if src == "." && strings.HasPrefix(imagePath, dst+"/") {
			return strings.TrimPrefix(imagePath, dst+"/"), true
		}
		if imagePath == dst {
			return src, true
		}
	}
	return "", false
}

func TestRunsAsJovyanWithPortCmdAndToken(t *testing.T) {
	root, ins := readDockerfile(t)
	stage := lastStage(ins)
	var user, cmd, entry *Instruction
	var exposed []string
	userAdded := false
	for i := range stage {
		in := &stage[i]
		switch in.Cmd {
		case "USER":
			user = in
		case "CMD":
			cmd = in
		case "ENTRYPOINT":
			entry = in
		case "EXPOSE":
			exposed = append(exposed, in.Args...)
		case "RUN":
			r := in.Args[0]
			if strings.Contains(r, "useradd") && strings.Contains(r, "--uid "+userUID) && strings.Contains(r, userName) && strings.Contains(r, homeDir) {
				userAdded = true
			}
		}
	}
	if !userAdded {
		t.Errorf("no RUN useradd creating %s with --uid %s and home %s", userName, userUID, homeDir)
	}
	if user == nil {
		t.Fatal("no USER instruction: the image would run as root")
	}
	u, _, _ := strings.Cut(user.Args[0], ":")
	if u != userUID && u != userName {
		t.Errorf("line %d: the final USER is %q, want %s (%s)", user.Line, user.Args[0], userUID, userName)
	}
	if !contains(exposed, "8888") && !contains(exposed, "8888/tcp") {
		t.Errorf("EXPOSE %v does not include 8888", exposed)
	}
	if cmd == nil {
		t.Fatal("no CMD")
	}
	if !cmd.JSON {
		t.Errorf("line %d: CMD in shell form: use the JSON form so signals reach the server", cmd.Line)
	}
	c := strings.Join(cmd.Args, " ")
	for _, want := range []string{"jupyter notebook", "--ip=0.0.0.0", "--port=8888"} {
		if !strings.Contains(c, want) {
			t.Errorf("line %d: CMD %q lacks %q", cmd.Line, c, want)
		}
	}
	if regexp.MustCompile(`(?i)token=(''|""|\s|$)|password=(''|""|\s|$)|disable_check_xsrf|allow_origin='?\*`).MatchString(c) {
		t.Errorf("line %d: CMD %q weakens authentication", cmd.Line, c)
	}
	if entry == nil || !entry.JSON {
		t.Fatal("no ENTRYPOINT in JSON form (tini and stepnet-start)")
	}
	e := strings.Join(entry.Args, " ")
	if !strings.Contains(e, "tini") || !strings.Contains(e, "stepnet-start") {
		t.Errorf("line %d: ENTRYPOINT %q should run stepnet-start under tini", entry.Line, e)
	}
	// The start script is copied from the checkout and is executable there.
	if src, ok := kitSource(ins, "/usr/local/bin/stepnet-start"); !ok || src != startPath {
		t.Errorf("/usr/local/bin/stepnet-start is not copied from %s (got %q)", startPath, src)
	}
	if st, err := os.Stat(filepath.Join(root, startPath)); err != nil || st.Mode()&0o111 == 0 {
		t.Errorf("%s must exist and be executable: %v", startPath, err)
	}
}

func TestGoStateLivesOutsideTheHome(t *testing.T) {
	_, ins := readDockerfile(t)
	env := map[string]string{}
	for _, in := range lastStage(ins) {
		if in.Cmd != "ENV" {
			continue
		}
		for _, kv := range in.Args {
			if k, v, ok := strings.Cut(kv, "="); ok {
				env[k] = v
			}
		}
	}
	// JupyterHub mounts the student's volume on /home/jovyan: what the image put there is hidden.
	for _, k := range []string{"GOPATH", "GOCACHE"} {
		v, ok := env[k]
		if !ok {
			t.Errorf("ENV %s is not set: Go would keep it under %s, hidden by JupyterHub's volume", k, homeDir)
		} else if strings.HasPrefix(v, homeDir) {
			t.Errorf("ENV %s=%s is under %s, hidden by JupyterHub's volume", k, v, homeDir)
		}
	}
	if env["HOME"] != homeDir {
		t.Errorf("ENV HOME=%q, want %s", env["HOME"], homeDir)
	}
}

// setupRuns returns the RUN instructions of the last stage that call the kit's setup script, and
// whether each runs as root (before any USER).
func setupRuns(ins []Instruction) (runs []Instruction, asRoot []bool) {
	root := true
	for _, in := range lastStage(ins) {
		switch in.Cmd {
		case "USER":
			u, _, _ := strings.Cut(in.Args[0], ":")
			root = u == "root" || u == "0"
		case "RUN":
			if strings.Contains(in.Args[0], kitDir+"/"+setupPath) {
				runs = append(runs, in)
				asRoot = append(asRoot, root)
			}
		}
	}
	return runs, asRoot
}

var setupCall = regexp.MustCompile(regexp.QuoteMeta(kitDir+"/"+setupPath) + `((?:\s+[^\s&|;]+)*)`)

func TestImageRunsTheSetupScriptCIRuns(t *testing.T) {
	root, ins := readDockerfile(t)
	runs, asRoot := setupRuns(ins)
	if len(runs) != 2 || !asRoot[0] || asRoot[1] {
		t.Fatalf("want two RUNs of %s/%s, the first as root (Debian packages), the second as %s: got %d (as root: %v)", kitDir, setupPath, userName, len(runs), asRoot)
	}
	src, ok := kitSource(ins, kitDir+"/"+setupPath)
	if !ok || src != setupPath {
		t.Fatalf("%s/%s does not come from the checkout's %s (COPY maps it to %q)", kitDir, setupPath, setupPath, src)
	}
	script := filepath.Join(root, setupPath)
	if st, err := os.Stat(script); err != nil || st.Mode()&0o111 == 0 {
		t.Fatalf("%s must exist and be executable: %v", setupPath, err)
	}
	// The arguments the image passes must be ones the script accepts: the script reads them all
	// before doing anything, so "ARGS --help" prints the usage and exits 0 only if ARGS are known.
	for _, in := range runs {
		for _, m := range setupCall.FindAllStringSubmatch(in.Args[0], -1) {
			args := append(strings.Fields(m[1]), "--help")
			out, err := exec.Command(script, args...).CombinedOutput()
			if err != nil {
				t.Errorf("line %d: %s %s: %v\n%s", in.Line, setupPath, strings.Join(args[:len(args)-1], " "), err, out)
			}
		}
	}

	// The same script is CI's: .ci/run runs `make test`, whose prerequisites include setup, whose
	// recipe runs ./scripts/setup.sh; `make notebook` goes through setup as well.
	ci, err := os.ReadFile(filepath.Join(root, ".ci/run"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^\s*(exec\s+)?make\s+test\b`).Match(ci) {
		t.Errorf(".ci/run does not run `make test`:\n%s", ci)
	}
	mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	rules := makeRules(string(mk))
	for _, target := range []string{"test", "notebook"} {
		if !contains(rules[target].prereqs, "setup") {
			t.Errorf("Makefile: %s does not depend on setup (prerequisites %v)", target, rules[target].prereqs)
		}
	}
	if !strings.Contains(strings.Join(rules["setup"].recipe, "\n"), "./"+setupPath) {
		t.Errorf("Makefile: the setup recipe %q does not run ./%s", rules["setup"].recipe, setupPath)
	}
}

type makeRule struct {
	prereqs []string
	recipe  []string
}

// makeRules reads "target: prereqs" lines and their tab-indented recipes (enough for our Makefile).
func makeRules(mk string) map[string]makeRule {
	rules := map[string]makeRule{}
	var cur string
	for _, line := range strings.Split(mk, "\n") {
		if strings.HasPrefix(line, "\t") {
			if cur != "" {
				r := rules[cur]
				r.recipe = append(r.recipe, strings.TrimSpace(line))
				rules[cur] = r
			}
			continue
		}
		cur = ""
		if strings.HasPrefix(line, "#") || strings.Contains(line, "=") && !strings.Contains(line, ":") {
			continue
		}
		head, rest, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(rest, "=") || strings.ContainsAny(head, " \t$") {
			continue
		}
		cur = head
		r := rules[cur]
		r.prereqs = append(r.prereqs, strings.Fields(rest)...)
		rules[cur] = r
	}
	return rules
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
