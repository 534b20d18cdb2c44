#include "textflag.h"

// func Pause()
//
// One PAUSE: the spin-wait hint, which lets a sibling hardware thread of the
// same core run while this one waits for another core.
TEXT ·Pause(SB), NOSPLIT, $0-0
	PAUSE
	RET
