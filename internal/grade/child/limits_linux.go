package child

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

func limitCPU(seconds float64) error {
	soft := uint64(math.Ceil(seconds)) + 1
	return unix.Setrlimit(unix.RLIMIT_CPU, &unix.Rlimit{Cur: soft, Max: soft + 2})
}

// limitMemory caps the address space at what the Go runtime has reserved
// so far (about 1.2 GB on amd64, most of it never touched) plus mem.
func limitMemory(mem float64) error {
	lim := uint64(vmSize() + mem)
	return unix.Setrlimit(unix.RLIMIT_AS, &unix.Rlimit{Cur: lim, Max: lim})
}

func limitFileSize(n uint64) error {
	return unix.Setrlimit(unix.RLIMIT_FSIZE, &unix.Rlimit{Cur: n, Max: n})
}

// vmSize returns the process's address space in bytes (VmSize).
func vmSize() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 2 << 30
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmSize:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err == nil {
				return kb * 1024
			}
		}
	}
	return 2 << 30
}

// Landlock (Linux ≥ 5.13): a ruleset that handles every write access, with
// one rule allowing them beneath dir; reading stays allowed everywhere.
const (
	llWriteFile  = 1 << 1
	llRemoveDir  = 1 << 4
	llRemoveFile = 1 << 5
	llMakeChar   = 1 << 6
	llMakeDir    = 1 << 7
	llMakeReg    = 1 << 8
	llMakeSock   = 1 << 9
	llMakeFifo   = 1 << 10
	llMakeBlock  = 1 << 11
	llMakeSym    = 1 << 12
	llWrites     = llWriteFile | llRemoveDir | llRemoveFile | llMakeChar | llMakeDir | llMakeReg | llMakeSock | llMakeFifo | llMakeBlock | llMakeSym
)

type rulesetAttr struct{ handled uint64 }

type pathBeneath struct {
	allowed uint64
	fd      int32
}

func restrictWrites(dir string) error {
	abi, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, 0, 0, unix.LANDLOCK_CREATE_RULESET_VERSION)
	if e != 0 {
		return e
	}
	writes := uint64(llWrites)
	if abi >= 2 {
		writes |= 1 << 13 // REFER: linking or renaming a file into another folder
	}
	if abi >= 3 {
		writes |= 1 << 14 // TRUNCATE
	}
	attr := rulesetAttr{handled: writes}
	fd, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr), 0)
	if e != 0 {
		return e
	}
	defer unix.Close(int(fd))
	var errs error
	for _, d := range []string{dir, "/dev/null"} {
		flags := unix.O_PATH | unix.O_CLOEXEC
		allowed := writes
		if d == "/dev/null" {
			allowed = llWriteFile
		}
		pfd, err := unix.Open(d, flags, 0)
		if err != nil {
			errs = err
			continue
		}
		rule := pathBeneath{allowed: allowed, fd: int32(pfd)}
		// struct landlock_path_beneath_attr is packed: 8 + 4 bytes.
		_, _, e := unix.Syscall6(unix.SYS_LANDLOCK_ADD_RULE, uintptr(fd), 1, uintptr(unsafe.Pointer(&rule)), 0, 0, 0)
		unix.Close(pfd)
		if e != 0 {
			return e
		}
	}
	if errs != nil {
		return errs
	}
	// Both are per thread: they must hold for every thread of the Go
	// runtime (AllThreadsSyscall needs a build without cgo: the harness is
	// built with CGO_ENABLED=0).
	if _, _, e := syscall.AllThreadsSyscall(unix.SYS_PRCTL, unix.PR_SET_NO_NEW_PRIVS, 1, 0); e != 0 {
		return e
	}
	if _, _, e := syscall.AllThreadsSyscall(unix.SYS_LANDLOCK_RESTRICT_SELF, fd, 0, 0); e != 0 {
		return e
	}
	return nil
}
