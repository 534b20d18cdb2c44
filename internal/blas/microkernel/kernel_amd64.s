#include "textflag.h"

// func add6x8(k int, a *float64, strideA int, b *float64, strideB int, c *float64, ldc int, alpha float64)
//
// C[6×8] ← α · A[6×k] B[k×8] + C, with column p of A at a[p*strideA+i] and
// row p of B at b[p*strideB+j]; C is row-major with a stride of ldc.
//
// The 6×8 sums live in the twelve registers Y4…Y15 (each holds 4 of a row);
// each step p loads row p of B into Y0, Y1 and adds A[i][p]·(row p of B) to
// row i with one fused multiply-add (VFMADD231PD x, y, z: z ← y·x + z) per
// register. AddGo is the same computation in Go.
TEXT ·add6x8(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), SI
	MOVQ strideA+16(FP), R9
	SHLQ $3, R9 // the strides in bytes
	MOVQ b+24(FP), DI
	MOVQ strideB+32(FP), R10
	SHLQ $3, R10
	MOVQ c+40(FP), DX
	MOVQ ldc+48(FP), R8
	SHLQ $3, R8

	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11
	VXORPD Y12, Y12, Y12
	VXORPD Y13, Y13, Y13
	VXORPD Y14, Y14, Y14
	VXORPD Y15, Y15, Y15
	TESTQ CX, CX
	JLE   store

loop:
	VMOVUPD      (DI), Y0 // row p of B
	VMOVUPD      32(DI), Y1
	VBROADCASTSD (SI), Y2 // A[0][p] in all four lanes
	VFMADD231PD  Y0, Y2, Y4
	VFMADD231PD  Y1, Y2, Y5
	VBROADCASTSD 8(SI), Y3
	VFMADD231PD  Y0, Y3, Y6
	VFMADD231PD  Y1, Y3, Y7
	VBROADCASTSD 16(SI), Y2
	VFMADD231PD  Y0, Y2, Y8
	VFMADD231PD  Y1, Y2, Y9
	VBROADCASTSD 24(SI), Y3
	VFMADD231PD  Y0, Y3, Y10
	VFMADD231PD  Y1, Y3, Y11
	VBROADCASTSD 32(SI), Y2
	VFMADD231PD  Y0, Y2, Y12
	VFMADD231PD  Y1, Y2, Y13
	VBROADCASTSD 40(SI), Y3
	VFMADD231PD  Y0, Y3, Y14
	VFMADD231PD  Y1, Y3, Y15
	ADDQ         R9, SI // column p+1 of A
	ADDQ         R10, DI // row p+1 of B
	DECQ         CX
	JNZ          loop

store: // C[i][j] ← α·sum + C[i][j], row by row
	VBROADCASTSD alpha+56(FP), Y0
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y4, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y5, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	ADDQ         R8, DX
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y6, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y7, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	ADDQ         R8, DX
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y8, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y9, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	ADDQ         R8, DX
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y10, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y11, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	ADDQ         R8, DX
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y12, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y13, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	ADDQ         R8, DX
	VMOVUPD      (DX), Y1
	VFMADD231PD  Y14, Y0, Y1
	VMOVUPD      Y1, (DX)
	VMOVUPD      32(DX), Y2
	VFMADD231PD  Y15, Y0, Y2
	VMOVUPD      Y2, 32(DX)
	VZEROUPPER
	RET
