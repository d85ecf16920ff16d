//go:build gc && !purego

#include "textflag.h"

// func viterbiStepAVX2(prev *[24]float32, pad *[24]float32, tags int, back *uint8, emis *float32, cur *float32)
//
// For each predecessor p < tags in turn: prev[p] broadcast and added to
// row p of pad (96 bytes: the weight of p before each tag c at lane c),
// and in each lane c where that sum is greater than the best so far
// (ordered: never a NaN), the sum and p kept, in Y0-Y2 and Y3-Y5; so each
// tag keeps the first predecessor of the highest sum, -Inf and tag 0 when
// no sum is above -Inf, as step's loop does. Then for each tag c < tags:
// the kept sum plus emis[c] to cur[c] and p to back[c], through the frame.
TEXT ·viterbiStepAVX2(SB), NOSPLIT, $192-48
	MOVQ prev+0(FP), SI
	MOVQ pad+8(FP), DI
	MOVQ tags+16(FP), CX
	MOVQ back+24(FP), DX
	MOVQ emis+32(FP), R10
	MOVQ cur+40(FP), R11
	MOVL $0xff800000, AX // -Inf
	VMOVD AX, X0
	VBROADCASTSS X0, Y0
	VMOVAPS Y0, Y1
	VMOVAPS Y0, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6 // p in every lane
	MOVL $1, AX
	VMOVD AX, X7
	VPBROADCASTD X7, Y7
	MOVQ CX, BX

rows:
	VBROADCASTSS (SI), Y8
	VADDPS (DI), Y8, Y9
	VADDPS 32(DI), Y8, Y10
	VADDPS 64(DI), Y8, Y11
	VCMPPS $0x1e, Y0, Y9, Y12 // greater than, ordered, quiet
	VCMPPS $0x1e, Y1, Y10, Y13
	VCMPPS $0x1e, Y2, Y11, Y14
	VBLENDVPS Y12, Y9, Y0, Y0
	VBLENDVPS Y13, Y10, Y1, Y1
	VBLENDVPS Y14, Y11, Y2, Y2
	VBLENDVPS Y12, Y6, Y3, Y3
	VBLENDVPS Y13, Y6, Y4, Y4
	VBLENDVPS Y14, Y6, Y5, Y5
	VPADDD Y7, Y6, Y6
	ADDQ $4, SI
	ADDQ $96, DI
	DECQ BX
	JNZ rows

	VMOVUPS Y0, 0(SP)
	VMOVUPS Y1, 32(SP)
	VMOVUPS Y2, 64(SP)
	VMOVDQU Y3, 96(SP)
	VMOVDQU Y4, 128(SP)
	VMOVDQU Y5, 160(SP)
	XORQ AX, AX

tags:
	VMOVSS (SP)(AX*4), X8
	VADDSS (R10)(AX*4), X8, X8
	VMOVSS X8, (R11)(AX*4)
	MOVL 96(SP)(AX*4), BX
	MOVB BX, (DX)(AX*1)
	INCQ AX
	CMPQ AX, CX
	JNE tags

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
