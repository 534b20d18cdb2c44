//go:build ignore

// build.sh adds this file, without the build tag above, to gomacro's base/genimport.

package genimport

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// removeStaleImportDirs replaces gomacro's os.RemoveAll of $GOPATH/src/gomacro.imports before the
// first plugin import of a process: it deletes the gomacro_pid_N folders whose process N is gone (and
// this process's own, from an earlier process with the same id), and leaves the folders of gomacro
// processes still running alone, so that two kernels started side by side do not delete each
// other's plugin builds.
func removeStaleImportDirs(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "gomacro_pid_") {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimPrefix(name, "gomacro_pid_"))
		if err != nil {
			continue
		}
		if pid == os.Getpid() || !alive(pid) {
			_ = os.RemoveAll(filepath.Join(dir, name))
		}
	}
}

// alive tells whether process pid exists (signal 0 checks without sending anything; a process of
// another user answers "operation not permitted", and is alive).
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
