#include "textflag.h"

// func cpuPause()
//
// One PAUSE: the spin-wait hint, which lets a sibling hardware thread of the
// same core run while this one waits for another core.
TEXT ·cpuPause(SB), NOSPLIT, $0-0
	PAUSE
	RET
