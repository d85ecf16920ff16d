//go:build gc && !purego

#include "textflag.h"

// func addRowsAVX2(dense []uint64, offs []uint32, lanes *[36]uint32)
//
// For each offset, the row's 36 uint16 lanes (72 bytes at dense+8*off) are
// zero-extended to uint32 and added into five accumulators (Y0-Y3 lanes
// 0-31, X4 lanes 32-35), which are then added to lanes.
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-56
	MOVQ dense_base+0(FP), SI
	MOVQ offs_base+24(FP), DI
	MOVQ offs_len+32(FP), CX
	MOVQ lanes+48(FP), DX
	VMOVDQU (DX), Y0
	VMOVDQU 32(DX), Y1
	VMOVDQU 64(DX), Y2
	VMOVDQU 96(DX), Y3
	VMOVDQU 128(DX), X4
	TESTQ CX, CX
	JZ done

loop:
	MOVL (DI), AX
	LEAQ (SI)(AX*8), BX
	VPMOVZXWD (BX), Y5
	VPMOVZXWD 16(BX), Y6
	VPMOVZXWD 32(BX), Y7
	VPMOVZXWD 48(BX), Y8
	VPMOVZXWD 64(BX), X9
	VPADDD Y5, Y0, Y0
	VPADDD Y6, Y1, Y1
	VPADDD Y7, Y2, Y2
	VPADDD Y8, Y3, Y3
	VPADDD X9, X4, X4
	ADDQ $4, DI
	DECQ CX
	JNZ loop

done:
	VMOVDQU Y0, (DX)
	VMOVDQU Y1, 32(DX)
	VMOVDQU Y2, 64(DX)
	VMOVDQU Y3, 96(DX)
	VMOVDQU X4, 128(DX)
	VZEROUPPER
	RET
