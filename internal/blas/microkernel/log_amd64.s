#include "textflag.h"

// DLOG4: Y0 ← log(Y0) lane by lane, with the operations of Go's math.Log
// on amd64 (src/math/log_amd64.s) in the same order, none fused; Y7 ← all
// ones in the lanes that take its ordinary path here: x a positive normal
// float64 (2⁻¹⁰²² ≤ x < +Inf; the others, 0, negatives, subnormals, +Inf and
// NaN, are left to math.Log). Uses Y1–Y7 and the constants below.
#define DLOG4 \
	VPCMPGTQ minNormal<>(SB), Y0, Y7; \
	VMOVDQU posInf<>(SB), Y1; \
	VPCMPGTQ Y0, Y1, Y1; \
	VPAND Y1, Y7, Y7; \
	VANDPD mantissa<>(SB), Y0, Y2; \
	VORPD half<>(SB), Y2, Y2; \
	VPSRLQ $52, Y0, Y1; \
	VPOR two52<>(SB), Y1, Y1; \
	VSUBPD two52p1022<>(SB), Y1, Y1; \
	VBROADCASTSD hsqrt2<>(SB), Y3; \
	VCMPPD $5, Y2, Y3, Y3; \
	VANDPD one<>(SB), Y3, Y3; \
	VSUBPD Y3, Y1, Y1; \
	VADDPD one<>(SB), Y3, Y3; \
	VMULPD Y3, Y2, Y2; \
	VSUBPD one<>(SB), Y2, Y2; \
	VADDPD two<>(SB), Y2, Y0; \
	VDIVPD Y0, Y2, Y3; \
	VMULPD Y3, Y3, Y4; \
	VMULPD Y4, Y4, Y5; \
	VMULPD l7<>(SB), Y5, Y6; \
	VADDPD l5<>(SB), Y6, Y6; \
	VMULPD Y5, Y6, Y6; \
	VADDPD l3<>(SB), Y6, Y6; \
	VMULPD Y5, Y6, Y6; \
	VADDPD l1<>(SB), Y6, Y6; \
	VMULPD Y6, Y4, Y4; \
	VMULPD l6<>(SB), Y5, Y6; \
	VADDPD l4<>(SB), Y6, Y6; \
	VMULPD Y5, Y6, Y6; \
	VADDPD l2<>(SB), Y6, Y6; \
	VMULPD Y6, Y5, Y5; \
	VADDPD Y5, Y4, Y4; \
	VMULPD half<>(SB), Y2, Y0; \
	VMULPD Y2, Y0, Y0; \
	VADDPD Y0, Y4, Y4; \
	VMULPD Y4, Y3, Y3; \
	VMULPD ln2lo<>(SB), Y1, Y4; \
	VADDPD Y4, Y3, Y3; \
	VSUBPD Y3, Y0, Y0; \
	VSUBPD Y2, Y0, Y0; \
	VMULPD ln2hi<>(SB), Y1, Y1; \
	VSUBPD Y0, Y1, Y0

// func dlog(n int, dst *float64, x *float64) int
//
// dst[k] = math.Log(x[k]) for k < n (n ≥ 1), four values at a time (the
// last ones under a mask), lane by lane with math.Log's operations: the
// same bits. At the first group of four with a value outside the ordinary
// path (see DLOG4) it stops, and returns the index of that group's first
// value (n if it did all): the caller computes those four with math.Log
// and calls again for the rest.
TEXT ·dlog(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ dst+8(FP), DI
	MOVQ x+16(FP), SI
	XORQ AX, AX

loop:
	MOVQ CX, DX
	SUBQ AX, DX // values left, ≥ 1
	CMPQ DX, $4
	JL   tail
	VMOVUPD (SI)(AX*8), Y0
	DLOG4
	VMOVMSKPD Y7, DX
	CMPQ DX, $15
	JNE  stop
	VMOVUPD Y0, (DI)(AX*8)
	ADDQ $4, AX
	CMPQ AX, CX
	JL   loop
	JMP  stop

tail: // 1…3 values, loaded and stored under a mask
	MOVQ DX, X1
	VPBROADCASTQ X1, Y1
	VMOVDQU loglanes<>(SB), Y2
	VPCMPGTQ Y2, Y1, Y8 // values left > lane (Y8: DLOG4 uses Y1–Y7)
	VMASKMOVPD (SI)(AX*8), Y8, Y0
	VMOVUPD one<>(SB), Y5
	VBLENDVPD Y8, Y0, Y5, Y0 // the lanes past the end: 1, an ordinary value
	DLOG4
	VMOVMSKPD Y7, DX
	CMPQ DX, $15
	JNE  stop
	VMASKMOVPD Y0, Y8, (DI)(AX*8)
	MOVQ CX, AX

stop:
	VZEROUPPER
	MOVQ AX, ret+24(FP)
	RET

#define QUAD(name, v) \
	DATA name+0(SB)/8, v; \
	DATA name+8(SB)/8, v; \
	DATA name+16(SB)/8, v; \
	DATA name+24(SB)/8, v; \
	GLOBL name(SB), RODATA, $32

QUAD(minNormal<>, $0x000FFFFFFFFFFFFF)
QUAD(posInf<>, $0x7FF0000000000000)
QUAD(mantissa<>, $0x000FFFFFFFFFFFFF)
QUAD(half<>, $0x3FE0000000000000)
QUAD(one<>, $0x3FF0000000000000)
QUAD(two<>, $0x4000000000000000)
QUAD(two52<>, $0x4330000000000000)
QUAD(two52p1022<>, $0x43300000000003FE)
QUAD(l1<>, $0x3FE5555555555593)
QUAD(l2<>, $0x3FD999999997FA04)
QUAD(l3<>, $0x3FD2492494229359)
QUAD(l4<>, $0x3FCC71C51D8E78AF)
QUAD(l5<>, $0x3FC7466496CB03DE)
QUAD(l6<>, $0x3FC39A09D078C69F)
QUAD(l7<>, $0x3FC2F112DF3E5244)
QUAD(ln2hi<>, $0x3FE62E42FEE00000)
QUAD(ln2lo<>, $0x3DEA39EF35793C76)
DATA hsqrt2<>+0(SB)/8, $0x3FE6A09E667F3BCD
GLOBL hsqrt2<>(SB), RODATA, $8
DATA loglanes<>+0(SB)/8, $0
DATA loglanes<>+8(SB)/8, $1
DATA loglanes<>+16(SB)/8, $2
DATA loglanes<>+24(SB)/8, $3
GLOBL loglanes<>(SB), RODATA, $32
