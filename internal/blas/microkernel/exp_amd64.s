#include "textflag.h"

// DEXP4: Y0 ← exp(Y0) lane by lane, Y7 ← all ones in the lanes that took
// math.Exp's ordinary path. Uses Y1–Y5 and the constants in Y8–Y15.
#define DEXP4 \
	VCMPPD $0x12, Y11, Y0, Y7; \
	VMULPD Y8, Y0, Y1; \
	VCVTPD2DQY Y1, X2; \
	VCVTDQ2PD X2, Y1; \
	VFNMADD231PD Y9, Y1, Y0; \
	VFNMADD231PD Y10, Y1, Y0; \
	VBROADCASTSD c16<>(SB), Y3; \
	VMULPD Y3, Y0, Y0; \
	VBROADCASTSD c8<>(SB), Y1; \
	VBROADCASTSD c7<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VBROADCASTSD c6<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VBROADCASTSD c5<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VBROADCASTSD c4<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VBROADCASTSD c3<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VBROADCASTSD c0<>(SB), Y3; \
	VFMADD213PD Y3, Y0, Y1; \
	VFMADD213PD Y13, Y0, Y1; \
	VMULPD Y1, Y0, Y0; \
	VADDPD Y12, Y0, Y1; \
	VMULPD Y1, Y0, Y0; \
	VADDPD Y12, Y0, Y1; \
	VMULPD Y1, Y0, Y0; \
	VADDPD Y12, Y0, Y1; \
	VMULPD Y1, Y0, Y0; \
	VADDPD Y12, Y0, Y1; \
	VFMADD213PD Y13, Y1, Y0; \
	VPADDD X14, X2, X2; \
	VPXOR X3, X3, X3; \
	VPCMPGTD X3, X2, X4; \
	VPCMPGTD X2, X15, X5; \
	VPAND X5, X4, X4; \
	VPMOVSXDQ X4, Y4; \
	VANDPD Y4, Y7, Y7; \
	VPMOVSXDQ X2, Y2; \
	VPSLLQ $52, Y2, Y2; \
	VMULPD Y2, Y0, Y0

// func dexp(n int, dst *float64, x *float64) int
//
// dst[k] = math.Exp(x[k]) for k < n (n ≥ 1), four values at a time (the
// last values under a mask), with the operations of the FMA path of Go's
// math.Exp on amd64 (src/math/exp_amd64.s, Shibata's method) lane by lane,
// in the same order: the same bits. Only for lanes it computes as
// math.Exp's ordinary path does: x ≤ 7.09782712893384e+02 (not NaN, not
// +Inf) and a result that is a normal float64 (2ᵏ with 1 ≤ k + 1023 ≤
// 2046). At the first group of four with another lane it stops, and
// returns the index of that group's first value (n if it did all): the
// caller computes those four with math.Exp and calls again for the rest.
TEXT ·dexp(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ dst+8(FP), DI
	MOVQ x+16(FP), SI
	XORQ AX, AX // values done

	MOVQ $0x3FF71547652B82FE, DX // LOG2E
	MOVQ DX, X8
	VBROADCASTSD X8, Y8
	MOVQ $0x3FE62E42FEFA3000, DX // LN2U
	MOVQ DX, X9
	VBROADCASTSD X9, Y9
	MOVQ $0x3D53DE6AF278ECE6, DX // LN2L
	MOVQ DX, X10
	VBROADCASTSD X10, Y10
	MOVQ $0x40862E42FEFA39EF, DX // Overflow, 7.09782712893384e+02
	MOVQ DX, X11
	VBROADCASTSD X11, Y11
	MOVQ $0x4000000000000000, DX // 2.0
	MOVQ DX, X12
	VBROADCASTSD X12, Y12
	MOVQ $0x3FF0000000000000, DX // 1.0
	MOVQ DX, X13
	VBROADCASTSD X13, Y13
	MOVL $0x3FF, DX // the exponent's bias
	MOVQ DX, X14
	VPBROADCASTD X14, X14
	MOVL $0x7FF, DX
	MOVQ DX, X15
	VPBROADCASTD X15, X15

loop:
	MOVQ CX, DX
	SUBQ AX, DX // values left, ≥ 1
	CMPQ DX, $4
	JL   tail
	VMOVUPD (SI)(AX*8), Y0
	DEXP4
	VMOVMSKPD Y7, DX
	CMPQ DX, $15
	JNE  stop
	VMOVUPD Y0, (DI)(AX*8)
	ADDQ $4, AX
	CMPQ AX, CX
	JL   loop
	JMP  stop

tail: // 1…3 values, loaded and stored under a mask (the lanes past the end load 0: ordinary)
	MOVQ DX, X1
	VPBROADCASTQ X1, Y1
	VMOVDQU lanes<>(SB), Y2
	VPCMPGTQ Y2, Y1, Y6 // values left > lane
	VMASKMOVPD (SI)(AX*8), Y6, Y0
	DEXP4
	VMOVMSKPD Y7, DX
	CMPQ DX, $15
	JNE  stop
	VMASKMOVPD Y0, Y6, (DI)(AX*8)
	MOVQ CX, AX

stop:
	VZEROUPPER
	MOVQ AX, ret+24(FP)
	RET

DATA c0<>+0(SB)/8, $0.5
GLOBL c0<>(SB), RODATA, $8
DATA c3<>+0(SB)/8, $1.6666666666666666667e-1
GLOBL c3<>(SB), RODATA, $8
DATA c4<>+0(SB)/8, $4.1666666666666666667e-2
GLOBL c4<>(SB), RODATA, $8
DATA c5<>+0(SB)/8, $8.3333333333333333333e-3
GLOBL c5<>(SB), RODATA, $8
DATA c6<>+0(SB)/8, $1.3888888888888888889e-3
GLOBL c6<>(SB), RODATA, $8
DATA c7<>+0(SB)/8, $1.9841269841269841270e-4
GLOBL c7<>(SB), RODATA, $8
DATA c8<>+0(SB)/8, $2.4801587301587301587e-5
GLOBL c8<>(SB), RODATA, $8
DATA lanes<>+0(SB)/8, $0
DATA lanes<>+8(SB)/8, $1
DATA lanes<>+16(SB)/8, $2
DATA lanes<>+24(SB)/8, $3
GLOBL lanes<>(SB), RODATA, $32
DATA c16<>+0(SB)/8, $0.0625
GLOBL c16<>(SB), RODATA, $8
