//go:build !linux

package child

import "errors"

var errNoLimits = errors.New("not on this system")

func limitCPU(float64) error          { return errNoLimits }
func limitMemory(float64) error       { return errNoLimits }
func limitFileSize(uint64) error      { return errNoLimits }
func restrictWrites(dir string) error { return errNoLimits }
