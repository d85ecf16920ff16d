//go:build gc && !purego

#include "textflag.h"

// func viterbiBackAVX2(prev *[24]float32, pad *[24]float32, tags int, back *uint8)
//
// For each tag c: the 24 sums prev[p] + pad[c][p] in Y0-Y2, their maximum
// broadcast to Y4, and the first lane equal to it (a mask of the three
// compares, lowest bit set) stored to back[c]. Rows of pad are 96 bytes.
TEXT ·viterbiBackAVX2(SB), NOSPLIT, $0-32
	MOVQ prev+0(FP), SI
	MOVQ pad+8(FP), DI
	MOVQ tags+16(FP), CX
	MOVQ back+24(FP), DX
	VMOVUPS (SI), Y8
	VMOVUPS 32(SI), Y9
	VMOVUPS 64(SI), Y10

loop:
	VADDPS (DI), Y8, Y0
	VADDPS 32(DI), Y9, Y1
	VADDPS 64(DI), Y10, Y2
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
	ADDQ $96, DI
	INCQ DX
	DECQ CX
	JNZ loop

	VZEROUPPER
	RET
