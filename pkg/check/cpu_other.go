//go:build !unix

package check

import "time"

// processCPU falls back to wall time where the process has no CPU clock
// (WebAssembly, Windows): the budgets are then wall-clock budgets.
func processCPU() time.Duration { return time.Duration(time.Now().UnixNano()) }
