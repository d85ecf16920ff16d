//go:build gc && !purego

#include "textflag.h"

// func viterbiStepAVX2(prev *[24]float32, pad *[24]float32, tags int, back *uint8, emis *float32, cur *float32) bool
//
// First, false without a step if a lane of prev is NaN or +Inf (not below
// +Inf, an ordered compare). Then for each tag c: the 24 sums prev[p] +
// pad[c][p] in Y0-Y2, their maximum broadcast to Y4, and the first lane
// equal to it (a mask of the three compares, lowest bit set) stored to
// back[c]; that lane's own sum (not the maximum, whose sign may differ for
// a zero), read back from the frame, plus emis[c] stored to cur[c]. Rows
// of pad are 96 bytes.
TEXT ·viterbiStepAVX2(SB), NOSPLIT, $96-49
	MOVQ prev+0(FP), SI
	MOVQ pad+8(FP), DI
	MOVQ tags+16(FP), CX
	MOVQ back+24(FP), DX
	MOVQ emis+32(FP), R10
	MOVQ cur+40(FP), R11
	VMOVUPS (SI), Y8
	VMOVUPS 32(SI), Y9
	VMOVUPS 64(SI), Y10
	MOVL $0x7f800000, AX // +Inf
	VMOVD AX, X11
	VBROADCASTSS X11, Y11
	VCMPPS $0x11, Y11, Y8, Y12 // less than, ordered, quiet
	VCMPPS $0x11, Y11, Y9, Y13
	VCMPPS $0x11, Y11, Y10, Y14
	VANDPS Y13, Y12, Y12
	VANDPS Y14, Y12, Y12
	VMOVMSKPS Y12, AX
	CMPQ AX, $0xff
	JNE unordered

loop:
	VADDPS (DI), Y8, Y0
	VADDPS 32(DI), Y9, Y1
	VADDPS 64(DI), Y10, Y2
	VMOVUPS Y0, 0(SP)
	VMOVUPS Y1, 32(SP)
	VMOVUPS Y2, 64(SP)
	VMAXPS Y1, Y0, Y3
	VMAXPS Y2, Y3, Y3
	VEXTRACTF128 $1, Y3, X5
	VMAXPS X5, X3, X3
	VMOVHLPS X3, X3, X5
	VMAXPS X5, X3, X3
	VPSHUFD $1, X3, X5
	VMAXPS X5, X3, X3
	VBROADCASTSS X3, Y4
	VCMPPS $0, Y4, Y0, Y5
	VCMPPS $0, Y4, Y1, Y6
	VCMPPS $0, Y4, Y2, Y7
	VMOVMSKPS Y5, AX
	VMOVMSKPS Y6, BX
	VMOVMSKPS Y7, R8
	SHLQ $8, BX
	SHLQ $16, R8
	ORQ BX, AX
	ORQ R8, AX
	// The scores are never NaN here (stepPadded checks); a mask of no lane
	// would still give tag 0, not a lane past the tags.
	XORQ R9, R9
	BSFQ AX, AX
	CMOVQEQ R9, AX
	MOVB AX, (DX)
	VMOVSS (SP)(AX*4), X6
	VADDSS (R10), X6, X6
	VMOVSS X6, (R11)
	ADDQ $96, DI
	INCQ DX
	ADDQ $4, R10
	ADDQ $4, R11
	DECQ CX
	JNZ loop

	MOVB $1, ret+48(FP)
	VZEROUPPER
	RET

unordered:
	MOVB $0, ret+48(FP)
	VZEROUPPER
	RET

// func scaleSumsAVX2(sums *int32, n int, scale float32, row *float32)
//
// row[t] = float32(sums[t]) * scale for t < n: eight lanes at a time, then
// one at a time, each rounded as Go's conversion and product are.
TEXT ·scaleSumsAVX2(SB), NOSPLIT, $0-32
	MOVQ sums+0(FP), SI
	MOVQ n+8(FP), CX
	VBROADCASTSS scale+16(FP), Y1
	MOVQ row+24(FP), DI

eights:
	CMPQ CX, $8
	JLT ones
	VCVTDQ2PS (SI), Y0
	VMULPS Y1, Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP eights

ones:
	TESTQ CX, CX
	JZ done
	VCVTSI2SSL (SI), X0, X0
	VMULSS X1, X0, X0
	VMOVSS X0, (DI)
	ADDQ $4, SI
	ADDQ $4, DI
	DECQ CX
	JMP ones

done:
	VZEROUPPER
	RET
