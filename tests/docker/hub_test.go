package docker

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestHub is the short form of `make hub-test`: tests/hub/hub.py check starts Debian's JupyterHub
// on 127.0.0.1 with stepnet's setup, logs a test user in through the REST API, starts that user's
// server and executes lesson 01 through the hub's proxy (about a minute). It skips when JupyterHub is
// not installed, unless STEPNET_REQUIRE_HUB=1 (`make test` sets it and installs JupyterHub).
func TestHub(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the hub check starts a JupyterHub and executes a lesson (about a minute)")
	}
	for _, tool := range []string{"jupyterhub", "configurable-http-proxy", "jupyterhub-singleuser"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("STEPNET_REQUIRE_HUB") == "1" {
				t.Fatalf("%s is not installed and STEPNET_REQUIRE_HUB=1 (install Debian's jupyterhub: `make hub-setup`)", tool)
			}
			t.Skipf("%s is not installed (Debian's jupyterhub; `make hub-test` installs it)", tool)
		}
	}
	lesson := os.Getenv("STEPNET_HUB_LESSON")
	if lesson == "" {
		lesson = "01"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, filepath.Join(repoRoot(t), "tests", "hub", "hub.py"), "check", "--lesson", lesson)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tests/hub/hub.py check --lesson %s: %v\n%s", lesson, err, out)
	}
	if !strings.Contains(string(out), "errors: 0") || !strings.Contains(string(out), "PASS") {
		t.Fatalf("tests/hub/hub.py check did not report a clean run:\n%s", out)
	}
	t.Logf("hub check, lesson %s, %.0f s:\n%s", lesson, time.Since(start).Seconds(), out)
}
