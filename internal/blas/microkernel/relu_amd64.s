#include "textflag.h"

// func srelu(n int, h *float32, a *float32)
//
// h[k] = max(a[k], 0) as Go's max computes it (a NaN stays NaN, −0 gives
// +0), for k < n, n a multiple of 8 (> 0): VMAXPS with 0 first returns its
// second operand, a, when a is NaN or ±0, and adding +0 turns −0 into +0.
TEXT ·srelu(SB), NOSPLIT, $0-24
	MOVQ n+0(FP), CX
	MOVQ h+8(FP), DI
	MOVQ a+16(FP), SI
	VXORPS Y14, Y14, Y14

sreluloop:
	VMOVUPS (SI), Y0
	VMAXPS  Y0, Y14, Y1 // 0 > a ? 0 : a
	VADDPS  Y14, Y1, Y1 // −0 + 0 = +0
	VMOVUPS Y1, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $8, CX
	JG      sreluloop
	VZEROUPPER
	RET

// func drelu(n int, h *float64, a *float64): srelu in float64, n a multiple of 4.
TEXT ·drelu(SB), NOSPLIT, $0-24
	MOVQ n+0(FP), CX
	MOVQ h+8(FP), DI
	MOVQ a+16(FP), SI
	VXORPD Y14, Y14, Y14

dreluloop:
	VMOVUPD (SI), Y0
	VMAXPD  Y0, Y14, Y1
	VADDPD  Y14, Y1, Y1
	VMOVUPD Y1, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	JG      dreluloop
	VZEROUPPER
	RET

// func sreluprime(n int, d *float32, a *float32)
//
// d[k] = d[k]·g′(a[k]) with g′ = 1 where a > 0 or a is NaN (a ≤ 0 is false),
// 0 otherwise, for k < n, n a multiple of 8 (> 0): the comparison "not less
// or equal" gives a mask of ones where g′ = 1, and the mask and 1.0 is g′.
TEXT ·sreluprime(SB), NOSPLIT, $0-24
	MOVQ n+0(FP), CX
	MOVQ d+8(FP), DI
	MOVQ a+16(FP), SI
	VXORPS Y14, Y14, Y14
	MOVL $0x3f800000, AX // 1.0
	MOVQ AX, X15
	VBROADCASTSS X15, Y15

sprimeloop:
	VMOVUPS (SI), Y0
	VCMPPS  $6, Y14, Y0, Y1 // a not ≤ 0 (NLE_US: true for NaN)
	VANDPS  Y15, Y1, Y1     // g′ ∈ {0, 1}
	VMULPS  (DI), Y1, Y1    // d·g′
	VMOVUPS Y1, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $8, CX
	JG      sprimeloop
	VZEROUPPER
	RET

// func dreluprime(n int, d *float64, a *float64): sreluprime in float64, n a multiple of 4.
TEXT ·dreluprime(SB), NOSPLIT, $0-24
	MOVQ n+0(FP), CX
	MOVQ d+8(FP), DI
	MOVQ a+16(FP), SI
	VXORPD Y14, Y14, Y14
	MOVQ $0x3ff0000000000000, AX // 1.0
	MOVQ AX, X15
	VBROADCASTSD X15, Y15

dprimeloop:
	VMOVUPD (SI), Y0
	VCMPPD  $6, Y14, Y0, Y1
	VANDPD  Y15, Y1, Y1
	VMULPD  (DI), Y1, Y1
	VMOVUPD Y1, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX
	JG      dprimeloop
	VZEROUPPER
	RET
