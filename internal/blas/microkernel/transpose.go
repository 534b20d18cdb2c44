package microkernel

// Transposing eight rows into eight columns is how the packed engine packs
// an operand it cannot read in place (a training step's batch Hᵀ, for the
// forward product): TransposeGo is the definition, Transpose32 and
// Transpose64 the same copies with vector registers where the CPU has AVX2.

// TransposeGo sets dst[p*dstStride + j] = src[j*srcStride + p] for j < 8 and
// p < n: eight rows of src, n values each, become eight columns of dst.
func TransposeGo[T ~float32 | ~float64](n int, src []T, srcStride int, dst []T, dstStride int) {
	r0, r1, r2, r3 := src[:n], src[srcStride:][:n], src[2*srcStride:][:n], src[3*srcStride:][:n]
	r4, r5, r6, r7 := src[4*srcStride:][:n], src[5*srcStride:][:n], src[6*srcStride:][:n], src[7*srcStride:][:n]
	for p := 0; p < n; p++ {
		row := dst[p*dstStride:][:8]
		row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] = r0[p], r1[p], r2[p], r3[p], r4[p], r5[p], r6[p], r7[p]
	}
}
