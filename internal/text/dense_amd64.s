//go:build gc && !purego

#include "textflag.h"

// func addRowAVX2(scores *[48]float32, row *[48]float32)
//
// scores[c] += row[c] for the 48 classes, six vectors of eight: each sum
// is the one Go's float32 addition gives.
TEXT ·addRowAVX2(SB), NOSPLIT, $0-16
	MOVQ scores+0(FP), DI
	MOVQ row+8(FP), SI
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VMOVUPS 128(DI), Y4
	VMOVUPS 160(DI), Y5
	VADDPS (SI), Y0, Y0
	VADDPS 32(SI), Y1, Y1
	VADDPS 64(SI), Y2, Y2
	VADDPS 96(SI), Y3, Y3
	VADDPS 128(SI), Y4, Y4
	VADDPS 160(SI), Y5, Y5
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VZEROUPPER
	RET
