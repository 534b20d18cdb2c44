#include "textflag.h"

// func stranspose8(n int, src *float32, srcStride int, dst *float32, dstStride int)
//
// dst[p*dstStride + j] = src[j*srcStride + p] for j < 8 and p < n, n a
// multiple of 8 (> 0): eight rows of src become eight columns of dst, an
// 8×8 block at a time, in registers (AVX: unpack, shuffle, swap halves).
TEXT ·stranspose8(SB), NOSPLIT, $0-40
	MOVQ n+0(FP), CX
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R9
	SHLQ $2, R9
	MOVQ dst+24(FP), DI
	MOVQ dstStride+32(FP), R10
	SHLQ $2, R10
	LEAQ (R9)(R9*2), R11 // 3 rows of src
	LEAQ (R10)(R10*2), R12 // 3 rows of dst

loop:
	MOVQ SI, AX
	VMOVUPS (AX), Y0 // row 0: p … p+7
	VMOVUPS (AX)(R9*1), Y1
	VMOVUPS (AX)(R9*2), Y2
	VMOVUPS (AX)(R11*1), Y3
	LEAQ (AX)(R9*4), AX
	VMOVUPS (AX), Y4
	VMOVUPS (AX)(R9*1), Y5
	VMOVUPS (AX)(R9*2), Y6
	VMOVUPS (AX)(R11*1), Y7

	VUNPCKLPS Y1, Y0, Y8 // a0 b0 a1 b1 | a4 b4 a5 b5
	VUNPCKHPS Y1, Y0, Y9 // a2 b2 a3 b3 | a6 b6 a7 b7
	VUNPCKLPS Y3, Y2, Y10
	VUNPCKHPS Y3, Y2, Y11
	VUNPCKLPS Y5, Y4, Y12
	VUNPCKHPS Y5, Y4, Y13
	VUNPCKLPS Y7, Y6, Y14
	VUNPCKHPS Y7, Y6, Y15

	VSHUFPS $0x44, Y10, Y8, Y0 // a0 b0 c0 d0 | a4 b4 c4 d4
	VSHUFPS $0xEE, Y10, Y8, Y1 // a1 b1 c1 d1 | a5 b5 c5 d5
	VSHUFPS $0x44, Y11, Y9, Y2 // a2 … | a6 …
	VSHUFPS $0xEE, Y11, Y9, Y3 // a3 … | a7 …
	VSHUFPS $0x44, Y14, Y12, Y4 // e0 f0 g0 h0 | e4 …
	VSHUFPS $0xEE, Y14, Y12, Y5
	VSHUFPS $0x44, Y15, Y13, Y6
	VSHUFPS $0xEE, Y15, Y13, Y7

	VPERM2F128 $0x20, Y4, Y0, Y8 // a0 … h0
	VPERM2F128 $0x20, Y5, Y1, Y9 // a1 … h1
	VPERM2F128 $0x20, Y6, Y2, Y10
	VPERM2F128 $0x20, Y7, Y3, Y11
	VPERM2F128 $0x31, Y4, Y0, Y12 // a4 … h4
	VPERM2F128 $0x31, Y5, Y1, Y13
	VPERM2F128 $0x31, Y6, Y2, Y14
	VPERM2F128 $0x31, Y7, Y3, Y15

	MOVQ DI, BX
	VMOVUPS Y8, (BX)
	VMOVUPS Y9, (BX)(R10*1)
	VMOVUPS Y10, (BX)(R10*2)
	VMOVUPS Y11, (BX)(R12*1)
	LEAQ (BX)(R10*4), BX
	VMOVUPS Y12, (BX)
	VMOVUPS Y13, (BX)(R10*1)
	VMOVUPS Y14, (BX)(R10*2)
	VMOVUPS Y15, (BX)(R12*1)

	ADDQ $32, SI // p += 8
	LEAQ (DI)(R10*8), DI
	SUBQ $8, CX
	JG   loop
	VZEROUPPER
	RET

// func dtranspose8(n int, src *float64, srcStride int, dst *float64, dstStride int)
//
// dst[p*dstStride + j] = src[j*srcStride + p] for j < 8 and p < n, n a
// multiple of 4 (> 0): two 4×4 blocks (rows 0–3 and 4–7 of src) at a time.
TEXT ·dtranspose8(SB), NOSPLIT, $0-40
	MOVQ n+0(FP), CX
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R9
	SHLQ $3, R9
	MOVQ dst+24(FP), DI
	MOVQ dstStride+32(FP), R10
	SHLQ $3, R10
	LEAQ (R9)(R9*2), R11
	LEAQ (R10)(R10*2), R12

dloop:
	MOVQ SI, AX
	VMOVUPD (AX), Y0 // row 0: p … p+3
	VMOVUPD (AX)(R9*1), Y1
	VMOVUPD (AX)(R9*2), Y2
	VMOVUPD (AX)(R11*1), Y3
	LEAQ (AX)(R9*4), AX
	VMOVUPD (AX), Y4
	VMOVUPD (AX)(R9*1), Y5
	VMOVUPD (AX)(R9*2), Y6
	VMOVUPD (AX)(R11*1), Y7

	VUNPCKLPD Y1, Y0, Y8 // a0 b0 | a2 b2
	VUNPCKHPD Y1, Y0, Y9 // a1 b1 | a3 b3
	VUNPCKLPD Y3, Y2, Y10 // c0 d0 | c2 d2
	VUNPCKHPD Y3, Y2, Y11
	VUNPCKLPD Y5, Y4, Y12
	VUNPCKHPD Y5, Y4, Y13
	VUNPCKLPD Y7, Y6, Y14
	VUNPCKHPD Y7, Y6, Y15

	VPERM2F128 $0x20, Y10, Y8, Y0 // a0 b0 c0 d0
	VPERM2F128 $0x20, Y11, Y9, Y1 // a1 b1 c1 d1
	VPERM2F128 $0x31, Y10, Y8, Y2 // a2 …
	VPERM2F128 $0x31, Y11, Y9, Y3 // a3 …
	VPERM2F128 $0x20, Y14, Y12, Y4 // e0 f0 g0 h0
	VPERM2F128 $0x20, Y15, Y13, Y5
	VPERM2F128 $0x31, Y14, Y12, Y6
	VPERM2F128 $0x31, Y15, Y13, Y7

	MOVQ DI, BX
	VMOVUPD Y0, (BX)
	VMOVUPD Y4, 32(BX)
	VMOVUPD Y1, (BX)(R10*1)
	VMOVUPD Y5, 32(BX)(R10*1)
	VMOVUPD Y2, (BX)(R10*2)
	VMOVUPD Y6, 32(BX)(R10*2)
	VMOVUPD Y3, (BX)(R12*1)
	VMOVUPD Y7, 32(BX)(R12*1)

	ADDQ $32, SI // p += 4
	LEAQ (DI)(R10*4), DI
	SUBQ $4, CX
	JG   dloop
	VZEROUPPER
	RET
