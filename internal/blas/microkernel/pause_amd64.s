#include "textflag.h"

// func Pause()
//
// One PAUSE: the spin-wait hint, which lets a sibling hardware thread of the
// same core run while this one waits for another core.
TEXT ·Pause(SB), NOSPLIT, $0-0
	PAUSE
	RET

// func prefetch(p unsafe.Pointer, n int)
//
// PREFETCHT0 for each 64-byte line of the n > 0 bytes at p.
TEXT ·prefetch(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	LEAQ -1(SI)(CX*1), DX // the last byte
prefetchloop:
	PREFETCHT0 (SI)
	ADDQ $64, SI
	CMPQ SI, DX
	JLE  prefetchloop
	PREFETCHT0 (DX)
	RET
