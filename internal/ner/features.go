package ner

import "github.com/newsextract/newsextract/internal/text"

// Feature template ids. Changing their meaning requires retraining.
const (
	ftBias = iota + 1
	ftWord
	ftLower
	ftShape
	ftShapeStart
	ftShapeCaps
	ftShort
	ftPrefix
	ftSuffix
	ftPOS
	ftPOSShort
	ftWinLower
	ftWinShort
	ftWinPOS
	ftBiLower
	ftBiPOS
	ftTriShort
	ftPart
	ftFlags
	ftWinWord
	ftCluster
	ftWinCluster
	ftGazetteer
	ftLenStart
	ftSentIndex
	ftDocMaj
	ftDocMajCaps
	ftDocEntity
	ftDocSeq
	ftStack
	ftStackBi
	ftGazWin
	ftDocCase
)

// Feature groups, bits of a model's feature set: the trainer's options turn
// them on, the model records them, and BaseFeatures and Recognize read
// them.
const (
	FeatClusters = 1 << iota
	FeatGazetteer
	FeatDoc
	featSentIndex
)

// BaseFeatures appends the observation features of token i of sentence
// toks (infos parallel to toks) to out: the token's own, its ±2 window's,
// and, as set turns them on, word clusters and gazetteer marks (gaz, one
// per token, may be nil). The order is part of the contract: the trainer
// sums weights in it.
func BaseFeatures(out []uint32, toks []text.Token, infos []TokenInfo, i int, set uint32, gaz []uint32) []uint32 {
	out = ownFeatures(out, &infos[i], spellingOf(toks[i].Text))
	return contextFeatures(out, infos, i, set, gaz)
}

// contextFeatures appends the base features of token i that are not its
// own (ownFeatures'): its window's, and its clusters and gazetteer marks
// as set turns them on.
func contextFeatures(out []uint32, infos []TokenInfo, i int, set uint32, gaz []uint32) []uint32 {
	out = windowFeatures(out, infos, i)
	if set&FeatClusters != 0 {
		out = clusterFeatures(out, infos, i)
	}
	if set&FeatGazetteer != 0 && gaz != nil {
		out = gazetteerFeatures(out, infos, i, gaz)
	}
	return out
}

// ownFeatures appends the features of token t alone: word, shape, class,
// part of speech, flags, document casing, affixes and hyphenated part.
func ownFeatures(out []uint32, t *TokenInfo, sp spelling) []uint32 {
	f, short := uint32(t.flags), uint32(t.short)
	out = append(out,
		mix(ftBias, 1),
		mix(ftLower, t.Lower),
		mix(ftShape, sp.shape),
		mix(ftShapeStart, mix(sp.shape, f&(flagSentStart|flagCapsSent))),
		mix(ftShort, short),
		mix(ftPOS, t.pos),
		mix(ftPOSShort, mix(t.pos, short|f&(flagSentStart|flagCapsSent)<<8)),
		mix(ftFlags, f),
		mix(ftDocCase, mix(uint32(t.dcase), f&(flagSentStart|flagCapsSent|flagInitCap|flagAllCaps))),
	)
	if f&flagCapsSent == 0 {
		out = append(out, mix(ftWord, t.word))
	} else {
		out = append(out, mix(ftShapeCaps, short))
	}
	for k := 0; k < 4; k++ {
		if sp.pre[k] != 0 {
			out = append(out, mix(ftPrefix+uint32(k)<<8, sp.pre[k]))
		}
		if sp.suf[k] != 0 {
			out = append(out, mix(ftSuffix+uint32(k)<<8, sp.suf[k]))
		}
	}
	if sp.part != 0 {
		out = append(out, mix(ftPart, sp.part))
	}
	return out
}

// windowFeatures appends the features of token i's ±2 window: the
// neighbours' words, classes and parts of speech (11 before the sentence,
// 13 after it), bigrams through the token, and its position.
func windowFeatures(out []uint32, infos []TokenInfo, i int) []uint32 {
	n := len(infos)
	var lw, sh, ps [5]uint32
	for d := -2; d <= 2; d++ {
		j := i + d
		switch {
		case j < 0:
			lw[d+2], sh[d+2], ps[d+2] = 11, 11, 11
		case j >= n:
			lw[d+2], sh[d+2], ps[d+2] = 13, 13, 13
		default:
			lw[d+2], sh[d+2], ps[d+2] = infos[j].Lower, uint32(infos[j].short), infos[j].pos
		}
	}
	for d := 0; d < 5; d++ {
		if d == 2 {
			continue
		}
		dd := uint32(d) << 8
		out = append(out,
			mix(ftWinLower+dd, lw[d]),
			mix(ftWinShort+dd, sh[d]),
			mix(ftWinPOS+dd, ps[d]),
		)
	}
	if i > 0 && infos[i-1].flags&flagCapsSent == 0 {
		out = append(out, mix(ftWinWord, infos[i-1].word))
	}
	if i+1 < n && infos[i+1].flags&flagCapsSent == 0 {
		out = append(out, mix(ftWinWord+1<<8, infos[i+1].word))
	}
	return append(out,
		mix(ftBiLower, mix(lw[1], lw[2])),
		mix(ftBiLower+1<<8, mix(lw[2], lw[3])),
		mix(ftBiPOS, mix(ps[1], ps[2])),
		mix(ftBiPOS+1<<8, mix(ps[2], ps[3])),
		mix(ftTriShort, mix(mix(sh[1], sh[2]), sh[3])),
		mix(ftLenStart, mix(uint32(min(n, 6)), uint32(min(i, 3)))),
	)
}

// clusterFeatures appends token i's word clusters at each granularity,
// its neighbours' (the middle granularity across the ±2 window, all three
// for the adjacent tokens), and its finest cluster with its class.
func clusterFeatures(out []uint32, infos []TokenInfo, i int) []uint32 {
	t := &infos[i]
	n := len(infos)
	for k, c := range t.Clus {
		if c != 0 {
			out = append(out, mix(ftCluster+uint32(k)<<8, c))
		}
	}
	for d := -2; d <= 2; d++ {
		j := i + d
		if d == 0 || j < 0 || j >= n {
			continue
		}
		for k, c := range infos[j].Clus {
			if c != 0 && (k == 1 || d == -1 || d == 1) {
				out = append(out, mix(ftWinCluster+uint32(d+2)<<8+uint32(k)<<12, c))
			}
		}
	}
	if t.Clus[2] != 0 {
		out = append(out, mix(ftCluster+3<<8, mix(t.Clus[2], uint32(t.short)|uint32(t.flags)&(flagSentStart|flagCapsSent)<<8)))
	}
	return out
}

// gazetteerFeatures appends token i's gazetteer mark, alone and with its
// class, and its neighbours' marks.
func gazetteerFeatures(out []uint32, infos []TokenInfo, i int, gaz []uint32) []uint32 {
	if g := gaz[i]; g != 0 {
		out = append(out, mix(ftGazetteer, g), mix(ftGazetteer+1<<8, mix(g, uint32(infos[i].short))))
	}
	for d := -1; d <= 1; d += 2 {
		j := i + d
		if j >= 0 && j < len(infos) && gaz[j] != 0 {
			out = append(out, mix(ftGazWin+uint32(d+1)<<8, gaz[j]))
		}
	}
	return out
}

// WordFeatures returns the hashes of token i's word-identity features
// among BaseFeatures': the ones that only help for words seen in training,
// which training hides now and then (nertrain's Options.WordDropout).
func WordFeatures(infos []TokenInfo, i int) [4]uint32 {
	t := &infos[i]
	prev, next := uint32(11), uint32(13)
	if i > 0 {
		prev = infos[i-1].Lower
	}
	if i+1 < len(infos) {
		next = infos[i+1].Lower
	}
	return [4]uint32{
		mix(ftLower, t.Lower),
		mix(ftWord, t.word),
		mix(ftBiLower, mix(prev, t.Lower)),
		mix(ftBiLower+1<<8, mix(t.Lower, next)),
	}
}
