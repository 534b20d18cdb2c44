#include "textflag.h"

// func saddscaled(n int, dst *float32, alpha float32, x *float32)
//
// dst[k] += α·x[k] for k < n, n a multiple of 8 (> 0): VMULPS then VADDPS,
// each rounded, as AddScaledGo.
TEXT ·saddscaled(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ dst+8(FP), DI
	VBROADCASTSS alpha+16(FP), Y15
	MOVQ x+24(FP), SI

saddloop:
	VMULPS  (SI), Y15, Y0
	VADDPS  (DI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $8, CX
	JG      saddloop
	VZEROUPPER
	RET

// func daddscaled(n int, dst *float64, alpha float64, x *float64): saddscaled
// in float64, n a multiple of 4.
TEXT ·daddscaled(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ dst+8(FP), DI
	VBROADCASTSD alpha+16(FP), Y15
	MOVQ x+24(FP), SI

daddloop:
	VMULPD  (SI), Y15, Y0
	VADDPD  (DI), Y0, Y0
	VMOVUPD Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	JG      daddloop
	VZEROUPPER
	RET
