package ner

import "unicode/utf8"

// scanASCII is analyzeToken's scan of a token of ASCII bytes, most of the
// tokens of news: tokenScan.add's work a byte at a time, without decoding
// runes, mapping typographic marks (none is ASCII) or shifting the
// suffix's runes at every byte; the first and last four lowercase bytes
// are read once at the end. It reports false, sc part-filled, at a byte
// beyond ASCII: the caller scans the token again by runes.
func (sc *tokenScan) scanASCII(s string, capsSent bool) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			return false
		}
		sc.addASCII(i, b, capsSent)
	}
	n := len(s)
	for k := 0; k < 4 && k < n; k++ {
		sc.prefix[k] = rune(lowerASCII(s[k]))
		sc.suffix[3-k] = rune(lowerASCII(s[n-1-k]))
	}
	return true
}

// lowerASCII is ASCII byte b as the lowercase features read it: letters
// in lower case, digits as 0.
func lowerASCII(b byte) byte {
	switch {
	case 'A' <= b && b <= 'Z':
		return b + 'a' - 'A'
	case '0' <= b && b <= '9':
		return '0'
	}
	return b
}

// addASCII is tokenScan.add for ASCII byte b, the token's i-th, but for
// the prefix and suffix.
func (sc *tokenScan) addASCII(i int, b byte, capsSent bool) {
	c, wb, lb := sc.shapeASCII(i, b), b, lowerASCII(b)
	if c == 'd' {
		wb = '0'
	}
	if capsSent {
		wb = lb
	}
	sc.wh = (sc.wh ^ uint32(wb)) * fnvPrime
	sc.lh = (sc.lh ^ uint32(lb)) * fnvPrime
	if sc.partSeen && b != '-' {
		sc.partH = (sc.partH ^ uint32(lb)) * fnvPrime
	}
	sc.countRune(c)
}

// shapeASCII is shapeChar for ASCII byte b.
func (sc *tokenScan) shapeASCII(i int, b byte) byte {
	switch {
	case 'A' <= b && b <= 'Z':
		sc.nUp++
		if i == 0 {
			sc.firstUpper = true
		}
		return 'X'
	case 'a' <= b && b <= 'z':
		sc.nLow++
		return 'x'
	case '0' <= b && b <= '9':
		sc.nDig++
		return 'd'
	case b == '-':
		sc.flags |= flagHasHyphen
		sc.partH, sc.partSeen = fnvOffset, true
	case b == '.':
		sc.flags |= flagHasPeriod
	}
	return b
}
